"""Which programs have a file open: named in a refusal ("the database is open in…"), so
the committee knows which window to close.  Only where the platform tells without
privileges: Linux's /proc (the user's own processes).  Elsewhere the list is empty and
the message stays general."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _describe(pid: int, proc: Path) -> str:
    try:
        argv = (proc / "cmdline").read_bytes().split(b"\0")
    except OSError:
        argv = []
    words = [a.decode(errors="replace") for a in argv if a]
    # "python -m bimtek_desk desk …" or ".venv/bin/bimtek-desk desk …": the program and its command
    shown = [Path(words[0]).name, *words[1:4]] if words else ["?"]
    label = " ".join(w if len(w) <= 24 else w[:23] + "…" for w in shown)
    if len(label) > 80:
        label = label[:79] + "…"
    return f"{label} (pid {pid}{', proses ini' if pid == os.getpid() else ''})"


def holders(path: str | Path, *, proc_root: Path = Path("/proc")) -> list[str]:
    """The processes (of this user) that have ``path`` or its -wal/-shm open, described."""
    if not sys.platform.startswith("linux") or not proc_root.is_dir():
        return []
    target = Path(path).resolve()
    wanted = {str(target), f"{target}-wal", f"{target}-shm"}
    found = []
    for entry in proc_root.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:  # another user's process, or gone
            continue
        for fd in fds:
            try:
                if os.readlink(fd) in wanted:
                    found.append(_describe(int(entry.name), entry))
                    break
            except OSError:
                continue
    return sorted(found)
