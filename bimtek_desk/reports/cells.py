"""Values that a spreadsheet would run as formulas.

A name, kelurahan, desk name or undo reason starting with ``=``, ``+``, ``-``,
``@``, tab or CR is taken as a formula by Excel and LibreOffice
(``=HYPERLINK(…)`` becomes a live link).  The Excel export writes such values as
text cells; CSV has no cell types, so a ``'`` is put in front (the OWASP rule),
which spreadsheets show as a text marker.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_value(value: Any) -> Any:
    """A value safe to write into a CSV file that may be opened in a spreadsheet."""
    return "'" + value if formula_like(value) else value


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: csv_value(v) for k, v in row.items()}
