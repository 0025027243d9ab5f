"""Kota Banjarmasin (63.71): 5 kecamatan and 52 kelurahan.

Source: Kepmendagri 300.2.2-2138/2025 (Kemendagri codes, not BPS codes).  Used to
tidy the spelling of roster entries and to fill a missing kecamatan; a kelurahan
outside the city is kept as written, with a warning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

KOTA = "Banjarmasin"
KECAMATAN: dict[str, tuple[str, ...]] = {
    "Banjarmasin Selatan": (
        "Mantuil", "Kelayan Selatan", "Pekauman", "Kelayan Barat", "Kelayan Tengah",
        "Kelayan Dalam", "Murung Raya", "Kelayan Timur", "Tanjung Pagar", "Pemurus Dalam",
        "Pemurus Baru", "Basirih Selatan",
    ),
    "Banjarmasin Timur": (
        "Kuripan", "Kebun Bunga", "Karang Mekar", "Sungai Bilu", "Sungai Lulut",
        "Banua Anyar", "Pengambangan", "Pekapuran Raya", "Pemurus Luar",
    ),
    "Banjarmasin Barat": (
        "Belitung Utara", "Belitung Selatan", "Pelambuan", "Telaga Biru", "Telawang",
        "Teluk Tiram", "Kuin Selatan", "Kuin Cerucuk", "Basirih",
    ),
    "Banjarmasin Utara": (
        "Alalak Tengah", "Alalak Utara", "Alalak Selatan", "Sungai Jingah", "Sungai Miai",
        "Surgi Mufti", "Pangeran", "Antasan Kecil Timur", "Kuin Utara", "Sungai Andai",
    ),
    "Banjarmasin Tengah": (
        "Kertak Baru Ilir", "Kertak Baru Ulu", "Mawar", "Teluk Dalam", "Antasan Besar",
        "Pasar Lama", "Seberang Mesjid", "Gadang", "Melayu", "Sungai Baru",
        "Pekapuran Laut", "Kelayan Luar",
    ),
}
KECAMATAN_OF: dict[str, str] = {kel: kec for kec, kels in KECAMATAN.items() for kel in kels}


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    text = re.sub(r"^(kel(urahan)?|desa|kec(amatan)?)\.?\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\bs(ei|g|ng)\.?\s+", "sungai ", text, flags=re.I)  # Sei./Sg. = Sungai
    text = re.sub(r"\bbjm\b\.?", "banjarmasin", text, flags=re.I)
    return re.sub(r"[^a-z]", "", text.lower())


_KEL = {_key(k): k for k in KECAMATAN_OF}
_KEC = {_key(k): k for k in KECAMATAN}
_KEC.update({_key(k.split()[-1]): k for k in KECAMATAN})  # "Selatan" alone


@functools.lru_cache(maxsize=1024)
def kelurahan(text: str) -> str | None:
    """The official spelling of a Banjarmasin kelurahan, or None if unknown."""
    return _KEL.get(_key(text))


@functools.lru_cache(maxsize=1024)
def kecamatan(text: str) -> str | None:
    """The official spelling of a Banjarmasin kecamatan, or None if unknown."""
    return _KEC.get(_key(text))


class Regions:
    """The kecamatan and kelurahan of one city, with tolerant spelling lookup
    ('Kel. Sei Baru' -> 'Sungai Baru')."""

    def __init__(self, city: str, kecamatan: Mapping[str, Sequence[str]]) -> None:
        self.city = city
        self.kecamatan_of = {kel: kec for kec, kels in kecamatan.items() for kel in kels}
        self._kel = {_key(k): k for k in self.kecamatan_of}
        self._kec = {_key(k): k for k in kecamatan}
        for k in kecamatan:  # "Selatan" alone for "Banjarmasin Selatan"
            words = k.split()
            if len(words) > 1 and words[0].lower() == city.split()[-1].lower():
                self._kec.setdefault(_key(" ".join(words[1:])), k)
        self._kec.pop("", None)
        self._kel.pop("", None)

    def kelurahan(self, text: str) -> str | None:
        return self._kel.get(_key(text))

    def kecamatan(self, text: str) -> str | None:
        return self._kec.get(_key(text))

    def kelurahan_names(self) -> list[str]:
        return sorted(self.kecamatan_of)


BANJARMASIN = Regions(KOTA, KECAMATAN)


def for_event(city: str, settings: dict[str, object] | None = None) -> Regions | None:
    """The regions a roster for this event is checked against: the event file's
    own ``wilayah`` list ({kecamatan: [kelurahan, …]}) if it has one, the built-in
    list for Banjarmasin, else None (no check)."""
    custom = (settings or {}).get("wilayah")
    if isinstance(custom, dict) and custom:
        return Regions(city, {str(k): tuple(str(x) for x in v) for k, v in custom.items() if isinstance(v, list)})
    if _key(city).removeprefix("kota") == _key(KOTA):
        return BANJARMASIN
    return None
