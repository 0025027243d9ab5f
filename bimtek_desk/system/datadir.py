"""Where the database lives when no --db or BIMTEK_DESK_DB says otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP = "bimtek-desk"


def user_data_dir(platform: str | None = None) -> Path:
    """The per-user data folder: ``~/.local/share/bimtek-desk`` on Linux,
    ``%LOCALAPPDATA%\\bimtek-desk`` on Windows, ``~/Library/Application Support/bimtek-desk``
    on macOS.

    On Windows it is the local profile on purpose, never the roaming one: Windows
    copies a roaming profile to a server at log-off, and a SQLite file copied while
    the app writes it (or a stale copy brought back at the next log-on) loses
    check-ins.  The installer never writes data beside the program (Program Files is
    read-only for the committee's account)."""
    platform = platform or sys.platform
    if platform == "win32":
        from platformdirs.windows import Windows

        return Path(Windows(APP, appauthor=False, roaming=False).user_data_dir)
    return platformdirs.user_data_path(APP, appauthor=False)
