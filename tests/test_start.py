"""Started the way its users start it: the Start-menu shortcut and the desktop icon run
`bimtek-desk` with no arguments at all, on whatever HOME the laptop has (empty on the
first day, with spaces and accents on many), and a laptop may lack the system libraries
Qt's window needs.  Each way is run here as a real process: never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bimtek_desk.cli import common, entry
from bimtek_desk.system import qtprobe

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXE = BIN / ("bimtek-desk.exe" if os.name == "nt" else "bimtek-desk")


def _shortcut_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop shortcut gives the program: the user's HOME and nothing of ours (no
    --db, no BIMTEK_DESK_* of the test run, no XDG folders pointing elsewhere)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BIMTEK_DESK_", "XDG_", "PYTEST_", "COV_")) and k not in ("HOME", "USERPROFILE")}
    env.update({"HOME": str(home), "USERPROFILE": str(home), "QT_QPA_PLATFORM": "offscreen",
                "BIMTEK_DESK_QUIT_WHEN_SHOWN": "1", **extra})
    if os.name == "nt":
        env.update(LOCALAPPDATA=str(home / "AppData" / "Local"), APPDATA=str(home / "AppData" / "Roaming"))
    return env


def _start(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], env=_shortcut_env(home, **extra), cwd=home, capture_output=True,
                          text=True, timeout=90, stdin=subprocess.DEVNULL)


def _shown(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    return [line.split()[-1] for line in proc.stdout.splitlines() if line.startswith("jendela tampil ")]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty HOME whose path has a space and letters outside ASCII, as many do."""
    folder = tmp_path / "Bu Siti Nurhalizah — Ñ"
    folder.mkdir()
    return folder


def test_no_arguments_is_not_a_crash() -> None:
    """`bimtek-desk` with nothing after it crashed in the language check (zip of unequal
    lengths) before anything else ran."""
    common.argparse_language([])
    parser = entry.build_parser()
    assert parser.parse_args([]).func is common.cmd_gui


def test_shortcut_on_an_empty_home_offers_to_start(home: Path) -> None:
    proc = _start(home)
    assert _shown(proc) == ["StartDialog"]  # create an event, load one, or the demo
    db = home / ".local" / "share" / "bimtek-desk" / "bimtek-desk.sqlite3"
    if sys.platform.startswith("linux"):
        assert db.is_file()  # the user's own data folder, not the working folder
    assert not list(home.glob("*.sqlite3"))


def test_shortcut_on_a_home_with_the_demo(home: Path) -> None:
    loaded = subprocess.run([str(EXE), "demo"], env=_shortcut_env(home), cwd=home, capture_output=True, text=True,
                            timeout=90, check=True)
    assert loaded.stdout.strip().splitlines()[-1] == "bimtek-psm-bjm-2025"
    # the laptop's first start asks its desk name (cancelled here), then the window
    assert _shown(_start(home)) == ["DeskNameDialog", "MainWindow"]


def test_shortcut_on_a_named_laptop_opens_the_window(home: Path) -> None:
    subprocess.run([str(EXE), "demo"], env=_shortcut_env(home), cwd=home, capture_output=True, timeout=90,
                   check=True)
    config = home / ".config" / "bimtek-desk"
    config.mkdir(parents=True)
    (config / "laptop.json").write_text(json.dumps({"desk_name": "Meja 2"}), encoding="utf-8")
    assert _shown(_start(home)) == ["MainWindow"]


def test_started_as_python_module(home: Path) -> None:
    """`python -m bimtek_desk`, as a hand-made shortcut or a support person may."""
    proc = subprocess.run([sys.executable, "-m", "bimtek_desk"], env=_shortcut_env(home), cwd=home,
                          capture_output=True, text=True, timeout=90)
    assert _shown(proc) == ["StartDialog"]


def _broken_xcb(tmp_path: Path) -> dict[str, str]:
    """The usual Ubuntu case: the xcb plugin is there but a library it needs is not usable
    (an empty stand-in libxcb-cursor.so.0 is found first)."""
    libs = tmp_path / "libs"
    libs.mkdir()
    (libs / "libxcb-cursor.so.0").write_bytes(b"")
    return {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":97", "LD_LIBRARY_PATH": str(libs)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform plugin is Linux's")
def test_broken_qt_is_one_gagal_line_in_selftest(home: Path, tmp_path: Path) -> None:
    proc = _start(home, "selftest", **_broken_xcb(tmp_path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "Aborted" not in proc.stderr and "could not be initialized" not in proc.stdout
    gagal = [line for line in proc.stdout.splitlines() if line.startswith("GAGAL    platform Qt:")]
    assert len(gagal) == 1, proc.stdout
    assert "libxcb-cursor0" in gagal[0] and "apt install" in gagal[0]
    # the checks that need no window still ran
    assert any(line.startswith("OK       basis data") for line in proc.stdout.splitlines())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform plugin is Linux's")
def test_broken_qt_window_says_why_and_exits_1(home: Path, tmp_path: Path) -> None:
    broken = _broken_xcb(tmp_path)
    for args in ((), ("demo", "--open")):
        proc = _start(home, *args, **broken)
        assert proc.returncode == 1, (args, proc.returncode, proc.stderr)
        assert "Traceback" not in proc.stderr and "Aborted" not in proc.stderr
        lines = [line for line in proc.stderr.splitlines() if line.startswith("GAGAL")]
        assert len(lines) == 1 and "libxcb-cursor0" in lines[0], proc.stderr
        assert "jendela tampil" not in proc.stdout


def test_explain_names_every_missing_library() -> None:
    said = ("qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
            "Cannot load library /x/plugins/platforms/libqxcb.so: (libxcb-icccm.so.4: cannot open shared object "
            "file: No such file or directory)\n")
    line = qtprobe.explain(said, "xcb")
    assert "sudo apt install libxcb-icccm4 libxcb-cursor0" in line
    assert "libqxcb" not in line.split("(")[1]  # the plugin itself is not the missing library
    assert "tidak ada layar" in qtprobe.explain("qt.qpa.xcb: could not connect to display :9", "xcb")
    assert "pasang ulang" in qtprobe.explain("something else entirely", "xcb")


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"), ("libGL.so.1", "libgl1"), ("libdbus-1.so.3", "libdbus-1-3"),
    ("libfontconfig.so.1", "libfontconfig1"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libpulse.so.0", "libpulse0"),
])
def test_debian_package_of_a_library(soname: str, package: str) -> None:
    assert qtprobe.debian_package(soname) == package


def test_readme_and_ci_name_the_same_system_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    for package in qtprobe.LINUX_PACKAGES:
        word = re.compile(rf"(?<![\w.-]){re.escape(package)}(?![\w.-])")
        assert word.search(ci), package
        assert word.search(quick_start), package
