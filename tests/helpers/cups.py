"""A private CUPS scheduler for the printing tests.

``cupsd`` runs as an ordinary child process with its own configuration, spool,
logs and socket in a temporary folder; ``CUPS_SERVER`` points libcups (and so Qt,
lpadmin, lpstat) at that socket.  The machine's own CUPS, its queues and its
default printer are never used or touched.  Queues print through a tiny backend
that writes each job's data (the PDF Qt sends, unfiltered) into a folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

DEBIAN_PACKAGES = "cups-daemon cups-client"
CUPSD = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd") else None)
CUPS_LIB = Path("/usr/lib/cups")

BACKEND = """#!/bin/sh
# bimtek-desk tests: each job's data into a file in the folder named by DEVICE_URI.
[ $# -eq 0 ] && { echo 'file tofile "Unknown" "bimtek-desk test printer"'; exit 0; }
dir="${DEVICE_URI#tofile:}"
out="$dir/job-$1.prn"
if [ -n "$6" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi && mv "$out.part" "$out"
"""


def missing_reason() -> str | None:
    """Why a private scheduler cannot run here, or None."""
    if os.name == "nt":
        return "printing tests use CUPS; Windows prints through its spooler"
    if CUPSD is None or shutil.which("lpadmin") is None:
        return f"cupsd/lpadmin not installed (Debian: apt-get install {DEBIAN_PACKAGES})"
    if not (CUPS_LIB / "filter").is_dir():
        return f"{CUPS_LIB} missing (Debian: apt-get install {DEBIAN_PACKAGES})"
    return None


class PrivateCups:
    """One scheduler for the test session.  ``socket`` is what CUPS_SERVER names."""

    def __init__(self, socket: Path) -> None:
        self.socket = socket
        self.dir = socket.parent
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        d = self.dir
        d.mkdir(mode=0o700)  # ours alone: fails if something is there already
        for sub in ("spool", "cache", "state", "log", "ppd", "lib/backend"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        (d / "tmp").mkdir(mode=0o1777, exist_ok=True)
        d.chmod(0o755)  # the scheduler's user (lp, when we are root) must reach the folder
        for entry in CUPS_LIB.iterdir():
            if entry.name != "backend":
                (d / "lib" / entry.name).symlink_to(entry)
        backend = d / "lib" / "backend" / "tofile"
        backend.write_text(BACKEND)
        backend.chmod(0o755)
        import grp

        if os.geteuid() == 0:  # cupsd refuses to run jobs as root
            users = "User lp\nGroup lp\nSystemGroup root\n"
        else:  # an ordinary user: everything runs as that user anyway
            users = f"SystemGroup {grp.getgrgid(os.getegid()).gr_name}\n"
        (d / "cups-files.conf").write_text(
            f"ServerRoot {d}\nServerBin {d}/lib\nRequestRoot {d}/spool\nCacheDir {d}/cache\nStateDir {d}/state\n"
            f"TempDir {d}/tmp\nAccessLog {d}/log/access_log\nErrorLog {d}/log/error_log\n"
            f"PageLog {d}/log/page_log\n{users}")
        (d / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        self.proc = subprocess.Popen([CUPSD or "cupsd", "-f", "-c", str(d / "cupsd.conf"),
                                      "-s", str(d / "cups-files.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"private cupsd exited: {self.proc.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
            if "is running" in self.run("lpstat", "-r", check=False).stdout:
                return
            time.sleep(0.05)
        raise RuntimeError("private cupsd did not answer within 15 s")

    def run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, CUPS_SERVER=str(self.socket), LC_ALL="C", LANG="C")
        proc = subprocess.run(list(cmd), env=env, capture_output=True, text=True)
        if check and proc.returncode:
            raise RuntimeError(f"{' '.join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()}")
        return proc

    def add_queue(self, name: str, *, default: bool = False) -> Path:
        """A queue whose jobs land as files in the returned folder."""
        out = self.dir / "out" / name
        out.mkdir(parents=True, exist_ok=True)
        out.chmod(0o777)
        self.run("lpadmin", "-p", name, "-v", f"tofile:{out}", "-E")
        if default:
            self.run("lpadmin", "-d", name)
        return out

    def remove_queue(self, name: str) -> None:
        self.run("lpadmin", "-x", name, check=False)

    def idle(self) -> bool:
        """No job waiting or printing."""
        return not self.run("lpstat", "-o", check=False).stdout.strip()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def socket_path() -> Path:
    """A short path (unix sockets allow ~100 bytes) in a folder of its own, created
    only when the scheduler starts."""
    return Path(tempfile.gettempdir()) / f"bimtek-cups-{os.getpid()}" / "cups.sock"
