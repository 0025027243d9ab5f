"""Correct one participant's data (committee, behind the PIN).  Enter saves,
Escape cancels; a problem is shown in the dialog and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from bimtek_desk.errors import UserError
from bimtek_desk.gui.desk.dialogs import kelurahan_box
from bimtek_desk.gui.forms import FormDialog
from bimtek_desk.idn import wilayah
from bimtek_desk.idn.dates import parse_date
from bimtek_desk.roster import rules
from bimtek_desk.store import PersonData
from bimtek_desk.store.models import ROLES, Registration


class EditPersonDialog(FormDialog):
    enter_moves_on = False  # a correction is usually one field: Enter saves

    def __init__(self, reg: Registration, parent: QWidget | None = None, *,
                 regions: wilayah.Regions | None = wilayah.BANJARMASIN) -> None:
        super().__init__(self.tr("Ubah data peserta"), parent)
        self.regions = regions
        p = reg.person
        self.name = QLineEdit(p.name)
        self.nik = QLineEdit(p.nik or "")
        self.nik.setMaxLength(20)
        self.nik.setPlaceholderText(self.tr("16 angka; boleh kosong"))
        self.sex = QComboBox()
        for label, value in (("—", None), (self.tr("L (laki-laki)"), "L"), (self.tr("P (perempuan)"), "P")):
            self.sex.addItem(label, value)
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.birth_place = QLineEdit(p.birth_place or "")
        self.birth_date = QLineEdit(p.birth_date.strftime("%d-%m-%Y") if p.birth_date else "")
        self.birth_date.setPlaceholderText(self.tr("hh-bb-tttt, mis. 17-08-1970"))
        self.kelurahan = kelurahan_box()
        self.kelurahan.setCurrentText(p.kelurahan or "")
        self.phone = QLineEdit(p.phone or "")
        self.phone.setPlaceholderText("08…")
        self.service = QSpinBox()
        self.service.setRange(1949, dt.date.today().year)  # 1949 shows as "—": not known
        self.service.setSpecialValueText("—")
        self.service.setValue(p.service_start_year or 1949)
        self.role = QComboBox()
        self.role.addItems(list(ROLES))
        self.role.setCurrentText(reg.role)
        for label, w in ((self.tr("Nama lengkap (dengan gelar)"), self.name), (self.tr("NIK"), self.nik),
                         (self.tr("Jenis kelamin"), self.sex), (self.tr("Tempat lahir"), self.birth_place),
                         (self.tr("Tanggal lahir"), self.birth_date), (self.tr("Kelurahan"), self.kelurahan),
                         (self.tr("No. HP"), self.phone), (self.tr("PSM sejak tahun"), self.service),
                         (self.tr("Peran"), self.role)):
            self.form.addRow(label, w)
        self.name.setMinimumWidth(360)

    def validate(self) -> None:
        self.person()

    def person(self) -> PersonData:
        """What was typed, checked by the same rules as the import (UserError otherwise)."""
        birth_text = self.birth_date.text().strip()
        birth = parse_date(birth_text) if birth_text else None
        if birth_text and birth is None:
            raise UserError(self.tr("Tanggal lahir '%1' tidak dapat dibaca; tulis misalnya 17-08-1970.")
                            .replace("%1", birth_text))
        return rules.require(PersonData(
            name=self.name.text(), nik=self.nik.text().strip() or None, sex=self.sex.currentData(),
            birth_place=self.birth_place.text().strip() or None, birth_date=birth,
            kelurahan=self.kelurahan.currentText().strip() or None, phone=self.phone.text().strip() or None,
            service_start_year=self.service.value() if self.service.value() > 1949 else None), regions=self.regions)

    def chosen_role(self) -> str:
        return self.role.currentText()
