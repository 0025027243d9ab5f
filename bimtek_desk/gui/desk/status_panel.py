"""The big result panel: readable from two metres, stays until the next scan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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
        self.setObjectName("statusPanel")
        self.title = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        self.message = QLabel()
        for label, size, weight in ((self.title, 40, 900), (self.name, 46, 700), (self.detail, 22, 400),
                                    (self.message, 18, 400)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(f"font-size: {size}pt; font-weight: {weight}; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        for w in (self.title, self.name, self.detail, self.message):
            layout.addWidget(w)
        layout.addStretch(1)
        self.severity = "idle"
        self.show_idle()

    def _paint(self, severity: str) -> None:
        self.severity = severity
        bg, fg = COLOURS[severity]
        self.setStyleSheet(f"#statusPanel {{ background: {bg}; border-radius: 12px; }} "
                           f"#statusPanel QLabel {{ color: {fg}; }}")

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
