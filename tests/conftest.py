"""Shared fixtures.  Tests that use qtbot/qapp are marked `gui` automatically,
so ``pytest -m "not gui"`` runs only the pure-logic tests."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Per-laptop files (the desk name, the list of device ids) go to one scratch folder of this
# test process, removed when it ends: never the user's own, and nothing left in /tmp.
# (xdist's workers inherit the folder the main process made: one folder, removed by it.)
if "BIMTEK_DESK_CONFIG" not in os.environ:
    _made = tempfile.mkdtemp(prefix="bimtek-test-laptop-")
    atexit.register(shutil.rmtree, _made, ignore_errors=True)
    os.environ["BIMTEK_DESK_CONFIG"] = os.path.join(_made, "laptop.json")
_SCRATCH = os.path.dirname(os.environ["BIMTEK_DESK_CONFIG"])
# ... and what the window saves without asking where (a walk-in's badge) goes to a scratch
# "last folder used", never the tester's Documents (see _scratch_last_folder).
_SCRATCH_DOCS = os.path.join(_SCRATCH, "Dokumen")
os.makedirs(_SCRATCH_DOCS, exist_ok=True)

from tests.helpers import cups as private_cups  # noqa: E402


@pytest.fixture(autouse=True)
def _scratch_last_folder() -> None:
    """A test that opened a file through a chooser (say the demo roster) made its folder the
    'last folder used'; what the next test saves without asking must not land there."""
    import json

    path = os.environ["BIMTEK_DESK_CONFIG"]
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict) or data.get("last_folder") != _SCRATCH_DOCS:
        data = {**(data if isinstance(data, dict) else {}), "last_folder": _SCRATCH_DOCS}
        scratch = f"{path}.{os.getpid()}"  # whole or not at all: other test workers read it too
        with open(scratch, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(scratch, path)

# Printing tests talk to a private scheduler (tests/helpers/cups.py), never to the
# machine's CUPS.  libcups reads CUPS_SERVER once per process, so it is set before
# anything can print; until a test starts the scheduler there is no printer at all.
CUPS_SOCKET = private_cups.socket_path()
os.environ["CUPS_SERVER"] = str(CUPS_SOCKET)
for _var in ("LPDEST", "PRINTER"):  # a user's default printer
    os.environ.pop(_var, None)

# This laptop's list of device ids (issue #17) goes to a temporary file, not the user's data folder.
os.environ.setdefault("BIMTEK_DESK_DEVICE_FILE", os.path.join(_SCRATCH, "device-ids.txt"))

from bimtek_desk.cli import main as cli_main  # noqa: E402
from bimtek_desk.events.demo import load_demo  # noqa: E402
from bimtek_desk.store import Store  # noqa: E402

DEMO_EVENT_ID = "bimtek-psm-bjm-2025"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        if "cups" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.cups)


@pytest.fixture(scope="session")
def cups() -> Iterator[private_cups.PrivateCups]:
    """A private CUPS scheduler (started once per session); tests add their own queues."""
    reason = private_cups.missing_reason()
    if reason:
        pytest.skip(reason)
    server = private_cups.PrivateCups(CUPS_SOCKET)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def on_the_event_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk records nothing outside the event's days; tests run in 2026 on a 2025 event,
    so by default every Desk's clock runs from 08:00 on its event's first day (a test of
    the wrong day passes ``now=`` itself)."""
    from bimtek_desk.desk import checkin as desk

    original = desk.Desk.__init__
    clocks: dict[str, object] = {}  # one clock per event for the whole test: desks agree on what came first

    def init(self, store, event, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("now", clocks.setdefault(event.id, desk.event_day_clock(event)))
        original(self, store, event, **kwargs)

    monkeypatch.setattr(desk.Desk, "__init__", init)


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bimtek.sqlite3"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session (loading it is a third of the
    suite's time otherwise); tests get a copy of it, never this file."""
    path = tmp_path_factory.mktemp("demo-template") / "bimtek.sqlite3"
    with Store.open(path) as s:
        load_demo(s)
    assert not path.with_name(path.name + "-wal").exists()  # closed: everything is in the one file
    path.chmod(0o444)
    return path


@pytest.fixture
def demo_db(db_path: Path, demo_template: Path) -> Path:
    """A database file holding the demo event and its 175 participants (a fresh copy
    of the session's demo database)."""
    shutil.copyfile(demo_template, db_path)
    return db_path


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    s = Store.open(demo_db)
    yield s
    s.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out[-400:]!r}, err={self.err!r})"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the CLI in-process: cli('--db', path, 'demo') -> CliResult."""

    def run(*args: object) -> CliResult:
        capsys.readouterr()
        try:
            code = cli_main([str(a) for a in args])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The check-ins the report tests read back (one home: tests/test_reports.py and tests/test_spj.py).

@pytest.fixture
def two_sessions(demo_store: Store) -> Store:
    """Rows 0-99 at REG, rows 50-149 at M3: 50 at REG only, 50 at both, 50 at M3 only."""
    from tests.helpers.attend import attend

    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    attend(demo_store, regs[:100], ("REG",), desk="Meja 1", operator="Rina")
    return attend(demo_store, regs[50:150], ("M3",), desk="Meja 1", operator="Rina")


@pytest.fixture
def present(demo_store: Store) -> Store:
    """150 checked in at REG, 120 at M3; one REG check-in annulled (a 151st, 'salah orang')."""
    from bimtek_desk.desk.checkin import Desk
    from tests.helpers.attend import attend

    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    attend(demo_store, regs[:151], ("REG",), desk="Meja 1", operator="Rina")
    reg_desk = Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG", desk="Meja 1", operator="Rina")
    last = demo_store.checkins.current(regs[150].id, reg_desk.session.id)
    assert last is not None
    reg_desk.undo(last.id, reason="salah orang", pin="181125")
    return attend(demo_store, regs[:120], ("M3",))
