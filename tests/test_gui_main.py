from pathlib import Path

from pytestqt.modeltest import ModelTester

from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.gui.models.participants import ParticipantsModel
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID


def test_participants_model_passes_modeltester(qtmodeltester: ModelTester, demo_store: Store) -> None:
    model = ParticipantsModel(demo_store, DEMO_EVENT_ID)
    qtmodeltester.check(model)
    assert model.rowCount() == 175
    model.set_search("muhamad")
    qtmodeltester.check(model)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names and all("uhammad" in n or "uhamad" in n or "ohammad" in n or n.startswith("M.") for n in names)


def test_model_masks_nik_until_asked(demo_store: Store) -> None:
    model = ParticipantsModel(demo_store, DEMO_EVENT_ID)
    assert model.index(0, 2).data() == "637105******9467"
    model.set_show_nik(True)
    assert model.index(0, 2).data() == "6371054301689467"


def test_main_window_shows_event_and_filters(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(window)
    window.show()
    assert "Bimtek PSM 2025" in window.header.title.text()
    assert "Terdaftar: 175" in window.header.counts.text()
    assert window.roster is None  # built when first shown
    window.tabs.setCurrentIndex(1)
    assert window.roster is not None and window.area(1) is window.roster
    assert window.roster.model.rowCount() == 175
    qtbot.keyClicks(window.roster.filter, "hairul")
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == 2)
    assert {window.roster.model.index(r, 1).data() for r in range(2)} == {"Hairul Anwar", "Khairul Anwar"}
    assert window.grab().save(str(tmp_path / "main.png"))
    for index in range(2, window.tabs.count()):  # Acara, Dokumen, Laporan, Statistik
        window.tabs.setCurrentIndex(index)
    assert None not in (window.event_area, window.documents, window.reports, window.stats)


def test_reissue_badge_from_the_roster(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk, Outcome
    from bimtek_desk.gui.roster_panel import RosterPanel
    from tests.pdfutil import decode_qr

    panel = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(panel)
    panel.view.selectRow(4)
    old = demo_store.registrations.for_event(DEMO_EVENT_ID)[4]
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    answers = iter([("000000", True), ("", False)])  # a wrong PIN is asked again; then cancelled
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    assert panel.reissue_selected(reason="hilang di hotel", open_pdf=False) is None  # a reissue needs the PIN
    assert demo_store.registrations.get(old.id).badge_code == old.badge_code
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))
    out = panel.reissue_selected(reason="hilang di hotel", open_pdf=False)
    assert out is not None
    (new_code,) = decode_qr(out, dpi=200)[0]
    assert new_code != old.badge_code
    desk = Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG")
    assert desk.scan(old.badge_code or "").outcome is Outcome.REPLACED
    assert desk.scan(new_code).outcome is Outcome.CHECKED_IN
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "badge.reissue"


def test_full_nik_needs_the_pin(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.roster_panel import RosterPanel

    panel = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(panel)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    answers = iter([("1111", True), ("", False)])  # a wrong PIN is asked again; then cancelled
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    panel.show_nik.setChecked(True)
    assert not panel.show_nik.isChecked() and "*" in panel.model.index(0, 2).data()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))
    panel.show_nik.setChecked(True)
    assert panel.model.index(0, 2).data() == "6371054301689467"
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "nik.show"


def test_reports_area_writes_in_background(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from bimtek_desk.gui.reports_panel import ReportsPanel
    from tests.pdfutil import page_texts

    with Store.open(demo_db) as s:
        panel = ReportsPanel(s, s.events.get(DEMO_EVENT_ID))
        qtbot.addWidget(panel)
        job = panel.write_attendance(tmp_path / "dh.pdf")
        with qtbot.waitSignal(job.finished, timeout=30000):
            pass
        assert "175 orang" in panel.status.text() and "NOR MAWADDAH" in page_texts(tmp_path / "dh.pdf")[0]
        assert "DRAF: daftar hadir bertanda DRAF" in panel.status.text()  # the demo's signatory is an example
        job = panel.write_export(tmp_path / "x.xlsx")
        with qtbot.waitSignal(job.finished, timeout=30000):
            pass
        assert openpyxl.load_workbook(tmp_path / "x.xlsx")["Kehadiran"].max_row == 176
        panel.write_attendance(tmp_path / "nope" / "dh.pdf")
        # The refusal comes at once (before any rendering), possibly before a waitSignal could connect.
        qtbot.waitUntil(lambda: "Gagal:" in panel.status.text(), timeout=30000)
        assert "Gagal: Folder" in panel.status.text() and "tidak ada" in panel.status.text()


def test_import_wizard_shows_the_dry_run_then_imports(qtbot, demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.import_dialog import ImportDialog
    from tests.rosters import messy_xlsx

    path = messy_xlsx(tmp_path / "psm.xlsx", numeric_nik_row=True)
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)  # read in the background
    assert "GALAT Baris 12 [NIK]" in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled()  # errors: refused unless the valid rows are chosen
    assert demo_store.registrations.count(DEMO_EVENT_ID) == 175  # the dry run wrote nothing
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert dialog.result() == 1 and demo_store.registrations.count(DEMO_EVENT_ID) == 181


def test_import_wizard_refuses_a_pdf(qtbot, demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.import_dialog import ImportDialog

    bad = tmp_path / "daftar.xlsx"
    bad.write_bytes(b"%PDF-1.4 bukan excel")
    dialog = ImportDialog(demo_store, DEMO_EVENT_ID, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "PDF" in dialog.summary.text(), timeout=30_000)
    assert not dialog.import_button.isEnabled()


def test_keyboard_reaches_every_area(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = MainWindow(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for n in (2, 3, 4, 5, 6, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == n - 1
        area = window.area(n - 1)
        qtbot.waitUntil(lambda a=area: QApplication.focusWidget() is a.first_focus)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic
    assert window.tabs.currentIndex() == 1
    roster = window.roster
    roster.view.setFocus()
    qtbot.keyClick(roster.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is roster.filter


def test_saved_event_shows_in_the_header(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))  # the PIN
    window = MainWindow(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(window)
    area = window.area(2)
    area.short_name.setText("Bimtek PSM 2025 Angkatan II")
    assert area.save()
    assert window.header.title.text().startswith("Bimtek PSM 2025 Angkatan II — ")
