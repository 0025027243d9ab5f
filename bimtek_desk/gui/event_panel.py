"""The Acara area: the event's main facts, edited in place and validated like an
event file; a new event from this one; the committee PIN."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.events import eventfile
from bimtek_desk.events.copying import copy_event, edited
from bimtek_desk.gui.pin_dialog import ask_pin
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


class EventPanel(QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.organizer = QLineEdit()
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.transport = QSpinBox()
        self.transport.setRange(0, 10_000_000)
        self.transport.setSingleStep(25_000)
        self.transport.setSuffix(" Rp")
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Hadir di semua sesi yang dihitung"), "all")
        self.rule.addItem(self.tr("Hadir minimal N sesi"), "at_least")
        self.min_sessions = QSpinBox()
        self.min_sessions.setRange(1, 20)
        self.rule.currentIndexChanged.connect(
            lambda: self.min_sessions.setEnabled(self.rule.currentData() == "at_least"))
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #B91C1C;")
        self.sessions = QTableWidget(0, 4)
        self.sessions.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Sesi"), self.tr("Jam"),
                                                 self.tr("Dihitung untuk sertifikat")])
        self.sessions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sessions.verticalHeader().setVisible(False)
        self.save_button = QPushButton(self.tr("Simpan perubahan"))
        self.load_button = QPushButton(self.tr("Muat dari berkas acara…"))
        self.copy_button = QPushButton(self.tr("Acara baru dari acara ini…"))
        self.pin_button = QPushButton(self.tr("Ganti PIN panitia…"))
        self.save_button.clicked.connect(self.save)
        self.load_button.clicked.connect(self._ask_load)
        self.copy_button.clicked.connect(self._ask_copy)
        self.pin_button.clicked.connect(self._ask_pin_change)
        form = QFormLayout()
        for label, w in ((self.tr("Nama kegiatan"), self.name), (self.tr("Nama singkat"), self.short_name),
                         (self.tr("Penyelenggara"), self.organizer), (self.tr("Tempat"), self.venue),
                         (self.tr("Kota"), self.city), (self.tr("Tanggal"), self.date),
                         (self.tr("Uang transport per orang"), self.transport),
                         (self.tr("Syarat sertifikat"), self.rule), (self.tr("Minimal sesi"), self.min_sessions)):
            form.addRow(label, w)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.load_button, self.copy_button, self.pin_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Sesi absen (ubah lewat berkas acara):")))
        layout.addWidget(self.sessions, 1)
        self.load()

    def load(self) -> None:
        e = self.ev = self.store.events.get(self.ev.id)
        s = e.settings
        self.name.setText(e.name)
        self.short_name.setText(e.short_name)
        self.organizer.setText(str(s.get("organizer", "")))
        self.venue.setText(e.venue)
        self.city.setText(e.city)
        self.date.setDate(QDate(e.date_start.year, e.date_start.month, e.date_start.day))
        self.transport.setValue(int((s.get("transport") or {}).get("amount", 0)))
        rule = s.get("eligibility", {"rule": "all"})
        self.rule.setCurrentIndex(self.rule.findData(rule.get("rule", "all")))
        self.min_sessions.setValue(int(rule.get("min_sessions", 1)))
        self.min_sessions.setEnabled(self.rule.currentData() == "at_least")
        sessions = self.store.events.sessions(e.id)
        self.sessions.setRowCount(len(sessions))
        for row, x in enumerate(sessions):
            for col, text in enumerate((x.key, x.label, f"{x.start_time}–{x.end_time}",
                                        self.tr("ya") if x.counts_for_certificate else self.tr("tidak"))):
                self.sessions.setItem(row, col, QTableWidgetItem(text))
        self.errors.setText("")

    def changes(self) -> dict[str, object]:
        d = self.date.date()
        changes: dict[str, object] = {
            "name": self.name.text().strip(), "short_name": self.short_name.text().strip(),
            "organizer": self.organizer.text().strip(), "venue": self.venue.text().strip(),
            "city": self.city.text().strip(), "date": dt.date(d.year(), d.month(), d.day()).isoformat(),
            "eligibility": ({"rule": "all"} if self.rule.currentData() == "all"
                            else {"rule": "at_least", "min_sessions": self.min_sessions.value()}),
        }
        if self.transport.value():
            mode = (self.ev.settings.get("transport") or {}).get("mode", "tunai")
            changes["transport"] = {"amount": self.transport.value(), "mode": mode}
        return changes

    def save(self) -> bool:
        """Validate like an event file; errors are shown in place and nothing changes."""
        try:
            spec = edited(self.ev, self.changes())
            with self.store.transaction():
                self.store.events.upsert(spec)
                self.store.audit.log("event.edit", actor="panitia", event_id=self.ev.id)
        except UserError as exc:
            self.errors.setText(exc.detail or str(exc))
            return False
        self.load()
        self.errors.setText(self.tr("Tersimpan."))
        return True

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas acara"), "", "JSON/TOML (*.json *.toml)")
        if not path:
            return
        try:
            spec = eventfile.load(Path(path))
            if spec.id != self.ev.id:
                raise UserError(f"Berkas ini untuk acara '{spec.id}', bukan '{self.ev.id}'.")
            self.store.events.upsert(spec)
        except UserError as exc:
            self.errors.setText(exc.detail or str(exc))
            return
        self.load()

    def _ask_copy(self) -> None:
        new_id, ok = QInputDialog.getText(self, self.tr("Acara baru"), self.tr("Kode acara baru (huruf kecil, angka, -):"),
                                          text=self.ev.id.replace(str(self.ev.date_start.year),
                                                                  str(self.ev.date_start.year + 1)))
        if not ok:
            return
        d = self.ev.date_start.replace(year=self.ev.date_start.year + 1)
        try:
            event = copy_event(self.store, self.ev, new_id.strip(), d, with_roster=False)
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return
        QMessageBox.information(self, "bimtek-desk", self.tr("Acara baru dibuat: %1 (%2). Buka dengan: bimtek-desk "
                                                             "--event %1").replace("%1", event.id)
                                .replace("%2", str(event.date_start)))

    def _ask_pin_change(self) -> None:
        from bimtek_desk.pin import hash_pin

        if self.ev.settings.get("committee_pin") and not ask_pin(self, self.store, self.ev.id,
                                                                 self.tr("mengganti PIN")):
            return
        new, ok = QInputDialog.getText(self, self.tr("PIN baru"), self.tr("PIN panitia baru (4–12 angka):"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            with self.store.transaction():
                self.store.events.update_settings(self.ev.id, {"committee_pin": hash_pin(new)})
                self.store.audit.log("pin.change", actor="panitia", event_id=self.ev.id)
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))


