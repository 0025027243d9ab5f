"""A real install, as a committee laptop gets it: the wheel, built from a clean copy
of the checkout, installed NON-editable into a fresh virtual environment, runs
`demo`, `certificates --split`, `badges`, `report daftar-hadir` and opens the window.

Cheap and offline: the wheel is built with the test environment's setuptools, and
the fresh environment gets this environment's third-party packages as symlinks,
one per package, leaving out everything of bimtek-desk itself (the editable
install's finder, .pth file and metadata).  pip then installs the wheel with its
dependencies from no index at all, so their version ranges are checked against
what is there, and every import of bimtek_desk comes from the fresh environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.pdfutil import page_count

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # a wheel built, a venv made, a dozen processes

NOT_SHIPPED = (".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis",
               "out", "tests", "bench")


def _ours(name: str) -> bool:
    """bimtek-desk's own entries in site-packages, and what only an editable install has."""
    return name.startswith(("bimtek_desk", "__editable__", "pip", "_distutils_hack")) or name.endswith(".pth") \
        or name == "__pycache__"


def _run(*cmd: object, cwd: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, f"{cmd}: exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(bin folder of a fresh venv holding the wheel, environment to run it in)."""
    base = tmp_path_factory.mktemp("install")
    src, wheels, venv = base / "src", base / "wheels", base / "venv"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BIMTEK_DESK_", "PIP_"))}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(base / "data"), HOME=str(base), PYTHONNOUSERSITE="1")
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", wheels, src, cwd=base, env=env)
    wheel = next(wheels.glob("bimtek_desk-*.whl"))

    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=base, env=env)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=base, env=env).stdout.strip())
    ours = Path(sysconfig.get_paths()["purelib"])
    for entry in ours.iterdir():
        if not _ours(entry.name):
            try:
                (site / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
            except OSError as exc:  # Windows without the symlink privilege
                pytest.skip(f"cannot link the dependencies into a fresh venv: {exc}")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-index", wheel, cwd=base, env=env)
    return bindir, env


def test_the_package_and_its_resources_come_from_the_fresh_venv(installed: tuple[Path, dict[str, str]],
                                                                tmp_path: Path) -> None:
    bindir, env = installed
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    probe = ("import json, bimtek_desk, bimtek_desk.resources as r, importlib.metadata as m, sys;"
             "from bimtek_desk.system.resources import resource_dir;"
             "d = m.distribution('bimtek-desk');"
             "print(json.dumps([bimtek_desk.__file__, r.__file__, str(resource_dir()),"
             " d.read_text('direct_url.json') or '', [type(f).__name__ for f in sys.meta_path]]))")
    pkg, res, folder, direct_url, finders = json.loads(_run(python, "-c", probe, cwd=tmp_path, env=env).stdout)
    venv = bindir.parent.resolve()
    for path in (pkg, res, folder):
        assert Path(path).resolve().is_relative_to(venv), path
    assert Path(res).name == "__init__.py"  # a regular package, not a namespace one
    assert (Path(folder) / "fonts" / "Lato-Regular.ttf").is_file()
    assert '"editable": true' not in direct_url
    assert not any("Editable" in f for f in finders)


def test_committee_commands_and_the_window(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    bindir, env = installed
    exe = bindir / ("bimtek-desk.exe" if os.name == "nt" else "bimtek-desk")
    db = tmp_path / "bimtek.sqlite3"

    def cli(*args: object) -> str:
        return _run(exe, "--db", db, *args, cwd=tmp_path, env=env).stdout

    event = cli("demo").strip().splitlines()[-1]
    assert event == "bimtek-psm-bjm-2025"
    sessions = [s["key"] for s in json.loads(cli("event", "show", event, "--json"))["sessions"]
                if s["counts_for_certificate"]]
    code = json.loads(cli("participants", "--event", event, "--json"))[0]["code"]
    for key in sessions:
        # today is not the demo's day: the committee allows it (PIN, audited)
        cli("checkin", code, "--event", event, "--session", key, "--allow-other-day", "uji instalasi",
            "--pin", "181125")

    cli("certificates", "--event", event, "--split", tmp_path / "wa")
    split = sorted((tmp_path / "wa").glob("*.pdf"))
    assert len(split) == 1 and page_count(split[0]) == 2  # front and back

    cli("badges", "--event", event, "--out", tmp_path / "badges.pdf")
    assert page_count(tmp_path / "badges.pdf") == 22  # 175 badges, 8 per A4

    cli("report", "daftar-hadir", "--event", event, "--session", sessions[0], "--out", tmp_path / "hadir.pdf")
    assert page_count(tmp_path / "hadir.pdf") >= 1

    # a laptop's very first start asks its desk name (a modal question); this laptop was named before
    laptop = tmp_path / "laptop.json"
    laptop.write_text(json.dumps({"desk_name": "Meja 1"}), encoding="utf-8")
    shown = _run(exe, "--db", db, cwd=tmp_path,
                 env=dict(env, BIMTEK_DESK_QUIT_WHEN_SHOWN="1", BIMTEK_DESK_CONFIG=str(laptop))).stdout
    assert "jendela tampil" in shown and "MainWindow" in shown


def test_the_installed_command_started_as_a_shortcut(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    """The wheel's `bimtek-desk` with no arguments on an empty HOME: the start dialog, no traceback."""
    bindir, env = installed
    exe = bindir / ("bimtek-desk.exe" if os.name == "nt" else "bimtek-desk")
    home = tmp_path / "Pak Herman é"
    home.mkdir()
    shortcut = {k: v for k, v in env.items() if not k.startswith("XDG_")}
    shortcut.update(HOME=str(home), USERPROFILE=str(home), BIMTEK_DESK_QUIT_WHEN_SHOWN="1")
    proc = _run(exe, cwd=home, env=shortcut)
    assert "Traceback" not in proc.stderr
    assert [line.split()[-1] for line in proc.stdout.splitlines() if line.startswith("jendela tampil")] == \
        ["StartDialog"]
