"""Files that hold NIKs are the user's alone: 0600 files in 0700 folders on POSIX
(the database, its -wal and -shm, backups, exports).  SQLite gives the -wal and
-shm files the database file's own mode, so creating the database 0600 is enough
for them.  On Windows the user's profile folder already keeps others out."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create the folder (and missing parents) 0700; returns it.  An existing folder
    is left as it is: it may be the user's Documents folder."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if POSIX:
            with contextlib.suppress(OSError):
                path.chmod(DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create an empty file 0600 if it does not exist, so that whatever writes into it
    next (SQLite, openpyxl, ReportLab) keeps that mode; returns it."""
    if POSIX:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    return path


def tighten(path: Path) -> None:
    """Take group and other permissions away from an existing file of ours."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        st = path.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            path.chmod(st.st_mode & 0o700)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Everything the process creates inside is 0600/0700 (the CLI and the window run
    inside it, so exports, temp files and backups made by any part are private)."""
    if not POSIX:
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)
