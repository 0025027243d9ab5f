"""Scanner input: a pure keyboard-wedge parser and, in the GUI, its Qt adapters."""
