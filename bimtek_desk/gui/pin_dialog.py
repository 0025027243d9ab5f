"""Ask for the committee PIN before a sensitive action (the core's PIN policy decides)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from bimtek_desk.errors import UserError
from bimtek_desk.pin import Grant, authorize
from bimtek_desk.store import Store


def ask_pin(parent: QWidget, store: Store, event_id: str, what: str) -> Grant | None:
    """The committee's PIN for ``what``; a grant to hand to the core action, or None
    (cancelled, wrong, or locked after too many wrong PINs: the message says which)."""
    pin, ok = QInputDialog.getText(parent, parent.tr("PIN panitia"),
                                   parent.tr("PIN panitia untuk: %1").replace("%1", what),
                                   QLineEdit.EchoMode.Password)
    if not ok:
        return None
    try:
        return authorize(store, event_id, pin, actor="panitia", purpose=what)
    except UserError as exc:
        QMessageBox.warning(parent, "bimtek-desk", str(exc))
        return None
