"""The desk runs for hours: the Qt binding must not leak or over-release references.

PySide6 6.12.0 releases a reference to None on every beginResetModel/endResetModel
call; on Python 3.11 (where None is not immortal) the process aborts after a few
thousand scans.  pyproject.toml excludes it; this test catches any other release
with the same fault.
"""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
        return 0


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model, line, label = _Model(), QLineEdit(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.beginResetModel()
        model.endResetModel()
        line.setText("")
        label.setText("x")
        label.hide()
    assert sys.getrefcount(None) - before > -50
