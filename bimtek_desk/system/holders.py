"""Which other programs have a file open, where the platform says so (issue #24: a refused restore
names what holds the database).  Linux reads /proc; macOS asks lsof; elsewhere nothing is known."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path


def _describe(pid: int) -> str:
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        text = " ".join(w.decode(errors="replace") for w in words if w)
    except OSError:
        text = ""
    if "bimtek_desk" in text or "bimtek-desk" in text:  # our own program: which command
        tail = text.split("bimtek_desk", 1)[-1] if "bimtek_desk" in text else text.split("bimtek-desk", 1)[-1]
        for word in ("sync serve", "desk", "sync", "checkin", "backup"):
            if f" {word}" in tail:
                return f"PID {pid} (bimtek-desk {word})"
        return f"PID {pid} (bimtek-desk)"
    name = Path(text.split(" ")[0]).name if text else "?"
    return f"PID {pid} ({name})"


def holders(path: str | Path) -> list[str]:
    """Other processes holding ``path`` (or its -wal/-shm) open, described in a few words."""
    target = Path(path).resolve()
    names = {str(target), f"{target}-wal", f"{target}-shm"}
    me = os.getpid()
    found: set[int] = set()
    if sys.platform.startswith("linux"):
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit() or int(proc.name) == me:
                continue
            with contextlib.suppress(OSError):
                for fd in (proc / "fd").iterdir():
                    with contextlib.suppress(OSError):
                        if os.readlink(fd) in names:
                            found.add(int(proc.name))
                            break
    elif sys.platform == "darwin":
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["lsof", "-t", *sorted(n for n in names if Path(n).exists())],
                                 capture_output=True, text=True, timeout=5, check=False).stdout
            found = {int(x) for x in out.split() if x.isdigit() and int(x) != me}
    return [_describe(pid) for pid in sorted(found)]
