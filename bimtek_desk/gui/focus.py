"""Keyboard focus where no window manager hands it out.

A desk laptop may show the window on a bare X server (a kiosk session, no
desktop).  Nobody activates windows there: Qt never sees its window become
active, so the window's shortcuts (F2, F4, Ctrl+1 …) are dead although typed
text still arrives, and when a dialog closes its keys go nowhere.

:class:`FocusKeeper` asks for activation itself: for a window or dialog when it
is shown, and for the dialog's parent window when the dialog closes.  Under a
window manager (Windows, any desktop) the window is already active and the
request changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_SHOW, _HIDE = QEvent.Type.Show, QEvent.Type.Hide
_KINDS = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not tooltips, menus or popups


class FocusKeeper(QObject):
    """An application-wide event filter; see the module's text."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != _SHOW and kind != _HIDE:
            return False
        if not isinstance(obj, QWidget) or not obj.isWindow() or obj.windowType() not in _KINDS:
            return False
        if kind == _SHOW:
            if not obj.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating):  # e.g. a badge's preview
                QTimer.singleShot(0, obj, lambda: activate(obj))
        elif isinstance(obj, QDialog) and (parent := obj.parentWidget()) is not None:
            owner = parent.window()
            QTimer.singleShot(0, owner, lambda: activate(owner))
        return False


def activate(window: QWidget) -> None:
    """Make ``window`` the active one unless it is hidden, already active, or a
    modal dialog (another one) must keep the keys."""
    modal = QApplication.activeModalWidget()
    if not window.isVisible() or QApplication.activeWindow() is window or modal not in (None, window):
        return
    window.activateWindow()


def keep_focus(app: QApplication) -> FocusKeeper:
    """Install a :class:`FocusKeeper` on the whole application (gui.app.run, the desk bench)."""
    keeper = FocusKeeper(app)
    app.installEventFilter(keeper)
    return keeper
