"""Table model of an event's registrations, over the store.

Holds only registration ids (cheap even for 10,000 people) and builds rows on
demand into a cache, as Anki's browser does.  Filtering and sorting run in SQL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from bimtek_desk.idn import nik as niklib
from bimtek_desk.roster import extras
from bimtek_desk.scanning import codes
from bimtek_desk.store import Store
from bimtek_desk.store.models import Registration
from bimtek_desk.store.search import LiveIndex

Index = QModelIndex | QPersistentModelIndex

COLUMNS = [
    ("roster_row", "No"), ("name", "Nama"), ("nik", "NIK"), ("sex", "L/P"), ("kelurahan", "Kelurahan"),
    ("kecamatan", "Kecamatan"), ("phone", "No. HP"), ("role", "Peran"), ("code", "Kode badge"),
    ("extras", "Keterangan"),  # the roster's other columns (RT/RW, jabatan …), NIK-like ones masked
]
SORTABLE = {0: "roster", 1: "name", 4: "kelurahan"}
RegistrationRole = Qt.ItemDataRole.UserRole + 1


class ParticipantsModel(QAbstractTableModel):
    CHUNK = 200

    def __init__(self, store: Store, event_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.search = ""
        self.order = "roster"
        self.show_nik = False
        self._ids: list[int] = []
        self._cache: dict[int, Registration] = {}
        self._extras: dict[int, list[tuple[str, str]]] = {}
        self._index = LiveIndex(lambda: store.registrations.search_rows(event_id), store.registrations.revision)
        self._ordered: tuple[str, int, list[int]] | None = None  # (order, revision, ids)
        self._numbers: tuple[int | None, dict[int, int]] = (None, {})  # (revision, roster number per id)
        self.refresh()

    def _select(self) -> list[int]:
        rev = self.store.registrations.revision()
        if self._ordered is None or self._ordered[:2] != (self.order, rev):
            self._ordered = (self.order, rev, self.store.registrations.ids(self.event_id, order=self.order))
        ids = self._ordered[2]
        if self._numbers[0] != rev:  # "No" is the place in the roster, whatever the filter or order
            roster = ids if self.order == "roster" else self.store.registrations.ids(self.event_id)
            self._numbers = (rev, {reg_id: n for n, reg_id in enumerate(roster, start=1)})
        if self.search.strip():
            matched = set(self._index.query(self.search))
            ids = [i for i in ids if i in matched]
        return list(ids)

    # -- loading --------------------------------------------------------------

    def refresh(self) -> None:
        ids = self._select()
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._extras.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.search = text
            self.refresh()

    def set_show_nik(self, show: bool) -> None:
        self.show_nik = show
        if self._ids:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._ids) - 1, 2))
            last = len(COLUMNS) - 1  # NIK-like extras follow the NIK
            self.dataChanged.emit(self.index(0, last), self.index(len(self._ids) - 1, last))

    def registration(self, row: int) -> Registration:
        reg_id = self._ids[row]
        if reg_id not in self._cache:
            start = (row // self.CHUNK) * self.CHUNK
            chunk = self._ids[start:start + self.CHUNK]
            self._cache.update(self.store.registrations.get_many(chunk))
            self._extras.update(self.store.extras.get_many(chunk))
        return self._cache[reg_id]

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def headers(self) -> list[str]:
        return [self.tr("No"), self.tr("Nama"), self.tr("NIK"), self.tr("L/P"), self.tr("Kelurahan"),
                self.tr("Kecamatan"), self.tr("No. HP"), self.tr("Peran"), self.tr("Kode badge"),
                self.tr("Keterangan")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == RegistrationRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        reg = self.registration(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and reg.roster_row:
            return self.tr("Baris %1 di berkas daftar peserta").replace("%1", str(reg.roster_row))
        p = reg.person
        key = COLUMNS[index.column()][0]
        if key == "extras":
            pairs = self._extras.get(reg.id, [])
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{h}: {extras.shown(v, show_nik=self.show_nik)}" for h, v in pairs) or None
            return extras.text(pairs, show_nik=self.show_nik)
        value: Any = {
            "roster_row": self._numbers[1].get(reg.id, ""), "name": p.name,
            "nik": p.nik if self.show_nik else niklib.mask(p.nik), "sex": p.sex, "kelurahan": p.kelurahan,
            "kecamatan": p.kecamatan, "phone": p.phone, "role": reg.role,
            "code": codes.pretty(reg.badge_code) if reg.badge_code else None,
        }[key]
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = SORTABLE.get(column, "roster")
        ids = self._select()
        if order == Qt.SortOrder.DescendingOrder:
            ids.reverse()
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._extras.clear()
        self.endResetModel()
