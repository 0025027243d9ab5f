"""Indonesian dates from a fixed month table, never from the OS locale."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
).split()
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
ROMAN_MONTHS = "I II III IV V VI VII VIII IX X XI XII".split()

_MONTH_LOOKUP = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_LOOKUP.update({m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)})
_MONTH_LOOKUP.update({"agu": 8, "agt": 8, "ags": 8, "okt": 10, "nop": 11, "des": 12, "peb": 2, "pebruari": 2})


# Parts of a stored timestamp ('2025-11-18T07:45:12.345+08:00', as store.db.now_iso writes it).
_STAMP_PARTS = {"date": (0, 10), "minute": (0, 16), "second": (0, 19), "clock": (11, 16), "time": (11, 19)}


def stamp(iso: str | None, part: Literal["date", "minute", "second", "clock", "time"] = "second") -> str:
    """A part of a stored ISO timestamp as it was written, in its own UTC offset (no
    conversion): 'date' 2025-11-18, 'minute' 2025-11-18 07:45, 'second' 2025-11-18 07:45:12,
    'clock' 07:45, 'time' 07:45:12.  Empty for None or an empty text."""
    start, end = _STAMP_PARTS[part]
    return (iso or "")[start:end].replace("T", " ")


def long_date(d: dt.date) -> str:
    """'18 November 2025' (no leading zero on the day)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def day_name(d: dt.date) -> str:
    return DAYS[d.weekday()]


def day_date(d: dt.date) -> str:
    """'Selasa, 18 November 2025'."""
    return f"{day_name(d)}, {long_date(d)}"


def place_date(place: str, d: dt.date) -> str:
    """'Banjarmasin, 18 November 2025'."""
    return f"{place}, {long_date(d)}"


def parse_date(value: object, *, month_first: bool = False) -> dt.date | None:
    """Read a date as rosters write it: a spreadsheet date, ISO, 03/01/1968,
    03-01-1968, 3 Januari 1968 (``month_first``: 01/03/1968 as US files write
    it).  Returns None when it cannot be read."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})", text)
        if m:
            year = int(m[3])
            if year < 100:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            day, month = (int(m[2]), int(m[1])) if month_first else (int(m[1]), int(m[2]))
            return dt.date(year, month, day)
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
        if m and m[2].lower() in _MONTH_LOOKUP:
            return dt.date(int(m[3]), _MONTH_LOOKUP[m[2].lower()], int(m[1]))
    except ValueError:
        return None
    return None


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](?:\d{2}|\d{4})\s*$")


def column_order(values: list[object]) -> tuple[bool, str | None]:
    """Decide from all of a column's text dates whether they are month-first.

    A first part above 12 proves day-first, a second part above 12 proves
    month-first.  Returns (month_first, note): the note says when the column is
    US-style or could not be decided (then it is read day-first)."""
    day_first = month_first = unsure = 0
    for v in values:
        if isinstance(v, dt.date):
            continue
        m = _NUMERIC_DATE.search(str(v or "").strip())
        if not m:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 and b <= 12:
            day_first += 1
        elif b > 12 and a <= 12:
            month_first += 1
        elif a != b:
            unsure += 1
    if month_first and not day_first:
        return True, (f"ditulis bulan/tanggal/tahun (gaya Amerika, {month_first} tanggal membuktikannya); "
                      "dibaca demikian")
    if month_first and day_first:
        return False, (f"{day_first} tanggal ditulis tanggal/bulan dan {month_first} bulan/tanggal; "
                       "dibaca tanggal/bulan/tahun, yang lain dikosongkan")
    if unsure and not day_first:
        return False, (f"urutan tanggal dan bulan tidak dapat dipastikan ({unsure} tanggal); "
                       "dibaca tanggal/bulan/tahun")
    return False, None
