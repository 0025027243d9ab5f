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
import json
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


def _as_a_shortcut(home: Path) -> dict[str, str]:
    """The environment of a Start-menu shortcut or desktop icon on a new user's laptop: an
    empty HOME (a space and an accent in its path) and nothing of ours; the real platform
    plugin unless this machine has no screen."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BIMTEK_DESK_", "PYTHON", "XDG_")) and k not in ("HOME", "USERPROFILE")}
    env.update(HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "AppData" / "Local"),
               APPDATA=str(home / "AppData" / "Roaming"))
    if os.name == "nt" or env.get("DISPLAY"):
        env.pop("QT_QPA_PLATFORM", None)  # Windows' own plugin, or xcb on the X server given
    elif sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"  # no screen here (a build server): the rest is still checked
    return env


def check_shortcut(dist: Path) -> None:
    """The windowed exe started with no arguments, as its shortcut starts it: the first-start
    dialog on an empty HOME, then the window once the demo is loaded; and the sync worker
    run through the windowed exe (the app's own sys.executable)."""
    app, cli = str(dist / f"bimtek-desk{EXE}"), str(dist / f"bimtek-desk-cli{EXE}")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "Pengguna Baru é"
        home.mkdir()
        env = _as_a_shortcut(home)
        shown = Path(tmp) / "shown.txt"

        def start() -> list[str]:
            shown.unlink(missing_ok=True)
            proc = subprocess.run([app], env=dict(env, BIMTEK_DESK_QUIT_WHEN_SHOWN=str(shown)), cwd=home,
                                  capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
            lines = shown.read_text(encoding="utf-8").splitlines() if shown.exists() else []
            if proc.returncode != 0 or "Traceback" in (proc.stderr or ""):
                raise SystemExit(f"build check: the shortcut start failed (rc {proc.returncode}): {proc.stderr}")
            return [line.split()[-1] for line in lines]

        first = start()
        if first != ["StartDialog"]:
            raise SystemExit(f"build check: an empty HOME showed {first}, not the start dialog")
        subprocess.run([cli, "demo"], env=env, cwd=home, check=True, capture_output=True)
        then = start()
        if then != ["DeskNameDialog", "MainWindow"]:
            raise SystemExit(f"build check: with the demo loaded the shortcut showed {then}")
        print(f"OK       pintasan tanpa argumen: {' lalu '.join(first + then)} "
              f"(platform {env.get('QT_QPA_PLATFORM') or 'bawaan'})")

        db = next(home.rglob("bimtek-desk.sqlite3"))  # the user's data folder, wherever the platform puts it
        out = Path(tmp) / "bundel.bdsync"
        request = json.dumps({"op": "export", "db": str(db), "event": "bimtek-psm-bjm-2025", "out": str(out)})
        proc = subprocess.run([app, "_sync-worker"], input=request, env=env, cwd=home, capture_output=True,
                              text=True, timeout=120)
        answer = json.loads(proc.stdout or "{}")
        if proc.returncode != 0 or not answer.get("ok") or not out.is_file():
            raise SystemExit(f"build check: the sync worker through the windowed exe failed: {proc.stdout} "
                             f"{proc.stderr}")
        print(f"OK       proses sinkron lewat exe berjendela: {out.stat().st_size // 1024} KB")


def _megabytes(folder: Path) -> tuple[float, int]:
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]  # a link is not a copy
    return sum(f.stat().st_size for f in files) / 1e6, len(files)


def sizes(dist: Path) -> str:
    """The measured sizes (Markdown): the folder, and the installer where one was made."""
    mb, count = _megabytes(dist)
    lines = [f"- `dist/{dist.name}/`: {mb:.0f} MB in {count} files"]
    for installer in sorted((dist.parent / "installer").glob("*.exe")):
        lines.append(f"- `{installer.name}`: {installer.stat().st_size / 1e6:.0f} MB")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-check", action="store_true", help="build only, do not run the frozen selftest")
    parser.add_argument("--check-only", action="store_true", help="only run the checks on an existing build")
    parser.add_argument("--sizes", action="store_true", help="print the measured sizes of an existing build")
    args = parser.parse_args(argv)
    if args.sizes:
        print(sizes(DIST))
        return 0
    if args.check_only:
        check(DIST)
        check_shortcut(DIST)
        return 0
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        raise SystemExit("PyInstaller is not installed: .venv/bin/pip install -e '.[freeze]'")
    dist = build()
    if not args.no_check:
        check(dist)
        check_shortcut(dist)
    print(f"dist: {dist}\n{sizes(dist)}")
    return 0


def _has_pyinstaller() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyInstaller") is not None


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
