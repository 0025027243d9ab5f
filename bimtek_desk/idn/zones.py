"""Indonesian time zones: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).

Check-ins are stored with the laptop's offset; documents show them in the
event's own zone (``timezone`` in the event file, e.g. ``Asia/Makassar``).  The
three Indonesian zones have had no daylight saving since 1988, so a fixed offset
serves when the OS has no time-zone database (Windows without ``tzdata``).
"""

from __future__ import annotations

import datetime as dt

OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}
ZONES = {
    "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}
DEFAULT = "Asia/Makassar"


def tzinfo(name: str | None) -> dt.tzinfo:
    name = name or DEFAULT
    abbr = ZONES.get(name)
    if abbr:
        return dt.timezone(dt.timedelta(hours=OFFSETS[abbr]), abbr)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ImportError, ValueError, KeyError, OSError):
        return dt.timezone(dt.timedelta(hours=OFFSETS["WITA"]), "WITA")


def abbreviation(name: str | None) -> str:
    """'Asia/Makassar' -> 'WITA'; another zone by its own name."""
    return ZONES.get(name or DEFAULT, name or "")


def local(iso: str, name: str | None) -> dt.datetime:
    """A stored ISO time as a naive date-time in the event's zone (for Excel cells)."""
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(tzinfo(name)).replace(tzinfo=None)
