"""The big result panel: readable from two metres.

Colour never carries the result alone: each kind has its own shape (✓ in a
circle, ! in a triangle, ✗ in a square) and its own brightness (dark green,
light amber with dark text, deep red), so BERHASIL, SUDAH HADIR and KODE PALSU
differ under red-green colour blindness too.  The same result twice in a row
flashes and says ×2; after a quiet spell the panel returns to "SIAP MEMINDAI"
(the last result in small print), so an old amber panel is not read as the
newest scan.

Painted with a palette and paintEvent rather than style sheets, so showing a
result costs a repaint, not a style recalculation.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from bimtek_desk.desk.checkin import DeskResult, Outcome, clock_time

# (background, text); relative luminance ok 0.16, warn 0.58, error 0.05: three brightnesses.
COLOURS = {
    "idle": ("#E5E7EB", "#1F2937"),
    "ok": ("#15803D", "#FFFFFF"),
    "warn": ("#FBBF24", "#111827"),
    "error": ("#7F1D1D", "#FFFFFF"),
    "info": ("#1D4ED8", "#FFFFFF"),
    "undone": ("#D1D5DB", "#111827"),
    "wrongday": ("#5B21B6", "#FFFFFF"),  # violet and a calendar: not SUDAH HADIR's amber
}
MARKS = {"ok": "✓", "warn": "!", "error": "✗", "info": "i", "idle": "", "undone": "", "wrongday": "▦"}
IDLE_AFTER_MS = 20_000
SEVERITY = {
    Outcome.CHECKED_IN: "ok", Outcome.ALREADY: "warn", Outcome.DOCUMENT: "info",
    Outcome.UNKNOWN: "error", Outcome.FORGED: "error", Outcome.OTHER_EVENT: "error", Outcome.REPLACED: "error",
    Outcome.NOT_A_BADGE: "error", Outcome.DB_ERROR: "error", Outcome.WRONG_DAY: "wrongday",
}
SOUNDS = {"wrongday": "warn", "info": "warn"}  # the tone of a severity that has none of its own


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
        self._fg = QColor()
        self.repeat = 1  # how many times in a row this same result was shown
        self._last_key: tuple[object, ...] | None = None
        self._last_line = ""
        self.flashing = False
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._end_flash)
        self.idle_timer = QTimer(self)  # back to "SIAP MEMINDAI" after a quiet spell
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_AFTER_MS)
        self.idle_timer.timeout.connect(self._fade_to_idle)
        # We paint every pixel ourselves (corners included), so Qt need not repaint
        # the window beneath the panel first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.show_idle()

    @property
    def mark(self) -> str:
        """The shape's symbol for the current result ('' when idle)."""
        return MARKS.get(self.severity, "")

    def _paint(self, severity: str) -> None:
        if severity == self.severity:
            return
        self.severity = severity
        bg, fg = COLOURS[severity]
        self._bg = QColor(bg)
        self._fg = QColor(fg)
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
        self._title_px = self.title.font().pixelSize()
        self._message_px = self.message.font().pixelSize()
        self._fit_name()

    def _fit_name(self) -> None:
        """A long name ('H. Abdurrahman Syarifuddin Noor Effendi Halidi, S.H.I.') shrinks
        until it fits the name's two lines, instead of being cut off; so does a long
        title ('CHECK-IN DIBATALKAN') on a narrow panel."""
        self._fit(self.name, self._name_px)
        self._fit(self.title, self._title_px)
        self._fit(self.message, self._message_px)

    def set_message(self, text: str) -> None:
        """The small print under the name; a long one (the wrong day's, a certificate's verdict)
        gets smaller type rather than a third line cut off at the bottom."""
        self.message.setText(text)
        self._fit(self.message, self._message_px)

    @staticmethod
    def _fit(label: QLabel, largest_px: int) -> None:
        font = label.font()
        box = QRect(0, 0, max(50, label.width() - 8), 10_000)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        px = largest_px
        while px > 12:
            font.setPixelSize(px)
            needed = QFontMetrics(font).boundingRect(box, flags, label.text())
            if needed.height() <= label.height() and needed.width() <= box.width():
                break
            px = int(px * 0.92)
        font.setPixelSize(px)
        label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._bg.lighter(160) if self.flashing else self._bg)
        p.drawRoundedRect(self.rect(), 12, 12)
        self._draw_mark(p)
        if self.repeat > 1:
            font = QFont(self.title.font())
            font.setPixelSize(max(16, int(self.title.font().pixelSize() * 0.9)))
            p.setFont(font)
            p.setPen(self._fg)
            p.drawText(self.rect().adjusted(0, 12, -20, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                       f"×{self.repeat}")
        p.end()

    def _draw_mark(self, p: QPainter) -> None:
        """The result's shape in the top left corner, drawn (no font needed)."""
        mark = self.mark
        if not mark:
            return
        side = max(28.0, min(self.height() * 0.2, self.width() * 0.12, 140.0))
        box = QRectF(16, 16, side, side)
        pen = QPen(self._fg, max(3.0, side / 11))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        c, r = box.center(), side / 2
        if mark == "✓":
            p.drawEllipse(box)
            p.drawPolyline(QPolygonF([QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() - r * 0.1, c.y() + r * 0.38),
                                      QPointF(c.x() + r * 0.5, c.y() - r * 0.35)]))
        elif mark == "!":
            p.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), QPointF(box.right(), box.bottom()),
                                     QPointF(box.left(), box.bottom())]))
            p.drawLine(QPointF(c.x(), c.y() - r * 0.2), QPointF(c.x(), c.y() + r * 0.4))
            p.drawPoint(QPointF(c.x(), c.y() + r * 0.72))
        elif mark == "✗":
            p.drawRect(box)
            d = r * 0.45
            p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
            p.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
        elif mark == "▦":  # a calendar: the wrong day
            p.drawRoundedRect(box, side / 10, side / 10)
            p.drawLine(QPointF(box.left(), box.top() + side * 0.3), QPointF(box.right(), box.top() + side * 0.3))
            for fx in (0.3, 0.7):
                p.drawLine(QPointF(box.left() + side * fx, box.top() - side * 0.08),
                           QPointF(box.left() + side * fx, box.top() + side * 0.12))
            d = r * 0.3
            p.drawLine(QPointF(c.x() - d, c.y() + r * 0.05), QPointF(c.x() + d, c.y() + r * 0.65))
            p.drawLine(QPointF(c.x() + d, c.y() + r * 0.05), QPointF(c.x() - d, c.y() + r * 0.65))
        else:  # i
            p.drawEllipse(box)
            p.drawLine(QPointF(c.x(), c.y() - r * 0.1), QPointF(c.x(), c.y() + r * 0.5))
            p.drawPoint(QPointF(c.x(), c.y() - r * 0.45))

    def _end_flash(self) -> None:
        self.flashing = False
        self.update()

    def _fade_to_idle(self) -> None:
        """A quiet spell: neutral again, the last result in small print."""
        line = self._last_line
        self.show_idle()
        if line:
            self.set_message(self.tr("Terakhir: %1").replace("%1", line))

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
        self.idle_timer.stop()
        self._last_key, self.repeat, self.flashing = None, 1, False
        self._paint("idle")
        self.title.setText(self.tr("SIAP MEMINDAI"))
        self._fit(self.title, self._title_px)
        self.name.setText("")
        self.detail.setText(self.tr("Arahkan pemindai ke QR pada badge peserta."))
        self.set_message(self.tr("Tanpa badge? Ketik nama di kotak Cari lalu tekan Enter."))

    def show_undone(self, name: str) -> None:
        """A check-in was annulled (F4)."""
        self.show_idle()
        self._paint("undone")
        self.title.setText(self.tr("CHECK-IN DIBATALKAN"))
        self.name.setText(name)
        self._fit_name()
        self.detail.setText("")
        self.set_message(self.tr("Baris aslinya tetap tercatat di riwayat."))

    @staticmethod
    def _what(result: DeskResult) -> str:
        """A scan without a person for 'Terakhir: …': a certificate's verdict, not its QR's raw text."""
        if result.outcome is Outcome.DOCUMENT:
            return result.message.rstrip(".")
        return result.text[:24]

    def show_result(self, result: DeskResult) -> None:
        reg = result.registration
        key = (result.outcome, reg.id if reg is not None else result.text)
        self.repeat = self.repeat + 1 if key == self._last_key else 1
        self._last_key = key
        self._paint(SEVERITY.get(result.outcome, "error"))
        title = self.titles().get(result.outcome, result.title)
        self.title.setText(title)
        self._fit(self.title, self._title_px)
        when = clock_time(result.checkin.at) if result.checkin is not None else ""
        self._last_line = " · ".join(x for x in (title, reg.person.name if reg else self._what(result), when) if x)
        if self.repeat > 1:  # the same again: it must look different from the one before
            self.flashing = True
            self._flash.start()
            self.update()
        self.idle_timer.start()
        if reg is not None:
            self.name.setText(reg.person.name)
            self._fit(self.name, self._name_px)  # the title is fitted above, the message below
            parts = [f"Kel. {reg.person.kelurahan}" if reg.person.kelurahan else "", reg.role]
            self.detail.setText(" · ".join(p for p in parts if p))
        else:
            self.name.setText("")
            self.detail.setText("")
        self.set_message(result.message)
