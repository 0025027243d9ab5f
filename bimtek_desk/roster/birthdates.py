"""Birth dates written as text in a column that mixes day/month and month/day.

A date such as 13/05/1980 can only be day-first and 05/13/1980 only
month-first; 03/05/1980 could be either.  The NIK holds the birth date
(``PP KK CC DDMMYY SSSS``, the day +40 for women), so each ambiguous date is
read the way its NIK confirms; a date the NIK confirms is never emptied, even
when it is written the other way from most of the column.  Without the NIK's
word an ambiguous date follows the column's majority and its row is reported as
undecided.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bimtek_desk.idn import dates
from bimtek_desk.idn import nik as niklib

_NUMERIC = re.compile(r"^\s*(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})\s*$")


@dataclass
class DateColumn:
    """What the column's text dates say about their order, before any row is read."""

    day_first: int = 0  # dates that can only be day/month
    month_first: int = 0  # dates that can only be month/day
    ambiguous: int = 0  # dates that read both ways as two different days

    @property
    def majority_month_first(self) -> bool:
        return self.month_first > self.day_first

    @property
    def mixed(self) -> bool:
        return bool(self.day_first and self.month_first)


@dataclass
class Tally:
    """How the rows were read (for the report)."""

    day_first: int = 0
    month_first: int = 0
    by_nik: int = 0  # ambiguous dates the NIK decided
    against_majority: int = 0  # … of which the other way from the column's majority
    undecided: list[int] = field(default_factory=list)  # rows whose ambiguous date followed the majority


def survey(values: list[object]) -> DateColumn:
    col = DateColumn()
    for v in values:
        if isinstance(v, dt.date) or v is None:
            continue
        dmy, mdy = readings(str(v))
        if dmy and mdy and dmy != mdy:
            col.ambiguous += 1
        elif dmy and not mdy:
            col.day_first += 1
        elif mdy and not dmy:
            col.month_first += 1
    return col


def readings(text: str) -> tuple[dt.date | None, dt.date | None]:
    """(day/month reading, month/day reading) of a numeric text date; (None, None) for other text."""
    if not _NUMERIC.match(text):
        return None, None
    return dates.parse_date(text, month_first=False), dates.parse_date(text, month_first=True)


def same_day(d: dt.date, nik_day: tuple[int, int, int]) -> bool:
    return (d.day, d.month, d.year % 100) == nik_day


def nik_day(nik: str | None) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) the NIK gives, or None for a NIK that is not 16 digits."""
    nik = niklib.clean(nik) if nik else None
    if not nik or not re.fullmatch(r"\d{16}", nik):
        return None
    day = int(nik[6:8])
    return (day - 40 if day > 40 else day), int(nik[8:10]), int(nik[10:12])


def read(value: object, column: DateColumn, nik: str | None, tally: Tally, row: int) -> object:
    """The date to store for one row (a date, or the value as written when it is no numeric text date)."""
    if isinstance(value, dt.date) or value is None:
        return value
    text = str(value).strip()
    dmy, mdy = readings(text)
    if dmy is None and mdy is None:
        return value  # '3 Januari 1968', ISO, or unreadable: judged by the rules
    if dmy and mdy and dmy != mdy:
        told = nik_day(nik)
        if told is not None and same_day(dmy, told):
            tally.by_nik += 1
            tally.day_first += 1
            tally.against_majority += column.majority_month_first
            return dmy
        if told is not None and same_day(mdy, told):
            tally.by_nik += 1
            tally.month_first += 1
            tally.against_majority += not column.majority_month_first
            return mdy
        tally.undecided.append(row)
        if column.majority_month_first:
            tally.month_first += 1
            return mdy
        tally.day_first += 1
        return dmy
    if dmy:  # day-first only (or a day equal to its month: both readings agree)
        if not mdy:
            tally.day_first += 1
        return dmy
    tally.month_first += 1
    return mdy


def note(column: DateColumn, tally: Tally, shown_rows: str) -> str | None:
    """One sentence for the report, or None when the column holds no mixed or doubtful text dates."""
    unproven = bool(tally.undecided) and not column.day_first  # nothing shows the order, nor the NIK
    if not (column.mixed or column.month_first or tally.against_majority or unproven):
        return None  # one order throughout (or ambiguous dates the NIK read the usual way): nothing to say
    parts = [f"{tally.day_first} dibaca tanggal/bulan/tahun, {tally.month_first} bulan/tanggal/tahun"]
    if column.mixed:
        parts.insert(0, f"ditulis dengan dua urutan ({column.day_first} pasti tanggal/bulan, "
                        f"{column.month_first} pasti bulan/tanggal, {column.ambiguous} bisa dibaca keduanya)")
    elif column.month_first:
        parts.insert(0, f"ditulis bulan/tanggal/tahun (gaya Amerika, {column.month_first} tanggal membuktikannya)")
    if tally.by_nik:
        parts.append(f"{tally.by_nik} tanggal yang bisa dibaca dua cara dipastikan dengan NIK"
                     + (f" ({tally.against_majority} berlawanan dengan kebanyakan)" if tally.against_majority else ""))
    if tally.undecided:
        way = "bulan/tanggal" if column.majority_month_first else "tanggal/bulan"
        parts.append(f"{len(tally.undecided)} tidak dapat dipastikan (NIK tidak cocok dengan kedua cara atau kosong) "
                     f"dan dibaca {way} seperti kebanyakan: baris {shown_rows}")
    return "; ".join(parts)
