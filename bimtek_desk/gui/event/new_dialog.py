"""Create an event from a few facts (and its committee PIN); the rest is then
edited in the Acara area.  Also the start dialog of an empty database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee import pin as pinlib
from bimtek_desk.errors import UserError
from bimtek_desk.events import new as newevent
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.event.fields import readable
from bimtek_desk.gui.forms import FormDialog
from bimtek_desk.store import Store, eventfile
from bimtek_desk.store.models import Event


class NewEventDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acara baru"), parent)
        self.name = QLineEdit(placeholderText=self.tr("Bimbingan Teknis … Tahun 2026"))
        self.short_name = QLineEdit(placeholderText=self.tr("mis. Bimtek PSM 2026"))
        self.organizer = QLineEdit(placeholderText=self.tr("mis. Dinas Sosial Kota Banjarmasin"))
        self.venue = QLineEdit()
        self.city = QLineEdit("Banjarmasin")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.event_id = QLineEdit()
        self.event_id.setPlaceholderText(self.tr("dibuat dari nama singkat"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for label, w in ((self.tr("Nama kegiatan"), self.name), (self.tr("Nama singkat"), self.short_name),
                         (self.tr("Penyelenggara"), self.organizer), (self.tr("Tempat"), self.venue),
                         (self.tr("Kota"), self.city), (self.tr("Tanggal"), self.date),
                         (self.tr("Kode acara"), self.event_id), (self.tr("PIN panitia (6–12 angka)"), self.pin),
                         (self.tr("Ulangi PIN"), self.pin_again)):
            self.form.addRow(label, w)
        self.name.setMinimumWidth(420)
        self.name.setFocus()
        self._id_edited = False
        self.event_id.textEdited.connect(lambda _t: setattr(self, "_id_edited", True))
        self.short_name.textChanged.connect(self._suggest_id)
        self.date.dateChanged.connect(self._suggest_id)
        self.form.addRow(QLabel(self.tr("Sesi, JP, penandatangan, logo dan penomoran diisi sesudahnya di area Acara.")))

    def _day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _suggest_id(self) -> None:
        if not self._id_edited:
            self.event_id.setText(newevent.suggest_id(self.short_name.text(), self._day())
                                  if self.short_name.text().strip() else "")

    def data(self) -> dict[str, Any]:
        return newevent.document(
            event_id=self.event_id.text().strip(), name=" ".join(self.name.text().split()),
            short_name=self.short_name.text().strip(), organizer=self.organizer.text().strip(),
            venue=self.venue.text().strip(), city=self.city.text().strip(), date=self._day())

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "short_name": self.short_name, "organizer": self.organizer, "venue": self.venue,
                "city": self.city, "date": self.date, "id": self.event_id, "pin": self.pin,
                "pin_again": self.pin_again}

    def validate(self) -> None:
        """Every problem at once, in the order of the form, each field with a problem
        marked and the first one focused."""
        problems: dict[str, str] = {}
        try:
            eventfile.parse(self.data(), source="Acara baru")
        except UserError as exc:
            for line in (exc.detail or str(exc)).splitlines():
                field, _, message = line.partition(": ")
                key = field.strip() if message else ""
                problems.setdefault(key, readable(line) if message else line)
        if not (self.pin.text().isascii() and self.pin.text().isdigit() and 6 <= len(self.pin.text()) <= 12):
            problems["pin"] = self.tr("PIN panitia harus 6–12 angka.")
        elif pinlib.weakness(self.pin.text()):
            problems["pin"] = pinlib.weak_message(self.pin.text())  # the domain's words, as its other refusals
        elif self.pin.text() != self.pin_again.text():
            problems["pin_again"] = self.tr("Kedua PIN tidak sama.")
        widgets = self._field_widgets()
        order = list(widgets)
        for key, w in widgets.items():
            w.setStyleSheet("border: 2px solid #B91C1C;" if key in problems else "")
            w.setToolTip(problems.get(key, ""))
        if not problems:
            return
        ordered = sorted(problems, key=lambda k: order.index(k) if k in order else len(order))
        first = next((k for k in ordered if k in widgets), None)
        if first is not None:
            widgets[first].setFocus()
        raise UserError("\n".join(problems[k] for k in ordered))


def ask_new_event(parent: QWidget | None, store: Store) -> Event | None:
    """The dialog until the event is created or the user cancels."""
    dialog = NewEventDialog(parent)
    while dialog.exec():
        try:
            return newevent.create(store, dialog.data(), dialog.pin.text())
        except UserError as exc:
            dialog.error.setText(readable(exc.detail or str(exc)))
    return None


class StartDialog(QDialog):
    """An empty database: make an event, load an event file, or load the demo."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: Event | None = None
        self.setWindowTitle("bimtek-desk")
        self.new_button = QPushButton(self.tr("Buat acara baru…"))
        self.load_button = QPushButton(self.tr("Muat berkas acara (JSON/TOML)…"))
        self.demo_button = QPushButton(self.tr("Coba dengan acara contoh (Bimtek PSM 2025, 175 peserta)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B91C1C;")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Belum ada acara di basis data ini."))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        for b in (self.new_button, self.load_button, self.demo_button):
            layout.addWidget(b)
        layout.addWidget(self.error)
        self.new_button.clicked.connect(self._new)
        self.load_button.clicked.connect(self._load)
        self.demo_button.clicked.connect(self._demo)
        self.new_button.setDefault(True)
        self.new_button.setFocus()

    def _done(self, event: Event | None) -> None:
        if event is not None:
            self.chosen = event
            self.accept()

    def _new(self) -> None:
        self._done(ask_new_event(self, self.store))

    def _load(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Berkas acara"), "JSON/TOML (*.json *.toml)")
        if not path:
            return
        try:
            event, _created = newevent.from_file(self.store, path, actor="panitia")
        except UserError as exc:
            self.error.setText(exc.detail or str(exc))
            return
        self._done(event)

    def _demo(self) -> None:
        from bimtek_desk.events.demo import load_demo

        try:
            event, _summary = load_demo(self.store)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self._done(event)
