"""The committee withdraws one certificate or plaque: reason and PIN (checked by the core)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bimtek_desk.errors import UserError
from bimtek_desk.gui.forms import FormDialog


class RevokeDialog(FormDialog):
    def __init__(self, number: str, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cabut dokumen"), parent)
        what = QLabel(self.tr("Nomor %1 atas nama %2. Pemeriksa akan melihat DICABUT setelah halaman verifikasi "
                              "dan kunci publik diterbitkan ulang.").replace("%1", number).replace("%2", holder))
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. nama salah tulis, diganti dokumen baru"))
        self.reason.setMinimumWidth(380)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(what)
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.form.addRow(self.tr("PIN panitia"), self.pin)
        self.reason.setFocus()

    def validate(self) -> None:
        if not self.reason.text().strip():
            raise UserError(self.tr("Alasan wajib diisi."))
