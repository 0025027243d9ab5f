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
    old = demo_store.registrations.list(DEMO_EVENT_ID)[3]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("hilang di jalan", True))
    opened: list[object] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(panel.reissue_button, Qt.MouseButton.LeftButton)
    new = demo_store.registrations.get(old.id)
    assert new.badge_code != old.badge_code and len(opened) == 1
    assert demo_store.audit.list(DEMO_EVENT_ID)[0].action == "badge.reissue"


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


# -- 8. undo -----------------------------------------------------------------------------------------

def test_f4_defaults_to_this_desks_last_checkin_and_marks_it_annulled(window: MainWindow, demo_store: Store,  # noqa: F811
                                                                      demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk import Desk

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
        dialog.pin.setText("2025")  # type: ignore[attr-defined]
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
