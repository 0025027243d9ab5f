"""Turn the data rows under a header into people, with row-numbered findings.

Nothing here touches the database: the result says, for every row of the
spreadsheet, whether it is a person, a skipped line, or an error and why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates, names, nik as niklib, phone as phonelib, wilayah
from bimtek_desk.roster.columns import FIELD_LABELS, Header, find_header
from bimtek_desk.roster.read import Cell, Sheet, Workbook
from bimtek_desk.store.people import PersonData

ERROR, WARNING, INFO = "error", "warning", "info"
ROLE_WORDS = {"peserta": "PESERTA", "panitia": "PANITIA", "narasumber": "NARASUMBER", "pemateri": "NARASUMBER",
              "fasilitator": "NARASUMBER", "moderator": "PANITIA", "psm": "PESERTA"}
FOOTER_RE = re.compile(
    r"^\s*(jumlah|total|mengetahui|ketua|kepala|sekretaris|nip\b|nip\.|a\.?\s?n\.?\s|an\.|ttd|tanda tangan|dibuat|"
    r"keterangan|catatan|sumber)|^\s*[A-Za-z .]+,\s*\d{1,2}\s+\w+\s+\d{4}\s*$",
    re.I,
)
_NIK_LIKE = re.compile(r"\d{6}")
SECTION_RE = re.compile(r"^\s*(kecamatan|kec\.|kelurahan|kel\.)\s*[:.]?\s*(.+)$", re.I)


@dataclass(frozen=True)
class Finding:
    row: int | None  # spreadsheet row number
    level: str  # error | warning | info
    message: str  # Indonesian
    column: str | None = None

    def __str__(self) -> str:
        where = f"Baris {self.row}" if self.row else "Berkas"
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.message}"


@dataclass
class RosterRow:
    row: int
    person: PersonData
    role: str
    ok: bool = True
    duplicate_of: int | None = None  # an identical earlier row: the same person, not imported twice
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Parsed:
    sheet: str
    header: Header
    rows: list[RosterRow]  # every row that holds a person, valid or not
    findings: list[Finding]  # everything, in row order
    skipped: list[int]  # rows read as blank, numbering, section or footer lines

    @property
    def valid(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok and r.duplicate_of is None]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == WARNING]


def choose_sheet(book: Workbook) -> tuple[Sheet, Header]:
    """The sheet whose header names the most fields (then: the most rows)."""
    candidates = []
    for sheet in book.sheets:
        header = find_header(sheet.rows)
        if header is not None:
            candidates.append((header.score, len(sheet.rows) - header.index, sheet, header))
    if not candidates:
        where = (f"lembar mana pun ({', '.join(s.name for s in book.sheets)})" if book.kind == "xlsx"
                 else "berkas ini")
        raise UserError(
            f"Tidak ditemukan baris judul kolom di {where}. Daftar peserta harus punya kolom NIK dan Nama "
            "(misalnya: No | NIK | Nama | L/P | Kelurahan | Kecamatan | No. HP)."
        )
    _, _, sheet, header = max(candidates, key=lambda c: (c[0], c[1]))
    return sheet, header


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    return str(cell).strip()


def _is_numbering_row(cells: list[Cell]) -> bool:
    """The '(1) (2) (3) …' line many Indonesian tables put under the header."""
    values = [_text(c).strip("()") for c in cells if _text(c)]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    nums = [int(v) for v in values]
    return nums == list(range(nums[0], nums[0] + len(nums)))


def parse(book: Workbook) -> Parsed:
    sheet, header = choose_sheet(book)
    cols = header.columns
    findings: list[Finding] = []
    rows: list[RosterRow] = []
    skipped: list[int] = []
    seen_nik: dict[str, RosterRow] = {}
    seen_name: dict[str, int] = {}
    context: dict[str, str] = {}
    today = dt.date.today()

    def cell(cells: list[Cell], name: str) -> Cell:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    if header.ignored:
        findings.append(Finding(header.row_number, INFO, "Kolom tidak dipakai: " + ", ".join(header.ignored)))

    body = sheet.rows[header.index + 1:]
    for pos, (number, cells) in enumerate(body):
        if all(c is None for c in cells):
            skipped.append(number)
            continue
        raw_nik, raw_name = cell(cells, "nik"), _text(cell(cells, "name"))
        nik_text = _text(raw_nik)
        looks_like_person = bool(_NIK_LIKE.search(nik_text))
        texts = [] if looks_like_person else [_text(c) for c in cells]
        if not looks_like_person and (not any(texts) or _is_numbering_row(cells)):
            skipped.append(number)
            continue
        if not looks_like_person and any(FOOTER_RE.search(t) for t in texts if t):
            rest = [n for n, c in body[pos:] if any(_text(x) for x in c)]
            skipped.extend(n for n, _ in body[pos:])
            findings.append(Finding(number, INFO, f"Baris {rest[0]}–{rest[-1]} dibaca sebagai catatan kaki "
                                    "(jumlah/tanda tangan) dan dilewati."))
            break
        if not nik_text and not raw_name:
            nonempty = [t for t in texts if t]
            section = SECTION_RE.match(nonempty[0]) if len(set(nonempty)) == 1 else None
            if section:
                kind = "kecamatan" if section[1].lower().startswith("kec") else "kelurahan"
                context[kind] = section[2].strip()
                if kind == "kecamatan":
                    context.pop("kelurahan", None)
            skipped.append(number)
            continue

        r = RosterRow(number, PersonData(name=raw_name or "?"), "PESERTA")
        rows.append(r)

        def add(level: str, message: str, column: str | None = None, r: RosterRow = r) -> None:
            f = Finding(r.row, level, message, FIELD_LABELS.get(column or "", column))
            r.findings.append(f)
            findings.append(f)
            if level == ERROR:
                r.ok = False

        # NIK
        nik: str | None = None
        if isinstance(raw_nik, (int, float)) and not isinstance(raw_nik, bool):
            add(ERROR, f"NIK tersimpan di Excel sebagai angka ({raw_nik:.6g}); digit terakhir sudah hilang. "
                "Format kolom NIK sebagai Teks lalu ketik ulang NIK lengkap.", "nik")
        elif not nik_text:
            add(ERROR, "NIK kosong.", "nik")
        else:
            try:
                nik = niklib.validate(nik_text)
            except niklib.NikError as exc:
                add(ERROR, str(exc), "nik")

        # Name
        name = names.tidy(raw_name)
        if not name:
            add(ERROR, "Nama kosong.", "name")
        elif re.search(r"\d", name):
            add(WARNING, f"Nama '{name}' mengandung angka; periksa kembali.", "name")

        # Sex
        sex_raw = _text(cell(cells, "sex")).lower().rstrip(".")
        sex: str | None = None
        if sex_raw:
            if sex_raw in {"l", "lk", "laki-laki", "laki laki", "lakilaki", "laki", "pria", "m", "male"}:
                sex = "L"
            elif sex_raw in {"p", "pr", "perempuan", "wanita", "f", "female", "w"}:
                sex = "P"
            else:
                add(WARNING, f"Jenis kelamin '{sex_raw}' tidak dikenali.", "sex")
        facts = niklib.facts(nik) if nik else None
        if facts and sex is None:
            sex = facts.sex
        elif facts and sex != facts.sex:
            add(WARNING, f"Jenis kelamin {sex} tidak cocok dengan NIK (menunjukkan {facts.sex}).", "sex")

        # Birth place and date
        place = _text(cell(cells, "birth_place")) or None
        bdate_cell = cell(cells, "birth_date")
        combined = _text(cell(cells, "birth_place_date"))
        if combined and bdate_cell is None:
            m = re.match(r"^(.*?)[,/]\s*(.+)$", combined)
            if m and dates.parse_date(m[2].strip()):
                place, bdate_cell = place or m[1].strip(), m[2].strip()
            elif dates.parse_date(combined):
                bdate_cell = combined
            else:
                place = place or combined
        bdate = dates.parse_date(bdate_cell)
        if bdate_cell is not None and _text(bdate_cell) and bdate is None:
            add(WARNING, f"Tanggal lahir '{_text(bdate_cell)}' tidak terbaca; dikosongkan.", "birth_date")
        if bdate and facts and facts.birth_date and bdate != facts.birth_date:
            add(WARNING, f"Tanggal lahir {bdate.isoformat()} tidak cocok dengan NIK "
                f"({facts.birth_date.isoformat()}).", "birth_date")

        # Region
        kel_raw = _text(cell(cells, "kelurahan")) or context.get("kelurahan", "")
        kec_raw = _text(cell(cells, "kecamatan")) or context.get("kecamatan", "")
        kel = wilayah.kelurahan(kel_raw) if kel_raw else None
        kec = wilayah.kecamatan(kec_raw) if kec_raw else None
        if kel_raw and not kel:
            add(WARNING, f"Kelurahan '{kel_raw}' tidak dikenal di Kota Banjarmasin; disimpan apa adanya.", "kelurahan")
        if kec_raw and not kec:
            add(WARNING, f"Kecamatan '{kec_raw}' tidak dikenal di Kota Banjarmasin; disimpan apa adanya.", "kecamatan")
        if kel and kec and wilayah.KECAMATAN_OF[kel] != kec:
            add(WARNING, f"Kelurahan {kel} berada di Kecamatan {wilayah.KECAMATAN_OF[kel]}, bukan {kec}.", "kecamatan")
        if kel and not kec_raw:
            kec = wilayah.KECAMATAN_OF[kel]
        if not kel_raw:
            add(WARNING, "Kelurahan kosong.", "kelurahan")

        # Phone
        phone, warn = phonelib.normalise(cell(cells, "phone"))
        if warn:
            add(WARNING, warn, "phone")

        # Year service started
        year: int | None = None
        tmt = cell(cells, "service_start_year")
        if tmt is not None and _text(tmt):
            if isinstance(tmt, (dt.date, dt.datetime)):
                year = tmt.year
            else:
                m = re.search(r"\b(19[4-9]\d|20\d\d)\b", _text(tmt))
                year = int(m[1]) if m else None
            if year is None or year > today.year:
                add(WARNING, f"Tahun mulai tugas '{_text(tmt)}' tidak terbaca; dikosongkan.", "service_start_year")
                year = None
            elif bdate and year - bdate.year < 15:
                add(WARNING, f"Tahun mulai tugas {year} saat usia {year - bdate.year} tahun; periksa kembali.",
                    "service_start_year")

        # Role
        role_raw = _text(cell(cells, "role")).lower()
        role = "PESERTA"
        if role_raw:
            role = next((v for k, v in ROLE_WORDS.items() if k in role_raw), "")
            if not role:
                add(WARNING, f"Peran '{role_raw}' tidak dikenal; dianggap PESERTA.", "role")
                role = "PESERTA"

        r.role = role
        r.person = PersonData(
            name=name or "?", nik=nik, sex=sex, birth_place=place, birth_date=bdate,
            kelurahan=kel or (kel_raw or None), kecamatan=kec or (kec_raw or None), phone=phone,
            service_start_year=year,
        )

        # Duplicates inside the file
        if nik and r.ok:
            first = seen_nik.get(nik)
            if first is not None:
                if first.person == r.person and first.role == r.role:
                    add(WARNING, f"Sama persis dengan baris {first.row} (NIK {niklib.mask(nik)}); dihitung satu orang.")
                    r.duplicate_of = first.row
                else:
                    add(ERROR, f"NIK {niklib.mask(nik)} juga dipakai di baris {first.row} dengan data berbeda "
                        f"('{first.person.name}' / '{r.person.name}').", "nik")
            else:
                seen_nik[nik] = r
                key = names.search_key(name)
                if key in seen_name:
                    add(INFO, f"Nama mirip dengan baris {seen_name[key]} tetapi NIK berbeda: dianggap dua orang.")
                else:
                    seen_name[key] = r.row
    return Parsed(sheet.name, header, rows, findings, skipped)
