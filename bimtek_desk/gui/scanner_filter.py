"""Catch keyboard-wedge scanner bursts anywhere in the application.

An application-wide event filter feeds every key press to the pure
:class:`~bimtek_desk.scanning.wedge.WedgeParser`.  Characters always reach the
focused widget (so a person typing is never disturbed); a terminator (Enter or
Tab) that completes a burst is swallowed and ``scanned`` is emitted with the
text and its route (below), decided once, here; the burst is taken back out of
the text box it landed in.

A burst is a scan only where a scan means something: the focused widget's
window must say so through ``scan_route(focus)`` (the main window answers
"desk" or "roster" by its visible area).  In another area's text field the
burst stays text and its Enter or Tab reaches the widget as usual.

In a dialog a burst shaped like a badge code (:mod:`bimtek_desk.scanning.shape`)
never becomes data: it is taken back out of the field, its terminator is
swallowed, and the dialog is told: ``dialog.badge_scanned(text)`` if it has one
(the desk's forms; ``catches_every_burst`` there takes any burst ended by a prompt
terminator, code-shaped or not), else ``scanned_in_dialog`` is emitted for the
window behind it to offer a check-in.  Other bursts in a dialog (a path typed fast
into a file dialog) stay text.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget

from bimtek_desk.scanning.shape import looks_like_code
from bimtek_desk.scanning.wedge import WedgeConfig, WedgeParser

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class ScannerFilter(QObject):
    """Signals:
        scanned(str, str): a complete burst and its route; the focused widget is in ``last_target``.
    """

    scanned = Signal(str, str)  # text, route: 'desk' or 'roster' (the window's scan_route)
    scanned_in_dialog = Signal(str, QWidget)  # text, the dialog it was scanned into

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

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (self._swallow_space_release and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyRelease
                and event.key() == Qt.Key.Key_Space):
            self._swallow_space_release = False
            return True
        if (not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget)
                or not isinstance(event, QKeyEvent)):
            return False
        # Qt offers a key event to the focused widget first, then to its parents: look
        # at it once.  The window's own focus widget is used, not the application's,
        # which is None when no window manager has activated the window (a kiosk).
        window = obj.window()
        focus = window.focusWidget() or window
        if obj is not focus:
            return False
        key_event = event
        now = self._now_ms(key_event)
        if key_event.key() in TERMINATORS and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            burst, prompt = self.parser.pending(), self.parser.prompt(now)
            text = self.parser.feed_terminator(now)
            if text is None:
                return False
            dialog = QApplication.activeModalWidget() or (window if isinstance(window, QDialog) else None)
            if dialog is not None:
                return self._in_dialog(dialog, focus, text, burst, prompt)
            route = self.route(focus)
            if route is None:
                return False
            self.last_target = focus
            self.scanned.emit(text, route)  # the result first; tidying the text box can wait a moment
            _take_back(focus, burst)
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

    def _in_dialog(self, dialog: QWidget, focus: QWidget, text: str, burst: str, prompt: bool) -> bool:
        """A burst inside a dialog: see the module's text.  True: the terminator is swallowed.
        A burst not shaped like a code is caught only with a scanner's prompt terminator:
        a very fast typist pauses before Enter, and keeps what was typed."""
        handler = getattr(dialog, "badge_scanned", None)
        every = callable(handler) and getattr(dialog, "catches_every_burst", False) and prompt
        if not every and not looks_like_code(text):
            return False  # a path or a name typed fast: text, and its Enter arrives
        _take_back(focus, burst)
        self.last_target = focus
        if callable(handler):
            QTimer.singleShot(0, dialog, lambda: handler(text))  # not inside the key event
        else:
            QTimer.singleShot(0, dialog, lambda: self.scanned_in_dialog.emit(text, dialog))
        return True


def _take_back(focus: QWidget, burst: str) -> None:
    """Remove the burst's characters from the text box they were typed into."""
    line = focus.lineEdit() if isinstance(focus, QComboBox) else focus
    if isinstance(line, QLineEdit) and burst and line.text().endswith(burst):
        line.setText(line.text()[: len(line.text()) - len(burst)])
