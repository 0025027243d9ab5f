"""Dialogs of the desk: walk-in, substitute, undo.  Enter accepts, Escape cancels."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.idn import wilayah
from bimtek_desk.roster import rules
from bimtek_desk.store import PersonData
from bimtek_desk.store.models import ROLES


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #B91C1C; font-weight: 600;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _try_accept(self) -> None:
        try:
            self.validate()
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def validate(self) -> None:  # overridden
        pass


def kelurahan_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItem("")
    box.addItems(sorted(wilayah.KECAMATAN_OF))
    return box


class PersonForm(FormDialog):
    """Name, kelurahan, phone, optional NIK (walk-in and substitute)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, fixed_kelurahan: str | None = None,
                 with_role: bool = True, with_reason: bool = False, with_badge: bool = True,
                 regions: wilayah.Regions | None = wilayah.BANJARMASIN) -> None:
        super().__init__(title, parent)
        self.regions = regions
        self.name = QLineEdit()
        self.kelurahan = kelurahan_box()
        if fixed_kelurahan:
            self.kelurahan.setCurrentText(fixed_kelurahan)
            self.kelurahan.setEnabled(False)
        self.phone = QLineEdit(placeholderText="08…")
        self.nik = QLineEdit(placeholderText=self.tr("boleh kosong"))
        self.nik.setMaxLength(16)
        self.role = QComboBox()
        self.role.addItems(list(ROLES))
        self.reason = QLineEdit()
        self.print_badge = QCheckBox(self.tr("Cetak badge"))
        self.form.addRow(self.tr("Nama lengkap"), self.name)
        self.form.addRow(self.tr("Kelurahan"), self.kelurahan)
        self.form.addRow(self.tr("No. HP"), self.phone)
        self.form.addRow(self.tr("NIK"), self.nik)
        if with_role:
            self.form.addRow(self.tr("Peran"), self.role)
        if with_reason:
            self.form.addRow(self.tr("Alasan"), self.reason)
        if with_badge:
            self.form.addRow("", self.print_badge)
        self.with_reason = with_reason

    def validate(self) -> None:
        self.person()
        if self.with_reason and not self.reason.text().strip():
            raise UserError(self.tr("Alasan wajib diisi."))

    def person(self) -> PersonData:
        """What was typed, checked by the same rules as the import (UserError otherwise)."""
        return rules.require(PersonData(name=self.name.text(), nik=self.nik.text().strip() or None,
                                        phone=self.phone.text().strip() or None,
                                        kelurahan=self.kelurahan.currentText().strip() or None),
                             regions=self.regions)


class UndoDialog(FormDialog):
    """Annul a check-in: who, why, and the committee PIN."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Batalkan check-in"), parent)
        info = QLabel(description)
        info.setWordWrap(True)
        self.reason = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(info)
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.form.addRow(self.tr("PIN panitia"), self.pin)

    def validate(self) -> None:
        if not self.reason.text().strip():
            raise UserError(self.tr("Alasan wajib diisi."))
        if not self.pin.text():
            raise UserError(self.tr("PIN panitia wajib diisi."))
