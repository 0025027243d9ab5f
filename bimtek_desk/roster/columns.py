"""Find the header of a roster and decide which column holds which field.

Every header cell is scored against every field: its whole words against the
field's known spellings (a word that means something else, "Nama SLS",
"Nomor HP yang aktif", "NIK Kepala Keluarga", costs points), then the values
under it (person names, 16-digit numbers, phone numbers, codes, dates).  The
best pairs win, one column per field; the runner-up is kept so the report can
say when two columns competed.  Headers written over two rows (cells merged
down, or a group such as "Tgl Lahir" over "Tempat Lahir" and "dd/mm/yyyy") are
read as one header.  The committee can override any choice (``apply_mapping``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from bimtek_desk.errors import UserError
from bimtek_desk.idn import phone as phonelib
from bimtek_desk.roster.read import Cell, Sheet, cell_text, column_letters

# Field -> header spellings, compared after lower-casing and removing everything
# that is not a letter or digit ("No. HP/WA" -> "nohpwa", "N I K" -> "nik").
ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("no", "nomor", "nourut", "nomorurut", "urut"),
    "nik": ("nik", "noktp", "nomorktp", "nikktp", "nomorindukkependudukan", "noinduk", "niknomorktp", "ktp", "noinduk"),
    "name": ("nama", "namalengkap", "namapeserta", "namapsm", "namasesuaiktp", "namalengkapdangelar", "name",
             "namaart", "namaanggotarumahtangga", "namalengkapsesuaiktp"),
    "sex": ("jeniskelamin", "jk", "lp", "kelamin", "sex", "gender", "jnskel", "jkel", "jenkel", "jnskelamin"),
    "birth_place": ("tempatlahir", "tmplahir", "tptlahir", "tmptlahir"),
    "birth_date": ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tglahir", "tgllahirddmmyyyy"),
    "birth_place_date": ("tempattanggallahir", "tempattgllahir", "ttl", "tempattgllhr", "tempattgl", "tmptgllahir",
                         "tempatdantanggallahir"),
    "kelurahan": ("namakelurahan", "namadesa", "kelurahan", "kelurahandesa", "desakelurahan", "kel", "desa",
                  "kelurahanasal", "asalkelurahan", "keldesa", "desakel", "namadesakelurahan"),
    "kecamatan": ("namakecamatan", "kecamatan", "kec", "asalkecamatan"),
    "phone": ("nohp", "nohpwa", "hp", "nomorhp", "notelp", "telepon", "telp", "nowa", "wa", "nomortelepon",
              "nohpwhatsapp", "kontak", "notelepon", "handphone", "nomorwa", "hpwa", "nomorhpwa", "nohandphone",
              "nomorhandphone", "whatsapp", "nomorwhatsapp", "notlp", "tlp", "telpon", "notelpon", "ponsel"),
    "service_start_year": ("tahunmulaitugas", "tmt", "tahunmulai", "mulaitugas", "tmtpsm", "tahunaktif",
                           "tahunmasuk", "mulaiaktif", "tahunmulaiaktif", "aktifsejak", "tahunbergabung",
                           "tahunpengangkatan", "tmtpengangkatan", "psmsejak", "sejaktahun"),
    "role": ("peran", "role", "sebagai", "peranpeserta", "kategoripeserta", "pesertasebagai"),
}
# Spellings that only count a little: the values must confirm them.
WEAK: dict[str, tuple[str, ...]] = {"kelurahan": ("alamat", "alamatkelurahan"), "birth_place": ("tempat",),
                                    "birth_date": ("tanggal", "tgl")}
# Words that turn "Nama …", "NIK …", "Nomor HP …" into another thing.
FOREIGN = frozenset(
    "sls krt kk ibu ayah kandung pasangan suami istri sekolah faskes puskesmas usaha bank rekening email surel "
    "aktif kepala kode id jumlah status ahli waris dusun rt rw jalan lembaga kantor instansi kelompok wali "
    "pendamping keluarga anak orangtua ortu tanggungan pekerjaan pendidikan bpjs kis kip".split())
# Words that keep "Nama …" a person's name, but of someone the row is not about first of all: the head of the
# family ("Nama KK", "Nama Kepala Keluarga"), a parent, a spouse.  Such a column is a name column; when a plain
# one or the member's own ("Nama Anggota Keluarga") is there too, that one wins (``Choice.why`` says so).
OTHER_PERSON = frozenset("kk krt kepala keluarga rumah tangga ibu ayah kandung pasangan suami istri wali ahli waris "
                         "pendamping orangtua ortu".split())
HEAD_OF_FAMILY = frozenset("kk krt kepala".split())
MEMBER = frozenset("anggota art".split())
# Words that may stand beside a field's name without changing it.
NEUTRAL = frozenset("lengkap sesuai ktp peserta psm yang dan atau asal dengan gelar art anggota rumah tangga "
                    "terakhir saat ini domisili tinggal tempat".split())
REQUIRED = ("nik", "name")
FIELD_LABELS = {
    "nik": "NIK", "name": "Nama", "sex": "Jenis kelamin", "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir", "birth_place_date": "Tempat/tgl lahir", "kelurahan": "Kelurahan",
    "kecamatan": "Kecamatan", "phone": "No. HP", "service_start_year": "Tahun mulai tugas", "role": "Peran",
    "no": "No",
}
FIELDS = tuple(FIELD_LABELS)
MIN_SCORE = 2.0


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


_EXACT = {norm(a): f for f, al in ALIASES.items() for a in al}


def letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB'."""
    return column_letters(index + 1)


@functools.lru_cache(maxsize=8192)
def header_score(f: str, text: str) -> float:
    """How well a header text names field ``f`` (0: not at all, 10: exactly)."""
    h = norm(text)
    if not h:
        return 0.0
    if h in ALIASES[f]:
        return 10.0
    toks = words(text)
    best = 0.0
    for weak, aliases in ((False, ALIASES[f]), (True, WEAK.get(f, ()))):
        for alias in aliases:
            for i in range(len(toks)):
                joined = ""
                for j in range(i, len(toks)):
                    joined += toks[j]
                    if len(joined) >= len(alias):
                        break
                if joined != alias:
                    continue
                rest = toks[:i] + toks[j + 1:]
                if f in ("name", "nik") and any(t in MEMBER for t in rest) \
                        and not any(t in HEAD_OF_FAMILY for t in rest) \
                        and not any(t in FOREIGN and t not in OTHER_PERSON for t in rest):
                    score = 8.0  # "Nama/NIK Anggota Keluarga", "Nama ART": the person the row is about
                elif f == "name" and any(t in OTHER_PERSON for t in rest) \
                        and not any(t in FOREIGN and t not in OTHER_PERSON for t in rest):
                    score = 4.0  # "Nama KK", "Nama Ibu Kandung": a person, but maybe not the row's own
                elif any(t in FOREIGN for t in rest):
                    score = 1.0
                else:
                    others = [t for t in rest if t not in NEUTRAL and not t.isdigit() and len(t) > 1
                              and not (f == "sex" and t in {"laki", "perempuan", "lk", "pr"})]
                    score = max(1.0, 8.0 - 2.0 * len(others))
                best = max(best, score * (0.4 if weak else 1.0))
    return best


# -- what the values look like ---------------------------------------------------------

_DATE_TEXT = re.compile(r"^\d{1,2}[/\-.]\d{1,2}[/\-.](\d{2}|\d{4})$"
                        r"|^\d{4}-\d{1,2}-\d{1,2}"
                        r"|^\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}$")
_NOT_A_PERSON = re.compile(r"\b(rt|rw|dusun|lingkungan|blok|jl|jalan|kel|kec|desa|sd|smp|sma|puskesmas)\b", re.I)


_s = cell_text


def _is_int(v: Cell) -> bool:
    return (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()) or \
        bool(re.fullmatch(r"\d+", _s(v)))


def _looks(f: str, v: Cell) -> bool:
    t = _s(v)
    if f == "nik":
        digits = re.sub(r"[\s.'\-]", "", t)
        return (isinstance(v, (int, float)) and v >= 1e13) or bool(re.fullmatch(r"\d{14,18}", digits))
    if f == "name":
        return (isinstance(v, str) and len(t) >= 3 and bool(re.search(r"[^\W\d_]{2}", t)) and not re.search(r"\d", t)
                and len(t.split()) <= 8 and not _NOT_A_PERSON.search(t))
    if f == "sex":
        from bimtek_desk.roster.rules import sex_code

        return sex_code(t) is not None
    if f == "birth_date":
        return isinstance(v, (dt.date, dt.datetime)) or bool(_DATE_TEXT.search(t))
    if f == "birth_place_date":
        return bool(re.search(r"[A-Za-z]{3}", t)) and bool(re.search(r"\d{1,2}[/\-.\s]\S+[/\-.\s]\d{2,4}", t))
    if f in ("birth_place", "kelurahan", "kecamatan"):
        return isinstance(v, str) and bool(re.search(r"[A-Za-z]{3}", t)) and not re.search(r"\d", t) \
            and len(t.split()) <= 5
    if f == "phone":
        phone, warn = phonelib.normalise(v)
        return phone is not None and warn is None
    if f == "service_start_year":
        return isinstance(v, (dt.date, dt.datetime)) or bool(re.fullmatch(r"(19[4-9]\d|20\d\d)", t))
    if f == "no":
        return _is_int(v) and int(t) < 100_000
    if f == "role":
        return t.lower() in {"peserta", "panitia", "narasumber", "pemateri", "fasilitator", "moderator", "psm"}
    return False


def value_fit(f: str, values: list[Cell]) -> float | None:
    """The share of values that look like field ``f`` (None: no values to judge)."""
    seen = [v for v in values if _s(v)]
    if not seen:
        return None
    return sum(_looks(f, v) for v in seen) / len(seen)


# -- numbering rows --------------------------------------------------------------------

# A line that starts a block of people: "Kecamatan: Banjarmasin Selatan", "Kel. Kuripan", "Desa Sungai Tabuk"
# (group 1 the level, group 2 its name); the header finder and the row reader both use it.
SECTION_RE = re.compile(r"^\s*(kecamatan\b|kelurahan\b|desa\b|kec\.|kel\.)\s*[:.]?\s*(\S.*)$", re.I)
_NUMBER_CELL = re.compile(r"^\(?(\d{1,3})\)?$|^kol(?:om)?\.?\s*(\d{1,3})$", re.I)
_LABEL = re.compile(r"^(kolom|kol\.?|no\.?|nomor|urutan)$", re.I)
_FORMULA_NEXT = re.compile(r"^=\s*\$?[A-Z]{1,3}\$?\d+\s*\+\s*1$", re.I)


def is_numbering_row(cells: list[Cell]) -> bool:
    """The '(1) (2) (3) …' line many Indonesian tables put under the header, also
    with gaps (1, 3, 4, …, 22), as 'KOLOM 1', or built from formulas (=B5+1)."""
    values = [c for c in cells if _s(c)]
    if values and isinstance(values[0], str) and _LABEL.match(_s(values[0])):
        values = values[1:]  # 'KOLOM, 2, 3, …' (BDT): a label, then the numbers
    if len(values) < 3:
        return False
    numbers: list[int] = []
    for v in values:
        t = _s(v)
        if _FORMULA_NEXT.match(t):
            continue
        m = _NUMBER_CELL.match(t)
        if not m:
            return False
        numbers.append(int(m[1] or m[2]))
    return bool(numbers) and all(a < b for a, b in zip(numbers, numbers[1:], strict=False)) and numbers[0] <= 5


# -- the header ------------------------------------------------------------------------


@dataclass
class Choice:
    field: str
    column: int
    score: float
    rivals: list[int] = dataclasses.field(default_factory=list)  # other columns that fit nearly as well
    chosen_by: str = "auto"  # 'auto' | 'committee'
    why: str = ""  # why this column won over another that also fits (shown in the report)


@dataclass
class Header:
    row_number: int  # the first header row, as the spreadsheet numbers it
    index: int  # position of the last header row in the sheet's row list: data follows it
    rows: list[int]  # the header's row numbers (one or two)
    texts: dict[int, str]  # column index -> header text as shown ("Tgl Lahir / dd/mm/yyyy")
    choices: dict[str, Choice]
    scores: dict[str, dict[int, float]] = field(default_factory=dict)  # field -> column -> score
    legend: dict[int, str] = field(default_factory=dict)  # column -> the header's own text for codes

    @property
    def columns(self) -> dict[str, int]:
        return {f: c.column for f, c in self.choices.items()}

    @property
    def score(self) -> float:
        return sum(c.score for c in self.choices.values())

    @property
    def ignored(self) -> list[str]:
        used = set(self.columns.values())
        return [self.texts[c] for c in sorted(self.texts) if c not in used]

    def describe(self, col: int) -> str:
        """"kolom C 'Nama ART'"."""
        return f"kolom {letter(col)} '{self.texts.get(col, '')}'"


def _texts(cells: list[Cell]) -> dict[int, str]:
    return {i: _s(c) for i, c in enumerate(cells) if isinstance(c, str) and _s(c)}


def _sample(rows: list[tuple[int, list[Cell]]], start: int, n: int = 200) -> list[list[Cell]]:
    out = []
    for _, cells in rows[start:start + n + 3]:
        if is_numbering_row(cells):
            continue
        out.append(cells)
    return out[:n]


def _assign(texts: dict[int, list[str]],
            sample: list[list[Cell]]) -> tuple[dict[str, Choice], dict[str, dict[int, float]]]:
    scores: dict[str, dict[int, float]] = {}
    for f in FIELDS:
        for col, variants in texts.items():
            hs = max(header_score(f, t) * w for t, w in zip(variants, (1.0, 0.9, 1.0), strict=False))
            if hs <= 0:
                continue
            fit = value_fit(f, [r[col] if col < len(r) else None for r in sample])
            score = hs * 0.65 if fit is None else hs * (0.2 + 0.8 * fit)
            if score >= MIN_SCORE:
                scores.setdefault(f, {})[col] = round(score, 2)
    pairs = sorted(((s, f, c) for f, cols in scores.items() for c, s in cols.items()), key=lambda x: (-x[0], x[2]))
    choices: dict[str, Choice] = {}
    taken: set[int] = set()
    for s, f, c in pairs:
        if f in choices or c in taken:
            continue
        choices[f] = Choice(f, c, s)
        taken.add(c)
    for f, choice in choices.items():
        choice.rivals = [c for c, s in sorted(scores[f].items(), key=lambda x: -x[1])
                         if c != choice.column and s >= max(MIN_SCORE + 1, choice.score * 0.6)]
    if "birth_place_date" in choices and "birth_date" in choices and "birth_place" in choices:
        del choices["birth_place_date"]
    if "name" in choices:
        choices["name"].why = _why_name(choices["name"].column, scores["name"], texts)
    return choices, scores


def _why_name(chosen: int, scores: dict[int, float], texts: dict[int, list[str]]) -> str:
    """'kolom C 'NAMA KEPALA KELUARGA' juga nama orang …' when another column also names a person."""
    others = [c for c in sorted(scores) if c != chosen and
              any(t in OTHER_PERSON for t in words(texts[c][2]))]
    if not others:
        return ""
    shown = ", ".join(f"{letter(c)} '{texts[c][2]}'" for c in others[:3])
    head = any(t in HEAD_OF_FAMILY for c in others for t in words(texts[c][2]))
    whose = "kepala keluarga" if head else "orang lain (orang tua, pasangan, ahli waris)"
    return (f"kolom {shown} juga berisi nama, tetapi nama {whose}; tiap baris tentang orang yang NIK-nya di "
            "baris itu, jadi namanya yang dipakai")


def _two_row_texts(sheet: Sheet, i: int) -> dict[int, list[str]] | None:
    """Header texts per column when rows i and i+1 form one header, else None."""
    if i + 1 >= len(sheet.rows):
        return None
    (top_no, top), (sub_no, sub) = sheet.rows[i], sheet.rows[i + 1]
    if sub_no != top_no + 1:
        return None
    sub_texts = _texts(sub)
    if not sub_texts or any(_looks("nik", c) for c in sub) or is_numbering_row(sub):
        return None
    if len(sub_texts) == 1 and SECTION_RE.match(next(iter(sub_texts.values()))):
        return None  # "Kecamatan: Banjarmasin Selatan" starts a block of people, it is not a header
    if any(not isinstance(c, str) for c in sub if c is not None):
        return None  # numbers or dates in the second row: a person, not a header
    top_texts = _texts(top)
    group: dict[int, str] = {}
    for row, first, last in sheet.spans:
        if row == top_no:
            for c in range(first, last):  # 0-based: the columns after the first under a merged group
                group[c] = top_texts.get(first - 1, "")
    for c in sub_texts:  # a group without merged cells (CSV): text above the left neighbour
        if c not in top_texts and c not in group and c - 1 in sub_texts and c - 1 in top_texts:
            group[c] = top_texts[c - 1]
    out: dict[int, list[str]] = {}
    for c in set(top_texts) | set(sub_texts) | set(group):
        above = top_texts.get(c) or group.get(c, "")
        below = sub_texts.get(c, "")
        if below == above:
            below = ""
        joined = " / ".join(t for t in (above, below) if t)
        out[c] = [below or above, above, joined]
    return out


def find_header(sheet: Sheet, *, look: int = 40, required: tuple[str, ...] = REQUIRED) -> Header | None:
    """The best header among the top ``look`` rows that names the ``required``
    fields (NIK and Nama)."""
    best: Header | None = None
    rows = sheet.rows
    for i, (number, cells) in enumerate(rows[:look]):
        top = _texts(cells)
        if len(top) < 2:
            continue
        candidates = [(i, {c: [t, t, t] for c, t in top.items()})]
        two = _two_row_texts(sheet, i)
        if two is not None:
            candidates.append((i + 1, two))
        for last, variants in candidates:
            choices, scores = _assign(variants, _sample(rows, last + 1))
            if not all(r in choices for r in required):
                continue
            if last == i + 1 and "nik" in choices and "name" in choices:
                # a real second header row leaves the NIK and name columns of a person empty,
                # or names them itself ("Identitas" over "Nama ART" and "NIK")
                sub = rows[i + 1][1]
                if any((b := _s(sub[c]) if c < len(sub) else "") and b != top.get(c, "")
                       and header_score(f, b) <= 0
                       for f, c in (("nik", choices["nik"].column), ("name", choices["name"].column))):
                    continue
            texts = {c: v[2] for c, v in variants.items()}
            header = Header(number, last, [rows[k][0] for k in range(i, last + 1)], texts, choices, scores,
                            legend={c: " ".join(v[1:]) for c, v in variants.items()})
            margin = -0.01 if last == i + 1 else 0.01  # a second header row wins a tie with the first alone
            if best is None or header.score > best.score + margin:
                best = header
    return best


def likely_header(sheet: Sheet, look: int = 40) -> tuple[int, dict[int, str]]:
    """(row number, {column: text}) of the row among the top ``look`` with the most texts: the header, when none
    names the required fields."""
    rows = [(n, _texts(c)) for n, c in sheet.rows[:look]]
    return max(rows, key=lambda r: len(r[1])) if rows else (0, {})


def columns_found(sheet: Sheet, look: int = 40, limit: int = 40) -> str:
    """The likeliest header row's columns, for a message: "A 'No', B 'Nama', …", all of them or the first
    ``limit`` and how many more."""
    number, texts = likely_header(sheet, look)
    if not texts:
        return "(tidak ada)"
    items = sorted(texts.items())
    shown = ", ".join(f"{letter(c)} '{t}'" for c, t in items[:limit])
    more = len(items) - limit
    return f"baris {number}: " + shown + (f", … dan {more} kolom lain" if more > 0 else "")


# -- the committee's choices -------------------------------------------------------------


def field_key(name: str) -> str:
    """'nama' / 'Nama' / 'name' / 'hp' -> the field key, or UserError."""
    n = norm(name)
    for f, label in FIELD_LABELS.items():
        if n in (norm(f), norm(label)):
            return f
    if n in _EXACT:
        return _EXACT[n]
    raise UserError(f"Kolom data '{name}' tidak dikenal. Pilihan: "
                    + ", ".join(f"{f} ({label})" for f, label in FIELD_LABELS.items()) + ".")


def column_index(header: Header, spec: str) -> int | None:
    """'C', or header text ('Nama ART'), or '-' (not used) -> column index."""
    s = spec.strip()
    if s in ("", "-"):
        return None
    if re.fullmatch(r"[A-Za-z]{1,3}", s) and not any(norm(t) == norm(s) for t in header.texts.values()):
        n = 0
        for ch in s.upper():
            n = n * 26 + ord(ch) - 64
        return n - 1
    matches = [c for c, t in header.texts.items() if norm(t) == norm(s)]
    if not matches:
        matches = [c for c, t in header.texts.items() if norm(s) and norm(s) in norm(t)]
    if len(matches) == 1:
        return matches[0]
    found = ", ".join(f"{letter(c)} '{t}'" for c, t in sorted(header.texts.items()))
    if not matches:
        raise UserError(f"Kolom '{spec}' tidak ada di baris judul. Kolom yang ada: {found}.")
    raise UserError(f"'{spec}' cocok dengan beberapa kolom ({', '.join(letter(c) for c in matches)}); "
                    "sebut hurufnya, misalnya C.")


def apply_mapping(header: Header, mapping: dict[str, str]) -> None:
    """The committee's choices ({field or label: column letter, header text or '-'}) replace the automatic ones."""
    for name, spec in mapping.items():
        f = field_key(name)
        col = column_index(header, spec)
        for other in [k for k, c in header.choices.items() if c.column == col and k != f]:
            del header.choices[other]
        if col is None:
            header.choices.pop(f, None)
        else:
            header.choices[f] = Choice(f, col, 10.0, chosen_by="committee")
    missing = [FIELD_LABELS[r] for r in REQUIRED if r not in header.choices]
    if missing:
        raise UserError(f"Kolom {' dan '.join(missing)} wajib dipilih.")
