"""The agenda (sessions with times and JP) as an editable table.

Each row is one agenda item of the event file; a row marked "Absen" is an
attendance point (a session the desk scans for).  Keys the table does not show
(``date``, ``unconfirmed``) are kept as they were.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]?\s*(\d{2})\s*$")


def normal_time(text: str) -> str:
    """'9.45', '9:45', '0945' -> '09:45'; anything else is returned as typed (validation names it)."""
    m = _TIME.match(text)
    if m and int(m[1]) < 24 and int(m[2]) < 60:
        return f"{int(m[1]):02d}:{m[2]}"
    return text.strip()


class AgendaModel(QAbstractTableModel):
    """Columns: key, start, end, title, speaker, JP, attendance, counts, label."""

    changed = Signal()
    TEXT = ("key", "start", "end", "title", "speaker", "jp")
    CHECKS = {6: "attendance", 7: "counts_for_certificate"}
    LABEL_COLUMN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []
        self.headers = [self.tr("Kode"), self.tr("Mulai"), self.tr("Selesai"), self.tr("Kegiatan / materi"),
                        self.tr("Narasumber"), self.tr("JP"), self.tr("Absen"), self.tr("Syarat sertifikat"),
                        self.tr("Label di meja")]

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.items = copy.deepcopy(items)
        self.endResetModel()

    def agenda(self) -> list[dict[str, Any]]:
        """The items as the event file wants them (empty optional fields left out)."""
        out = []
        for item in self.items:
            clean = {k: v for k, v in item.items() if v not in (None, "")}
            if not clean.get("attendance"):
                clean.pop("counts_for_certificate", None)
                clean.pop("label", None)
            out.append(clean)
        return out

    def total_jp(self) -> int:
        return sum(int(i.get("jp") or 0) for i in self.items)

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
                return self.headers[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.items):
                return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col, item = index.column(), self.items[index.row()]
        if col in self.CHECKS:
            if col == 7 and not item.get("attendance"):
                return Qt.ItemFlag.ItemIsSelectable
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col == self.LABEL_COLUMN and not item.get("attendance"):
            return Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, col = self.items[index.row()], index.column()
        if col in self.CHECKS:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = item.get(self.CHECKS[col], col == 7 and bool(item.get("attendance")))
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col < len(self.TEXT):
                value = item.get(self.TEXT[col])
                return "" if value is None else (value if role == Qt.ItemDataRole.EditRole or col != 5
                                                 else str(value))
            return item.get("label", "") if item.get("attendance") else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return item.get("title")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item, col = self.items[index.row()], index.column()
        before = dict(item)  # an editor closed without a change (Ctrl+Tab past a cell) changes nothing
        if col in self.CHECKS and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            item[self.CHECKS[col]] = on
            if col == 6 and on:
                item.setdefault("counts_for_certificate", True)
            first, last = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
            self.dataChanged.emit(first, last)
            if item != before:
                self.changed.emit()
            return True
        if role != Qt.ItemDataRole.EditRole or col in self.CHECKS:
            return False
        text = str(value).strip() if value is not None else ""
        if col == 0:
            item["key"] = text.upper()
        elif col in (1, 2):
            item[self.TEXT[col]] = normal_time(text)
        elif col == 5:
            item["jp"] = int(text) if text.isdigit() else (text or 0)
        elif col == self.LABEL_COLUMN:
            item["label"] = text
        else:
            item[self.TEXT[col]] = text
        self.dataChanged.emit(index, index)
        if item != before:
            self.changed.emit()
        return True

    # -- rows -----------------------------------------------------------------------------

    def add(self, after: int) -> int:
        row = len(self.items) if after < 0 else after + 1
        prev_end = self.items[row - 1]["end"] if 0 < row <= len(self.items) else "08:00"
        keys = {i.get("key") for i in self.items}
        n = 1
        while f"S{n}" in keys:
            n += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, {"key": f"S{n}", "start": prev_end, "end": prev_end, "title": "", "jp": 0})
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
            self.changed.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        dest = target + 1 if delta > 0 else target  # Qt's destination is "before this row"
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target


class AgendaEditor(QWidget):
    """The table plus add/remove/move buttons and the JP total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.add_button = QPushButton(self.tr("Tambah baris"))
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.add_button.clicked.connect(lambda: self._select(self.model.add(self.current())))
        self.remove_button.clicked.connect(lambda: self.model.remove(self.current()))
        self.up_button.clicked.connect(lambda: self._select(self.model.move(self.current(), -1)))
        self.down_button.clicked.connect(lambda: self._select(self.model.move(self.current(), +1)))
        self.model.changed.connect(self._show_total)
        self.model.modelReset.connect(self._show_total)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Centang <b>Absen</b> untuk sesi yang dipindai di meja; <b>Syarat sertifikat</b> untuk "
                              "sesi yang wajib dihadiri. JP (jam pelajaran) dicetak di halaman materi sertifikat. "
                              "Jam boleh ditulis 9.45 atau 0945."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else len(self.model.items) - 1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))

    def select_item(self, row: int) -> None:
        self._select(row)

    def _show_total(self) -> None:
        attendance = sum(1 for i in self.model.items if i.get("attendance"))
        self.total.setText(self.tr("Total %1 JP · %2 titik absen").replace("%1", str(self.model.total_jp()))
                           .replace("%2", str(attendance)))
