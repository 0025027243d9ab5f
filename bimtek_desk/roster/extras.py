"""A roster's columns that are no field (RT/RW, address, jabatan …), kept with the registration.

They are shown in Peserta and exported to Excel, never drawn on a badge nor put in a QR.  A value that looks
like a NIK (or a KK number: 16 digits) is masked wherever it is shown, as the NIK field is, unless the committee
asked to see NIKs; one that looks like a phone number is shown as the phone field is.
"""

from __future__ import annotations

import re

from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn import phone as phonelib

MAX_VALUE = 200
_SEPARATORS = re.compile(r"[\s.'\-]")


def kind(value: str) -> str:
    """'nik' for 16 digits (a NIK or a KK number), 'phone' for a phone number, '' otherwise."""
    digits = _SEPARATORS.sub("", value)
    if re.fullmatch(r"\d{16}", digits):
        return "nik"
    if re.fullmatch(r"\+?\d{9,15}", digits):
        phone, warn = phonelib.normalise(value)
        if phone is not None and warn is None:
            return "phone"
    return ""


# Sixteen digits inside a longer text ('NIK suami 6371…', 'KK: 6371 0101 …'), separators allowed between them.
_EMBEDDED = re.compile(r"(?<![\d])\d(?:[ .\-]?\d){15}(?![\d])")


def shown(value: str, *, show_nik: bool = False) -> str:
    """The value as Peserta and the export show it: NIK-like values masked unless ``show_nik``,
    and so is a NIK (or KK number) written inside a longer text."""
    if show_nik:
        return value
    if kind(value) == "nik":
        return niklib.mask(_SEPARATORS.sub("", value))
    return _EMBEDDED.sub(lambda m: niklib.mask(_SEPARATORS.sub("", m.group())), value)


def text(pairs: list[tuple[str, str]], *, show_nik: bool = False) -> str:
    """'RT/RW: 001/003; Jabatan: Anggota' for one cell of a table."""
    return "; ".join(f"{h}: {shown(v, show_nik=show_nik)}" for h, v in pairs)
