"""Issue #15: the desk and the committee window as volunteers really use them
(keyboard focus, scan routing, closing, readable results, small screens)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final
from tests.test_gui_desk import Typist, code_of, window  # noqa: F401 (fixture)


def in_dialog(qtbot, act: Callable[[QDialog], None]) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog once it shows; errors are kept for the test to raise."""
    errors: list[BaseException] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, handle)
            return
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 (reported by the test)
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, handle)
    return errors


def press(widget: QWidget | None, key: int, text: str = "") -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    assert widget is not None
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_slowly(text: str) -> None:
    """A person typing into whatever has focus (80 ms per key: never a scan)."""
    typist = Typist()
    typist.type(text, gap_ms=80, end=None)


# -- 1. reissue from the button ---------------------------------------------------------------------

def test_reissue_button_asks_the_reason_and_reissues(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.roster_panel import RosterPanel

    panel = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(panel)
    panel.view.selectRow(3)
    old = demo_store.registrations.for_event(DEMO_EVENT_ID)[3]
    answers = iter([("hilang di jalan", True), ("181125", True)])  # the reason, then the committee's PIN
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    from bimtek_desk.errors import UserError
    from bimtek_desk.gui.documents.badge_out import PreviewDialog
    from bimtek_desk.gui.file_dialogs import start_folder

    def no_printer(_name: str) -> None:
        raise UserError("Printer '(bawaan)' tidak ditemukan.")

    monkeypatch.setattr("bimtek_desk.gui.documents.badge_out.check_printer", no_printer)
    qtbot.mouseClick(panel.reissue_button, Qt.MouseButton.LeftButton)
    new = demo_store.registrations.get(old.id)
    assert new.badge_code != old.badge_code
    # No printer here: the badge is saved where the committee saves things and shown in the window.
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]
    assert preview.pdf.parent == start_folder() and preview.pdf.exists()
    assert str(preview.pdf) in panel.last_said
    preview.close()
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "badge.reissue"


def test_tab_leaves_the_roster_table_for_its_buttons(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Walk-through: Tab inside Peserta's table went from cell to cell, so the import button
    could not be reached without a mouse."""
    from bimtek_desk.gui.roster_panel import RosterPanel

    panel = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    seen = []
    for _ in range(6):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert panel.import_button in seen and panel.view not in seen


# -- 2. dialogs open with the focus in the first field -------------------------------------------------

def test_f2_walk_in_types_a_name_with_spaces_and_enter_walks_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = window.desk_panel
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        seen["focus"] = QApplication.focusWidget()
        type_slowly("Siti Aminah")
        seen["name"] = dialog.name.text()  # type: ignore[attr-defined]
        seen["open after space"] = dialog.isVisible()
        press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r")
        seen["after enter"] = QApplication.focusWidget()
        fields = dialog.fields()  # type: ignore[attr-defined]
        fields[-1].setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is fields[-1])
        press(fields[-1], Qt.Key.Key_Return, "\r")
        seen["accepted"] = dialog.result()

    errors = in_dialog(qtbot, act)
    press(window, Qt.Key.Key_F2)
    assert not errors, errors
    form_name = seen["focus"]
    assert type(form_name).__name__ == "QLineEdit"
    assert seen["name"] == "Siti Aminah" and seen["open after space"] is True
    assert seen["after enter"] is not form_name  # Enter moved on to Kelurahan
    assert seen["accepted"] == QDialog.DialogCode.Accepted
    assert panel.status.name.text() == "Siti Aminah"


@pytest.mark.parametrize("key", [Qt.Key.Key_F3, Qt.Key.Key_F4])
def test_f3_f4_open_with_the_focus_in_the_first_field(window: MainWindow, demo_store: Store, qtbot, key) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = window.desk_panel
    if key == Qt.Key.Key_F3:
        panel.search.setText("Nor Mawaddah")
    else:
        panel.handle_scan(code_of(demo_store), "scanner")
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        first = dialog.fields()[0]  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
        seen["focus"] = QApplication.focusWidget()
        seen["first"] = first.objectName() or type(first).__name__
        press(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["closed by escape"] = not dialog.isVisible()

    errors = in_dialog(qtbot, act)
    press(window, key)
    assert not errors, errors
    assert seen["first"] == "QLineEdit"
    assert seen["closed by escape"]


def test_after_a_dialog_the_desk_has_the_keys_again_without_a_window_manager(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walk-through under bare X: once a dialog closed, nothing was active, so F2, F4
    and Ctrl+1… were dead until somebody clicked.  gui/focus.FocusKeeper (installed by
    gui.app.run) gives the keys back to the dialog's window."""
    from bimtek_desk.gui.focus import FocusKeeper

    app = QApplication.instance()
    keeper = FocusKeeper()
    app.installEventFilter(keeper)
    try:
        opened: list[str] = []
        for _ in range(2):  # F2, Esc, and F2 again: the second F2 needs the window active
            errors = in_dialog(qtbot, lambda d: (opened.append(type(d).__name__),
                                                 press(QApplication.focusWidget(), Qt.Key.Key_Escape)))
            press(window, Qt.Key.Key_F2)
            assert not errors, errors
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            assert QApplication.focusWidget() is window.desk_panel.search
        assert opened == ["PersonForm", "PersonForm"]
    finally:
        app.removeEventFilter(keeper)


# -- 8. undo -----------------------------------------------------------------------------------------

def test_f4_defaults_to_this_desks_last_checkin_and_marks_it_annulled(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                      demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk

    panel = window.desk_panel
    mine = panel.handle_scan(code_of(demo_store, 0), "scanner").checkin
    panel.handle_scan(code_of(demo_store, 0), "scanner")  # SUDAH HADIR: last result is no check-in
    with Store.open(demo_db) as other:  # another desk's check-in is newer
        Desk(other, other.events.get(DEMO_EVENT_ID), desk="Meja 9", session="REG").scan(code_of(other, 4))
    panel.refresh_counts()
    assert not panel.recent.currentIndex().isValid()
    assert panel.undo_target() == mine.id  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        dialog.reason.setText("salah orang")  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)  # type: ignore[attr-defined]
        press(dialog.reason, Qt.Key.Key_Return, "\r")  # type: ignore[attr-defined]
        assert QApplication.focusWidget() is dialog.pin  # type: ignore[attr-defined]
        dialog.pin.setText("1111")  # type: ignore[attr-defined]
        press(dialog.pin, Qt.Key.Key_Return, "\r")  # type: ignore[attr-defined]
        seen["open after wrong pin"] = dialog.isVisible()
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]
        seen["reason kept"] = dialog.reason.text()  # type: ignore[attr-defined]
        dialog.pin.setText("181125")  # type: ignore[attr-defined]
        press(dialog.pin, Qt.Key.Key_Return, "\r")  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    assert panel.undo() is True
    assert not errors, errors
    assert seen["open after wrong pin"] is True and "PIN" in str(seen["error"])
    assert seen["reason kept"] == "salah orang"
    assert demo_store.checkins.is_annulled(mine.id)  # type: ignore[union-attr]
    texts = [panel.recent_model.index(r).data() for r in range(panel.recent_model.rowCount())]
    mine_rows = [t for t in texts if "(Meja 2)" in t]
    assert any("DIBATALKAN" in t for t in mine_rows)
    assert not any("DIBATALKAN" in t for t in texts if "(Meja 9)" in t)
    assert panel.undo_target() is None  # nothing else of this desk's to undo


# -- 4. a scan checks in only at the desk ------------------------------------------------------------

@pytest.fixture
def tabbed(qtbot, demo_store: Store):  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.gui.scanner_filter import ScannerFilter

    app = QApplication.instance()
    scanner = ScannerFilter()
    app.installEventFilter(scanner)
    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, desk="Meja 2", session="REG"), sound=False,
                   scanner=scanner)
    w.show()  # closed here, not by qtbot (whose teardown comes first): what a test left unsaved must not ask
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.ask_before_closing = False
    w.close()
    w.deleteLater()
    app.removeEventFilter(scanner)


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_scan_in_peserta_selects_the_person_and_checks_nobody_in(tabbed: MainWindow, demo_store: Store,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    tabbed.tabs.setCurrentIndex(1)
    roster = tabbed.roster
    assert roster is not None
    focus(qtbot, roster.filter)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[7]
    Typist().type(reg.badge_code or "", gap_ms=4)
    session = tabbed.desk_panel.desk.session.id
    assert demo_store.checkins.present_count(session) == 0
    assert tabbed.tabs.currentIndex() == 1  # no jump to the desk
    assert roster.filter.text() == ""
    assert roster.selected_registration() == reg.id
    assert reg.person.name in tabbed.statusBar().currentMessage()
    assert tabbed.desk_panel.status.title.text() == "SIAP MEMINDAI"


def test_scan_in_acara_stays_text_and_its_enter_arrives(tabbed: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabbed.tabs.setCurrentIndex(2)
    area = tabbed.event_area
    assert area is not None
    focus(qtbot, area.venue)
    area.venue.clear()
    entered: list[str] = []
    area.venue.returnPressed.connect(lambda: entered.append(area.venue.text()))
    code = code_of(demo_store)
    Typist().type(code, gap_ms=4)
    assert area.venue.text() == code and entered == [code]
    assert demo_store.checkins.present_count(tabbed.desk_panel.desk.session.id) == 0
    assert tabbed.tabs.currentIndex() == 2


def test_scan_in_a_dialog_stays_text(tabbed: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    code = code_of(demo_store)
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        line = next(w for w in dialog.findChildren(QWidget) if type(w).__name__ == "QLineEdit")
        focus(qtbot, line)
        Typist().type("/tmp/" + code, gap_ms=4)  # a path typed (or pasted) fast, then Enter
        seen["closed by enter"] = not dialog.isVisible()

    errors = in_dialog(qtbot, act)
    text, ok = QInputDialog.getText(tabbed, "Berkas", "Nama berkas:")
    assert not errors, errors
    assert ok and text == "/tmp/" + code and seen["closed by enter"]
    assert tabbed.desk_panel.status.title.text() == "SIAP MEMINDAI"
    assert demo_store.checkins.present_count(tabbed.desk_panel.desk.session.id) == 0


def test_scan_at_the_desk_tab_still_checks_in(tabbed: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    focus(qtbot, tabbed.desk_panel.search)
    Typist().type(code_of(demo_store), gap_ms=4)
    assert tabbed.desk_panel.status.title.text() == "BERHASIL"


# -- 9. Peserta keeps each person's number ------------------------------------------------------------

def test_roster_number_survives_filter_and_sort(demo_store: Store) -> None:
    from bimtek_desk.gui.models.participants import ParticipantsModel, RegistrationRole

    model = ParticipantsModel(demo_store, DEMO_EVENT_ID)
    numbers = {model.index(r, 0).data(RegistrationRole): model.index(r, 0).data() for r in range(model.rowCount())}
    assert [numbers[i] for i in list(numbers)[:3]] == ["1", "2", "3"]
    eighth = model.index(7, 1).data()
    model.set_search(eighth)
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == eighth]
    assert [model.index(r, 0).data() for r in rows] == ["8"]
    model.set_search("")
    model.sort(1)  # by name
    assert {model.index(r, 0).data(RegistrationRole): model.index(r, 0).data()
            for r in range(model.rowCount())} == numbers


# -- 5. the result is not carried by colour alone ---------------------------------------------------

def _luminance(hex_colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_results_differ_in_shape_and_brightness() -> None:
    from bimtek_desk.gui.desk.status_panel import COLOURS, MARKS

    kinds = ("ok", "warn", "error")
    assert len({MARKS[k] for k in kinds}) == 3 and all(MARKS[k] for k in kinds)
    lum = {k: _luminance(COLOURS[k][0]) for k in kinds}
    for a in kinds:  # a colour-blind volunteer still sees three different brightnesses
        for b in kinds:
            if a < b:
                hi, lo = max(lum[a], lum[b]), min(lum[a], lum[b])
                assert (hi + 0.05) / (lo + 0.05) >= 1.8, (a, b)
    for k in kinds:  # and the text stays readable on each
        bg, fg = (_luminance(c) for c in COLOURS[k])
        assert (max(bg, fg) + 0.05) / (min(bg, fg) + 0.05) >= 4.5, k


def test_same_result_twice_looks_different_and_old_results_fade(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    status = window.desk_panel.status
    code = code_of(demo_store)
    window.desk_panel.handle_scan(code, "scanner")
    assert (status.title.text(), status.mark, status.repeat) == ("BERHASIL", "✓", 1)
    window.desk_panel.handle_scan(code, "scanner")
    assert (status.title.text(), status.mark, status.repeat) == ("SUDAH HADIR", "!", 1)
    first = status.grab().toImage()
    window.desk_panel.handle_scan(code, "scanner")
    assert status.repeat == 2 and status.flashing
    second = status.grab().toImage()
    assert second != first  # flash and ×2: not the same picture as the result before
    status._end_flash()
    settled = status.grab().toImage()
    assert settled != first  # the ×2 stays after the flash
    second.save(str(tmp_path / "twice.png"))
    window.desk_panel.handle_scan("BUKAN-BADGE-SAMA-SEKALI", "scanner")
    assert (status.mark, status.repeat) == ("✗", 1)
    assert status.idle_timer.isActive() and 5_000 <= status.idle_timer.interval() <= 60_000
    status.idle_timer.timeout.emit()  # the quiet spell, without waiting for it
    assert status.title.text() == "SIAP MEMINDAI" and status.mark == ""
    assert "BUKAN BADGE" in status.message.text()
    assert isinstance(first, QImage)


# -- 15. which desk is this? ---------------------------------------------------------------------------

def test_desk_name_is_asked_once_and_kept_on_this_laptop(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.device import settings
    from bimtek_desk.gui.desk.desk_name import laptop_desk_name

    monkeypatch.setenv(settings.ENV, str(tmp_path / "cfg" / "laptop.json"))
    asked: list[str] = []

    def act(dialog: QDialog) -> None:
        asked.append(dialog.windowTitle())
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type: ignore[attr-defined]
        dialog.name.clear()  # type: ignore[attr-defined]
        type_slowly("Meja Pintu Timur")
        press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r")

    errors = in_dialog(qtbot, act)
    assert laptop_desk_name() == "Meja Pintu Timur"
    assert not errors, errors
    assert len(asked) == 1
    assert laptop_desk_name() == "Meja Pintu Timur"  # not asked again: no dialog would answer
    assert settings.load() == {"desk_name": "Meja Pintu Timur"}


def test_desk_name_is_shown_and_checkins_carry_it(qtbot, demo_store: Store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.device import settings

    monkeypatch.setenv(settings.ENV, str(tmp_path / "laptop.json"))
    settings.set_desk_name("  Meja   3 ")
    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, desk=settings.desk_name() or "", session="REG"),
                   desk_mode=True, sound=False)
    qtbot.addWidget(w)
    assert w.desk_panel.desk_button.text() == "Meja 3" and w.windowTitle().endswith("— Meja 3")
    result = w.desk_panel.handle_scan(code_of(demo_store), "scanner")
    assert result.checkin is not None and result.checkin.desk == "Meja 3"

    def act(dialog: QDialog) -> None:
        dialog.name.setText("Meja 4")  # type: ignore[attr-defined]
        dialog._try_accept()  # type: ignore[attr-defined]

    errors = in_dialog(qtbot, act)
    assert w.desk_panel.rename_desk() == "Meja 4"
    assert not errors, errors
    assert w.windowTitle().endswith("— Meja 4") and settings.desk_name() == "Meja 4"


def test_cli_checkin_uses_the_laptops_desk_name(cli, demo_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.device import settings

    monkeypatch.setenv(settings.ENV, str(tmp_path / "laptop.json"))
    settings.set_desk_name("Meja 5")
    with Store.open(demo_db) as s:
        code = code_of(s)
    assert cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG").code == 0
    with Store.open(demo_db) as s:
        (entry,) = s.scans.recent(DEMO_EVENT_ID, 1)
    assert entry.desk == "Meja 5"


def test_bad_desk_names_are_refused_in_indonesian(tmp_path, monkeypatch) -> None:
    from bimtek_desk.device import settings
    from bimtek_desk.errors import UserError

    monkeypatch.setenv(settings.ENV, str(tmp_path / "laptop.json"))
    for bad in ("   ", "x" * 41):
        with pytest.raises(UserError, match="Nama meja"):
            settings.set_desk_name(bad)
    assert settings.desk_name() is None
    (tmp_path / "laptop.json").write_text("{not json", encoding="utf-8")
    assert settings.desk_name() is None  # a damaged file is an empty one


# -- 3. closing does not lose work -------------------------------------------------------------------

def click_button(dialog: QDialog, text: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert buttons, [b.text() for b in dialog.findChildren(QAbstractButton)]
    buttons[0].click()


def test_ctrl_q_with_unsaved_signatory_edits_asks(tabbed: MainWindow, demo_store: Store, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tabbed.tabs.setCurrentIndex(2)
    area = tabbed.event_area
    assert area is not None and not area.has_unsaved()
    area.pages.setCurrentIndex(2)
    name = area.signatories.boxes["certificate"].name
    focus(qtbot, name)
    name.selectAll()
    type_slowly("Hj Rahmah")
    assert area.has_unsaved()
    asked: list[str] = []

    def answer(button):  # type: ignore[no-untyped-def]
        def act(dialog: QDialog) -> None:
            from PySide6.QtWidgets import QMessageBox

            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            dialog.button(button).click()
        return act

    from PySide6.QtWidgets import QMessageBox

    errors = in_dialog(qtbot, answer(QMessageBox.StandardButton.Cancel))
    tabbed.close()
    assert not errors, errors
    assert asked and "Acara" in asked[0]
    assert tabbed.isVisible() and area.has_unsaved()  # stayed, edits kept
    pins: list[str] = []  # saving the event asks the committee's PIN
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: (pins.append(str(a[2:3])) or "181125", True))
    errors = in_dialog(qtbot, answer(QMessageBox.StandardButton.Save))
    tabbed.close()
    assert len(pins) == 1
    assert not errors, errors
    assert not tabbed.isVisible()
    saved = demo_store.events.get(DEMO_EVENT_ID).settings["signatories"]
    assert "Hj Rahmah" in str(saved)


@pytest.mark.parametrize("choice", ["Tetap di sini", "Batalkan pekerjaan, lalu tutup", "Tunggu selesai, lalu tutup"])
def test_closing_during_a_running_job_asks(tabbed: MainWindow, qtbot, choice: str) -> None:  # type: ignore[no-untyped-def]
    import threading

    tabbed.tabs.setCurrentIndex(3)
    docs = tabbed.documents
    assert docs is not None
    release, saw_cancel = threading.Event(), threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        while not release.wait(0.01):  # a long render: ends when released or cancelled
            if cancelled():
                saw_cancel.set()
                return "cancelled"
        return "done"

    job = docs._start("Membuat 147 berkas…", work, lambda result: None)
    assert job is not None and tabbed.running_jobs() == [job]
    asked: list[str] = []

    def answer(dialog: QDialog) -> None:
        asked.append(dialog.findChild(QWidget, "qt_msgbox_label").text())  # type: ignore[union-attr]
        click_button(dialog, choice)

    errors = in_dialog(qtbot, answer)
    tabbed.close()
    assert not errors, errors
    assert "Membuat 147 berkas" in asked[0]
    assert tabbed.isVisible()  # not yet: never under a running worker
    if choice == "Tetap di sini":
        assert job.running and not job.cancelled
        release.set()
        qtbot.waitUntil(lambda: not job.running, timeout=30_000)  # a busy machine (CI) may be slow
        assert tabbed.isVisible()
        return
    if choice.startswith("Batalkan"):
        qtbot.waitUntil(saw_cancel.is_set, timeout=30_000)
    else:
        assert not job.cancelled
        release.set()
    qtbot.waitUntil(lambda: not tabbed.isVisible(), timeout=30_000)


# -- 11. Statistik: round ticks, whole numbers, values on the bars -------------------------------------

def test_nice_axis_gives_round_whole_steps() -> None:
    from bimtek_desk.gui.stats_panel import nice_axis

    assert nice_axis(0) == (5, 6)
    for largest in range(0, 2001):
        top, ticks = nice_axis(largest)
        step = top // (ticks - 1)
        assert top >= largest and 2 <= ticks <= 6 and step * (ticks - 1) == top
        assert int(str(step).rstrip("0") or "0") in (1, 2, 5), (largest, top, ticks)
    assert nice_axis(45) != (45, 5) and nice_axis(149)[0] % 10 == 0


def test_stats_charts_label_their_bars(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis

    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.gui.stats_panel import StatsPanel

    event = demo_store.events.get(DEMO_EVENT_ID)
    panel = StatsPanel(demo_store, event)
    qtbot.addWidget(panel)
    (empty_x,) = [a for a in panel.arrival_chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert empty_x.categories() == [] and "belum ada" in panel.arrival_chart.title()
    desk = Desk(demo_store, event, session="REG")
    for reg in demo_store.registrations.for_event(DEMO_EVENT_ID)[:37]:
        desk.check_in(reg.id)
    panel.refresh()
    for chart in (panel.kec_chart, panel.arrival_chart):
        (y,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
        step = y.max() / (y.tickCount() - 1)
        assert step == int(step) and y.labelFormat() == "%d"
        (series,) = chart.series()
        assert series.isLabelsVisible()
    (x,) = [a for a in panel.arrival_chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert x.categories() and "belum ada" not in panel.arrival_chart.title()


# -- 14. dialogs: wide enough, say whom they replace, validation in form order ------------------------

def test_substitute_dialog_names_the_person_and_is_wide(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtWidgets import QLabel

    panel = window.desk_panel
    panel.search.setText("Nor Mawaddah")
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        seen["labels"] = [w.text() for w in dialog.findChildren(QLabel)]
        seen["width"] = dialog.width()

    errors = in_dialog(qtbot, act)
    press(window, Qt.Key.Key_F3)
    assert not errors, errors
    assert any("Menggantikan" in t and "Nor Mawaddah" in t for t in seen["labels"])  # type: ignore[union-attr]
    assert seen["width"] >= 480  # type: ignore[operator]


def test_new_event_lists_every_problem_in_form_order_and_marks_the_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.event.new_dialog import NewEventDialog

    d = NewEventDialog()
    qtbot.addWidget(d)
    d.show()
    d.short_name.setText("")
    d.pin.setText("12")
    d._try_accept()
    lines = d.error.text().splitlines()
    wanted = ["Nama kegiatan", "Nama singkat", "Penyelenggara", "Tempat", "Kode acara", "PIN"]
    firsts = [next(i for i, line in enumerate(lines) if line.startswith(w)) for w in wanted]
    assert firsts == sorted(firsts), lines
    marked = [w for w in (d.name, d.short_name, d.organizer, d.venue, d.city, d.event_id, d.pin)
              if "B91C1C" in w.styleSheet()]
    assert marked == [d.name, d.short_name, d.organizer, d.venue, d.event_id, d.pin]
    qtbot.waitUntil(lambda: d.focusWidget() is d.name)
    d.name.setText("Bimbingan Teknis Uji Coba 2026")
    d._try_accept()
    assert "B91C1C" not in d.name.styleSheet() and "Nama kegiatan" not in d.error.text()


# -- 10. everything fits 1024×600 ------------------------------------------------------------------------

def test_every_area_fits_a_small_screen(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk

    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, session="REG"), sound=False)
    qtbot.addWidget(w)
    w.resize(1024, 560)  # 600 less a task bar
    w.show()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        hint = w.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 560, (w.tabs.tabText(i), hint)
    assert w.width() <= 1024  # the window did not widen itself
    assert w.header.title.height() < 40  # one line of title, not two
    desk = MainWindow(demo_store, event, desk=Desk(demo_store, event, session="REG"), desk_mode=True, sound=False)
    qtbot.addWidget(desk)
    assert desk.minimumSizeHint().width() <= 1024 and desk.minimumSizeHint().height() <= 560


def test_a_long_title_fits_the_narrowest_desk(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from bimtek_desk.desk.checkin import Desk

    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, session="REG"), desk_mode=True, sound=False)
    qtbot.addWidget(w)
    w.resize(w.minimumSizeHint())
    w.show()
    qtbot.waitExposed(w)
    status = w.desk_panel.status
    status.show_undone("Nor Mawaddah")
    title = status.title
    needed = QFontMetrics(title.font()).boundingRect(
        QRect(0, 0, title.width(), 10_000), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), title.text())
    assert title.text() == "CHECK-IN DIBATALKAN"
    assert needed.width() <= title.width() and needed.height() <= title.height()



def test_the_wrong_days_message_fits_a_narrow_tall_desk(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """'Hari ini …, acara …: check-in TIDAK dicatat. Panitia: Ctrl+Shift+H.' is three lines on a
    narrow, tall desk (a laptop turned to portrait, a half screen): the message's type shrinks and its
    last line (the committee's key) is not cut off."""
    import datetime as dt

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from bimtek_desk.desk.checkin import Desk, Outcome

    event = demo_store.events.get(DEMO_EVENT_ID)
    day_before = dt.datetime(2025, 11, 17, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, session="REG", now=lambda: day_before),
                   desk_mode=True, sound=False)
    qtbot.addWidget(w)
    w.resize(760, 1000)
    w.show()
    qtbot.waitExposed(w)
    panel = w.desk_panel
    assert panel.handle_scan(code_of(demo_store)).outcome is Outcome.WRONG_DAY
    message = panel.status.message
    assert message.text().endswith("Panitia: Ctrl+Shift+H.")
    needed = QFontMetrics(message.font()).boundingRect(
        QRect(0, 0, message.width() - 8, 10_000), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        message.text())
    assert needed.height() <= message.height()


# -- 12. the preview shows the number once it is given -------------------------------------------------

def test_preview_shows_the_issued_number(qtbot, demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    make_final(demo_store, DEMO_EVENT_ID)  # a draft's preview says DRAF, not that a number will be given
    from tests.helpers.attend import attend

    event = attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:3]).events.get(DEMO_EVENT_ID)
    panel = DocumentsPanel(demo_store, event)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.preview_doc.pageCount() == 2)
    assert "nomor diberikan saat dicetak" in panel.preview_doc.getAllText(0).text()
    job = panel.save_all(tmp_path / "s.pdf")
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    (doc,) = [d for d in demo_store.documents.for_event(DEMO_EVENT_ID, "sertifikat")
              if d.registration_id == panel.holder_box.currentData()]
    qtbot.waitUntil(lambda: panel.preview_doc.pageCount() == 2)
    text = panel.preview_doc.getAllText(0).text()
    assert "nomor diberikan saat dicetak" not in text and doc.number in text


# -- 7. number patterns from named parts, with a live example ----------------------------------------

@pytest.mark.parametrize("pattern", ["400.9.12/{seq:03d}/Dayasos-Dinsos/{month_roman}/{year}", "{seq}/{event}",
                                     "SK-{seq:04d}/{month:02d}/{year}", ""])
def test_named_parts_round_trip(pattern: str) -> None:
    from bimtek_desk.gui.event.numbering import from_human, to_human

    human = to_human(pattern)
    assert "{" not in human
    assert from_human(human) == (pattern, []) or (pattern == "" and from_human(human)[0] == "")


def test_unknown_part_and_missing_number_are_named_in_words() -> None:
    from bimtek_desk.gui.event.numbering import from_human

    to_words = from_human("400/[nomor]/Dinsos")[1]
    assert "bagian tidak dikenal [nomor]" in to_words and "harus memuat [nomor urut]" in to_words


def test_acara_builds_the_pattern_from_named_parts(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.event.panel import EventPanel

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))  # the PIN

    panel = EventPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    editor = panel.number_editors["certificate"]
    assert editor.text.text() == "400.9.12/[nomor urut]/Dayasos-Dinsos/[bulan Romawi]/[tahun]"
    assert editor.example.text() == "Contoh: 400.9.12/007/Dayasos-Dinsos/XI/2025"
    assert not panel.has_unsaved()
    editor.text.clear()
    qtbot.keyClicks(editor.text, "SRT/")
    qtbot.mouseClick(editor.part_buttons["seq"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text, "/")
    qtbot.mouseClick(editor.part_buttons["year"], Qt.MouseButton.LeftButton)
    assert editor.text.text() == "SRT/[nomor urut]/[tahun]"
    assert editor.example.text() == "Contoh: SRT/007/2025" and panel.has_unsaved()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))  # saving: PIN
    assert panel.save()
    assert demo_store.events.get(DEMO_EVENT_ID).settings["numbering"]["certificate"] == "SRT/{seq:03d}/{year}"


# -- 6. Qt's own file and print dialogs in Indonesian ------------------------------------------------

def test_qt_file_and_print_dialogs_speak_indonesian(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from bimtek_desk.gui.app import install_translation

    app = QApplication.instance()
    translator = install_translation(app, None)
    assert translator is not None
    try:
        files = QFileDialog(None, "Pilih berkas", "", "Daftar peserta (*.xlsx *.csv)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        labels = {w.text() for w in files.findChildren(QLabel)}
        assert {"&Cari di:", "&Jenis berkas:"} <= labels, labels
        header = files.findChild(QWidget, "treeView").model()  # type: ignore[union-attr]
        columns = {header.headerData(c, Qt.Orientation.Horizontal) for c in range(header.columnCount())}
        assert "Tanggal diubah" in columns and "Date Modified" not in columns
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        texts = ({b.text() for b in dialog.findChildren(QAbstractButton)}
                 | {w.text() for w in dialog.findChildren(QLabel)})
        assert {"&Cetak", "&Pilihan >>", "&Properti"} <= texts, texts
        assert not {"&Print", "&Options >>", "P&roperties", "Printer:"} & texts
    finally:
        app.removeTranslator(translator)


def test_laporan_and_statistik_open_on_the_desks_session(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Walk-through: at 13:10 the desk was on M3 while Laporan and Statistik opened on REG."""
    from bimtek_desk.desk.checkin import Desk

    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, session="M3"), sound=False)
    qtbot.addWidget(w)
    m3 = demo_store.events.session(DEMO_EVENT_ID, "M3").id
    for name in ("Laporan", "Statistik"):
        index = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i).replace("&", "") == name)
        area = w.area(index)
        assert area.session_box.currentData() == m3, name  # type: ignore[attr-defined]


def test_file_choosers_start_in_documents_then_where_the_committee_was(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Walk-through: every chooser opened in the program's working folder (the install folder
    when started from the Start menu)."""
    from PySide6.QtCore import QStandardPaths

    from bimtek_desk.gui import file_dialogs

    docs = tmp_path / "Dokumen"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _where: str(docs)))
    monkeypatch.setattr(file_dialogs.settings, "load", lambda: {})
    seen: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda _p, _t, start, _f: (seen.append(start),
                                                   str(tmp_path / "usb" / "sertifikat.pdf"))[1:] + ("",))
    assert file_dialogs.save_file(None, "Simpan dokumen", "sertifikat.pdf", "PDF (*.pdf)").endswith("sertifikat.pdf")
    assert seen == [str(docs / "sertifikat.pdf")]
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(file_dialogs.settings, "load", lambda: {"last_folder": str(tmp_path / "usb")})
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda _p, _t, start, _f: (seen.append(start) or "", ""))
    assert file_dialogs.open_file(None, "Pilih berkas", "*.xlsx") == ""
    assert seen[-1] == str(tmp_path / "usb")
