"""Creating events from the window: an empty database, a new event, switching events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bimtek_desk.committee.pin import verify_pin
from bimtek_desk.errors import UserError
from bimtek_desk.events import new as newevent
from bimtek_desk.gui.app import Windows
from bimtek_desk.gui.event.new_dialog import NewEventDialog, StartDialog
from bimtek_desk.gui.scanner_filter import ScannerFilter
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID, file_digest


def test_suggested_ids() -> None:
    day = dt.date(2026, 3, 10)
    assert newevent.suggest_id("Bimtek PSM 2026", day) == "bimtek-psm-2026"
    assert newevent.suggest_id("Pelatihan Kader Posyandu", day) == "pelatihan-kader-posyandu-2026"
    assert newevent.suggest_id("Sosialisasi Ke-2 (Tahap Ⅱ) é", day) == "sosialisasi-ke-2-tahap-ii-e-2026"


def _doc(**kw: object) -> dict:  # type: ignore[type-arg]
    args = dict(event_id="bimtek-tksk-2026", name="Bimbingan Teknis TKSK Kota Banjarmasin 2026",
                short_name="Bimtek TKSK 2026", organizer="Dinas Sosial Kota Banjarmasin", venue="Aula Dinsos",
                city="Banjarmasin", date=dt.date(2026, 3, 10)) | kw
    return newevent.document(**args)  # type: ignore[arg-type]


def test_create_with_pin_and_refusals(demo_store: Store, demo_db: Path) -> None:
    event = newevent.create(demo_store, _doc(), "571938")
    assert [s.key for s in demo_store.events.sessions(event.id)] == ["REG"]
    assert verify_pin("571938", event.settings["committee_pin"])
    before = file_digest(demo_db)
    for doc, pin, message in ((_doc(), "571938", "sudah ada"), (_doc(event_id="baru-2026"), "12", "6–12 angka"),
                              (_doc(event_id="baru-2026", venue=""), "571938", "venue")):
        with pytest.raises(UserError, match=message):
            newevent.create(demo_store, doc, pin)
    assert file_digest(demo_db) == before


def test_new_event_dialog_suggests_the_id_and_checks_the_pin(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = NewEventDialog()
    qtbot.addWidget(d)
    d.short_name.setText("Bimtek TKSK")
    assert d.event_id.text().startswith("bimtek-tksk-")
    for w, text in ((d.name, "Bimbingan Teknis TKSK"), (d.organizer, "Dinas Sosial"), (d.venue, "Aula")):
        w.setText(text)
    d.venue.setText("")
    d._try_accept()
    assert "Tempat: terlalu pendek" in d.error.text()  # the label the committee sees, not 'venue'
    d.venue.setText("Aula")
    d.pin.setText("123456")
    d.pin_again.setText("123456")
    d._try_accept()
    assert "mudah ditebak: angka berurutan" in d.error.text() and d.result() == 0
    d.pin.setText("571938")
    d.pin_again.setText("1243")
    d._try_accept()
    assert "tidak sama" in d.error.text() and d.result() == 0
    d.pin_again.setText("571938")
    d._try_accept()
    assert d.result() == QDialog.DialogCode.Accepted


def test_empty_database_starts_with_a_choice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "kosong.sqlite3") as store:
        start = StartDialog(store)
        qtbot.addWidget(start)

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, NewEventDialog):
                QTimer.singleShot(20, fill)
                return
            dialog.short_name.setText("Bimtek Kader 2026")
            for w, text in ((dialog.name, "Bimbingan Teknis Kader"), (dialog.organizer, "Dinas Sosial"),
                            (dialog.venue, "Aula"), (dialog.pin, "246813"), (dialog.pin_again, "246813")):
                w.setText(text)
            dialog._try_accept()

        QTimer.singleShot(0, fill)
        start.new_button.click()
        assert start.result() == QDialog.DialogCode.Accepted and start.chosen is not None
        assert [e.id for e in store.events.all()] == [start.chosen.id]
        assert store.audit.entries(start.chosen.id)[0].action == "event.create"


def test_opening_another_event_replaces_the_window(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    other = newevent.create(demo_store, _doc(), "571938")
    scanner = ScannerFilter()
    windows = Windows(demo_store, scanner, sound=False)
    first = windows.show(demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(first)
    area = first.area(2)  # Acara
    area.open_event.emit(other.id)
    second = windows.current
    qtbot.addWidget(second)
    assert second is not first and second.ev.id == other.id and not first.isVisible()
    assert "Bimtek TKSK 2026" in second.header.title.text()
    assert scanner.receivers("2scanned(QString,QString)") == 1  # only the new window takes scans
