"""Shared fixtures.  Tests that use qtbot/qapp are marked `gui` automatically,
so ``pytest -m "not gui"`` runs only the pure-logic tests."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# This laptop's list of device ids (issue #17) goes to a temporary file, not the user's data folder.
os.environ.setdefault("BIMTEK_DESK_DEVICE_FILE", os.path.join(__import__("tempfile").mkdtemp(), "device-ids.txt"))

from bimtek_desk.cli import main as cli_main  # noqa: E402
from bimtek_desk.demo import load_demo  # noqa: E402
from bimtek_desk.store import Store  # noqa: E402

DEMO_EVENT_ID = "bimtek-psm-bjm-2025"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bimtek.sqlite3"


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    """A database file holding the demo event and its 175 participants."""
    with Store.open(db_path) as s:
        load_demo(s)
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
