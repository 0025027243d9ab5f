"""The strip at the top of the main window: which event, when, where, how many."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from bimtek_desk.errors import UserError
from bimtek_desk.gui.change_watch import ChangeWatch
from bimtek_desk.idn.dates import day_date
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


class EventHeader(QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self.title = QLabel()  # one line, elided: a small screen keeps its height for the work
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._full_title = ""
        self.details = QLabel()
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 12pt;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_counts)
        # other desks and windows check people in through the database: counted again when it changed
        ChangeWatch.of(store).changed.connect(self._database_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(2)
        for w in (self.title, self.details, self.counts):
            layout.addWidget(w)
        self.refresh()

    def schedule_refresh(self) -> None:
        """Refresh within a second, however many scans arrive meanwhile."""
        if not self._timer.isActive():
            self._timer.start()

    def _database_changed(self) -> None:
        if self.isVisible():  # a closed window does not query a store that may be closed too
            self.refresh_counts()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_counts()  # what changed while it was hidden
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # a closed window does not query a store that may be closed too
        super().hideEvent(event)

    def refresh(self) -> None:
        e = self.store.events.get(self.ev.id)
        self._full_title = e.short_name + " — " + e.name
        self.title.setToolTip(self._full_title)
        self._elide_title()
        self.details.setText(f"{day_date(e.date_start)} · {e.venue}, {e.city} · {e.organizer}")
        self.refresh_counts()

    def _elide_title(self) -> None:
        width = max(100, self.title.width())
        self.title.setText(self.title.fontMetrics().elidedText(self._full_title, Qt.TextElideMode.ElideRight, width))

    def full_title(self) -> str:
        return self._full_title

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_title()

    def refresh_counts(self) -> None:
        e = self.ev
        try:
            parts = [self.tr("Terdaftar: %1").replace("%1", str(self.store.registrations.count(e.id)))]
            for s in self.store.events.sessions(e.id):
                parts.append(f"{s.key} ({s.start_time}): {self.store.checkins.present_count(s.id)} "
                             + self.tr("hadir"))
        except UserError:
            return  # the desk's banner says what is wrong with the database
        self.counts.setText("   ·   ".join(parts))
