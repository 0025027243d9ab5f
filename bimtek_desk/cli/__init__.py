"""The command line ``bimtek-desk``: a thin layer over the core, one module per
command group.  Imports Qt only to open a window.

Exit status: 0 success, 1 a user error (one line on stderr, in Indonesian),
130 interrupted.  Never a traceback for bad input.
"""

from bimtek_desk.cli.entry import build_parser, main

__all__ = ["build_parser", "main"]
