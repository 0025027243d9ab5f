"""The main window.  It only builds the areas and wires them together."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from bimtek_desk.desk import Desk
from bimtek_desk.gui.desk.panel import DeskPanel
from bimtek_desk.gui.documents.panel import DocumentsPanel
from bimtek_desk.gui.event_header import EventHeader
from bimtek_desk.gui.roster_panel import RosterPanel
from bimtek_desk.gui.scanner_filter import ScannerFilter
from bimtek_desk.gui.stats_panel import StatsPanel
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


class MainWindow(QMainWindow):
    def __init__(self, store: Store, event: Event, *, desk: Desk | None = None, desk_mode: bool = False,
                 sound: bool = True, scanner: ScannerFilter | None = None) -> None:
        super().__init__()
        self.store, self.ev = store, event
        self.desk_mode = desk_mode
        self.setWindowTitle(f"bimtek-desk — {event.short_name}")
        self.desk_panel = DeskPanel(desk or Desk(store, event), sound=sound)
        self.header = EventHeader(store, event)
        self.roster: RosterPanel | None = None
        self.documents: DocumentsPanel | None = None
        self.stats: StatsPanel | None = None
        self.tabs: QTabWidget | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        if desk_mode:
            self.header.details.hide()
            layout.addWidget(self.desk_panel, 1)
        else:
            self.roster = RosterPanel(store, event.id)
            self.tabs = QTabWidget()
            self.tabs.addTab(self.desk_panel, self.tr("&Meja registrasi"))
            self.tabs.addTab(self.roster, self.tr("&Peserta"))
            self.documents = DocumentsPanel(store, event)
            self.tabs.addTab(self.documents, self.tr("&Dokumen"))
            self.stats = StatsPanel(store, event)
            self.tabs.addTab(self.stats, self.tr("&Statistik"))
            layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(self.tr("Basis data: %1").replace("%1", store.path)))
        self.scanner = scanner
        if scanner is not None:
            scanner.scanned.connect(self.on_scanned)
        self._connect_signals()
        self._init_actions()

    def _connect_signals(self) -> None:
        self.desk_panel.checked_in.connect(self.header.schedule_refresh)
        if self.stats is not None:
            self.desk_panel.checked_in.connect(self.stats.schedule_refresh)

    def on_scanned(self, text: str) -> None:
        """A scanner burst anywhere in the window goes to the desk."""
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.desk_panel)
        self.desk_panel.handle_scan(text, "scanner")

    def _init_actions(self) -> None:
        quit_ = QAction(self.tr("Keluar"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.addAction(quit_)

    def refresh(self) -> None:
        self.header.refresh()
        if self.roster is not None:
            self.roster.refresh()
