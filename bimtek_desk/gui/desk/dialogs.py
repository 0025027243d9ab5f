"""Dialogs of the desk: walk-in, substitute, undo.

Made for a desk without a mouse: the first field has the focus, Enter moves to
the next field and, in the last one, accepts; Escape cancels.  The buttons come
after the fields in the Tab order, and Space types a space in a name instead of
pressing OK."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from bimtek_desk.gui.forms import FieldError, FormDialog
from bimtek_desk.idn import wilayah
from bimtek_desk.roster import rules
from bimtek_desk.store import PersonData
from bimtek_desk.store.models import ROLES


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
                 regions: wilayah.Regions | None = wilayah.BANJARMASIN, replacing: str | None = None) -> None:
        super().__init__(title, parent)
        self.regions = regions
        if replacing:  # the substitute form says whom it replaces, not only in its title bar
            who = QLabel(self.tr("Menggantikan: %1").replace("%1", f"<b>{html.escape(replacing)}</b>"))
            who.setWordWrap(True)
            self.form.addRow(who)
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
            raise FieldError(self.tr("Alasan wajib diisi."), self.reason)

    def person(self) -> PersonData:
        """What was typed, checked by the same rules as the import (FieldError otherwise)."""
        try:
            return rules.require(PersonData(name=self.name.text(), nik=self.nik.text().strip() or None,
                                            phone=self.phone.text().strip() or None,
                                            kelurahan=self.kelurahan.currentText().strip() or None),
                                 regions=self.regions)
        except rules.ProblemError as exc:
            fields = {"name": self.name, "nik": self.nik, "phone": self.phone, "kelurahan": self.kelurahan}
            raise FieldError(str(exc), fields.get(exc.field or "", self.name)) from exc


class UndoDialog(FormDialog):
    """Annul a check-in: who, why, and the committee PIN."""

    def __init__(self, description: str, parent: QWidget | None = None, *, who: str | None = None,
                 kelurahan: str | None = None) -> None:
        super().__init__(self.tr("Batalkan check-in"), parent)
        # Whose check-in, in large type: the volunteer sees at once whether it is the right person.
        self.who = QLabel(html.escape(who or ""))
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-size: 20pt; font-weight: 800;")
        self.who.setVisible(bool(who))
        info = QLabel(description + (f" · Kel. {kelurahan}" if kelurahan else ""))
        info.setWordWrap(True)
        self.reason = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.who)
        self.form.addRow(info)
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.form.addRow(self.tr("PIN panitia"), self.pin)

    def validate(self) -> None:
        if not self.reason.text().strip():
            raise FieldError(self.tr("Alasan wajib diisi."), self.reason)
        if not self.pin.text():
            raise FieldError(self.tr("PIN panitia wajib diisi."), self.pin)

    def on_error(self) -> None:
        """A wrong PIN: type it again; the reason stays."""
        if self.reason.text().strip():
            self.pin.clear()
            self.pin.setFocus()
