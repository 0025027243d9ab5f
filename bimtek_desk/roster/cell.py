"""One spreadsheet cell as text: shared by the reader and the row rules, and light
enough that the rules (used by the desk's forms) need not import the whole reader."""

from __future__ import annotations

from typing import Any

Cell = Any  # str | int | float | datetime | None


def cell_text(value: Cell) -> str:
    """A cell as text: '' for empty, a whole float without '.0' (Excel's 12.0 is 12), stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
