"""Ask for the committee PIN before a sensitive action (checked against the store)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from bimtek_desk.errors import UserError
from bimtek_desk.pin import require_pin
from bimtek_desk.store import Store


def ask_pin(parent: QWidget, store: Store, event_id: str, what: str) -> bool:
    pin, ok = QInputDialog.getText(parent, parent.tr("PIN panitia"),
                                   parent.tr("PIN panitia untuk: %1").replace("%1", what),
                                   QLineEdit.EchoMode.Password)
    if not ok:
        return False
    try:
        require_pin(pin, store.events.get(event_id).settings.get("committee_pin"))
    except UserError as exc:
        QMessageBox.warning(parent, "bimtek-desk", str(exc))
        return False
    return True
