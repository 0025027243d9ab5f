"""A damaged or 0-byte database: the window lists the backups and restores one (#13 items 4, 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bimtek_desk.committee.restore import restore_backup
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.gui import app as gui_app
from bimtek_desk.gui.restore_dialog import RestoreDialog
from bimtek_desk.store import Store, backups
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


def test_wrong_pins_at_the_restore_dialog_lock_it_like_anywhere_else(qtbot, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    """The damaged database cannot count the attempts: the backup being restored does
    (its PIN, its pin_attempts), so a new dialog, a restart, or the restored database
    itself still know them."""
    import datetime as dt

    from bimtek_desk.committee import pin as pinlib

    now = [dt.datetime(2025, 11, 18, 1, 0, tzinfo=dt.UTC)]
    monkeypatch.setattr(pinlib, "clock", lambda: now[0])
    with Store.open(demo_db) as s:
        good = backups.take(s, "manual")
    demo_db.write_bytes(b"SQLite format 3\x00" + b"\xee" * 8000)
    damaged = demo_db.read_bytes()
    dialog = RestoreDialog(demo_db, "rusak")
    qtbot.addWidget(dialog)
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == str(good)
    for n in range(1, 6):
        dialog.pin.setText(f"{n:06d}")
        assert not dialog.restore()
    assert "30 detik" in dialog.error.text()
    again = RestoreDialog(demo_db, "rusak")  # a new dialog (or a restart) does not reset the count
    qtbot.addWidget(again)
    again.pin.setText(DEMO_PIN)
    assert not again.restore() and "Coba lagi dalam 30 detik" in again.error.text()
    assert demo_db.read_bytes() == damaged  # nothing restored while locked
    now[0] += dt.timedelta(seconds=30)
    assert again.restore()
    with Store.open(demo_db) as restored:
        assert restored.registrations.count(DEMO_EVENT_ID) == 175
        assert restored.pin_attempts.state(DEMO_EVENT_ID) == (0, None)  # the right PIN reset it
        log = [(e.action, e.detail.get("purpose")) for e in restored.audit.entries(DEMO_EVENT_ID)]
    assert log.count(("pin.fail", "memulihkan cadangan")) == 5
    assert log.count(("pin.locked", "memulihkan cadangan")) == 1


def test_a_read_only_backup_cannot_count_and_is_refused(demo_db: Path) -> None:
    from bimtek_desk.errors import UserError

    with Store.open(demo_db) as s:
        good = backups.take(s, "manual")
    demo_db.write_bytes(b"")
    good.chmod(0o444)
    try:
        with pytest.raises(UserError, match="hanya-baca"):
            restore_backup(demo_db, good, pin="000000")
    finally:
        good.chmod(0o600)
    assert demo_db.stat().st_size == 0
