"""Find the header row and map its columns to fields, whatever words it uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bimtek_desk.roster.read import Cell

# Field -> header spellings, compared after lower-casing and removing everything
# that is not a letter or digit ("No. HP/WA" -> "nohpwa", "N I K" -> "nik").
ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("no", "nomor", "nourut", "nomorurut", "urut"),
    "nik": ("nik", "noktp", "nomorktp", "nikktp", "nomorindukkependudukan", "noinduk", "niknomorktp", "ktp"),
    "name": ("nama", "namalengkap", "namapeserta", "namapsm", "namasesuaiktp", "namalengkapdangelar", "name"),
    "sex": ("jeniskelamin", "jk", "lp", "kelamin", "sex", "gender", "jnskel", "jkel", "jenkel"),
    "birth_place": ("tempatlahir", "tmplahir", "tptlahir"),
    "birth_date": ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tglahir"),
    "birth_place_date": ("tempattanggallahir", "tempattgllahir", "ttl", "tempattgllhr", "tempattgl", "tmptgllahir"),
    "kelurahan": ("namakelurahan", "namadesa", "kelurahan", "kelurahandesa", "desakelurahan", "kel", "desa", "kelurahanasal", "asalkelurahan", "keldesa"),
    "kecamatan": ("namakecamatan", "kecamatan", "kec", "asalkecamatan"),
    "phone": ("nohp", "nohpwa", "hp", "nomorhp", "notelp", "telepon", "telp", "nowa", "wa", "nomortelepon",
              "nohpwhatsapp", "kontak", "notelepon", "handphone", "nomorwa", "hpwa", "nomorhpwa"),
    "service_start_year": ("tahunmulaitugas", "tmt", "tahunmulai", "mulaitugas", "tmtpsm", "tahunaktif",
                           "tahunmasuk", "mulaiaktif", "tahunmulaiaktif", "aktifsejak", "tahunbergabung"),
    "role": ("peran", "role", "sebagai", "peranpeserta", "kategoripeserta", "pesertasebagai"),
    # Columns that start like a known one but mean something else.
    "_ignore": ("namaibu", "namaibukandung", "namaayah", "namapasangan", "namaahliwaris", "nokk", "nomorkk",
                "nikkepalakeluarga", "nikibu", "nikayah", "namabank", "norekening", "nomorrekening"),
}
REQUIRED = ("nik", "name")
FIELD_LABELS = {
    "nik": "NIK", "name": "Nama", "sex": "Jenis kelamin", "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir", "birth_place_date": "Tempat/tgl lahir", "kelurahan": "Kelurahan",
    "kecamatan": "Kecamatan", "phone": "No. HP", "service_start_year": "Tahun mulai tugas", "role": "Peran",
    "no": "No",
}


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


_ALIAS_LIST = sorted(((norm(a), f) for f, al in ALIASES.items() for a in al), key=lambda x: -len(x[0]))
_EXACT = {a: f for a, f in _ALIAS_LIST}


def field_for(header: str) -> str | None:
    """The field a header cell names, or None."""
    h = norm(header)
    if not h:
        return None
    if h in _EXACT:
        return _EXACT[h]
    for alias, f in _ALIAS_LIST:
        if len(alias) >= 3 and h.startswith(alias):
            return f
    return None


@dataclass
class Header:
    row_number: int
    index: int  # position of the header row in the sheet's row list
    columns: dict[str, int]  # field -> column index
    ignored: list[str]  # header texts we did not recognise

    @property
    def score(self) -> int:
        return len(self.columns)


def find_header(rows: list[tuple[int, list[Cell]]], *, look: int = 40) -> Header | None:
    """The first row among the top ``look`` that names both NIK and Nama and the
    most other fields."""
    best: Header | None = None
    for index, (number, cells) in enumerate(rows[:look]):
        columns: dict[str, int] = {}
        ignored = []
        for col, cell in enumerate(cells):
            if cell is None or not isinstance(cell, str):
                continue
            f = field_for(cell)
            if f is None or f == "_ignore":
                ignored.append(cell.strip())
            elif f not in columns:
                columns[f] = col
        if not all(r in columns for r in REQUIRED):
            continue
        header = Header(number, index, columns, ignored)
        if best is None or header.score > best.score:
            best = header
    return best
