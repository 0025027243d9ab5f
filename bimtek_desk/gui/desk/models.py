"""Small list models of the desk: search results and the last scans."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from bimtek_desk.desk import TITLES, Outcome, clock_time
from bimtek_desk.idn import nik as niklib
from bimtek_desk.store import Store
from bimtek_desk.store.models import Registration
from bimtek_desk.store.scans import ScanEntry

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


class SearchModel(QAbstractListModel):
    """People matching a search, with whether they are present in the desk's session."""

    LIMIT = 30

    def __init__(self, store: Store, event_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.session_id: int | None = None
        self._rows: list[Registration] = []
        self._present: set[int] = set()

    def search(self, text: str, session_id: int | None) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self._rows = (self.store.registrations.list(self.event_id, search=text, order="name", limit=self.LIMIT)
                      if text.strip() else [])
        ids = [r.id for r in self._rows]
        self._present = (self.store.checkins.present_among(session_id, ids) if session_id and ids else set())
        self.endResetModel()

    def registration(self, row: int) -> Registration:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        reg = self._rows[index.row()]
        if role == IdRole:
            return reg.id
        if role == Qt.ItemDataRole.DisplayRole:
            p = reg.person
            mark = "✔ " if reg.id in self._present else ""
            return (f"{mark}{p.name}\n   Kel. {p.kelurahan or '-'} · {reg.role} · NIK {niklib.mask(p.nik) or '-'}"
                    f" · HP {p.phone or '-'}")
        return None


class RecentModel(QAbstractListModel):
    """The last scans at this event (all desks), newest first."""

    def __init__(self, store: Store, event_id: str, limit: int = 20, parent: Any = None) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.limit = store, event_id, limit
        self._rows: list[ScanEntry] = []

    def refresh(self, session_id: int | None = None) -> None:
        self.beginResetModel()
        self._rows = self.store.scans.recent(self.event_id, self.limit, session_id)
        self.endResetModel()

    def entry(self, row: int) -> ScanEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = TITLES.get(Outcome(e.status), e.status) if e.status in Outcome._value2member_map_ else e.status
            who = e.name or e.text
            return f"{clock_time(e.at)}  {title:<12}  {who}  ({e.desk})"
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtGui import QColor

            return QColor({"checked_in": "#15803D", "already": "#B45309"}.get(e.status, "#B91C1C"))
        if role == IdRole:
            return e.checkin_id
        return None
