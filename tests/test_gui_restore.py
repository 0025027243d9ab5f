"""A damaged or 0-byte database: the window lists the backups and restores one (#13 items 4, 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bimtek_desk import backups
from bimtek_desk.demo import DEMO_PIN
from bimtek_desk.gui import app as gui_app
from bimtek_desk.gui.restore_dialog import RestoreDialog
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID


@pytest.mark.parametrize("damage", ["empty", "garbage"])
def test_startup_offers_the_backups_and_restores_one(qtbot, demo_db: Path, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     damage: str) -> None:
    with Store.open(demo_db) as s:
        good = backups.take(s, "manual")
    demo_db.write_bytes(b"" if damage == "empty" else b"SQLite format 3\x00" + b"\xee" * 8000)
    shown: list[RestoreDialog] = []

    def exec_(dialog: RestoreDialog) -> int:
        shown.append(dialog)
        dialog.grab().save(str(tmp_path / f"restore-{damage}.png"))
        assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == str(good)  # newest good first
        dialog.pin.setText("000000")
        assert not dialog.restore() and "PIN" in dialog.error.text()
        dialog.pin.setText(DEMO_PIN)
        return int(dialog.restore())

    from PySide6.QtCore import Qt

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    store = gui_app._open_or_restore(str(demo_db))
    assert store is not None and len(shown) == 1
    assert ("0 byte" in shown[0].findChildren(type(shown[0].error))[0].text()) == (damage == "empty")
    try:
        assert store.registrations.count(DEMO_EVENT_ID) == 175
    finally:
        store.close()


def test_cancel_leaves_the_file_as_it_was(qtbot, demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    demo_db.write_bytes(b"")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 0)
    assert gui_app._open_or_restore(str(demo_db)) is None
    assert demo_db.stat().st_size == 0
