"""The Peserta area: the roster as a lazily filled table, filtered as you type."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.gui.models.participants import ParticipantsModel, RegistrationRole
from bimtek_desk.gui.pin_dialog import ask_pin
from bimtek_desk.store import Store


class RosterPanel(QWidget):
    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.model = ParticipantsModel(store, event_id, self)
        self.filter = QLineEdit(placeholderText=self.tr("Cari nama, kelurahan, no. HP atau kode badge…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((48, 330, 150, 40, 150, 160, 120, 100)):
            self.view.setColumnWidth(col, width)

        self.show_nik = QCheckBox(self.tr("Tampilkan NIK lengkap"))
        self.show_nik.toggled.connect(self._on_show_nik)
        self.reissue_button = QPushButton(self.tr("Cetak ulang badge (hilang)…"))
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.audit_button = QPushButton(self.tr("Log audit…"))
        self.import_button = QPushButton(self.tr("Impor daftar peserta…"))
        self.import_button.clicked.connect(self._ask_import)
        self.audit_button.clicked.connect(self._show_audit)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.show_nik)
        top.addWidget(self.reissue_button)
        top.addWidget(self.import_button)
        top.addWidget(self.audit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._update_count()

    def _on_filter(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 peserta").replace("%1", str(self.model.rowCount())))

    def _on_show_nik(self, on: bool) -> None:
        """Full NIKs are personal data: the committee PIN, and a line in the audit log."""
        if on:
            if not ask_pin(self, self.store, self.event_id, self.tr("menampilkan NIK lengkap")):
                self.show_nik.blockSignals(True)
                self.show_nik.setChecked(False)
                self.show_nik.blockSignals(False)
                return
            with self.store.transaction():
                self.store.audit.log("nik.show", actor="panitia", event_id=self.event_id, where="Peserta")
        self.model.set_show_nik(on)

    def selected_registration(self) -> int | None:
        index = self.view.currentIndex()
        return None if not index.isValid() else int(self.model.index(index.row(), 0).data(RegistrationRole))

    def reissue_selected(self, reason: str | None = None, open_pdf: bool = True) -> Path | None:
        """A lost badge: a new code (the old one is refused at the desk), printed on A6."""
        from bimtek_desk import badges

        reg_id = self.selected_registration()
        if reg_id is None:
            QMessageBox.information(self, "bimtek-desk", self.tr("Pilih dulu peserta di tabel."))
            return None
        reg = self.store.registrations.get(reg_id)
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cetak ulang badge"),
                                              self.tr("Alasan cetak ulang badge %1:").replace("%1", reg.person.name),
                                              text=self.tr("hilang"))
            if not ok:
                return None
        event = self.store.events.get(self.event_id)
        try:
            with self.store.transaction():
                new_code = self.store.registrations.reissue_badge(event, reg_id, reason)
                self.store.audit.log("badge.reissue", actor="panitia", event_id=event.id, registration=reg_id,
                                     old=reg.badge_code, new=new_code, reason=reason)
            out = Path(tempfile.mkdtemp(prefix="bimtek-badge-")) / f"badge-{reg_id}.pdf"
            badges.render([badges.badge_data(event, self.store.registrations.get(reg_id))], out, layout="a6")
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return None
        self.refresh()
        if open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out

    def _ask_import(self) -> None:
        from bimtek_desk.gui.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas daftar peserta"), "",
                                              self.tr("Daftar peserta (*.xlsx *.csv);;Semua berkas (*)"))
        if path and ImportDialog(self.store, self.event_id, Path(path), self).exec():
            self.refresh()

    def _show_audit(self) -> None:
        from bimtek_desk.gui.audit_dialog import AuditDialog

        AuditDialog(self.store, self.event_id, self).exec()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()
