"""The main window.  It only builds the areas and wires them together."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.gui.desk.panel import DeskPanel
from bimtek_desk.gui.event_header import EventHeader
from bimtek_desk.gui.scanner_filter import ScannerFilter
from bimtek_desk.gui.workers import Job
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event

if TYPE_CHECKING:
    from bimtek_desk.gui.event.panel import EventPanel
    from bimtek_desk.gui.roster_panel import RosterPanel


class LazyArea(QWidget):
    """A tab whose content is made the first time it is shown."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
            # Added to a parent that may already be showing: show it now, not on the
            # next turn of the event loop, so that focus can go into it at once.
            self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)


class MainWindow(QMainWindow):
    open_event = Signal(str)  # the app replaces this window with one for that event

    def __init__(self, store: Store, event: Event, *, desk: Desk | None = None, desk_mode: bool = False,
                 sound: bool = True, scanner: ScannerFilter | None = None) -> None:
        super().__init__()
        self.store, self.ev = store, event
        self.desk_mode = desk_mode
        self.desk_panel = DeskPanel(desk or Desk(store, event), sound=sound)
        self._set_title(self.desk_panel.desk.desk)
        self.desk_panel.desk_renamed.connect(self._set_title)
        self.header = EventHeader(store, event)
        self.roster: RosterPanel | None = None
        self.documents: QWidget | None = None
        self.stats: QWidget | None = None
        self.reports: QWidget | None = None
        self.event_area: EventPanel | None = None
        self.tabs: QTabWidget | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        if desk_mode:
            self.header.details.hide()
            layout.addWidget(self.desk_panel, 1)
        else:
            self.tabs = QTabWidget()
            self.tabs.addTab(self.desk_panel, self.tr("&Meja registrasi"))
            # The other areas are built the first time they are shown: start-up pays
            # only for the desk (no ReportLab fonts, QtPdf or QtCharts yet).
            self.tabs.addTab(LazyArea(lambda: self._make_roster()), self.tr("&Peserta"))
            self.tabs.addTab(LazyArea(lambda: self._make_event()), self.tr("&Acara"))
            self.tabs.addTab(LazyArea(lambda: self._make_documents()), self.tr("&Dokumen"))
            self.tabs.addTab(LazyArea(lambda: self._make_reports()), self.tr("&Laporan"))
            self.tabs.addTab(LazyArea(lambda: self._make_stats()), self.tr("&Statistik"))
            for i in range(self.tabs.count()):
                self.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
            self.tabs.currentChanged.connect(self._focus_area)
            layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(self.tr("Basis data: %1").replace("%1", store.path)))
        self.ask_before_closing = True  # False: another event's window took over (it asked already)
        self.scanner = scanner
        if scanner is not None:
            scanner.scanned.connect(self.on_scanned)
            scanner.scanned_in_dialog.connect(self.on_scanned_in_dialog)
        self._connect_signals()
        self._init_actions()

    def _set_title(self, desk_name: str) -> None:
        self.setWindowTitle(f"bimtek-desk — {self.ev.short_name} — {desk_name}")

    def _make_roster(self) -> QWidget:
        from bimtek_desk.gui.roster_panel import RosterPanel

        self.roster = RosterPanel(self.store, self.ev.id)
        return self.roster

    def _make_event(self) -> QWidget:
        from bimtek_desk.gui.event.panel import EventPanel

        self.event_area = EventPanel(self.store, self.ev)
        self.event_area.saved.connect(self.header.refresh)
        self.event_area.open_event.connect(self.open_event)
        return self.event_area

    def _make_documents(self) -> QWidget:
        from bimtek_desk.gui.documents.panel import DocumentsPanel

        self.documents = DocumentsPanel(self.store, self.ev)
        return self.documents

    def _make_reports(self) -> QWidget:
        from bimtek_desk.gui.reports_panel import ReportsPanel

        self.reports = ReportsPanel(self.store, self.ev, session_id=self.desk_panel.desk.session.id)
        return self.reports

    def _make_stats(self) -> QWidget:
        from bimtek_desk.gui.stats_panel import StatsPanel

        self.stats = StatsPanel(self.store, self.ev, session_id=self.desk_panel.desk.session.id)
        self.desk_panel.checked_in.connect(self.stats.schedule_refresh)
        return self.stats

    def area(self, index: int) -> QWidget | None:
        """The real widget of a tab, built now if it was not yet (None: no such tab)."""
        tab = self.tabs.widget(index) if self.tabs is not None else None
        return tab.build() if isinstance(tab, LazyArea) else tab

    def _focus_area(self, index: int) -> None:
        """A keyboard user lands in the area's first field, not on a hidden widget."""
        target = getattr(self.area(index), "first_focus", None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _connect_signals(self) -> None:
        self.desk_panel.checked_in.connect(self.header.schedule_refresh)

    # -- closing without losing work ------------------------------------------------------------

    def running_jobs(self) -> list[Job]:
        areas = (self.documents, self.reports)
        return [job for a in areas if a is not None and (job := getattr(a, "job", None)) is not None and job.running]

    def ready_to_close(self, *, can_wait: bool = True) -> bool:
        """Ask about running jobs and unsaved edits.  False: the window stays (for now:
        after 'wait' or 'cancel' it closes itself when the jobs have ended)."""
        from bimtek_desk.gui import closing

        jobs = self.running_jobs()
        if jobs:
            answer = closing.ask_about_jobs(self, jobs) if can_wait else closing.STAY
            if answer == closing.STAY:
                if not can_wait:
                    QMessageBox.information(self, "bimtek-desk", self.tr(
                        "Masih ada pekerjaan berjalan di Dokumen atau Laporan: tunggu sampai selesai atau "
                        "batalkan dulu."))
                return False
            for job in jobs:
                if answer == closing.CANCEL:
                    job.cancel()
                job.finished.connect(self._close_when_idle)
                job.failed.connect(self._close_when_idle)
            self.statusBar().showMessage(self.tr("Menunggu pekerjaan berhenti; jendela lalu ditutup…"))
            return False
        if self.event_area is not None and self.event_area.has_unsaved():
            answer = closing.ask_about_edits(self, self.tr("Acara"))
            if answer == closing.STAY:
                return False
            if answer == closing.SAVE and not self.event_area.save():
                area = self.event_area.parentWidget()  # the tab's LazyArea
                if area is not None and self.tabs is not None:
                    self.tabs.setCurrentWidget(area)
                return False
        return True

    def confirm_close_desk(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tutup meja registrasi?"), self.tr(
            "Tutup meja registrasi %1? Sesudah ditutup, badge yang dipindai tidak tercatat sampai aplikasi "
            "dibuka lagi.").replace("%1", self.desk_panel.desk.desk), parent=self)
        close = box.addButton(self.tr("Tutup meja"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Tetap buka"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)  # Enter (or a scanner's Enter) keeps the desk open
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is close

    def _close_when_idle(self, *_: object) -> None:
        if not self.running_jobs():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ask_before_closing and not self.ready_to_close():
            event.ignore()
            return
        # Alt+F4 or the title bar's × (the window manager's close: spontaneous) on a desk
        # asks first: it is the volunteer's whole tool.  Ctrl+Q is a deliberate "Keluar".
        if self.ask_before_closing and self.desk_mode and event.spontaneous() and not self.confirm_close_desk():
            event.ignore()
            return
        if self.scanner is not None:  # a window replaced by another event's takes no more scans
            self.scanner.scanned.disconnect(self.on_scanned)
            self.scanner.scanned_in_dialog.disconnect(self.on_scanned_in_dialog)
            self.scanner = None
        super().closeEvent(event)

    def scan_route(self, focus: QWidget | None = None) -> str | None:
        """What a scanner burst means here: a check-in only while the desk is the
        visible area (or in the desk-only window); in Peserta it finds the person;
        elsewhere it stays text."""
        if self.tabs is None or self.tabs.currentWidget() is self.desk_panel:
            return "desk"
        if self.roster is not None and self.tabs.currentWidget() is self.roster.parentWidget():
            return "roster"
        return None

    def on_scanned(self, text: str, route: str) -> None:
        """A burst the scanner filter routed (by :meth:`scan_route`, at the moment of the scan)."""
        target = self.scanner.last_target if self.scanner is not None else None
        if target is not None and target.window() is not self:
            return  # scanned into another window (the one replacing this one)
        if route == "desk":
            self.desk_panel.handle_scan(text, "scanner")
        elif route == "roster" and self.roster is not None:
            self.statusBar().showMessage(self.roster.find_code(text), 10_000)

    def on_scanned_in_dialog(self, text: str, dialog: QWidget) -> None:
        """A badge scanned into a dialog of this window (a PIN or a reason asked, a file name):
        it was kept out of the field; say so, and at the desk offer to check the person in."""
        owner = dialog.parentWidget()
        if owner is None or owner.window() is not self:
            return  # another window's dialog
        self.desk_panel.offer_scan(dialog, text, can_check_in=self.scan_route() == "desk")

    def _init_actions(self) -> None:
        quit_ = QAction(self.tr("Keluar"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.addAction(quit_)
        if self.tabs is not None:
            for i in range(self.tabs.count()):
                go = QAction(self)
                go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
                go.triggered.connect(lambda _checked=False, i=i: self.tabs.setCurrentIndex(i))
                self.addAction(go)

    def refresh(self) -> None:
        self.header.refresh()
        if self.roster is not None:
            self.roster.refresh()
