"""The form dialog every area uses: made for a keyboard without a mouse.

The first field has the focus, Enter moves to the next field and, in the last one,
accepts; Escape cancels.  The buttons come after the fields in the Tab order, and
Space types a space in a name instead of pressing OK.  A :class:`FieldError` raised
while accepting is shown in place, beside the field it names."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.errors import UserError


class ErrorLabel(QLabel):
    """Red text under a form; takes no room while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #B91C1C; font-weight: 600;")
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class FieldError(UserError):
    """A form's problem in one field: the message is shown and the cursor goes there."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class FormDialog(QDialog):
    # Enter in a field before the last moves on (a walk-in's name then Enter does not
    # submit a half-filled form); False: Enter submits from any field.
    enter_moves_on = True
    # A scanner burst (by its timing) is never typed into a form: see gui/scanner_filter.
    catches_every_burst = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.submit: Callable[[], object] | None = None  # the action OK performs; its UserError keeps us open
        self.outcome: object = None
        # What a scanned badge does (set by the desk: offer to check that person in);
        # None: the form says a code was scanned and not typed in.
        self.on_scan: Callable[[str], object] | None = None
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():  # Enter is ours (next field / accept), not the button's
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.setMinimumWidth(480)  # long names and "(Meja 1)" stay on one line
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fields(self) -> list[QWidget]:
        """The form's input widgets a keyboard user visits, in form order."""
        out: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                w = item.widget() if item is not None else None
                if (w is not None and w.isEnabled() and not w.isHidden()
                        and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QLabel)):
                    out.append(w)
        return out

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fields = self.fields()
        chain = [*fields, *self.buttons.buttons()]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        if fields and not any(f is self.focusWidget() or f.isAncestorOf(self.focusWidget()) for f in fields):
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _field_of(self, widget: QWidget | None) -> QWidget | None:
        for f in self.fields():
            if widget is not None and (widget is f or f.isAncestorOf(widget)):
                return f
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and self.buttons.isAncestorOf(focus):
                focus.click()
                return
            fields = self.fields()
            current = self._field_of(focus)
            if self.enter_moves_on and current is not None and current is not fields[-1]:
                fields[fields.index(current) + 1].setFocus(Qt.FocusReason.TabFocusReason)
                return
            self._try_accept()
            return
        super().keyPressEvent(event)

    def _try_accept(self) -> None:
        """Check the form and do ``submit`` (if set): a problem is shown in place and the
        dialog stays open with what was typed."""
        try:
            self.validate()
            if self.submit is not None:
                self.outcome = self.submit()
        except UserError as exc:
            self.error.setText(str(exc))
            wrong = exc.widget if isinstance(exc, FieldError) else None
            if wrong is not None and wrong.isEnabled():  # typing goes on where the problem is
                wrong.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(wrong, QLineEdit):
                    wrong.selectAll()
            self.on_error()
            return
        self.accept()

    def on_error(self) -> None:  # overridden: e.g. clear a wrong PIN
        pass

    def badge_scanned(self, text: str) -> None:
        """Called by the scanner filter for a burst scanned while this form is open
        (already taken back out of the field)."""
        if self.on_scan is not None:
            self.on_scan(text)
        else:
            self.error.setText(QCoreApplication.translate(  # one context for every form
                "FormDialog", "Sebuah kode dipindai saat formulir ini terbuka; kodenya TIDAK dimasukkan ke "
                "formulir. Tutup formulir (Esc) untuk memindai di meja."))

    def validate(self) -> None:  # overridden
        pass
