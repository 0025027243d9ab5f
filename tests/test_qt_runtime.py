"""The desk runs for hours: the Qt binding must not leak or over-release references,
and no widget may hide one of its own Qt methods.

PySide6 6.12.0 releases a reference to None on every beginResetModel/endResetModel
call; on Python 3.11 (where None is not immortal) the process aborts after a few
thousand scans.  pyproject.toml excludes it; this test catches any other release
with the same fault.
"""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]
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


def test_no_widget_attribute_hides_a_qt_method() -> None:
    """``self.event = …`` in a QDialog replaces QObject.event(): Qt then calls a
    plain attribute for every event and the process dies (it happened twice).
    Every class in the GUI that derives from a Qt class is checked."""
    import ast
    from pathlib import Path

    import PySide6.QtCore
    import PySide6.QtWidgets

    gui = Path(__file__).resolve().parent.parent / "bimtek_desk" / "gui"
    classes: dict[str, tuple[list[str], ast.ClassDef, Path]] = {}
    for path in gui.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [b.id if isinstance(b, ast.Name) else b.attr for b in node.bases
                         if isinstance(b, ast.Name | ast.Attribute)]
                classes[node.name] = (bases, node, path)

    def qt_base(name: str, seen: frozenset[str] = frozenset()) -> type | None:
        for module in (PySide6.QtWidgets, PySide6.QtCore):
            if hasattr(module, name):
                return getattr(module, name)  # type: ignore[no-any-return]
        if name in classes and name not in seen:
            for base in classes[name][0]:
                found = qt_base(base, seen | {name})
                if found is not None:
                    return found
        return None

    clashes = []
    for name, (_bases, node, path) in classes.items():
        base = qt_base(name)
        if base is None:
            continue
        for sub in ast.walk(node):
            targets = (sub.targets if isinstance(sub, ast.Assign)
                       else [sub.target] if isinstance(sub, ast.AnnAssign) else [])
            for t in targets:
                if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
                        and callable(getattr(base, t.attr, None))):
                    clashes.append(f"{path.name}: {name}.{t.attr} hides {base.__name__}.{t.attr}()")
    assert clashes == []
