"""The audit log, read-only, newest first, in words (committee.vocabulary) rather than raw JSON."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.idn.dates import stamp
from bimtek_desk.store import Store
from bimtek_desk.store.vocabulary import describe, label


class AuditDialog(QDialog):
    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log audit"))
        entries = store.audit.entries(event_id, limit=1000)
        # A few hundred rows at most, read-only: a QTableWidget is enough here.
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Oleh"), self.tr("Tindakan"),
                                              self.tr("Rincian")])
        for row, e in enumerate(entries):
            for col, text in enumerate((stamp(e.at), e.actor, label(e.action),
                                        describe(e.detail))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(e.action)  # the internal name, for whoever reads the database
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 500)
