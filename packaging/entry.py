"""Entry point of the frozen app: both executables (the windowed `bimtek-desk` and the
console `bimtek-desk-cli`) run the same command line; without a command it opens
the window."""

import sys

from bimtek_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
