"""Issue #26: the desk under a real volunteer's hands.  A badge scanned while a dialog
is open never becomes data; F4 undoes what is selected; names are found despite
spelling; badges are printed from Dokumen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.test_gui_desk import Typist, code_of, window  # noqa: F401 (fixture)
from tests.test_gui_usability import focus, in_dialog, press, tabbed, type_slowly  # noqa: F401 (fixture)


def answer_box(button_text: str, seen: dict[str, object]) -> None:
    """Click the button starting with ``button_text`` in the next message box, keeping its text."""

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, handle)
            return
        seen["box"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        for b in box.buttons():
            if b.text().startswith(button_text):
                b.click()
                return
        box.reject()

    QTimer.singleShot(0, handle)


def present(store: Store, window: MainWindow) -> int:  # noqa: F811
    return store.checkins.present_count(window.desk_panel.desk.session.id)


# -- 1. a scan while a dialog is open ------------------------------------------------------------------

def test_badge_scanned_into_the_walk_in_name_checks_that_person_in(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                   qtbot) -> None:  # type: ignore[no-untyped-def]
    """Walk-through: F2, badge scanned into Nama lengkap, five Enters: a walk-in named
    'BDBX6FZ05GANC88Y9Y' was BERHASIL and the real participant was not checked in."""
    code = code_of(demo_store, 3)
    owner = demo_store.registrations.for_event(DEMO_EVENT_ID)[3].person.name
    registered = len(demo_store.registrations.for_event(DEMO_EVENT_ID))
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        answer_box("Tutup formulir", seen)
        Typist().type(code, gap_ms=4)
        seen["name"] = dialog.name.text()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not dialog.isVisible())

    errors = in_dialog(qtbot, act)
    assert window.desk_panel.walk_in() is None  # the form was closed, nobody was added
    assert not errors, errors
    assert seen["name"] == ""  # the code never stayed in the name field
    assert owner in str(seen["box"]) and "TIDAK dimasukkan" in str(seen["box"])
    qtbot.waitUntil(lambda: window.desk_panel.status.title.text() == "BERHASIL")
    assert window.desk_panel.status.name.text() == owner
    assert len(demo_store.registrations.for_event(DEMO_EVENT_ID)) == registered
    assert present(demo_store, window) == 1


def test_back_to_the_form_keeps_what_was_typed_and_checks_nobody_in(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                    qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        typist = Typist()
        typist.type("Siti", gap_ms=80, end=None)  # a person, then a second later the scanner
        typist.t += 1000
        answer_box("Kembali", seen)
        typist.type(code_of(demo_store, 5), gap_ms=4)
        qtbot.waitUntil(lambda: "buttons" in seen)
        qtbot.wait(50)
        seen["open"] = dialog.isVisible()
        seen["name"] = dialog.name.text()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    window.desk_panel.walk_in()
    assert not errors, errors
    assert seen["open"] is True and seen["name"] == "Siti"
    assert present(demo_store, window) == 0


@pytest.mark.parametrize("field", ["reason", "pin"])
def test_badge_scanned_into_the_undo_dialog_is_not_typed(window: MainWindow, demo_store: Store, qtbot,  # noqa: F811
                                                         field: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    panel.handle_scan(code_of(demo_store, 0), "scanner")
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        line = getattr(dialog, field)
        focus(qtbot, line)
        answer_box("Kembali", seen)
        Typist().type(code_of(demo_store, 6), gap_ms=4)
        qtbot.waitUntil(lambda: "buttons" in seen)
        seen["text"] = line.text()
        seen["open"] = dialog.isVisible()

    errors = in_dialog(qtbot, act)
    assert panel.undo() is False
    assert not errors, errors
    assert seen["text"] == "" and seen["open"] is True
    assert present(demo_store, window) == 1  # nobody undone, nobody else checked in


def test_badge_scanned_into_a_pin_question_is_kept_out(tabbed: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Any dialog of the window (here Qt's own input dialog, as the PIN is asked) keeps the
    code out of its field and offers the check-in."""
    from PySide6.QtWidgets import QInputDialog

    seen: dict[str, object] = {}
    owner = demo_store.registrations.for_event(DEMO_EVENT_ID)[2].person.name

    def act(dialog: QDialog) -> None:
        line = dialog.findChild(QLineEdit)
        focus(qtbot, line)
        answer_box("Tutup formulir", seen)
        Typist().type(code_of(demo_store, 2), gap_ms=4)
        seen["text"] = line.text()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    errors = in_dialog(qtbot, act)
    _, ok = QInputDialog.getText(tabbed, "PIN panitia", "PIN:", QLineEdit.EchoMode.Password)
    assert not errors, errors
    assert not ok and seen["text"] == ""
    assert owner in str(seen["box"])
    qtbot.waitUntil(lambda: tabbed.desk_panel.status.title.text() == "BERHASIL")
    assert present(demo_store, tabbed) == 1


def test_first_start_desk_name_refuses_a_scan(qtbot, tmp_path, monkeypatch, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Issue 22 item 4: a badge scanned into 'Nama meja' became the desk's name."""
    from bimtek_desk.device import settings
    from bimtek_desk.gui.desk.desk_name import laptop_desk_name
    from bimtek_desk.gui.scanner_filter import ScannerFilter

    monkeypatch.setenv(settings.ENV, str(tmp_path / "laptop.json"))
    app = QApplication.instance()
    scanner = ScannerFilter()
    app.installEventFilter(scanner)
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        name = dialog.name  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
        name.clear()
        Typist().type(code_of(demo_store), gap_ms=4)  # by its timing, and by its shape
        qtbot.waitUntil(lambda: bool(dialog.error.text()))  # type: ignore[attr-defined]
        seen["after scan"] = (name.text(), dialog.isVisible(), dialog.error.text())  # type: ignore[attr-defined]
        name.setText(code_of(demo_store))  # typed slowly (or pasted): refused by its shape
        press(name, Qt.Key.Key_Return, "\r")
        seen["after typing"] = (dialog.isVisible(), dialog.error.text())  # type: ignore[attr-defined]
        name.setText("Meja 2")
        press(name, Qt.Key.Key_Return, "\r")

    try:
        errors = in_dialog(qtbot, act)
        assert laptop_desk_name() == "Meja 2"
    finally:
        app.removeEventFilter(scanner)
    assert not errors, errors
    text, still_open, message = seen["after scan"]  # type: ignore[misc]
    assert text == "" and still_open and "pindai" in message
    still_open, message = seen["after typing"]  # type: ignore[misc]
    assert still_open and "kode badge" in message


def test_no_name_field_takes_a_badge_code(demo_store: Store) -> None:
    from bimtek_desk.errors import UserError
    from bimtek_desk.roster import rules
    from bimtek_desk.store import PersonData

    code = code_of(demo_store)
    for name in (code, code.lower(), "bdb-" + code[3:7].lower() + "-" + code[7:], "X9F2KQ4M00ZZ"):
        with pytest.raises(UserError, match="kode hasil pindai"):
            rules.require(PersonData(name=name), regions=None)
    for name in ("Siti Aminah", "H. Abdul Gani 2", "Ruang 3A Banjar"):
        rules.require(PersonData(name=name), regions=None)


def test_reason_missing_puts_the_cursor_in_the_reason(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walk-through: after 'Alasan wajib diisi.' the focus stayed on Cetak badge; typed text
    was lost and each space toggled it."""
    panel = window.desk_panel
    panel.search.setText("Nor Mawaddah")
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        dialog.name.setText("Siti Aminah")  # type: ignore[attr-defined]
        dialog.print_badge.setFocus()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.print_badge)  # type: ignore[attr-defined]
        press(dialog.print_badge, Qt.Key.Key_Return, "\r")  # type: ignore[attr-defined]
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]
        seen["focus is reason"] = QApplication.focusWidget() is dialog.reason  # type: ignore[attr-defined]
        type_slowly("sakit")
        seen["reason"] = dialog.reason.text()  # type: ignore[attr-defined]
        seen["ticked"] = dialog.print_badge.isChecked()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    panel.substitute()
    assert not errors, errors
    assert seen["error"] == "Alasan wajib diisi." and seen["focus is reason"] is True
    assert seen["reason"] == "sakit" and seen["ticked"] is False


# -- 2. F4 undoes what is selected -------------------------------------------------------------------------

def test_f4_undoes_the_selected_persons_checkin(window: MainWindow, demo_store: Store, demo_db,  # noqa: F811
                                                qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk

    panel = window.desk_panel
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    chosen = panel.handle_scan(code_of(demo_store, 8), "scanner").checkin
    panel.handle_scan(code_of(demo_store, 9), "scanner")  # this desk's latest: someone else
    with Store.open(demo_db) as other:
        Desk(other, other.events.get(DEMO_EVENT_ID), desk="Meja 9", session="REG").scan(code_of(other, 4))
    panel.search.setText(regs[8].person.name)
    qtbot.waitUntil(lambda: panel.results.currentIndex().isValid())
    assert panel.undo_target() == chosen.id  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        seen["who"] = dialog.who.text()  # type: ignore[attr-defined]
        seen["size"] = dialog.who.font().pointSizeF()  # type: ignore[attr-defined]
        dialog.reason.setText("salah orang")  # type: ignore[attr-defined]
        dialog.pin.setText("181125")  # type: ignore[attr-defined]
        focus(qtbot, dialog.pin)  # type: ignore[attr-defined]
        press(dialog.pin, Qt.Key.Key_Return, "\r")  # type: ignore[attr-defined]
        seen["closed"] = not dialog.isVisible()

    errors = in_dialog(qtbot, act)
    press(window, Qt.Key.Key_F4)
    assert not errors, errors
    assert seen["who"] == regs[8].person.name and float(seen["size"]) >= 18  # type: ignore[arg-type]
    assert demo_store.checkins.is_annulled(chosen.id)  # type: ignore[union-attr]
    assert demo_store.checkins.current(regs[9].id, panel.desk.session.id) is not None


def test_f4_with_a_selected_person_not_checked_in_says_so(window: MainWindow, demo_store: Store, qtbot,  # noqa: F811
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    panel.handle_scan(code_of(demo_store, 0), "scanner")
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    panel.search.setText(regs[11].person.name)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    assert panel.undo() is False
    assert said and regs[11].person.name in said[0] and "belum check-in" in said[0]
    panel.search.clear()  # nothing selected: the latest check-in again
    assert panel.undo_target() is not None


# -- 3. names are found, and an empty list says what to try ------------------------------------------------

def test_an_empty_search_says_not_found_and_what_to_try(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = window.desk_panel
    type_slowly("Qwertyuiop")
    assert panel.search_model.rowCount() == 0
    assert panel.not_found.isVisible()
    text = panel.not_found.text()
    assert "Tidak ditemukan" in text and "Qwertyuiop" in text and "kelurahan" in text and "F2" in text
    panel.search.clear()
    assert not panel.not_found.isVisible()
    name = demo_store.registrations.for_event(DEMO_EVENT_ID)[0].person.name  # Nor Mawaddah
    panel.search.setText(name.replace("dd", "d").replace("Nor", "Noer"))  # spelt otherwise
    assert panel.search_model.rowCount() >= 1 and not panel.not_found.isVisible()
    assert panel.search_model.registration(0).person.name == name


# -- 4. badges from Dokumen --------------------------------------------------------------------------------

@pytest.fixture
def documents(qtbot, demo_store: Store):  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    panel = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    panel.type_box.setCurrentIndex(panel.type_box.findData("badge"))
    assert panel.badges is not None and panel.pages.currentWidget() is panel.badges
    return panel


def test_badges_saved_from_dokumen_for_everyone_then_only_the_new_ones(documents, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                                     tmp_path) -> None:
    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.store import PersonData
    from tests.pdfutil import decode_qr, page_count, page_texts

    page = documents.badges
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    assert page.summary.text() == f"{len(regs)} badge, {(len(regs) + 7) // 8} lembar."
    qtbot.waitUntil(lambda: page.preview_doc.pageCount() == 1)  # the first sheet
    job = page.save(tmp_path / "semua.pdf")
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert page_count(tmp_path / "semua.pdf") == (len(regs) + 7) // 8
    assert "disimpan di" in page.status.text() and str(tmp_path / "semua.pdf") in page.status.text()

    # A walk-in later: "not yet made" is just that one badge, on an A6 page.
    event = demo_store.events.get(DEMO_EVENT_ID)
    new = Desk(demo_store, event, desk="Meja 1", session="REG").walk_in(
        PersonData(name="Siti Walkin", kelurahan="Kelayan Barat"), "PESERTA").registration
    page.layout_box.setCurrentIndex(page.layout_box.findData("a6"))
    page.who_box.setCurrentIndex(page.who_box.findData("unprinted"))
    assert page.summary.text() == "1 badge, 1 lembar."
    job = page.save(tmp_path / "baru.pdf")
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert page_count(tmp_path / "baru.pdf") == 1
    assert "Siti Walkin" in page_texts(tmp_path / "baru.pdf")[0]
    assert decode_qr(tmp_path / "baru.pdf") == [[demo_store.registrations.get(new.id).badge_code]]
    assert "sudah pernah dibuat" in page.summary.text()  # nothing left to make
    said: list[str] = []
    page.status.setText("")
    import bimtek_desk.gui.file_dialogs as fd

    asked: list[str] = []
    original = fd.save_file
    fd.save_file = lambda *a, **k: asked.append("asked") or ""  # type: ignore[assignment]
    try:
        documents._ask_save()  # Ctrl+S with nothing to make: says so, asks no file name
    finally:
        fd.save_file = original  # type: ignore[assignment]
    said.append(page.status.text())
    assert asked == [] and "sudah pernah dibuat" in said[0]


def test_badges_for_the_people_chosen_in_the_list(documents, demo_store: Store, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.pdfutil import page_count, page_texts

    page = documents.badges
    page.filter.setText("kelayan")  # a kelurahan's people
    shown = page.people.count()
    assert 0 < shown < len(demo_store.registrations.for_event(DEMO_EVENT_ID))
    page.people.selectAll()
    assert page.who.value == "chosen" and page.summary.text().startswith(f"{shown} badge")
    page.layout_box.setCurrentIndex(page.layout_box.findData("cr80"))
    job = page.save(tmp_path / "kelayan.pdf")
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert page_count(tmp_path / "kelayan.pdf") == shown
    assert all("Kelayan" in text for text in page_texts(tmp_path / "kelayan.pdf"))


def test_badges_to_a_missing_printer_say_so_and_count_as_not_made(documents, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.documents.badge_sheets import printed_codes

    page = documents.badges
    job = page.print_to("PRINTER-YANG-MATI")
    with qtbot.waitSignal(job.failed, timeout=60000) as blocker:
        pass
    assert "tidak ditemukan" in blocker.args[0] and "PRINTER-YANG-MATI" in page.status.text()
    assert printed_codes(demo_store, DEMO_EVENT_ID) == set()


def test_nothing_to_print_is_said_before_a_file_name_is_asked(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    panel = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))  # nobody attended: nobody eligible
    qtbot.addWidget(panel)
    asked: list[str] = []
    monkeypatch.setattr("bimtek_desk.gui.file_dialogs.save_file", lambda *a, **k: asked.append("file") or "")
    panel._ask_save()
    assert asked == [] and "Belum ada dokumen" in panel.status.text()


# -- issue 22 item 6: the desk leaves nothing in the temporary folder -----------------------------------------

def _temp_leftovers(prefix: str) -> set[str]:
    import tempfile
    from pathlib import Path

    return {p.name for p in Path(tempfile.gettempdir()).glob(prefix + "*")}


def test_walk_in_badge_is_saved_where_the_committee_saves_and_shown(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                    qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.errors import UserError
    from bimtek_desk.gui.documents.badge_out import PreviewDialog
    from tests.pdfutil import decode_qr

    def no_printer(_name: str) -> None:
        raise UserError("Printer '(bawaan)' tidak ditemukan (printer yang ada: tidak ada).")

    monkeypatch.setattr("bimtek_desk.gui.documents.badge_out.check_printer", no_printer)
    panel = window.desk_panel
    panel.badge_folder = tmp_path
    before = _temp_leftovers("bimtek-badge-")

    def act(dialog: QDialog) -> None:
        dialog.name.setText("Siti Walkin")  # type: ignore[attr-defined]
        dialog.kelurahan.setCurrentText("Kelayan Barat")  # type: ignore[attr-defined]
        dialog.print_badge.setChecked(True)  # type: ignore[attr-defined]
        dialog._try_accept()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    result = panel.walk_in()
    assert not errors, errors
    assert result is not None and result.registration is not None
    (pdf,) = tmp_path.glob("*.pdf")
    assert "Siti Walkin" in pdf.name
    assert decode_qr(pdf) == [[demo_store.registrations.get(result.registration.id).badge_code]]
    assert str(pdf) in window.statusBar().currentMessage() and "pratinjau" in window.statusBar().currentMessage()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]
    assert preview.doc.pageCount() == 1 and "Tidak dicetak" in preview.note.text()
    assert preview.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the desk keeps the keys
    preview.close()
    assert _temp_leftovers("bimtek-badge-") == before


def test_sound_files_live_in_the_cache_not_the_temporary_folder(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.desk import sounds

    monkeypatch.setattr(sounds, "sound_folder", lambda: tmp_path / "cache" / "sounds")
    before = _temp_leftovers("bimtek-desk-sounds-")
    first = sounds.tone_file("ok")
    stamp = first.stat().st_mtime_ns
    again = sounds.tone_file("ok")  # the next start (or after a crash): the same file, not another
    assert first == again == tmp_path / "cache" / "sounds" / "ok.wav" and again.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in first.parent.iterdir()) == ["ok.wav"]
    player = sounds.Sounds(True)
    player.play("warn")
    assert _temp_leftovers("bimtek-desk-sounds-") == before
    assert player.unavailable or (tmp_path / "cache" / "sounds" / "warn.wav").exists()


def test_a_wrong_pin_asks_again_with_the_tries_left(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Walk-through: a wrong PIN closed the dialog and said so only in the status line."""
    from bimtek_desk.committee.pin import Purpose
    from bimtek_desk.gui.pin_dialog import ask_pin

    parent = QWidget()
    qtbot.addWidget(parent)
    labels: list[str] = []
    answers = iter([("1111", True), ("2222", True), ("181125", True)])

    def get_text(_parent, _title, label, *a, **k):  # type: ignore[no-untyped-def]
        labels.append(label)
        return next(answers)

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", get_text)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    grant = ask_pin(parent, demo_store, DEMO_EVENT_ID, Purpose.BADGE_REISSUE)
    assert grant is not None and warned == []
    assert len(labels) == 3 and "Sisa 4" in labels[1] and "Sisa 3" in labels[2]
    assert all("cetak ulang badge" in label for label in labels)


@pytest.mark.parametrize(("answer", "closed"), [("Tetap", False), ("Tutup meja", True)])
def test_alt_f4_on_a_desk_asks_first(window: MainWindow, qtbot, answer: str, closed: bool) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walk-through: Alt+F4 closed the desk at once.  The window manager's close is a
    spontaneous close event; Ctrl+Q (a deliberate Keluar) and the tests' close() are not."""
    from PySide6.QtGui import QCloseEvent

    class WindowManagerClose(QCloseEvent):
        def spontaneous(self) -> bool:
            return True

    seen: dict[str, object] = {}
    answer_box(answer, seen)
    event = WindowManagerClose()
    window.closeEvent(event)
    assert "Meja 2" in str(seen["box"]) and event.isAccepted() is closed


def test_the_window_opens_the_event_running_today() -> None:
    """Walk-through: the window opened the most recently created event, not today's."""
    import datetime as dt

    from bimtek_desk.gui.app import event_for_today
    from bimtek_desk.store.models import Event

    def event(name: str, start: str, end: str) -> Event:
        template = Event.__new__(Event)  # only the dates matter here
        object.__setattr__(template, "short_name", name)
        object.__setattr__(template, "date_start", dt.date.fromisoformat(start))
        object.__setattr__(template, "date_end", dt.date.fromisoformat(end))
        return template

    past, today, later = (event("lalu", "2026-10-01", "2026-10-03"), event("kini", "2026-12-04", "2026-12-06"),
                          event("nanti", "2027-01-10", "2027-01-11"))
    newest_first = [later, today, past]
    assert event_for_today(newest_first, dt.date(2026, 12, 5)).short_name == "kini"
    assert event_for_today(newest_first, dt.date(2026, 12, 20)).short_name == "nanti"
    assert event_for_today([past, today], dt.date(2027, 2, 1)).short_name == "kini"


def test_wrong_day_looks_unlike_already_present_and_is_said_before_the_first_scan(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                                  monkeypatch) -> None:
    import datetime as dt

    from bimtek_desk.desk.checkin import Outcome
    from bimtek_desk.gui.desk.panel import DeskPanel
    from bimtek_desk.gui.desk.status_panel import COLOURS, MARKS, SEVERITY
    from tests.test_event_days import DEMO_PIN, WITA, _desk

    wrong, already = SEVERITY[Outcome.WRONG_DAY], SEVERITY[Outcome.ALREADY]
    assert COLOURS[wrong][0] != COLOURS[already][0] and MARKS[wrong] != MARKS[already]
    panel = DeskPanel(_desk(demo_store, dt.datetime(2025, 11, 17, 9, 0, tzinfo=WITA), session="REG"), sound=False)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.banner.isVisible() and "bukan hari acara" in panel.banner.text()  # nothing scanned yet
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (DEMO_PIN, True))
    assert panel.allow_today(reason="gladi bersih")
    assert not panel.banner.isVisible()


def test_import_from_peserta_by_ctrl_i_ends_saying_how_many(qtbot, demo_store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    from bimtek_desk.gui.roster_panel import RosterPanel
    from tests.rosters import PEOPLE
    from tests.test_roster_structures import two_row_header_xlsx

    path = two_row_header_xlsx(tmp_path / "daftar.xlsx", list(PEOPLE))
    monkeypatch.setattr("bimtek_desk.gui.file_dialogs.open_file", lambda *a, **k: str(path))
    panel = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    focus(qtbot, panel.filter)
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)  # type: ignore[attr-defined]
        answer_box("OK", seen)
        dialog.do_import()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    QTest.keySequence(panel.filter, QKeySequence("Ctrl+I"))
    qtbot.waitUntil(lambda: "box" in seen, timeout=30_000)
    assert not errors, errors
    assert f"{len(PEOPLE)} orang diimpor" in str(seen["box"]) and panel.last_said == seen["box"]
    assert "Ctrl+I" in panel.import_button.text()


def test_passing_through_an_agenda_cell_is_no_change(tabbed: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walk-through: Ctrl+Tab through Acara's sub-tabs said 'Ada perubahan yang belum
    disimpan' with nothing changed (a table cell had entered edit mode)."""
    from PySide6.QtCore import Qt as _Qt

    tabbed.tabs.setCurrentIndex(2)
    area = tabbed.event_area
    model = area.agenda.model
    index = model.index(0, model.LABEL_COLUMN)
    assert model.setData(index, model.data(index, _Qt.ItemDataRole.EditRole))  # the editor closes unchanged
    assert not area.has_unsaved() and area.dirty.text() == ""
    model.setData(index, "Pembukaan (diubah)")
    assert area.has_unsaved()


def test_a_document_without_signatory_says_so_in_the_draf_line(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    event = demo_store.events.get(DEMO_EVENT_ID)
    settings = {**event.settings, "signatories": {}}  # a new event: nobody signs yet
    with demo_store.transaction():
        demo_store.events.update_settings(DEMO_EVENT_ID, settings)
    panel = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    assert "Penandatangan sertifikat belum diisi" in panel.pending.text() and panel.pending.isVisibleTo(panel)
    panel.type_box.setCurrentIndex(panel.type_box.findData("piagam"))
    assert "Penandatangan piagam belum diisi" in panel.pending.text()


def test_penandatangan_fits_1024_without_a_horizontal_scroll(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.event.signatories import SignatoriesEditor

    editor = SignatoriesEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 500)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.columns == 2)
    qtbot.wait(20)
    assert not editor.horizontalScrollBar().isVisible()
    editor.resize(1340, 600)
    qtbot.waitUntil(lambda: editor.columns == 3)


def test_a_very_fast_typist_keeps_the_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walk-through under X: xdotool 'typing' at 36 ms a key was taken for a scanner and the
    name vanished.  A burst that is no code counts as a scan in a form only when Enter
    follows at once, as a scanner sends it; a person pauses before Enter."""
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        typist = Typist()
        typist.type("Siti Uji Coba", gap_ms=30, end=None)
        typist.t += 150
        typist.key(Qt.Key.Key_Return, "\r")
        seen["name"] = dialog.name.text()  # type: ignore[attr-defined]
        seen["moved on"] = QApplication.focusWidget() is dialog.kelurahan  # type: ignore[attr-defined]
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    window.desk_panel.walk_in()
    assert not errors, errors
    assert seen == {"name": "Siti Uji Coba", "moved on": True, "error": ""}


def test_wedge_tells_a_scanners_prompt_enter() -> None:
    from bimtek_desk.scanning.wedge import WedgeParser

    parser = WedgeParser()
    for n, ch in enumerate("ABCDEFG"):
        parser.feed_char(ch, 1000 + 5 * n)
    assert parser.prompt(1040) and not parser.prompt(1200)


def test_badges_printed_from_dokumen_arrive_at_the_printer_a6(documents, demo_store: Store, qtbot, cups) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.documents.badge_sheets import printed_codes
    from tests.pdfutil import page_count

    out = cups.add_queue("BADGE-A6")
    page = documents.badges
    page.filter.setText("kelayan barat")
    page.people.selectAll()
    chosen = page.chosen_ids()
    page.layout_box.setCurrentIndex(page.layout_box.findData("a6"))
    job = page.print_to("BADGE-A6")
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: cups.idle() and len(list(out.glob("*.prn"))) == len(chosen), timeout=60000)
    assert all(page_count(p) == 1 for p in out.glob("*.prn"))
    assert "Terkirim ke printer BADGE-A6" in page.status.text()
    codes = {r.badge_code for r in demo_store.registrations.for_event(DEMO_EVENT_ID) if r.id in chosen}
    assert printed_codes(demo_store, DEMO_EVENT_ID) == codes


def test_walk_in_badge_goes_to_the_default_printer_and_says_so(window: MainWindow, qtbot, tmp_path,  # noqa: F811
                                                               cups) -> None:  # type: ignore[no-untyped-def]
    from tests.pdfutil import page_count

    out = cups.add_queue("MEJA-DEFAULT")  # as the default printer (not made the session's default:
    panel = window.desk_panel             # other tests rely on there being none)
    panel.badge_folder, panel.badge_printer = tmp_path, "MEJA-DEFAULT"
    try:
        def act(dialog: QDialog) -> None:
            dialog.name.setText("Rina Walkin")  # type: ignore[attr-defined]
            dialog.kelurahan.setCurrentText("Kelayan Barat")  # type: ignore[attr-defined]
            dialog.print_badge.setChecked(True)  # type: ignore[attr-defined]
            dialog._try_accept()  # type: ignore[attr-defined]

        errors = in_dialog(qtbot, act)
        assert panel.walk_in() is not None
        assert not errors, errors
        (pdf,) = tmp_path.glob("*.pdf")
        assert "dikirim ke printer MEJA-DEFAULT" in panel.last_notice and str(pdf) in panel.last_notice
        qtbot.waitUntil(lambda: "dikirim ke printer" not in panel.last_notice, timeout=60000)
        assert "terkirim ke printer MEJA-DEFAULT" in panel.last_notice, panel.last_notice
        qtbot.waitUntil(lambda: cups.idle() and bool(list(out.glob("*.prn"))), timeout=60000)
        assert [page_count(p) for p in out.glob("*.prn")] == [1]
    finally:
        cups.remove_queue("MEJA-DEFAULT")


@pytest.mark.parametrize("field", ["name", "phone", "reason"])
def test_badge_scanned_into_the_substitute_form_checks_that_person_in(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                      qtbot, field: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    panel.search.setText("Nor Mawaddah")
    owner = demo_store.registrations.for_event(DEMO_EVENT_ID)[7].person.name
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        line = getattr(dialog, field)
        focus(qtbot, line)
        answer_box("Tutup formulir", seen)
        Typist().type(code_of(demo_store, 7), gap_ms=4)
        seen["text"] = line.text()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    errors = in_dialog(qtbot, act)
    assert panel.substitute() is None
    assert not errors, errors
    assert seen["text"] == "" and owner in str(seen["box"])
    qtbot.waitUntil(lambda: panel.status.name.text() == owner)
    assert demo_store.registrations.get(demo_store.registrations.for_event(DEMO_EVENT_ID)[0].id).replaced_by is None


def test_badge_scanned_into_a_committee_form_is_kept_out_and_said(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Peserta's edit form (no desk behind it): the code stays out of the name, the form says why."""
    from bimtek_desk.gui.person_dialog import EditPersonDialog
    from bimtek_desk.gui.scanner_filter import ScannerFilter

    app = QApplication.instance()
    scanner = ScannerFilter()
    app.installEventFilter(scanner)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        focus(qtbot, dialog.name)  # type: ignore[attr-defined]
        dialog.name.end(False)  # type: ignore[attr-defined]
        Typist().type(code_of(demo_store, 2), gap_ms=4)
        qtbot.waitUntil(lambda: bool(dialog.error.text()))  # type: ignore[attr-defined]
        seen["name"] = dialog.name.text()  # type: ignore[attr-defined]
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]

    try:
        errors = in_dialog(qtbot, act)
        dialog = EditPersonDialog(reg, None)
        dialog.exec()
    finally:
        app.removeEventFilter(scanner)
    assert not errors, errors
    assert seen["name"] == reg.person.name and "TIDAK dimasukkan" in str(seen["error"])


def test_a_foreign_code_scanned_into_a_form_says_what_it_is_and_can_close_the_form(
        window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    seen: dict[str, object] = {}
    forged = code_of(demo_store, 1)[:-1] + ("A" if code_of(demo_store, 1)[-1] != "A" else "B")

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        answer_box("Tutup formulir", seen)
        Typist().type(forged, gap_ms=4)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    errors = in_dialog(qtbot, act)
    assert window.desk_panel.walk_in() is None
    assert not errors, errors
    assert "PALSU" in str(seen["box"]) and sorted(seen["buttons"]) == ["Kembali ke formulir", "Tutup formulir"]  # type: ignore[arg-type]
    assert present(demo_store, window) == 0
