"""Writing output files safely, and file names that every OS accepts.

``atomic_write`` is the one temp-file-then-rename helper of the codebase: the
temporary file is made with ``tempfile.mkstemp`` in the target's own folder
(unpredictable name, created exclusively, so a planted link is never followed),
only that file is removed on failure, and the target appears only complete.
Every ``OSError`` (full disk, unwritable folder, a folder given as the file)
becomes one Indonesian ``UserError``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from bimtek_desk.errors import UserError

T = TypeVar("T")

# Most file systems limit one name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS);
# stay well inside both so a folder prefix or a copy suffix still fits.
NAME_BYTES = 200
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _problem(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return f"Disk penuh: '{target}' tidak dapat ditulis. Kosongkan ruang atau pilih tempat lain."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Tidak ada izin menulis di folder '{target.parent}'. Pilih folder lain."
    if isinstance(exc, IsADirectoryError):
        return f"'{target}' adalah folder; beri nama berkas, misalnya '{target / 'hasil'}'."
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return f"Folder '{target.parent}' tidak ada."
    return f"Tidak dapat menulis '{target}': {exc.strerror or exc}."


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot become a file."""
    if target.is_dir():
        raise UserError(f"'{target}' adalah folder; beri nama berkas, misalnya '{target / 'hasil'}'.")
    if not target.parent.is_dir():
        raise UserError(f"Folder '{target.parent}' tidak ada.")


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A fresh temporary path beside ``target``; moved onto it when the block ends
    without an error, removed otherwise.  ``OSError`` becomes ``UserError``."""
    target = Path(target)
    check_target(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UserError(_problem(exc, target)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(_problem(exc, target)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def atomic_write(target: str | Path, writer: Callable[[Path], T]) -> T:
    """``writer(tmp_path)`` then rename onto ``target``; returns what the writer returned."""
    with atomic_path(target) as tmp:
        return writer(tmp)


def safe_file_name(stem: str, suffix: str = "", *, limit: int = NAME_BYTES, fallback: str = "dokumen") -> str:
    """A file name every OS accepts, from any text.

    Drops characters Windows forbids (``<>:"/\\|?*`` and control characters),
    tidies the ending (no trailing dots or spaces, so 'S.Sos.' + '.pdf' is not
    'S.Sos..pdf'), avoids the reserved device names (CON, PRN, AUX, NUL, COM1–9,
    LPT1–9) and cuts by UTF-8 bytes, never inside a character, so that the whole
    name with ``suffix`` stays within ``limit`` bytes.
    """
    text = unicodedata.normalize("NFC", stem)
    text = _FORBIDDEN.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    budget = max(1, limit - len(suffix.encode("utf-8")))
    encoded = text.encode("utf-8")
    if len(encoded) > budget:
        text = encoded[:budget].decode("utf-8", errors="ignore")
    text = text.rstrip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        text = f"_{text}"
    return text + suffix
