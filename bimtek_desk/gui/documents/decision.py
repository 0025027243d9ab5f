"""The committee decides one person's certificate: eligible or not, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from bimtek_desk.documents.issue import Eligibility
from bimtek_desk.errors import UserError
from bimtek_desk.gui.forms import FormDialog


class DecisionDialog(FormDialog):
    def __init__(self, current: Eligibility, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keputusan panitia"), parent)
        who = QLabel(f"<b>{current.registration.person.name}</b><br>"
                     + self.tr("Sekarang: %1 (%2)").replace("%1", self.tr("layak") if current.eligible
                                                          else self.tr("tidak layak")).replace("%2", current.reason))
        who.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Layak menerima sertifikat"), True)
        self.choice.addItem(self.tr("Tidak layak menerima sertifikat"), False)
        self.choice.setCurrentIndex(1 if current.eligible else 0)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. izin tertulis dari Kabid, hadir sesi pengganti"))
        self.reason.setMinimumWidth(380)
        self.form.addRow(who)
        self.form.addRow(self.tr("Keputusan"), self.choice)
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.reason.setFocus()

    def eligible(self) -> bool:
        return bool(self.choice.currentData())

    def validate(self) -> None:
        if not self.reason.text().strip():
            raise UserError(self.tr("Alasan wajib diisi."))
