"""NIK (Nomor Induk Kependudukan), the 16-digit national identity number.

Layout ``PP KK CC DDMMYY SSSS``: province, regency/city, district, date of birth
(day + 40 for women) and a serial.  The district records where the NIK was
issued, not where the person lives now, so it is never checked against the
address.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from bimtek_desk.errors import UserError

_NIK_RE = re.compile(r"^\d{16}$")


class NikError(UserError, ValueError):
    """A NIK that cannot be stored; the message is in Indonesian (a UserError, so
    every form and command shows it instead of failing)."""


def clean(text: str) -> str:
    """Strip spaces, dots and a leading apostrophe (Excel's text marker) and write
    every decimal digit in ASCII: full-width '６３７１…' and Arabic-Indic '٦٣٧١…'
    are the same NIK as '6371…', never a second person."""
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    return re.sub(r"[\s.\-']", "", text.lstrip("'"))


def _shown(text: str, show: bool) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if show else mask(text)


def validate(text: str, *, show: bool = False) -> str:
    """Return the NIK as 16 ASCII digits or raise NikError with the reason.

    The message shows the NIK masked ('637105******9467') unless ``show``: it
    may end up in a report, a log or on a projector."""
    nik = clean(text)
    raw = text.strip()
    if re.fullmatch(r"\d+(,\d+)?[eE]\+?\d+", nik) or re.fullmatch(r"\d\.\d+[eE]\+?\d+", raw):
        raise NikError(
            f"NIK '{raw}' tertulis dalam notasi ilmiah Excel; digit terakhirnya hilang. "
            "Ubah kolom NIK menjadi Teks dan ketik ulang NIK lengkap."
        )
    if not re.fullmatch(r"[0-9]+", nik):
        odd = sorted({ch for ch in nik if not "0" <= ch <= "9"})
        what = ", ".join(repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}" for ch in odd[:3])
        raise NikError(f"NIK '{_shown(nik, show)}' mengandung karakter selain angka ({what}).")
    if not _NIK_RE.match(nik):
        raise NikError(f"NIK '{_shown(nik, show)}' terdiri dari {len(nik)} digit; NIK harus 16 digit.")
    if nik[:2] < "11" or nik[:2] > "96":
        raise NikError(f"NIK '{_shown(nik, show)}': kode provinsi {nik[:2]} tidak ada.")
    return nik


def doubts(nik: str) -> list[tuple[str, str]]:
    """What makes a well-formed NIK implausible, as (kind, message) pairs: a
    birth day of 32–40 or above 71, a month 00 or above 12, a region code 00."""
    out: list[tuple[str, str]] = []
    day, month = int(nik[6:8]), int(nik[8:10])
    if day == 0 or 32 <= day <= 40 or day > 71:
        out.append(("NIK: tanggal lahir mustahil", f"tanggal {nik[6:8]} di NIK mustahil"))
    if month == 0 or month > 12:
        out.append(("NIK: bulan lahir mustahil", f"bulan {nik[8:10]} di NIK mustahil"))
    if nik[2:4] == "00" or nik[4:6] == "00":
        out.append(("NIK: kode wilayah 00", "kode kabupaten/kota atau kecamatan di NIK bernilai 00"))
    return out


@dataclass(frozen=True)
class NikFacts:
    province: str
    city: str
    district: str
    birth_date: dt.date | None
    sex: str  # 'L' or 'P'


def facts(nik: str, today: dt.date | None = None) -> NikFacts:
    """What a valid NIK says about its holder (the birth date may be unreadable)."""
    today = today or dt.date.today()
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
        if candidate <= today:
            birth = candidate
    return NikFacts(nik[:2], nik[2:4], nik[4:6], birth, sex)


def mask(nik: str | None) -> str:
    """'6371054301689467' -> '637105******9467'.  Empty stays empty."""
    if not nik:
        return ""
    if nik.startswith("#"):  # a desk holds a roster NIK only as a keyed hash (sync, issue #23)
        return "*" * 16
    if len(nik) <= 10:
        return "*" * len(nik)
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:]


SHARED_MARK = "*"
SHARED_NOTE = ("* NIK tersamar yang sama untuk dua orang atau lebih dalam daftar ini: orangnya berbeda, "
               "dibedakan dengan kelurahan di sebelahnya.")


def masks_told_apart(people: list[tuple[int, str | None, str | None, int | None]]) -> dict[int, tuple[str, str]]:
    """(masked NIK, kelurahan) as a list prints them, for (id, nik, kelurahan, roster row)
    entries.  Two people whose masked NIKs are the same get a '*' (explained by
    :data:`SHARED_NOTE`); where their kelurahan is also the same, it carries their roster
    row so that the paper still tells them apart without showing more of the NIK."""
    masked = {pid: mask(nik) or "-" for pid, nik, _, _ in people}
    groups: dict[str, list[tuple[int, str | None, str | None, int | None]]] = {}
    for entry in people:
        groups.setdefault(masked[entry[0]], []).append(entry)
    out: dict[int, tuple[str, str]] = {}
    for m, group in groups.items():
        shared = len(group) > 1 and m != "-"
        kels = [str(kel or "-") for _, _, kel, _ in group]
        for pid, _, kel, row in group:
            k = str(kel or "-")
            if shared and kels.count(k) > 1 and row is not None:
                k = f"{k} (baris {row})"
            out[pid] = (m + SHARED_MARK if shared else m, k)
    return out
