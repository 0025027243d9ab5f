"""Build the frozen app: dist/bimtek-desk/ with bimtek-desk and bimtek-desk-cli.

Usage (from the checkout, with the venv that has the project and PyInstaller):

    .venv/bin/python packaging/build.py            # build, then run the frozen selftest
    .venv/bin/python packaging/build.py --no-check # build only
    .venv/bin/python packaging/build.py --check-only  # check an existing build

The same command builds the Windows app (bimtek-desk.exe, bimtek-desk-cli.exe) on
Windows; .github/workflows/windows.yml runs it there and packs the folder with
Inno Setup (packaging/bimtek-desk.iss).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "bimtek-desk"
EXE = ".exe" if os.name == "nt" else ""


def build() -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "bimtek-desk.spec")], check=True, cwd=ROOT)
    for name in ("bimtek-desk", "bimtek-desk-cli"):
        if not (DIST / f"{name}{EXE}").is_file():
            raise SystemExit(f"build: {name}{EXE} missing in {DIST}")
    return DIST


def check(dist: Path) -> None:
    """The frozen app's selftest, and a database from a newer version refused untouched."""
    cli = str(dist / f"bimtek-desk-cli{EXE}")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BIMTEK_DESK_", "PYTHON"))}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cli, "selftest"], check=True, env=env, cwd=tmp)
        db = Path(tmp) / "newer.sqlite3"
        subprocess.run([cli, "--db", str(db), "demo"], check=True, env=env, cwd=tmp, capture_output=True)
        with sqlite3.connect(db) as con:
            con.execute("PRAGMA user_version = 999")
        con.close()
        before = db.read_bytes()
        proc = subprocess.run([cli, "--db", str(db), "event", "list"], env=env, cwd=tmp, capture_output=True,
                              text=True)
        if proc.returncode != 1 or "Traceback" in proc.stderr or db.read_bytes() != before:
            raise SystemExit(f"build check: a newer database was not refused untouched: {proc.stderr}")
        print(f"OK       basis data versi lebih baru ditolak tanpa diubah: {proc.stderr.strip()}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-check", action="store_true", help="build only, do not run the frozen selftest")
    parser.add_argument("--check-only", action="store_true", help="only run the checks on an existing build")
    args = parser.parse_args(argv)
    if args.check_only:
        check(DIST)
        return 0
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        raise SystemExit("PyInstaller is not installed: .venv/bin/pip install -e '.[freeze]'")
    dist = build()
    if not args.no_check:
        check(dist)
    print(f"dist: {dist}")
    return 0


def _has_pyinstaller() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyInstaller") is not None


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
