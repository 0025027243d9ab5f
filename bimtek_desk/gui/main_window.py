"""The main window.  It only builds the areas and wires them together."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from bimtek_desk.gui.event_header import EventHeader
from bimtek_desk.gui.roster_panel import RosterPanel
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


class MainWindow(QMainWindow):
    def __init__(self, store: Store, event: Event) -> None:
        super().__init__()
        self.store, self.ev = store, event
        self.setWindowTitle(f"bimtek-desk — {event.short_name}")
        self.header = EventHeader(store, event)
        self.roster = RosterPanel(store, event.id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster, self.tr("&Peserta"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(self.tr("Basis data: %1").replace("%1", store.path)))
        self._init_actions()

    def _init_actions(self) -> None:
        find = QAction(self.tr("Cari peserta"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.tabs.setCurrentWidget(self.roster), self.roster.filter.setFocus()))
        quit_ = QAction(self.tr("Keluar"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.addActions([find, quit_])

    def refresh(self) -> None:
        self.header.refresh()
        self.roster.refresh()
