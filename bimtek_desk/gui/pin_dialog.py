"""Ask for the committee PIN before a sensitive action (the core's PIN policy decides)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from bimtek_desk.committee.pin import Grant, PinLocked, Purpose, authorize
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store


# The strings have their own context, "PinDialog" (``parent.tr`` was filed by lupdate
# under "parent" but looked up at run time under the parent's class: never translated).
# QCoreApplication.translate is written out each time: lupdate only finds literal calls.
def purpose_label(purpose: Purpose) -> str:
    """What the PIN is asked for, in the interface's language (``purpose.label`` in Indonesian)."""
    # Literal strings, so that lupdate finds them; a test checks that they are the core's labels.
    labels = {
        Purpose.NIK_SHOW: QCoreApplication.translate("PinDialog", "menampilkan NIK lengkap"),
        Purpose.PERSON_EDIT: QCoreApplication.translate("PinDialog", "mengubah data peserta"),
        Purpose.BADGE_REISSUE: QCoreApplication.translate("PinDialog", "cetak ulang badge"),
        Purpose.EVENT_EDIT: QCoreApplication.translate("PinDialog", "mengubah data acara"),
        Purpose.EVENT_LOAD: QCoreApplication.translate("PinDialog", "mengubah acara dari berkas"),
        Purpose.EVENT_CONFIRM: QCoreApplication.translate("PinDialog", "mengonfirmasi data contoh"),
        Purpose.LAYOUT_CHOOSE: QCoreApplication.translate("PinDialog", "memilih tata letak"),
        Purpose.ELIGIBILITY: QCoreApplication.translate("PinDialog", "keputusan kelayakan sertifikat"),
        Purpose.WRONG_DAY: QCoreApplication.translate("PinDialog", "check-in di luar hari acara"),
        Purpose.CHECKIN_ANNUL: QCoreApplication.translate("PinDialog", "membatalkan check-in"),
        Purpose.KEY_ROTATE: QCoreApplication.translate("PinDialog", "mengganti kunci tanda tangan"),
        Purpose.DOCUMENT_REVOKE: QCoreApplication.translate("PinDialog", "mencabut dokumen"),
        Purpose.PIN_CHANGE: QCoreApplication.translate("PinDialog", "mengganti PIN"),
        Purpose.BACKUP_RESTORE: QCoreApplication.translate("PinDialog", "memulihkan cadangan"),
    }
    return labels[purpose]


def ask_pin(parent: QWidget, store: Store, event_id: str, purpose: Purpose) -> Grant | None:
    """The committee's PIN for ``purpose``; a grant to hand to the core action of that
    purpose (refused by any other), or None (cancelled, or locked after too many wrong
    PINs: the message says so).  A wrong PIN asks again at once, saying how many tries
    are left, until it is right, cancelled, or the PIN is locked."""
    title = QCoreApplication.translate("PinDialog", "PIN panitia")
    question = QCoreApplication.translate("PinDialog", "PIN panitia untuk: %1").replace("%1", purpose_label(purpose))
    label = question
    while True:
        pin, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        before, _ = store.pin_attempts.state(event_id)
        try:
            return authorize(store, event_id, pin, actor="panitia", purpose=purpose)
        except UserError as exc:
            failures, locked_until = store.pin_attempts.state(event_id)
            wrong = failures > before and locked_until is None  # a wrong PIN with tries left
            if isinstance(exc, PinLocked) or not wrong:  # locked, no PIN set, …: said, and no retry
                QMessageBox.warning(parent, "bimtek-desk", str(exc))
                return None
            label = f"{exc}\n\n{question}"  # the same question again, with the tries left
