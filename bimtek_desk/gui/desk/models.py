"""Small list models of the desk: search results and the last scans."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from bimtek_desk.desk.checkin import TITLES, Outcome, clock_time
from bimtek_desk.idn import nik as niklib
from bimtek_desk.store import Store
from bimtek_desk.store.models import Registration
from bimtek_desk.store.scans import ScanEntry
from bimtek_desk.store.search import LiveIndex

Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {"checked_in": QColor("#15803D"), "already": QColor("#B45309"), "error": QColor("#B91C1C"),
                   "annulled": QColor("#6B7280")}
LEGACY_DESK_NAMES = {"CLI": "baris perintah"}  # older check-ins made with `bimtek-desk checkin`
IdRole = Qt.ItemDataRole.UserRole + 1


class _RowsModel(QAbstractListModel):
    """A flat list of records in ``_rows``."""

    _rows: list[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def _row(self, index: Index) -> Any | None:
        return self._rows[index.row()] if index.isValid() and 0 <= index.row() < len(self._rows) else None


class SearchModel(_RowsModel):
    """People matching a search, with whether they are present in the desk's session."""

    LIMIT = 30

    def __init__(self, store: Store, event_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.session_id: int | None = None
        self._rows: list[Registration] = []
        self._present: set[int] = set()
        self._index = LiveIndex(lambda: store.registrations.search_rows(event_id), store.registrations.revision)
        self._cache: dict[int, Registration] = {}  # registrations already shown, valid for one roster revision
        self._cache_rev: int | None = None

    def search(self, text: str, session_id: int | None) -> None:
        ids = self._index.query(text, self.LIMIT) if text.strip() else self._index.query("", 0)
        rev = self.store.registrations.revision()
        if rev != self._cache_rev:
            self._cache, self._cache_rev = {}, rev
        missing = [i for i in ids if i not in self._cache]
        if missing:
            self._cache.update(self.store.registrations.get_many(missing))
        regs = self._cache
        self.beginResetModel()
        self.session_id = session_id
        self._rows = [regs[i] for i in ids]
        self._present = (self.store.checkins.present_among(session_id, ids) if session_id and ids else set())
        self.endResetModel()

    def registration(self, row: int) -> Registration:
        return self._rows[row]

    def warm(self) -> None:
        """Build the search index now, so that no keystroke pays for it."""
        self._index.warm()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reg = self._row(index)
        if reg is None:
            return None
        if role == IdRole:
            return reg.id
        if role == Qt.ItemDataRole.DisplayRole:
            p = reg.person
            mark = "✔ " if reg.id in self._present else ""
            return (f"{mark}{p.name}\n   Kel. {p.kelurahan or '-'} · {reg.role} · NIK {niklib.mask(p.nik) or '-'}"
                    f" · HP {p.phone or '-'}")
        return None


class RecentModel(_RowsModel):
    """The last scans at this event (all desks), newest first."""

    TEXT_CHARS = 32  # an unknown scan's raw text is cut here: a signed QR is several hundred characters

    def __init__(self, store: Store, event_id: str, limit: int = 20, parent: Any = None,
                 zone: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.limit = store, event_id, limit
        self.zone = zone  # the event's zone (the desk's clock); scans are logged in UTC
        self._documents: dict[str, str] = {}  # a certificate QR's logged text -> this desk's verdict
        self._rows: list[ScanEntry] = []
        self._texts: list[str] = []
        self._annulled: set[int] = set()  # check-ins of these rows undone since (shown DIBATALKAN)

    def refresh(self, session_id: int | None = None) -> None:
        """Polled every second.  New scans are inserted at the top and the oldest
        fall off the bottom, so the row a volunteer selected (to undo it with F4)
        stays selected; nothing is signalled when nothing changed."""
        rows = self.store.scans.recent(self.event_id, self.limit, session_id)
        old_ids, new_ids = [e.id for e in self._rows], [e.id for e in rows]
        annulled = self.store.checkins.annulled_among([e.checkin_id for e in rows if e.checkin_id])
        if annulled != self._annulled:  # an undo here or at another desk: mark the rows it concerns
            self._annulled = annulled
            for row, e in enumerate(self._rows):
                text = self._describe(e)
                if text != self._texts[row]:
                    self._texts[row] = text
                    self.dataChanged.emit(self.index(row), self.index(row))
        if new_ids == old_ids:
            return
        fresh = new_ids.index(old_ids[0]) if old_ids and old_ids[0] in new_ids else -1
        if fresh < 0 or new_ids[fresh:] != old_ids[: len(new_ids) - fresh]:
            self.beginResetModel()
            self._rows, self._texts = rows, [self._describe(e) for e in rows]
            self.endResetModel()
            return
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, fresh - 1)
            self._rows[0:0] = rows[:fresh]
            self._texts[0:0] = [self._describe(e) for e in rows[:fresh]]
            self.endInsertRows()
        if len(self._rows) > len(rows):
            self.beginRemoveRows(QModelIndex(), len(rows), len(self._rows) - 1)
            del self._rows[len(rows):], self._texts[len(rows):]
            self.endRemoveRows()

    def _describe(self, e: ScanEntry) -> str:
        # the status panel's words, in the window's language (Indonesian is the source)
        title = QCoreApplication.translate("StatusPanel", TITLES[Outcome(e.status)]) \
            if e.status in Outcome._value2member_map_ else e.status
        if self.is_annulled(e):
            title = QCoreApplication.translate("RecentModel", "DIBATALKAN")
        desk = LEGACY_DESK_NAMES.get(e.desk, e.desk)
        return f"{self._clock(e.at)}  {title:<12}  {e.name or self._what(e)}  ({desk})"

    def _clock(self, at: str) -> str:
        """The scan's time on the desk's clock (the check-in message's), not the log's UTC."""
        if self.zone is None:
            return clock_time(at)
        try:
            return dt.datetime.fromisoformat(at).astimezone(self.zone).strftime("%H:%M")
        except ValueError:
            return clock_time(at)

    def note_document(self, text: str, verdict: str) -> None:
        """This desk's verdict on a certificate's QR (the log keeps only the QR's first characters)."""
        self._documents[text.strip()[:64]] = verdict.rstrip(".")

    def _what(self, e: ScanEntry) -> str:
        """A scan without a person: a certificate's QR says whose it is; other text is cut short."""
        if e.status == Outcome.DOCUMENT.value:
            return self._documents.get(e.text, "sertifikat/piagam")
        text = " ".join(e.text.split())
        return text if len(text) <= self.TEXT_CHARS else text[: self.TEXT_CHARS - 1] + "…"

    def is_annulled(self, e: ScanEntry) -> bool:
        return e.checkin_id is not None and e.checkin_id in self._annulled

    def entry(self, row: int) -> ScanEntry:
        return self._rows[row]

    def last_checkin_of(self, desk: str) -> int | None:
        """This desk's newest check-in still in force among the rows (F4's default)."""
        for e in self._rows:
            if e.desk == desk and e.status == Outcome.CHECKED_IN.value and e.checkin_id and not self.is_annulled(e):
                return e.checkin_id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self._row(index)
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            status = "annulled" if self.is_annulled(e) else e.status
            return _STATUS_COLOURS.get(status, _STATUS_COLOURS["error"])
        if role == IdRole:
            return e.checkin_id
        return None
