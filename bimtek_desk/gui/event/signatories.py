"""Who signs what: one block per document kind, with signature and stamp images."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from bimtek_desk.gui.event.image_picker import ImagePicker

ROLES = ("certificate", "plaque", "attendance", "pptk", "treasurer")


class SignatoryBox(QGroupBox):
    changed = Signal()

    def __init__(self, role: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.role = role
        self.on_behalf = QLineEdit()
        self.on_behalf.setPlaceholderText(self.tr("mis. Mengetahui, / a.n. Wali Kota"))
        self.title_line = QLineEdit()
        self.title_line.setPlaceholderText(self.tr("mis. KEPALA DINAS SOSIAL KOTA BANJARMASIN,"))
        self.name = QLineEdit()
        self.honorific = QCheckBox(self.tr("Cetak H./Hj. di depan nama"))
        self.honorific.setToolTip(self.tr("Gelar akademik (Dr., S.Sos., M.AP.) tidak pernah dicetak di bawah tanda "
                                          "tangan pejabat (Permendagri 1/2023)."))
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("mis. Pembina Utama Muda (IV/c)"))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("19720314 199803 2 007")
        self.signature = ImagePicker(self.tr("Tanda tangan (%1)").replace("%1", title), side=48)
        self.stamp = ImagePicker(self.tr("Stempel (%1)").replace("%1", title), side=48)
        self._extra: dict[str, Any] = {}
        self._had: set[str] = set()
        form = QFormLayout(self)
        for label, w in ((self.tr("Atas nama"), self.on_behalf), (self.tr("Jabatan"), self.title_line),
                         (self.tr("Nama"), self.name), ("", self.honorific), (self.tr("Pangkat/gol."), self.rank),
                         (self.tr("NIP"), self.nip), (self.tr("Tanda tangan"), self.signature),
                         (self.tr("Stempel"), self.stamp)):
            form.addRow(label, w)
        for w in (self.on_behalf, self.title_line, self.name, self.rank, self.nip):
            w.textEdited.connect(self.changed)
        self.honorific.toggled.connect(self.changed)
        self.signature.changed.connect(self.changed)
        self.stamp.changed.connect(self.changed)

    def set_value(self, sig: dict[str, Any] | None, stored: dict[str, bytes]) -> None:
        sig = sig or {}
        self._had = set(sig)
        self._extra = {k: v for k, v in sig.items() if k not in (
            "on_behalf", "title_line", "name", "print_honorific", "rank", "nip", "signature_image", "stamp_image")}
        self.on_behalf.setText(sig.get("on_behalf") or "")
        self.title_line.setText(sig.get("title_line") or "")
        self.name.setText(sig.get("name") or "")
        self.honorific.setChecked(bool(sig.get("print_honorific", False)))
        self.rank.setText(sig.get("rank") or "")
        self.nip.setText(sig.get("nip") or "")
        self.signature.set_value(sig.get("signature_image"), stored)
        self.stamp.set_value(sig.get("stamp_image"), stored)

    def value(self) -> dict[str, Any] | None:
        """None when the block is left empty (that document then has no signatory)."""
        texts = {"on_behalf": self.on_behalf.text().strip(), "title_line": self.title_line.text().strip(),
                 "name": self.name.text().strip(), "rank": self.rank.text().strip(),
                 "nip": " ".join(self.nip.text().split())}
        if not any(texts.values()) and not (self.signature.value or self.stamp.value):
            return None
        out: dict[str, Any] = dict(self._extra)
        out.update({k: v for k, v in texts.items() if v or k in ("title_line", "name")})
        if self.honorific.isChecked() or "print_honorific" in self._had:
            out["print_honorific"] = self.honorific.isChecked()
        out["signature_image"] = self.signature.value
        out["stamp_image"] = self.stamp.value
        return out

    def pickers(self) -> tuple[ImagePicker, ImagePicker]:
        return self.signature, self.stamp


class SignatoriesEditor(QScrollArea):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {"certificate": self.tr("Sertifikat"), "plaque": self.tr("Piagam penghargaan"),
                  "attendance": self.tr("Daftar hadir"),
                  "pptk": self.tr("Transport: PPTK/PA (Setuju dibayar)"),
                  "treasurer": self.tr("Transport: Bendahara Pengeluaran (Lunas dibayar)")}
        self.boxes = {role: SignatoryBox(role, titles[role]) for role in ROLES}
        inner = QWidget()
        self.grid = QGridLayout(inner)  # as many per row as fit: three at 1366 px, two at 1024, one narrower
        self.columns = 0
        for box in self.boxes.values():
            box.changed.connect(self.changed)
        self._arrange(3)
        self.setWidget(inner)
        self.setWidgetResizable(True)

    BOX_WIDTH = 400  # a block's fields stay readable down to this

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for n, box in enumerate(self.boxes.values()):
            self.grid.removeWidget(box)
            self.grid.addWidget(box, n // columns, n % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(max(1, min(3, self.viewport().width() // self.BOX_WIDTH)))
        super().resizeEvent(event)

    def set_value(self, signatories: dict[str, Any], stored: dict[str, bytes]) -> None:
        for role, box in self.boxes.items():
            box.set_value(signatories.get(role), stored)

    def value(self) -> dict[str, Any]:
        return {role: v for role, box in self.boxes.items() if (v := box.value()) is not None}

    def pickers(self) -> list[ImagePicker]:
        return [p for box in self.boxes.values() for p in box.pickers()]
