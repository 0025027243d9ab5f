"""The Acara area: everything the event file holds, edited in place.

Four pages — main facts, agenda (sessions, times, JP), signatories (with
signature and stamp images), logo and numbering — and one "Simpan" that
validates the whole event exactly like an event file.  Errors are shown in
place (the page and the agenda row are selected); nothing changes until the
event is valid.  Also: load an event file, a new event from this one, the PIN.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee.actions import save_event
from bimtek_desk.committee.pin import Grant, Purpose
from bimtek_desk.errors import UserError
from bimtek_desk.events import new as newevent
from bimtek_desk.events.copying import copy_event
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.event.agenda import AgendaEditor
from bimtek_desk.gui.event.confirm_row import ConfirmRow
from bimtek_desk.gui.event.fields import readable
from bimtek_desk.gui.event.image_picker import ImagePicker
from bimtek_desk.gui.event.numbering import NumberPatternEditor
from bimtek_desk.gui.event.signatories import SignatoriesEditor
from bimtek_desk.gui.pin_dialog import ask_pin
from bimtek_desk.store import Store
from bimtek_desk.store.eventfile import edited
from bimtek_desk.store.models import Event

NUMBER_KINDS = ("certificate", "plaque")
OPTIONAL_TEXT = ("government", "unit")
PAGE_OF_FIELD = {"agenda": 1, "signatories": 2, "numbering": 3, "logo": 3}
GRANT_KEEP_S = 600  # after the PIN, ten minutes of saving without asking again


def _scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls on a small screen instead of growing the window."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class EventPanel(QWidget):
    saved = Signal()  # the event changed: the window's header shows it
    open_event = Signal(str)  # the committee wants to work on another event

    def __init__(self, store: Store, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self._grants: dict[Purpose, tuple[Grant, float]] = {}  # kept per purpose: a grant opens only its own
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(_scrolling(self._facts_page()), self.tr("Data acara"))
        self.agenda = AgendaEditor()
        self.pages.addTab(self.agenda, self.tr("Sesi dan JP"))
        self.signatories = SignatoriesEditor()
        self.pages.addTab(self.signatories, self.tr("Penandatangan"))
        self.pages.addTab(_scrolling(self._look_page()), self.tr("Logo dan penomoran"))
        self.first_focus = self.name
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #B91C1C;")
        self.dirty = QLabel()
        self.save_button = QPushButton(self.tr("Simpan perubahan"))
        self.save_button.setToolTip(self.tr("Simpan (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.load_button = QPushButton(self.tr("Muat dari berkas acara…"))
        self.copy_button = QPushButton(self.tr("Salin ke acara baru…"))
        self.copy_button.setToolTip(self.tr("Pelatihan berulang: pengaturan, sesi dan penandatangan ikut; peserta bila "
                                            "diminta"))
        self.new_button = QPushButton(self.tr("Acara baru…"))
        self.switch_button = QPushButton(self.tr("Buka acara lain…"))
        self.pin_button = QPushButton(self.tr("Ganti PIN panitia…"))
        self.new_button.clicked.connect(self._ask_new)
        self.switch_button.clicked.connect(self._ask_switch)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.load_button.clicked.connect(self._ask_load)
        self.copy_button.clicked.connect(self._ask_copy)
        self.pin_button.clicked.connect(self._ask_pin_change)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Ctrl+Tab moves between the sub-tabs from anywhere inside, also from an agenda cell
        # being edited (whose editor took Ctrl+Tab for the next cell).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda step=step: self.next_page(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.revert_button):
            buttons.addWidget(b)
        buttons.addWidget(self.dirty, 1)
        others = QHBoxLayout()  # a second row: everything fits 1024 px
        for b in (self.load_button, self.new_button, self.copy_button, self.switch_button, self.pin_button):
            others.addWidget(b)
        others.addStretch(1)
        self.examples = ConfirmRow(store, event.id)  # fields still marked as examples (DRAF)
        self.examples.confirmed.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.examples)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        layout.addLayout(others)
        self.agenda.model.changed.connect(self._mark_dirty)
        self.signatories.changed.connect(self._mark_dirty)
        for picker in self._pickers():
            picker.failed.connect(self.errors.setText)
        self.load()

    def next_page(self, step: int = 1) -> None:
        """The next (or previous) sub-tab; the keys go to its tab bar, not to a hidden editor."""
        self.pages.setCurrentIndex((self.pages.currentIndex() + step) % self.pages.count())
        self.pages.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    # -- pages ------------------------------------------------------------------------------

    def _facts_page(self) -> QWidget:
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.government = QLineEdit()
        self.organizer = QLineEdit()
        self.unit = QLineEdit()
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.minutes_per_jp = QSpinBox()
        self.minutes_per_jp.setRange(30, 60)
        self.minutes_per_jp.setSuffix(self.tr(" menit"))
        self.transport = QSpinBox()
        self.transport.setRange(0, 10_000_000)
        self.transport.setSingleStep(25_000)
        self.transport.setGroupSeparatorShown(True)
        self.transport.setPrefix("Rp ")
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Hadir di semua sesi yang menjadi syarat"), "all")
        self.rule.addItem(self.tr("Hadir minimal N sesi"), "at_least")
        self.min_sessions = QSpinBox()
        self.min_sessions.setRange(1, 20)
        self.rule.currentIndexChanged.connect(
            lambda: self.min_sessions.setEnabled(self.rule.currentData() == "at_least"))
        page = QWidget()
        form = QFormLayout(page)
        for label, w in ((self.tr("Nama kegiatan"), self.name), (self.tr("Nama singkat"), self.short_name),
                         (self.tr("Pemerintah"), self.government), (self.tr("Penyelenggara"), self.organizer),
                         (self.tr("Bidang"), self.unit), (self.tr("Tempat"), self.venue),
                         (self.tr("Kota"), self.city), (self.tr("Tanggal"), self.date),
                         (self.tr("Menit per JP"), self.minutes_per_jp),
                         (self.tr("Uang transport per orang"), self.transport),
                         (self.tr("Syarat sertifikat"), self.rule), (self.tr("Minimal sesi"), self.min_sessions)):
            form.addRow(label, w)
        for w in (self.name, self.short_name, self.government, self.organizer, self.unit, self.venue, self.city):
            w.textEdited.connect(self._mark_dirty)
        for s in (self.transport, self.min_sessions, self.minutes_per_jp):
            s.valueChanged.connect(self._mark_dirty)
        self.date.dateChanged.connect(self._mark_dirty)
        self.rule.currentIndexChanged.connect(self._mark_dirty)
        return page

    def _look_page(self) -> QWidget:
        self.logo = ImagePicker(self.tr("Logo"), side=80)
        self.logo.changed.connect(self._mark_dirty)
        self.number_editors = {kind: NumberPatternEditor(self.ev.date_start, self.ev.id) for kind in NUMBER_KINDS}
        self.numbering = {kind: e.raw for kind, e in self.number_editors.items()}  # the stored patterns
        self.number_examples = {kind: e.example for kind, e in self.number_editors.items()}
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Logo (kop, badge, sertifikat)"), self.logo)
        note = QLabel(self.tr("Pakai lambang resmi dari Dinas/Prokopim; gambar tidak pernah diregangkan."))
        note.setWordWrap(True)
        form.addRow("", note)
        titles = {"certificate": self.tr("Nomor sertifikat"), "plaque": self.tr("Nomor piagam")}
        for kind in NUMBER_KINDS:
            form.addRow(titles[kind], self.number_editors[kind])
            self.number_editors[kind].edited.connect(self._mark_dirty)
        help_text = QLabel(self.tr("Susun nomor dari teks tetap dan bagian bernama; tombol menyisipkan bagian di "
                                   "posisi kursor. [nomor urut] wajib (001, 002 …). Nomor yang sudah terbit tidak "
                                   "berubah."))
        help_text.setWordWrap(True)
        form.addRow("", help_text)
        return page

    def _pickers(self) -> list[ImagePicker]:
        return [self.logo, *self.signatories.pickers()]

    # -- load / save ------------------------------------------------------------------------

    def load(self) -> None:
        e = self.ev = self.store.events.get(self.ev.id)
        s = e.settings
        self.name.setText(e.name)
        self.short_name.setText(e.short_name)
        self.government.setText(str(s.get("government", "")))
        self.organizer.setText(str(s.get("organizer", "")))
        self.unit.setText(str(s.get("unit", "")))
        self.venue.setText(e.venue)
        self.city.setText(e.city)
        self.date.setDate(QDate(e.date_start.year, e.date_start.month, e.date_start.day))
        self.minutes_per_jp.setValue(int(s.get("minutes_per_jp", 45)))
        self.transport.setValue(int((s.get("transport") or {}).get("amount", 0)))
        rule = s.get("eligibility", {"rule": "all"})
        self.rule.setCurrentIndex(self.rule.findData(rule.get("rule", "all")))
        self.min_sessions.setValue(int(rule.get("min_sessions", 1)))
        self.min_sessions.setEnabled(self.rule.currentData() == "at_least")
        self.agenda.model.set_items(list(s.get("agenda", [])))
        self.signatories.set_value(s.get("signatories") or {}, e.images)
        self.logo.set_value(s.get("logo"), e.images)
        for kind in NUMBER_KINDS:
            self.numbering[kind].setText((s.get("numbering") or {}).get(kind, ""))
        self.errors.setText("")
        self.dirty.setText("")
        self.examples.refresh()
        self._dirty = False

    def changes(self) -> dict[str, object]:
        d = self.date.date()
        changes: dict[str, object] = {
            "name": self.name.text().strip(), "short_name": self.short_name.text().strip(),
            "organizer": self.organizer.text().strip(), "venue": self.venue.text().strip(),
            "city": self.city.text().strip(), "date": dt.date(d.year(), d.month(), d.day()).isoformat(),
            "minutes_per_jp": self.minutes_per_jp.value(),
            "eligibility": ({"rule": "all"} if self.rule.currentData() == "all"
                            else {"rule": "at_least", "min_sessions": self.min_sessions.value()}),
            "agenda": self.agenda.model.agenda(),
            "signatories": self.signatories.value(),
            "logo": self.logo.value,
            "numbering": {k: w.text().strip() for k, w in self.numbering.items() if w.text().strip()},
        }
        for key, w in (("government", self.government), ("unit", self.unit)):
            changes[key] = w.text().strip()
        if self.transport.value():
            mode = (self.ev.settings.get("transport") or {}).get("mode", "tunai")
            changes["transport"] = {**(self.ev.settings.get("transport") or {}), "amount": self.transport.value(),
                                    "mode": mode}  # sign-offs and the NIK column stay as the file set them
        return changes

    def save(self) -> bool:
        """Validate like an event file; errors are shown in place and nothing changes."""
        try:
            changes = self.changes()
            data_end = self.ev.settings.get("date_end")
            if data_end and changes["date"] != self.ev.date_start.isoformat():
                shift = dt.date.fromisoformat(str(changes["date"])) - self.ev.date_start
                changes["date_end"] = (dt.date.fromisoformat(data_end) + shift).isoformat()
            # an emptied optional field is removed, not kept at its old value
            drop = tuple(k for k in OPTIONAL_TEXT if not changes[k])
            spec = edited(self.ev, {k: v for k, v in changes.items() if k not in drop}, drop=drop)
            grant = self._committee_grant(Purpose.EVENT_EDIT)
            if grant is None:
                return False
            save_event(self.store, spec, grant, actor="panitia",
                       new_images=tuple(p.pending for p in self._pickers() if p.pending is not None))
        except UserError as exc:
            self._show_error(exc.detail or str(exc))
            return False
        self.load()
        self.dirty.setText(self.tr("Tersimpan."))
        self._dirty = False
        self.saved.emit()
        return True

    def _show_error(self, text: str) -> None:
        """Show the problems and open the page (and agenda row) of the first one."""
        self.errors.setText(readable(text))
        first = text.split("\n")[0]
        for prefix, page in PAGE_OF_FIELD.items():
            if first.startswith(prefix):
                self.pages.setCurrentIndex(page)
                break
        if first.startswith("agenda["):
            self.agenda.select_item(int(first[len("agenda["):].split("]")[0]))

    def _committee_grant(self, purpose: Purpose) -> Grant | None:
        """The PIN once, then kept for a few minutes of editing in this area (for this
        purpose only: saving the form and loading an event file each ask once)."""
        kept = self._grants.get(purpose)
        if kept is not None and time.monotonic() - kept[1] < GRANT_KEEP_S:
            return kept[0]
        grant = ask_pin(self, self.store, self.ev.id, purpose)
        if grant is None:
            self._grants.pop(purpose, None)
        else:
            self._grants[purpose] = (grant, time.monotonic())
        return grant

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.dirty.setText(self.tr("Ada perubahan yang belum disimpan."))

    def has_unsaved(self) -> bool:
        """Edits not yet saved (the window asks before closing)."""
        return self._dirty

    # -- other actions ----------------------------------------------------------------------

    def _ask_load(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Berkas acara"), "JSON/TOML (*.json *.toml)")
        if not path:
            return
        grant = self._committee_grant(Purpose.EVENT_LOAD)
        if grant is None:
            return
        try:
            newevent.from_file(self.store, path, actor="panitia", expect_id=self.ev.id, pin=grant)
        except UserError as exc:
            self._show_error(exc.detail or str(exc))
            return
        self.load()
        self.saved.emit()

    def _ask_copy(self) -> None:
        new_id, ok = QInputDialog.getText(self, self.tr("Acara baru"),
                                          self.tr("Kode acara baru (huruf kecil, angka, -):"),
                                          text=self.ev.id.replace(str(self.ev.date_start.year),
                                                                  str(self.ev.date_start.year + 1)))
        if not ok:
            return
        d = self.ev.date_start.replace(year=self.ev.date_start.year + 1)
        with_roster = QMessageBox.question(
            self, self.tr("Acara baru"), self.tr("Daftarkan juga peserta acara ini ke acara baru?"),
        ) == QMessageBox.StandardButton.Yes
        try:
            event = copy_event(self.store, self.ev, new_id.strip(), d, with_roster=with_roster)
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return
        self._offer_to_open(event)

    def _offer_to_open(self, event: Event) -> None:
        answer = QMessageBox.question(
            self, "bimtek-desk", self.tr("Acara baru dibuat: %1 (%2). Buka sekarang?").replace("%1", event.short_name)
            .replace("%2", str(event.date_start)))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_event.emit(event.id)

    def _ask_new(self) -> None:
        from bimtek_desk.gui.event.new_dialog import ask_new_event

        event = ask_new_event(self, self.store)
        if event is not None:
            self._offer_to_open(event)

    def _ask_switch(self) -> None:
        events = [e for e in self.store.events.all() if e.id != self.ev.id]
        if not events:
            QMessageBox.information(self, "bimtek-desk", self.tr("Belum ada acara lain di basis data ini."))
            return
        labels = [f"{e.date_start.strftime('%d-%m-%Y')}  {e.short_name}  ({e.id})" for e in events]
        label, ok = QInputDialog.getItem(self, self.tr("Buka acara lain"), self.tr("Acara:"), labels, 0, False)
        if ok and label in labels:
            self.open_event.emit(events[labels.index(label)].id)

    def _ask_pin_change(self) -> None:
        from bimtek_desk.committee import pin

        grant = None
        if self.ev.settings.get("committee_pin"):
            grant = ask_pin(self, self.store, self.ev.id, Purpose.PIN_CHANGE)
            if grant is None:
                return
        new, ok = QInputDialog.getText(self, self.tr("PIN baru"), self.tr("PIN panitia baru (6–12 angka):"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            pin.change(self.store, self.ev.id, grant, new, actor="panitia")
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
