"""The desk screen: wires the scanner, camera, search, status panel and dialogs
to a :class:`bimtek_desk.desk.checkin.Desk`."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.desk.checkin import Desk, DeskResult, Outcome, clock_time
from bimtek_desk.errors import UserError
from bimtek_desk.gui.change_watch import ChangeWatch
from bimtek_desk.gui.desk.dialogs import PersonForm, UndoDialog
from bimtek_desk.gui.desk.models import IdRole, RecentModel, SearchModel
from bimtek_desk.gui.desk.sounds import Sounds
from bimtek_desk.gui.desk.status_panel import SEVERITY, SOUNDS, StatusPanel
from bimtek_desk.gui.desk.sync_button import SyncButton
from bimtek_desk.roster import rules
from bimtek_desk.store.models import Registration

if TYPE_CHECKING:  # the camera module is imported when a camera is switched on
    from bimtek_desk.gui.desk.camera import Camera


class DeskPanel(QWidget):
    """Signals:
        checked_in(): a check-in was committed (counts elsewhere may refresh).
        desk_renamed(str): this laptop's desk has a new name.
    """

    checked_in = Signal()
    desk_renamed = Signal(str)

    def __init__(self, desk: Desk, *, sound: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sounds = Sounds(sound)
        self.last_result: DeskResult | None = None
        self.camera: Camera | None = None

        self.session_box = QComboBox()
        for s in desk.store.events.sessions(desk.event.id):
            self.session_box.addItem(f"{s.key} · {s.label} ({s.start_time}–{s.end_time})", s.id)
        self.session_box.setCurrentIndex(self.session_box.findData(desk.session.id))
        self.session_box.currentIndexChanged.connect(self._on_session)
        self.session_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Which desk this laptop is (its own setting): big enough to see, a click renames it.
        self.desk_button = QPushButton(desk.desk)
        self.desk_button.setFlat(True)
        self.desk_button.setStyleSheet("font-size: 13pt; font-weight: 700; padding: 0 4px;")
        self.desk_button.setToolTip(self.tr("Nama meja laptop ini (klik untuk mengganti)"))
        self.desk_button.clicked.connect(self.rename_desk)
        who = QLabel(self.tr("Petugas: %1").replace("%1", desk.operator))
        self.counter = QLabel()
        self.counter.setStyleSheet("font-size: 26pt; font-weight: 800;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #7F1D1D; color: white; font-size: 15pt; font-weight: 700; "
                                  "padding: 10px; border-radius: 6px;")
        self.banner.hide()

        self.status = StatusPanel()

        self.search = QLineEdit(placeholderText=self.tr("Nama, kelurahan atau no. HP…"))
        self.first_focus = self.search
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.search_model = SearchModel(desk.store, desk.event.id, self)
        self.results = QListView()
        self.results.setModel(self.search_model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setStyleSheet("font-size: 11pt;")
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines end in "…"
        self.results.activated.connect(self._on_result_activated)
        # An empty list says so, and what to try, before a volunteer makes a duplicate with F2.
        self.not_found = QLabel()
        self.not_found.setWordWrap(True)
        self.not_found.setStyleSheet("color: #92400E; font-size: 11pt; font-weight: 600;")
        self.not_found.hide()
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._check_in_selected)
        self.search.installEventFilter(self)

        self.recent_model = RecentModel(desk.store, desk.event.id, parent=self, zone=desk.zone)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setStyleSheet("font-family: monospace; font-size: 10pt;")
        self.recent.setUniformItemSizes(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.walk_in_button = QPushButton(self.tr("F2  Peserta baru (tanpa undangan)"))
        self.substitute_button = QPushButton(self.tr("F3  Peserta pengganti"))
        self.undo_button = QPushButton(self.tr("F4  Batalkan check-in"))
        self.camera_button = QPushButton(self.tr("F7  Kamera"))
        self.full_button = QPushButton(self.tr("F11  Layar penuh"))
        self.sound_box = QCheckBox(self.tr("Suara"))
        self.sound_box.setChecked(sound)
        self.sound_box.toggled.connect(lambda on: setattr(self.sounds, "enabled", on))
        self.camera_label = QLabel()
        self.sync_button = SyncButton(desk, self)  # folder mode: merge with the other laptops
        self.sync_button.failed.connect(self.show_banner)
        self.sync_button.merged.connect(self.refresh_counts)
        for b in (self.walk_in_button, self.substitute_button, self.undo_button, self.camera_button,
                  self.full_button, self.sound_box, self.desk_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.substitute_button.clicked.connect(self.substitute)
        self.undo_button.clicked.connect(self.undo)
        self.camera_button.clicked.connect(self.toggle_camera)
        self.full_button.clicked.connect(self.toggle_full_screen)
        for key, slot in (("F2", self.walk_in), ("F3", self.substitute), ("F4", self.undo),
                          ("F7", self.toggle_camera), ("F11", self.toggle_full_screen),
                          ("Ctrl+F", self.search.setFocus), ("Escape", self._clear_search)):
            QShortcut(QKeySequence(key), self, slot)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.allow_today)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sesi:")))
        top.addWidget(self.session_box, 1)
        top.addWidget(self.desk_button)
        top.addWidget(who)
        top.addStretch(1)
        top.addWidget(self.counter)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Cari peserta tanpa badge  (Ctrl+F)")))
        side.addWidget(self.search)
        side.addWidget(self.not_found)
        side.addWidget(self.results, 3)
        side.addWidget(QLabel(self.tr("20 pindaian terakhir")))
        side.addWidget(self.recent, 2)
        middle = QHBoxLayout()
        middle.addWidget(self.status, 3)
        middle.addLayout(side, 2)
        bottom = QHBoxLayout()
        for b in (self.walk_in_button, self.substitute_button, self.undo_button, self.camera_button,
                  self.full_button, self.sound_box):
            bottom.addWidget(b)
        bottom.addWidget(self.camera_label, 1)
        bottom.addWidget(self.sync_button.network)
        bottom.addWidget(self.sync_button.status)
        bottom.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self._offering = False  # a scanned badge's question is open (see offer_scan)
        self.badge_folder: Path | None = None  # None: where the committee saves things (file_dialogs)
        self.badge_printer: str | None = None  # None: the system's default printer
        self.last_notice = ""
        self._standing = ""  # a warning that stays until its cause is gone (see _check_standing)
        self._check_standing()
        self.refresh_counts()
        # After a result, the counter and the recent list are brought up to date on the next
        # turn of the event loop: the status panel is on screen first (see show_result).
        # A hidden panel is left alone, as by the poll; it catches up within a second of showing.
        self._counts_soon = QTimer(self)
        self._counts_soon.setSingleShot(True)
        self._counts_soon.setInterval(0)
        self._counts_soon.timeout.connect(self._after_result)
        desk.defer_checkpoints()  # no log checkpoint inside a scan: tidy() runs after the result
        self.search_model.warm()  # builds the search index now, not on the first key
        # Another desk on the same database, or a merge: its check-ins show here within a
        # second of the change (one watcher per database, see gui/change_watch.py).
        ChangeWatch.of(desk.store).changed.connect(self._poll_counts)
        # The standing warnings that follow the clock (the event's day begins or ends).
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._check_standing_if_shown)
        self._clock.start()
        QTimer.singleShot(0, self.search, self.search.setFocus)

    # -- scanning ---------------------------------------------------------------------

    def handle_scan(self, text: str, method: str = "scanner") -> DeskResult:
        result = self.desk.scan(text, method)
        if result.outcome is not Outcome.IGNORED:
            self.show_result(result)
        return result

    def show_result(self, result: DeskResult) -> None:
        self.last_result = result
        self.status.show_result(result)
        self.status.repaint()  # the result is on screen before anything less urgent is redrawn
        if result.outcome is Outcome.DB_ERROR:
            self.show_banner(result.message)
        else:
            self._show_standing()
        if result.outcome is Outcome.DOCUMENT:
            self.recent_model.note_document(result.text, result.message)
        if result.outcome is Outcome.WRONG_DAY:
            self.status.set_message(result.message + " " + self.tr("Panitia: Ctrl+Shift+H."))
        severity = SEVERITY.get(result.outcome, "error")
        self.sounds.play(SOUNDS.get(severity, severity))
        if self.sounds.unavailable and self.sound_box.isEnabled():  # Windows N: say so, not a ticked box
            from bimtek_desk.system.multimedia import camera_support

            self.sound_box.setChecked(False)
            self.sound_box.setEnabled(False)
            self.sound_box.setToolTip(camera_support().reason)
        if result.outcome is Outcome.CHECKED_IN:
            self.checked_in.emit()
        self._counts_soon.start()  # less urgent than the result: right after it is shown

    def show_banner(self, text: str) -> None:
        self.banner.setText("⚠ " + text)
        self.banner.show()

    def _after_result(self) -> None:
        self._poll_counts()
        self.desk.tidy()

    def _poll_counts(self) -> None:
        if self.isVisible():
            self.refresh_counts()
            self._check_standing()

    def _check_standing_if_shown(self) -> None:
        if self.isVisible():
            self._check_standing()

    def _check_standing(self) -> None:
        """Warnings that stay on screen until their cause is gone: a read-only file, or a
        laptop restored from its backup that has not merged with the others since."""
        from bimtek_desk.store import device as devmod

        text = ""
        if self.desk.store.db.readonly:
            text = self.tr("Basis data hanya-baca: check-in TIDAK dapat disimpan. Panggil panitia.")
        elif not self.desk.is_event_day():  # said before the first scan, not by it
            from bimtek_desk.idn.dates import long_date

            ev = self.desk.event
            days = long_date(ev.date_start) if ev.date_start == ev.date_end else \
                f"{long_date(ev.date_start)} – {long_date(ev.date_end)}"
            text = self.tr("Hari ini bukan hari acara (%1): check-in TIDAK dicatat. Periksa tanggal laptop, atau "
                           "panitia mengizinkan hari ini dengan Ctrl+Shift+H.").replace("%1", days)
        else:
            try:
                restored = devmod.restored_before_merging(self.desk.store.db)
            except UserError:
                restored = None
            if restored:
                text = self.tr("Laptop ini dipulihkan dari cadangan dan belum sinkron dengan laptop lain. Tekan "
                               "Sinkron… (atau tunggu sinkron jaringan) SEBELUM memindai: check-in sesudah "
                               "cadangan itu kembali, dan check-in baru tidak bentrok dengannya.")
        if text != self._standing:
            self._standing = text
            self._show_standing()

    def _show_standing(self) -> None:
        if self._standing:
            self.show_banner(self._standing)
        else:
            self.banner.hide()

    def refresh_counts(self) -> None:
        try:
            self.counter.setText(self.tr("%1 / %2 hadir").replace("%1", str(self.desk.present()))
                                 .replace("%2", str(self.desk.registered())))
            self.recent_model.refresh()
        except UserError as exc:
            self.show_banner(str(exc))

    # -- manual search ---------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.search_model.search(text, self.desk.session.id)
        if self.search_model.rowCount():
            self.results.setCurrentIndex(self.search_model.index(0))
            self.not_found.hide()
        elif text.strip():
            self.not_found.setText(self.tr(
                "Tidak ditemukan: «%1». Coba bagian nama yang lebih pendek (mis. nama depan saja) atau "
                "kelurahannya. Belum terdaftar? F2 Peserta baru.").replace("%1", text.strip()[:40]))
            self.not_found.show()
        else:
            self.not_found.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search_model.rowCount():
                row = self.results.currentIndex().row()
                row = max(0, min(self.search_model.rowCount() - 1, row + (1 if key == Qt.Key.Key_Down else -1)))
                self.results.setCurrentIndex(self.search_model.index(row))
                return True
        return super().eventFilter(obj, event)

    def _check_in_selected(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._on_result_activated(index)

    def _on_result_activated(self, index: QModelIndex) -> None:
        self.show_result(self.desk.check_in(index.data(IdRole), "manual"))
        self._clear_search()

    def _clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def _on_session(self) -> None:
        self.desk.set_session(self.session_box.currentData())
        self.status.show_idle()
        self.refresh_counts()

    # -- walk-in, substitute, undo -------------------------------------------------------------

    def walk_in(self) -> DeskResult | None:
        form = PersonForm(self.tr("Peserta baru (tidak ada di daftar)"), self,
                          regions=rules.regions_of(self.desk.event))
        form.on_scan = lambda text: self.offer_scan(form, text)
        if not form.exec():
            return None
        try:
            result = self.desk.walk_in(form.person(), form.role.currentText())
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return None
        self.show_result(result)
        if form.print_badge.isChecked() and result.registration is not None:
            self.print_badge(result.registration.id)
        return result

    def substitute(self) -> DeskResult | None:
        index = self.results.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, "bimtek-desk", self.tr(
                "Cari dulu peserta yang digantikan di kotak Cari, pilih, lalu tekan F3."))
            self.search.setFocus()
            return None
        old = self.search_model.registration(index.row())
        form = PersonForm(self.tr("Pengganti untuk %1").replace("%1", old.person.name), self,
                          fixed_kelurahan=old.person.kelurahan, with_role=False, with_reason=True,
                          regions=rules.regions_of(self.desk.event),
                          replacing=f"{old.person.name} (Kel. {old.person.kelurahan or '-'})")
        form.on_scan = lambda text: self.offer_scan(form, text)
        if not form.exec():
            return None
        try:
            result = self.desk.substitute(old.id, form.person(), form.reason.text())
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return None
        self.show_result(result)
        if result.registration is not None:  # whom this person stands in for, on the result itself
            detail = self.status.detail.text()
            self.status.detail.setText(" · ".join(x for x in (
                detail, self.tr("pengganti %1").replace("%1", old.person.name)) if x))
        self._clear_search()
        if form.print_badge.isChecked() and result.registration is not None:
            self.print_badge(result.registration.id)
        return result

    def selected_person(self) -> Registration | None:
        """The person highlighted in the search results (while something is typed there)."""
        index = self.results.currentIndex()
        if not self.search.text().strip() or not index.isValid():
            return None
        return self.search_model.registration(index.row())

    def undo_target(self) -> int | None:
        """The row chosen in the last scans; else the check-in at this session of the person
        highlighted in the search results; else this desk's newest check-in."""
        index = self.recent.currentIndex()
        if index.isValid() and index.data(IdRole):
            return int(index.data(IdRole))
        person = self.selected_person()
        if person is not None:
            current = self.desk.store.checkins.current(person.id, self.desk.session.id)
            return current.id if current is not None else None
        if self.last_result and self.last_result.checkin and self.last_result.outcome is Outcome.CHECKED_IN:
            return self.last_result.checkin.id
        return self.recent_model.last_checkin_of(self.desk.desk)

    def undo(self, dialog: UndoDialog | None = None) -> bool:
        target = self.undo_target()
        if target is None:
            person = self.selected_person()
            QMessageBox.information(self, "bimtek-desk", self.tr(
                "%1 belum check-in di sesi ini: tidak ada yang dibatalkan.").replace("%1", person.person.name)
                if person is not None else self.tr(
                "Pilih check-in yang akan dibatalkan di daftar pindaian terakhir."))
            return False
        ci = self.desk.store.checkins.get(target)
        reg = self.desk.store.registrations.get(ci.registration_id)
        dialog = dialog or UndoDialog(self.tr("Check-in pukul %2 (%3)").replace("%2", clock_time(ci.at))
                                      .replace("%3", ci.desk), self, who=reg.person.name,
                                      kelurahan=reg.person.kelurahan)
        dialog.on_scan = lambda text: self.offer_scan(dialog, text)
        # A wrong PIN is said in the dialog, which stays open with the reason typed.
        dialog.submit = lambda: self.desk.undo(target, reason=dialog.reason.text(), pin=dialog.pin.text())
        if not dialog.exec():
            return False
        self.last_result = None  # F4 again means an older check-in, not this one
        self.recent.clearSelection()
        self.status.show_undone(reg.person.name)
        self.refresh_counts()
        return True

    def offer_scan(self, dialog: QWidget, text: str, *, can_check_in: bool = True) -> bool:
        """A badge scanned while ``dialog`` was open (its code was kept out of the fields):
        say so, and offer to close the dialog and check that person in.  True: done."""
        from bimtek_desk.desk import lookup

        if self._offering:
            return False  # a second scan while the question is open: the question stays
        found = lookup.resolve(self.desk.store, self.desk.event, text)
        reg = found.registration if found.status is lookup.Status.VALID else None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Badge dipindai"), "", parent=dialog)
        go = None
        if reg is not None and can_check_in:
            box.setText(self.tr("Badge dipindai: <b>%1</b> (Kel. %2).<br>Kodenya TIDAK dimasukkan ke formulir.")
                        .replace("%1", html.escape(reg.person.name))
                        .replace("%2", html.escape(reg.person.kelurahan or "-")))
            go = box.addButton(self.tr("Tutup formulir dan check-in %1").replace("%1", reg.person.name),
                               QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Sebuah kode dipindai; kodenya TIDAK dimasukkan ke formulir.") + "<br>"
                        + html.escape(found.message if reg is None else self.tr(
                            "Tutup dialog ini dulu, lalu pindai lagi di Meja registrasi.")))
        close = box.addButton(self.tr("Tutup formulir"), QMessageBox.ButtonRole.DestructiveRole) \
            if go is None and isinstance(dialog, QDialog) else None
        closable = dialog if isinstance(dialog, QDialog) else None
        back = box.addButton(self.tr("Kembali ke formulir"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go or back)
        box.setEscapeButton(back)
        self._offering = True
        try:
            box.exec()
        finally:
            self._offering = False
        if closable is not None and box.clickedButton() is close:
            closable.reject()
            return False
        if go is None or box.clickedButton() is not go:
            return False
        if isinstance(dialog, QDialog):
            dialog.reject()
        QTimer.singleShot(0, self, lambda: self.handle_scan(text, "scanner"))  # once the form has closed
        return True

    def allow_today(self, reason: str | None = None) -> bool:
        """The committee lets this desk record today although it is not an event day (PIN, audited)."""
        from PySide6.QtWidgets import QInputDialog

        from bimtek_desk.committee.pin import Purpose
        from bimtek_desk.gui.pin_dialog import ask_pin

        if self.desk.is_event_day():
            return True
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Bukan hari acara"), self.tr(
                "Hari ini bukan hari acara. Alasan tetap mencatat check-in hari ini (mis. tanggal acara pindah):"))
            if not ok or not reason.strip():
                return False
        grant = ask_pin(self, self.desk.store, self.desk.event.id, Purpose.WRONG_DAY)
        if grant is None:
            return False
        try:
            self.desk.allow_today(reason=reason, pin=grant)
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return False
        self.status.show_idle()
        self._check_standing()  # the wrong-day banner goes
        return True

    def rename_desk(self) -> str | None:
        """Give this laptop's desk another name (kept in the laptop's settings)."""
        from bimtek_desk.gui.desk.desk_name import ask_desk_name

        name = ask_desk_name(self, self.desk.desk)
        if name is not None:
            self.desk.desk = name
            self.desk_button.setText(name)
            self.desk_renamed.emit(name)
        return name

    def print_badge(self, registration_id: int) -> Path | None:
        """A walk-in's or substitute's badge: saved where the committee saves things, printed on
        the default printer (or shown); the status line says where it went."""
        from bimtek_desk.gui.documents import badge_out

        try:
            out, said, _job = badge_out.deliver(self, self.desk.event,
                                                self.desk.store.registrations.get(registration_id),
                                                folder=self.badge_folder, printer=self.badge_printer,
                                                on_message=self.notice)
        except UserError as exc:
            self.notice(str(exc))
            return None
        self.notice(said)
        return out

    def notice(self, text: str) -> None:
        """A line for the committee that is not a scan's result (the window's status bar)."""
        self.last_notice = text
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 30_000)
        else:
            self.camera_label.setText(text)

    # -- camera and screen ------------------------------------------------------------------

    def toggle_camera(self) -> None:
        from bimtek_desk.gui.desk.camera import Camera
        from bimtek_desk.system.multimedia import camera_support

        if self.camera is not None:
            self.camera.stop()
            self.camera = None
            self.camera_label.setText(self.tr("Kamera mati."))
            return
        support = camera_support()  # Windows N without the Media Feature Pack has no QtMultimedia
        if not support.available:
            self.camera_button.setText(self.tr("F7  Kamera (tidak tersedia)"))
            self.camera_button.setToolTip(support.reason)
            self.camera_label.setText(support.summary)
            self.camera_label.setToolTip(support.reason)
            return
        if not Camera.available():
            self.camera_label.setText(self.tr("Tidak ada kamera di laptop ini; gunakan pemindai atau pencarian."))
            return
        camera = self.camera = Camera(self)
        camera.decoded.connect(lambda text: self.handle_scan(text, "camera"))
        camera.start()
        self.camera_label.setText(self.tr("Kamera aktif: tunjukkan QR ke kamera."))

    def toggle_full_screen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()
