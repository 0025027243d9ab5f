"""The big result panel: readable from two metres, stays until the next scan.

Painted with a palette and paintEvent rather than style sheets, so showing a
result costs a repaint, not a style recalculation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from bimtek_desk.desk import DeskResult, Outcome

COLOURS = {
    "idle": ("#E5E7EB", "#1F2937"),
    "ok": ("#15803D", "#FFFFFF"),
    "warn": ("#B45309", "#FFFFFF"),
    "error": ("#B91C1C", "#FFFFFF"),
    "info": ("#1D4ED8", "#FFFFFF"),
}
SEVERITY = {
    Outcome.CHECKED_IN: "ok", Outcome.ALREADY: "warn", Outcome.DOCUMENT: "info",
    Outcome.UNKNOWN: "error", Outcome.FORGED: "error", Outcome.OTHER_EVENT: "error", Outcome.REPLACED: "error",
    Outcome.NOT_A_BADGE: "error", Outcome.DB_ERROR: "error",
}


class StatusPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        for label, size, weight in ((self.title, 40, QFont.Weight.Black), (self.name, 46, QFont.Weight.Bold),
                                    (self.detail, 22, QFont.Weight.Normal), (self.message, 18, QFont.Weight.Normal)):
            font = label.font()
            font.setPointSize(size)
            font.setWeight(weight)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            # Fixed heights: a new name changes no size hint, so a result costs a
            # repaint of the panel and no relayout of the window.
            lines = 2 if label is self.name or label is self.message else 1
            label.setFixedHeight(int(label.fontMetrics().lineSpacing() * lines + 8))
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            layout.addWidget(label)
        layout.addStretch(1)
        self.severity = ""
        self._bg = QColor()
        # We paint every pixel ourselves (corners included), so Qt need not repaint
        # the window beneath the panel first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.show_idle()

    def _paint(self, severity: str) -> None:
        if severity == self.severity:
            return
        self.severity = severity
        bg, fg = COLOURS[severity]
        self._bg = QColor(bg)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        for label in (self.title, self.name, self.detail, self.message):
            label.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._bg)
        p.drawRoundedRect(self.rect(), 12, 12)
        p.end()

    def show_idle(self) -> None:
        self._paint("idle")
        self.title.setText(self.tr("SIAP MEMINDAI"))
        self.name.setText("")
        self.detail.setText(self.tr("Arahkan pemindai ke QR pada badge peserta."))
        self.message.setText(self.tr("Tanpa badge? Ketik nama di kotak Cari lalu tekan Enter."))

    def show_result(self, result: DeskResult) -> None:
        self._paint(SEVERITY.get(result.outcome, "error"))
        self.title.setText(self.tr(result.title))
        reg = result.registration
        if reg is not None:
            self.name.setText(reg.person.name)
            parts = [f"Kel. {reg.person.kelurahan}" if reg.person.kelurahan else "", reg.role]
            self.detail.setText(" · ".join(p for p in parts if p))
        else:
            self.name.setText("")
            self.detail.setText("")
        self.message.setText(result.message)
