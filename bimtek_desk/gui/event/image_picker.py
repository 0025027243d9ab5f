"""Choose an image (logo, signature, stamp): a thumbnail, "Pilih…" and "Hapus".

The file is checked when chosen (a PDF renamed .png is refused at once, in
Indonesian); it is stored in the database only when the event is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.render import images


class ImagePicker(QWidget):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None, *, side: int = 72) -> None:
        super().__init__(parent)
        self.what, self.side = what, side
        self.value: str | None = None  # 'image:<sha>' or a path from the event file
        self.pending: images.Picture | None = None
        self._stored: dict[str, bytes] = {}
        self.thumb = QLabel()
        self.thumb.setFixedSize(side * 2, side)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid #9CA3AF; background: white; color: #6B7280;")
        self.choose_button = QPushButton(self.tr("Pilih gambar…"))
        self.clear_button = QPushButton(self.tr("Hapus"))
        self.choose_button.setAccessibleName(self.tr("Pilih gambar: %1").replace("%1", what))
        self.clear_button.setAccessibleName(self.tr("Hapus gambar: %1").replace("%1", what))
        self.choose_button.clicked.connect(self._ask)
        self.clear_button.clicked.connect(lambda: self.set_value(None, changed=True))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_value(None)

    def set_value(self, value: str | None, stored: dict[str, bytes] | None = None, *, changed: bool = False) -> None:
        self.value, self.pending = value, None
        if stored is not None:
            self._stored = stored
        self._show(images.source(value, self._stored))
        if changed:
            self.changed.emit()

    def choose(self, path: str | Path) -> bool:
        """Take an image file; a bad file is refused with a message and nothing changes."""
        try:
            picture = images.read(path)
        except UserError as exc:
            self.failed.emit(str(exc))
            return False
        self.value, self.pending = picture.ref, picture
        self._show(picture.data)
        self.changed.emit()
        return True

    def _ask(self) -> None:
        path = file_dialogs.open_file(self, self.what, self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.choose(path)

    def _show(self, source: str | bytes | None) -> None:
        pix = QPixmap()
        if isinstance(source, bytes):
            pix.loadFromData(source)
        elif source and Path(source).is_file():
            pix.load(source)
        if pix.isNull():
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("(belum ada)") if not source else self.tr("(berkas tidak ada)"))
        else:
            self.thumb.setText("")
            ratio = self.devicePixelRatioF()
            scaled = pix.scaled(int(self.thumb.width() * ratio), int(self.thumb.height() * ratio),
                                Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)  # sharp on a high-DPI screen
            self.thumb.setPixmap(scaled)
        self.clear_button.setEnabled(bool(self.value))
