"""Indonesian dates from a fixed month table, never from the OS locale."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
).split()
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
ROMAN_MONTHS = "I II III IV V VI VII VIII IX X XI XII".split()

_MONTH_LOOKUP = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_LOOKUP.update({m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)})
_MONTH_LOOKUP.update({"agu": 8, "agt": 8, "ags": 8, "okt": 10, "nop": 11, "des": 12, "peb": 2, "pebruari": 2})


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


def parse_date(value: object) -> dt.date | None:
    """Read a date as rosters write it: a spreadsheet date, ISO, 03/01/1968,
    03-01-1968, 3 Januari 1968.  Returns None when it cannot be read."""
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
            return dt.date(year, int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
        if m and m[2].lower() in _MONTH_LOOKUP:
            return dt.date(int(m[3]), _MONTH_LOOKUP[m[2].lower()], int(m[1]))
    except ValueError:
        return None
    return None
