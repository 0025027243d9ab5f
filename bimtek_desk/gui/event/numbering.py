"""Number patterns built from named parts.

The event stores a pattern such as ``400.9.12/{seq:03d}/Dinsos/{month_roman}/{year}``;
the committee sees and edits ``400.9.12/[nomor urut]/Dinsos/[bulan Romawi]/[tahun]``,
inserts a part with a button, and reads a live example (``400.9.12/007/Dinsos/XI/2025``).
``to_human``/``from_human`` are pure (no Qt) and each other's inverse.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.store import eventfile

LABELS = {"seq": "nomor urut", "month_roman": "bulan Romawi", "month": "bulan", "year": "tahun",
          "event": "kode acara"}
SEQ_DIGITS = 3  # [nomor urut] is 001, 002 …
_CODE = re.compile(r"\{([a-z_]+)(?::0?(\d)d)?\}")
_PART = re.compile(r"\[([^\[\]]*)\]")
_WIDTH = re.compile(r"^(.*?)(?:\s+(\d)\s+angka|\s+(tanpa nol))?$", re.IGNORECASE)


def to_human(pattern: str) -> str:
    def part(m: re.Match[str]) -> str:
        name, width = m[1], m[2]
        label = LABELS.get(name)
        if label is None:
            return m[0]  # unknown: shown as it is, and named as a problem
        if name == "seq":
            if width is None:
                return f"[{label} tanpa nol]"
            return f"[{label}]" if int(width) == SEQ_DIGITS else f"[{label} {width} angka]"
        return f"[{label} {width} angka]" if width else f"[{label}]"

    return _CODE.sub(part, pattern)


def from_human(text: str) -> tuple[str, list[str]]:
    """The stored pattern, and the problems in the committee's words."""
    problems: list[str] = []
    names = {label.lower(): name for name, label in LABELS.items()}
    if "{" in _PART.sub("", text) or "}" in _PART.sub("", text):
        problems.append("kurung kurawal { } tidak dipakai di sini; sisipkan bagian dengan tombol")

    def part(m: re.Match[str]) -> str:
        wm = _WIDTH.match(m[1].strip())
        label, width, no_zero = (wm[1].strip().lower(), wm[2], wm[3]) if wm else ("", None, None)
        name = names.get(label)
        if name is None:
            problems.append(f"bagian tidak dikenal [{m[1]}]")
            return m[0]
        if name == "seq" and not width and not no_zero:
            width = str(SEQ_DIGITS)
        return "{" + name + (f":0{width}d" if width else "") + "}"

    pattern = _PART.sub(part, text)
    if "{seq" not in pattern:
        problems.append("harus memuat [nomor urut]")
    return pattern, problems


class NumberPatternEditor(QWidget):
    """Signals:
        edited(): the committee changed the pattern (not a load).

    ``raw`` holds the stored pattern (hidden); ``text`` shows it with named parts."""

    edited = Signal()

    def __init__(self, event_date: dt.date, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date, self.event_id = event_date, event_id
        self.raw = QLineEdit()
        self.raw.hide()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("kosong: pola bawaan"))
        self.example = QLabel()
        self.example.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Sisipkan:")))
        self.part_buttons: dict[str, QPushButton] = {}
        for name in LABELS:
            b = QPushButton(self._label(name))
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, n=name: self.insert(n))
            buttons.addWidget(b)
            self.part_buttons[name] = b
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.example)
        self._syncing = False
        self.raw.textChanged.connect(self._from_raw)
        self.text.textEdited.connect(self._from_text)
        self._from_raw(self.raw.text())

    def _label(self, name: str) -> str:
        return {"seq": self.tr("nomor urut"), "month_roman": self.tr("bulan Romawi"), "month": self.tr("bulan"),
                "year": self.tr("tahun"), "event": self.tr("kode acara")}[name]

    def insert(self, name: str) -> None:
        self.text.insert(f"[{LABELS[name]}]")
        self._from_text(self.text.text())
        self.text.setFocus()

    def _from_raw(self, pattern: str) -> None:
        if not self._syncing:
            self._syncing = True
            self.text.setText(to_human(pattern))
            self._syncing = False
        self._show_example()

    def _from_text(self, text: str) -> None:
        pattern, _problems = from_human(text.strip()) if text.strip() else ("", [])
        self._syncing = True
        self.raw.setText(pattern)
        self._syncing = False
        self._show_example()
        self.edited.emit()

    def _show_example(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.example.setStyleSheet("color: #374151;")
            self.example.setText(self.tr("(pola bawaan)"))
            return
        pattern, problems = from_human(text)
        if not problems:
            problems = [p.replace("{seq}", "[nomor urut]") for p in eventfile.check_number_pattern(pattern)]
        if problems:
            self.example.setStyleSheet("color: #B91C1C;")
            self.example.setText("; ".join(problems))
        else:
            self.example.setStyleSheet("color: #374151;")
            sample = eventfile.format_number(pattern, seq=7, date=self.date, event_id=self.event_id)
            self.example.setText(self.tr("Contoh: %1").replace("%1", sample))
