"""The database cannot be used (damaged, 0 bytes, not ours): say what happened and
offer the backups, newest good one first; restoring needs the committee PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee.restore import restore_backup
from bimtek_desk.errors import UserError
from bimtek_desk.store import backups

PathRole = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.restored_from: Path | None = None
        self.setWindowTitle(self.tr("Basis data tidak dapat dipakai"))
        intro = QLabel(problem + "\n\n" + self.tr("Pilih cadangan untuk dipulihkan (terbaru di atas). Berkas yang "
                                                  "sekarang disimpan dulu di folder cadangan."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for b in backups.list_backups(db_path):
            ok = backups.check_file(b.path) == "ok"
            text = (f"{b.taken:%d-%m-%Y %H:%M:%S}  ·  {b.reason}  ·  {max(b.size // 1024, 1)} KB  ·  "
                    + (self.tr("baik") if ok else self.tr("rusak")))
            item = QListWidgetItem(text)
            item.setData(PathRole, str(b.path))
            if not ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        first = next((i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled),
                     None)
        if first is not None:
            self.list.setCurrentRow(first)
        else:
            intro.setText(intro.text() + "\n\n" + self.tr("Tidak ada cadangan yang baik di %1.")
                          .replace("%1", str(backups.folder(db_path))))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN panitia"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B91C1C;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(first is not None)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def restore(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        try:
            restore_backup(self.db_path, item.data(PathRole), pin=self.pin.text(), actor="panitia")
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.restored_from = Path(item.data(PathRole))
        self.accept()
        return True
