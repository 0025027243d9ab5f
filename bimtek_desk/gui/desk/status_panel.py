"""The big result panel: readable from two metres, stays until the next scan.

Painted with a palette and paintEvent rather than style sheets, so showing a
result costs a repaint, not a style recalculation.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
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
    Outcome.NOT_A_BADGE: "error", Outcome.DB_ERROR: "error", Outcome.WRONG_DAY: "warn",
}


class StatusPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        layout.addStretch(1)
        for label, weight in ((self.title, QFont.Weight.Black), (self.name, QFont.Weight.Bold),
                              (self.detail, QFont.Weight.Normal), (self.message, QFont.Weight.Normal)):
            font = label.font()
            font.setWeight(weight)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            layout.addWidget(label)
        layout.addStretch(1)
        self._scale_fonts()
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

    # Share of the panel's height per label: (font size as a fraction, lines).
    _SCALE = ((0.085, 1), (0.095, 2), (0.045, 1), (0.038, 2))

    def _scale_fonts(self) -> None:
        """Type as large as the panel allows, with fixed label heights: a new name then
        changes no size hint, so a result costs one repaint and no relayout."""
        height = max(self.height(), 300)
        width = max(self.width(), 300)
        for label, (share, lines) in zip((self.title, self.name, self.detail, self.message), self._SCALE,
                                          strict=True):
            font = label.font()
            font.setPixelSize(max(12, int(min(height * share, width * share * 1.1))))
            label.setFont(font)
            label.setFixedHeight(int(label.fontMetrics().lineSpacing() * lines + 4))
        self._name_px = self.name.font().pixelSize()
        self._fit_name()

    def _fit_name(self) -> None:
        """A long name ('H. Abdurrahman Syarifuddin Noor Effendi Halidi, S.H.I.') shrinks
        until it fits the name's two lines, instead of being cut off."""
        font = self.name.font()
        box = QRect(0, 0, max(50, self.name.width()), 10_000)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        px = self._name_px
        while px > 12:
            font.setPixelSize(px)
            fm = QFontMetrics(font)
            if fm.boundingRect(box, flags, self.name.text()).height() <= self.name.height():
                break
            px = int(px * 0.92)
        font.setPixelSize(px)
        self.name.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._scale_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._bg)
        p.drawRoundedRect(self.rect(), 12, 12)
        p.end()

    def titles(self) -> dict[Outcome, str]:
        """The big word per outcome, through Qt's translator (Indonesian is the source)."""
        return {
            Outcome.CHECKED_IN: self.tr("BERHASIL"),
            Outcome.ALREADY: self.tr("SUDAH HADIR"),
            Outcome.UNKNOWN: self.tr("KODE TIDAK DIKENAL"),
            Outcome.FORGED: self.tr("KODE PALSU"),
            Outcome.OTHER_EVENT: self.tr("BADGE ACARA LAIN"),
            Outcome.REPLACED: self.tr("BADGE SUDAH DIGANTI"),
            Outcome.NOT_A_BADGE: self.tr("BUKAN BADGE"),
            Outcome.DOCUMENT: self.tr("QR SERTIFIKAT"),
            Outcome.DB_ERROR: self.tr("GAGAL MENYIMPAN"),
            Outcome.WRONG_DAY: self.tr("BUKAN HARI ACARA"),
        }

    def show_idle(self) -> None:
        self._paint("idle")
        self.title.setText(self.tr("SIAP MEMINDAI"))
        self.name.setText("")
        self.detail.setText(self.tr("Arahkan pemindai ke QR pada badge peserta."))
        self.message.setText(self.tr("Tanpa badge? Ketik nama di kotak Cari lalu tekan Enter."))

    def show_result(self, result: DeskResult) -> None:
        self._paint(SEVERITY.get(result.outcome, "error"))
        self.title.setText(self.titles().get(result.outcome, result.title))
        reg = result.registration
        if reg is not None:
            self.name.setText(reg.person.name)
            self._fit_name()
            parts = [f"Kel. {reg.person.kelurahan}" if reg.person.kelurahan else "", reg.role]
            self.detail.setText(" · ".join(p for p in parts if p))
        else:
            self.name.setText("")
            self.detail.setText("")
        self.message.setText(result.message)
