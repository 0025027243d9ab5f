"""Acara: what is still an example (documents print as DRAF) and the committee's
confirmation of it (PIN; the core function writes the audit entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bimtek_desk.documents import drafts
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


def ask_and_confirm(parent: QWidget, store: Store, event: Event, items: list[tuple[str, str]]) -> Event | None:
    """Ask the committee's PIN for these examples (entry, label) and confirm them
    through the core (``drafts.confirm``: PIN policy, audit).  None when cancelled;
    a refusal is raised as UserError for the caller to show."""
    question = QCoreApplication.translate(
        "ConfirmRow", "Data berikut sudah benar, bukan contoh lagi:\n%1\n\nPIN panitia:",
    ).replace("%1", "\n".join(f"• {label}" for _entry, label in items))
    pin, ok = QInputDialog.getText(parent, QCoreApplication.translate("ConfirmRow", "Konfirmasi data contoh"), question,
                                   QLineEdit.EchoMode.Password)
    if not ok:
        return None
    return drafts.confirm(store, event, [entry for entry, _label in items], pin=pin, actor="panitia")


class ConfirmRow(QWidget):
    confirmed = Signal()

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #B45309;")
        self.button = QPushButton(self.tr("Konfirmasi data contoh…"))
        self.button.clicked.connect(lambda: self.confirm())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.refresh()

    def refresh(self) -> None:
        left = drafts.unconfirmed(self.store.events.get(self.event_id))
        self.label.setText(self.tr("Masih contoh (dokumen yang memakainya bertanda DRAF): %1").replace(
            "%1", "; ".join(drafts.LABELS.get(e, e) for e in left)))
        self.setVisible(bool(left))

    def confirm(self) -> bool:
        event = self.store.events.get(self.event_id)
        left = drafts.unconfirmed(event)
        if not left:
            return False
        try:
            if ask_and_confirm(self, self.store, event, [(e, drafts.LABELS.get(e, e)) for e in left]) is None:
                return False
        except UserError as exc:
            self.label.setText(str(exc))
            return False
        self.refresh()
        self.confirmed.emit()
        return True
