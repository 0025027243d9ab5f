"""The Peserta area: correct a person (PIN), replace a participant, keyboard paths."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bimtek_desk.desk import lookup
from bimtek_desk.gui.roster_panel import RosterPanel
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.pdfutil import decode_qr


def answer_dialogs(*steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Run each step on the next modal dialog that opens (each step must close it)."""
    pending, seen = list(steps), []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or (seen and dialog is seen[-1] and dialog.isVisible() is False):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        try:
            pending.pop(0)(dialog)
        except BaseException:
            dialog.reject()  # a failed step must not leave a modal dialog blocking the test forever
            pending.clear()
            raise
        if pending:
            QTimer.singleShot(20, handle)

    QTimer.singleShot(0, handle)
    return seen


@pytest.fixture
def panel(qtbot, demo_store: Store, monkeypatch) -> RosterPanel:  # type: ignore[no-untyped-def]
    p = RosterPanel(demo_store, DEMO_EVENT_ID)
    qtbot.addWidget(p)
    p.show()
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))
    return p


def test_edit_a_person_with_the_keyboard(panel: RosterPanel, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel.view.selectRow(0)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]

    def fill(d: QDialog) -> None:
        assert d.nik.text() == reg.person.nik  # type: ignore[attr-defined]  # behind the PIN: the full NIK
        d.name.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(d.name, "Hj. Nor Mawaddah")  # type: ignore[attr-defined]
        d.phone.setText("+62 811-5000-123")  # type: ignore[attr-defined]
        qtbot.keyClick(d.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]  # Enter saves

    answer_dialogs(fill)
    assert panel.edit_selected() == ["name", "phone"]
    assert panel.model.index(0, 1).data() == "Hj. Nor Mawaddah"
    assert demo_store.registrations.get(reg.id).person.phone == "08115000123"
    actions = [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)[:2]]
    assert actions == ["person.edit", "nik.show"]


def test_edit_needs_the_pin(panel: RosterPanel, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = iter([("1111", True), ("", False)])  # a wrong PIN is asked again; then cancelled
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    panel.view.selectRow(0)
    assert panel.edit_selected() is None
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action != "person.edit"


def test_refused_edit_stays_in_the_dialog_and_escape_cancels(panel: RosterPanel, demo_store: Store,  # type: ignore[no-untyped-def]
                                                              qtbot) -> None:
    panel.view.selectRow(0)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)

    def nik_of_someone_else(d: QDialog) -> None:
        d.nik.setText(regs[1].person.nik)  # type: ignore[attr-defined]
        d._try_accept()  # type: ignore[attr-defined]

    def bad_date(d: QDialog) -> None:
        assert "sudah dipakai oleh" in d.error.text()  # type: ignore[attr-defined]
        d.birth_date.setText("31-02-1970")  # type: ignore[attr-defined]
        d._try_accept()  # type: ignore[attr-defined]
        assert "tidak dapat dibaca" in d.error.text() and d.isVisible()  # type: ignore[attr-defined]
        qtbot.keyClick(d, Qt.Key.Key_Escape)

    answer_dialogs(nik_of_someone_else, bad_date)
    assert panel.edit_selected() is None
    assert demo_store.registrations.get(regs[0].id).person.nik == regs[0].person.nik


def test_replace_a_participant_from_the_roster(panel: RosterPanel, demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    panel.view.selectRow(2)
    old = demo_store.registrations.for_event(DEMO_EVENT_ID)[2]
    printed: list = []
    show = panel._show_badge
    panel._show_badge = lambda *a: printed.append(show(*a))  # type: ignore[method-assign]

    def fill(d: QDialog) -> None:
        assert d.kelurahan.currentText() == old.person.kelurahan and not d.kelurahan.isEnabled()  # type: ignore[attr-defined]
        d.name.setText("Pengganti Dua")  # type: ignore[attr-defined]
        d.reason.setText("sakit, surat dari lurah")  # type: ignore[attr-defined]
        d._try_accept()  # type: ignore[attr-defined]

    answer_dialogs(fill)
    new_id = panel.replace_selected(open_pdf=False)
    assert new_id is not None and panel.selected_registration() == new_id
    new = demo_store.registrations.get(new_id)
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert lookup.resolve(demo_store, event, old.badge_code or "").status is lookup.Status.REPLACED
    assert decode_qr(printed[0], dpi=200) == [[new.badge_code]]
    assert panel.model.rowCount() == 175  # one out, one in
