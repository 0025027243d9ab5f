"""Catch keyboard-wedge scanner bursts anywhere in the application.

An application-wide event filter feeds every key press to the pure
:class:`~bimtek_desk.scanning.wedge.WedgeParser`.  Characters always reach the
focused widget (so a person typing is never disturbed); a terminator (Enter or
Tab) that completes a burst is swallowed and ``scanned`` is emitted with the
text and the widget that had focus, so the desk can take the burst back out of
a text box it landed in.

A burst is a scan only where a scan means something: the focused widget's
window must say so through ``scan_route(focus)`` (the main window answers
"desk" or "roster" by its visible area).  In a dialog (a file dialog, the
walk-in form) or another area's text field the burst stays text and its Enter
or Tab reaches the widget as usual.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from bimtek_desk.scanning.wedge import WedgeConfig, WedgeParser

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class ScannerFilter(QObject):
    """Signals:
        scanned(str): a complete burst; the focused widget is in ``last_target``.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, config: WedgeConfig | None = None) -> None:
        super().__init__(parent)
        self.parser = WedgeParser(config or WedgeConfig())
        self.last_target: QWidget | None = None
        self.enabled = True
        self._swallow_space_release = False

    @staticmethod
    def route(focus: QWidget) -> str | None:
        """Where a burst typed into ``focus`` goes, or None: it stays text."""
        if QApplication.activeModalWidget() is not None:
            return None  # a modal dialog gets its keys
        route = getattr(focus.window(), "scan_route", None)
        return route(focus) if callable(route) else None

    @staticmethod
    def _now_ms(event: QKeyEvent) -> float:
        stamp = event.timestamp()
        return float(stamp) if stamp else time.monotonic() * 1000

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (self._swallow_space_release and event.type() == QEvent.Type.KeyRelease
                and event.key() == Qt.Key.Key_Space):  # type: ignore[attr-defined]
            self._swallow_space_release = False
            return True
        if not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        # Qt offers a key event to the focused widget first, then to its parents: look
        # at it once.  The window's own focus widget is used, not the application's,
        # which is None when no window manager has activated the window (a kiosk).
        window = obj.window()
        focus = window.focusWidget() or window
        if obj is not focus:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = self._now_ms(key_event)
        if key_event.key() in TERMINATORS and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            burst = self.parser.pending()
            text = self.parser.feed_terminator(now)
            if text is None or self.route(focus) is None:
                return False
            self.last_target = focus
            self.scanned.emit(text)  # the result first; tidying the text box can wait a moment
            if isinstance(focus, QLineEdit) and focus.text().endswith(burst):
                focus.setText(focus.text()[: len(focus.text()) - len(burst)])
            return True
        ch = key_event.text()
        if ch and ch.isprintable():
            self.parser.feed_char(ch, now)
            # A signed certificate QR (base45) has spaces: inside a burst, a space must not
            # press the focused button or tick a box.  Text boxes still get it (see above).
            if ch == " " and len(self.parser.pending()) > 1 \
                    and not focus.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
                self._swallow_space_release = True
                return True
        return False
