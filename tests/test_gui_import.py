"""The import wizard (#14): the mapping in Indonesian, a column the committee
changes before importing, the grouped report; the file is read in the background."""

from __future__ import annotations

from pathlib import Path

from bimtek_desk.gui.import_dialog import UNUSED, ImportDialog
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.rosters import PEOPLE
from tests.test_roster_structures import two_row_header_xlsx


def open_wizard(qtbot, store: Store, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, DEMO_EVENT_ID, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    return dialog


def test_wizard_shows_the_mapping_and_a_changed_column_is_used(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = list(PEOPLE)
    people[2] = (people[2][0][:15], *people[2][1:])  # a 15-digit NIK: one error
    path = two_row_header_xlsx(tmp_path / "dua-baris.xlsx", people)
    dialog = open_wizard(qtbot, demo_store, path)
    assert dialog.combos["name"].currentText() == "C  Nama ART"
    assert dialog.combos["birth_date"].currentText() == "E  Tgl Lahir / dd/mm/yyyy"
    assert dialog.combos["birth_place"].currentText() == "D  Tgl Lahir / Tempat Lahir"
    assert dialog.combos["kecamatan"].currentData() == UNUSED
    assert "judul kolom di baris 3–4" in dialog.summary.text()
    assert "DITOLAK (1 baris bergalat)" in dialog.verdict.text()
    assert dialog.details.toPlainText().startswith("GALAT Baris 8 [NIK]")
    assert not dialog.import_button.isEnabled() and dialog.skip_invalid.isVisibleTo(dialog)

    # the committee says the place of birth is not to be used
    report_before = dialog.report
    combo = dialog.combos["birth_place"]
    combo.setCurrentIndex(combo.findData(UNUSED))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.report is not report_before, timeout=30_000)
    assert "birth_place" not in dialog.report.parsed.header.columns  # type: ignore[union-attr]
    assert dialog.combos["birth_place"].currentData() == UNUSED

    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert dialog.result() == 1
    stored = {r.person.nik: r.person for r in demo_store.registrations.for_event(DEMO_EVENT_ID)}
    assert PEOPLE[0][0] in stored and stored[PEOPLE[0][0]].birth_place is None
    assert stored[PEOPLE[0][0]].birth_date == PEOPLE[0][4]


def test_wizard_reports_an_unreadable_file_without_a_traceback(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lama.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: ".xls" in dialog.summary.text(), timeout=30_000)
    assert not dialog.import_button.isEnabled() and not dialog.columns_box.isEnabled()


def test_the_wizard_is_driven_by_the_keyboard_alone(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Walk-through under X: the keyboard lands on the next decision (import the valid rows
    only), Space ticks it, Tab reaches Impor and Enter imports."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.test_gui_usability import press

    people = list(PEOPLE)
    people[2] = (people[2][0][:15], *people[2][1:])
    path = two_row_header_xlsx(tmp_path / "dua-baris.xlsx", people)
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.skip_invalid, timeout=30_000)
    press(dialog.skip_invalid, Qt.Key.Key_Space, " ")
    assert dialog.skip_invalid.isChecked() and dialog.import_button.isEnabled()
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.import_button
    before = demo_store.registrations.count(DEMO_EVENT_ID)
    press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r")
    assert dialog.result() == 1
    assert demo_store.registrations.count(DEMO_EVENT_ID) == before + len(PEOPLE) - 1


def test_closing_the_wizard_while_it_reads_leaves_no_error(qtbot, demo_store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           capfd) -> None:
    """The background read finished after the dialog was gone: 'Signal source has been deleted'."""
    import shiboken6
    from PySide6.QtCore import QDeadlineTimer, QThreadPool
    from PySide6.QtWidgets import QApplication

    people = [(f"6371{i:012d}", f"Peserta {i}", *PEOPLE[0][2:]) for i in range(1, 3001)]
    path = two_row_header_xlsx(tmp_path / "besar.xlsx", people)  # long enough to be still reading
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, path)
    QApplication.processEvents()  # the read starts: the job was queued for the event loop
    assert dialog.job is not None and dialog.job.running
    shiboken6.delete(dialog)  # closed and gone, the job with it
    assert QThreadPool.globalInstance().waitForDone(QDeadlineTimer(60_000))
    QApplication.processEvents()
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_a_missing_name_column_is_chosen_in_the_wizard_on_the_sheet_it_names(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    from tests.test_roster_trial2 import _no_name_two_sheets

    path = _no_name_two_sheets(tmp_path / "warga.xlsx")
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "tidak ditemukan" in dialog.summary.text(), timeout=30_000)
    assert "Kolom Nama tidak ditemukan di lembar 'Data Warga'" in dialog.summary.text()
    assert "--map" not in dialog.summary.text()  # the command line's advice is not the window's
    assert dialog.columns_box.isEnabled() and not dialog.import_button.isEnabled()
    combo = dialog.combos["name"]
    assert combo.count() == 1 + 45  # "(tidak dipakai)" and every column of the sheet
    combo.setCurrentIndex(combo.findData("C"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report.sheet == "Data Warga" and dialog.report.accepted == len(PEOPLE)  # type: ignore[union-attr]
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert dialog.result() == 1
    names = {r.person.name for r in demo_store.registrations.for_event(DEMO_EVENT_ID)}
    assert {p[1] for p in PEOPLE} <= names
