"""NIK (Nomor Induk Kependudukan), the 16-digit national identity number.

Layout ``PP KK CC DDMMYY SSSS``: province, regency/city, district, date of birth
(day + 40 for women) and a serial.  The district records where the NIK was
issued, not where the person lives now, so it is never checked against the
address.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bimtek_desk.errors import UserError

_NIK_RE = re.compile(r"^\d{16}$")


class NikError(UserError, ValueError):
    """A NIK that cannot be stored; the message is in Indonesian (a UserError, so
    every form and command shows it instead of failing)."""


def clean(text: str) -> str:
    """Strip spaces, dots and a leading apostrophe (Excel's text marker)."""
    return re.sub(r"[\s.\-']", "", text.lstrip("'"))


def validate(text: str) -> str:
    """Return the NIK as 16 digits or raise NikError with the reason."""
    nik = clean(text)
    if re.fullmatch(r"\d+(,\d+)?[eE]\+?\d+", nik) or re.fullmatch(r"\d\.\d+[eE]\+?\d+", text.strip()):
        raise NikError(
            f"NIK '{text.strip()}' tertulis dalam notasi ilmiah Excel; digit terakhirnya hilang. "
            "Ubah kolom NIK menjadi Teks dan ketik ulang NIK lengkap."
        )
    if not nik.isdigit():
        raise NikError(f"NIK '{text.strip()}' mengandung karakter selain angka.")
    if not _NIK_RE.match(nik):
        raise NikError(f"NIK '{nik}' terdiri dari {len(nik)} digit; NIK harus 16 digit.")
    if nik[:2] < "11" or nik[:2] > "96":
        raise NikError(f"NIK '{nik}': kode provinsi {nik[:2]} tidak ada.")
    return nik


@dataclass(frozen=True)
class NikFacts:
    province: str
    city: str
    district: str
    birth_date: dt.date | None
    sex: str  # 'L' or 'P'


def facts(nik: str) -> NikFacts:
    """What a valid NIK says about its holder (the birth date may be unreadable)."""
    day = int(nik[6:8])
    sex = "P" if day > 40 else "L"
    if day > 40:
        day -= 40
    month, yy = int(nik[8:10]), int(nik[10:12])
    birth: dt.date | None = None
    for century in (1900, 2000):
        try:
            candidate = dt.date(century + yy, month, day)
        except ValueError:
            break
        if candidate <= dt.date.today():
            birth = candidate
    return NikFacts(nik[:2], nik[2:4], nik[4:6], birth, sex)


def mask(nik: str | None) -> str:
    """'6371054301689467' -> '637105******9467'.  Empty stays empty."""
    if not nik:
        return ""
    if len(nik) <= 10:
        return "*" * len(nik)
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:]
