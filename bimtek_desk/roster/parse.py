"""Turn the data rows under a header into people, with row-numbered findings.

Nothing here touches the database: the result says, for every row of the
spreadsheet, whether it is a person, a skipped line, or an error and why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates, names, wilayah
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn.wilayah import Regions
from bimtek_desk.roster import birthdates, extras, rules
from bimtek_desk.roster.columns import (
    FIELD_LABELS,
    SECTION_RE,
    Header,
    apply_mapping,
    columns_found,
    find_header,
    is_numbering_row,
    letter,
    likely_header,
)
from bimtek_desk.roster.read import Cell, Sheet, Workbook
from bimtek_desk.roster.rules import ERROR, INFO, WARNING
from bimtek_desk.store.people import PersonData

_DEFAULT = object()
ROLE_WORDS = {"peserta": "PESERTA", "panitia": "PANITIA", "narasumber": "NARASUMBER", "pemateri": "NARASUMBER",
              "fasilitator": "NARASUMBER", "moderator": "PANITIA", "psm": "PESERTA"}
FOOTER_RE = re.compile(
    r"^\s*(jumlah|total|mengetahui|ketua|kepala|sekretaris|nip\b|nip\.|a\.?\s?n\.?\s|an\.|ttd|tanda tangan|dibuat|"
    r"keterangan|catatan|sumber)|^\s*[A-Za-z .]+,\s*\d{1,2}\s+\w+\s+\d{4}\s*$",
    re.I,
)
_NIK_LIKE = re.compile(r"\d{6}")


@dataclass(frozen=True)
class Finding:
    row: int | None  # spreadsheet row number
    level: str  # error | warning | info
    message: str  # Indonesian
    column: str | None = None
    kind: str = ""  # short label shared by findings of one sort (grouped reports)

    def __str__(self) -> str:
        where = f"Baris {self.row}" if self.row else "Berkas"
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.message}"

    @property
    def group(self) -> str:
        return self.kind or self.message


@dataclass
class RosterRow:
    row: int
    person: PersonData
    role: str
    ok: bool = True
    duplicate_of: int | None = None  # an identical earlier row: the same person, not imported twice
    findings: list[Finding] = field(default_factory=list)
    extras: list[tuple[str, str]] = field(default_factory=list)  # the row's other columns: (header, value)


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


class ColumnMissing(UserError):
    """NIK or Nama not found: the message (for the command line), and what a window needs to let the committee
    choose the column on the same sheet."""

    def __init__(self, message: str, *, sheet: str, field: str, texts: dict[int, str]) -> None:
        super().__init__(message)
        self.sheet, self.field, self.texts = sheet, field, texts


def choose_sheet(book: Workbook, mapping: dict[str, str] | None = None) -> tuple[Sheet, Header]:
    """The sheet whose header names the most fields (then: the most rows)."""
    from bimtek_desk.roster.columns import REQUIRED, field_key

    given = {field_key(k) for k, v in (mapping or {}).items() if v.strip() not in ("", "-")}
    required = tuple(r for r in REQUIRED if r not in given)
    candidates = []
    for sheet in book.sheets:
        header = find_header(sheet, required=required)
        if header is not None:
            candidates.append((header.score, len(sheet.rows) - header.index, sheet, header))
    if not candidates:
        where = (f"lembar mana pun ({', '.join(s.name for s in book.sheets)})" if book.kind != "csv"
                 else "berkas ini")
        for present, absent, key in (("name", "NIK", "nik"), ("nik", "Nama", "nama")):
            # the sheet a --map for the missing column would then choose (the same rule as below)
            found = [(h.score, len(s.rows) - h.index, s) for s in book.sheets
                     if (h := find_header(s, required=(present,))) is not None]
            if found:
                sheet = max(found, key=lambda c: (c[0], c[1]))[2]
                several = book.kind != "csv" and len(book.sheets) > 1
                where_sheet = f" di lembar '{sheet.name}'" if book.kind != "csv" else ""
                option = (f'--sheet "{sheet.name}" --map {key}=HURUF' if several else f"--map {key}=HURUF")
                raise ColumnMissing(f"Kolom {absent} tidak ditemukan{where_sheet}. Kolom yang ada{where_sheet}: "
                                    f"{columns_found(sheet)}. Bila {absent} ada di salah satu kolom itu, pilih "
                                    f"kolomnya: {option} (mis. {key}=C).",
                                    sheet=sheet.name, field="nik" if present == "name" else "name",
                                    texts=likely_header(sheet)[1])
        raise UserError(
            f"Tidak ditemukan baris judul kolom di {where}. Daftar peserta harus punya kolom NIK dan Nama "
            "(misalnya: No | NIK | Nama | L/P | Kelurahan | Kecamatan | No. HP)."
        )
    _, _, sheet, header = max(candidates, key=lambda c: (c[0], c[1]))
    if mapping:
        try:
            apply_mapping(header, mapping)
        except UserError as exc:
            if book.kind == "csv":
                raise
            raise UserError(f"Lembar '{sheet.name}': {exc}") from exc
    return sheet, header


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    return str(cell).strip()


def sex_legend(text: str) -> dict[str, str]:
    """'Jenis Kelamin (1=L, 2=P)' -> {'1': 'L', '2': 'P'}; SIAK's 1 = L, 2 = P when the header says nothing."""
    legend = {"1": "L", "2": "P"}
    for digit, word in re.findall(r"\b([12])\s*[=:.)\-]\s*([A-Za-z-]+)", text):
        sex = rules.sex_code(word)
        if sex:
            legend[digit] = sex
    return legend


def _split_place_date(text: str) -> tuple[str | None, str | None]:
    """'Banjarmasin, 03-01-1968' -> ('Banjarmasin', '03-01-1968'); a date alone -> (None, date)."""
    m = re.match(r"^(.*?)[,/]\s*(\d.+|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})$", text)
    if m and re.search(r"\d", m[2]):
        return m[1].strip() or None, m[2].strip()
    if dates.parse_date(text):
        return None, text
    return text or None, None


def parse(book: Workbook, *, mapping: dict[str, str] | None = None, regions: Regions | None | object = _DEFAULT,
          city: str = wilayah.KOTA, show_nik: bool = False) -> Parsed:
    """Read the people of a roster.

    Args:
        mapping: the committee's column choices ({field: column}), see ``columns.apply_mapping``.
        regions: the event's kecamatan/kelurahan (None: not checked); Banjarmasin when not given.
        city: the event's city, named in the note when there is no region list.
        show_nik: messages may show full NIKs.
    """
    if regions is _DEFAULT:
        regions = wilayah.BANJARMASIN
    assert regions is None or isinstance(regions, Regions)
    sheet, header = choose_sheet(book, mapping)
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

    used = set(cols.values())
    extra_cols = [(c, header.texts[c]) for c in sorted(header.texts) if c not in used]
    if extra_cols:
        findings.append(Finding(header.row_number, INFO, "Kolom lain disimpan sebagai keterangan tambahan (tampil di "
                                "Peserta dan ekspor Excel, tidak di badge atau QR): "
                                + ", ".join(f"{letter(c)} '{t}'" for c, t in extra_cols),
                                kind="Keterangan tambahan"))
    if regions is None:
        findings.append(Finding(None, INFO, f"Tidak ada daftar kecamatan/kelurahan untuk Kota {city} (bisa "
                                "ditambahkan di berkas acara, 'wilayah'); kelurahan dan kecamatan tidak diperiksa.",
                                kind="Wilayah tidak diperiksa"))
    legend = sex_legend(header.legend.get(cols["sex"], "")) if "sex" in cols else {}

    body = sheet.rows[header.index + 1:]
    # Each date column's order is surveyed from all of its values; each row is then read on its own,
    # the way its NIK confirms (see ``birthdates``).
    date_values = []
    for _, cells in body:
        if "birth_date" in cols:
            date_values.append(cell(cells, "birth_date"))
        elif "birth_place_date" in cols:
            date_values.append(_split_place_date(_text(cell(cells, "birth_place_date")))[1])
    date_column = birthdates.survey(date_values)
    tally = birthdates.Tally()

    for pos, (number, cells) in enumerate(body):
        if all(c is None for c in cells):
            skipped.append(number)
            continue
        raw_nik, raw_name = cell(cells, "nik"), _text(cell(cells, "name"))
        nik_text = _text(raw_nik)
        looks_like_person = bool(_NIK_LIKE.search(nik_text))
        texts = [] if looks_like_person else [_text(c) for c in cells]
        if not looks_like_person and (not any(texts) or is_numbering_row(cells)):
            skipped.append(number)
            continue
        if not looks_like_person and any(FOOTER_RE.search(t) for t in texts if t):
            rest = [n for n, c in body[pos:] if any(_text(x) for x in c)]
            skipped.extend(n for n, _ in body[pos:])
            findings.append(Finding(number, INFO, f"Baris {rest[0]}–{rest[-1]} dibaca sebagai catatan kaki "
                                    "(jumlah/tanda tangan) dan dilewati.", kind="Catatan kaki dilewati"))
            break
        if not nik_text and not raw_name:
            nonempty = [t for t in texts if t]
            section = SECTION_RE.match(nonempty[0]) if len(set(nonempty)) == 1 else None
            if section:
                kind = "kecamatan" if section[1].lower().startswith("kec") else "kelurahan"  # a desa is a kelurahan
                context[kind] = section[2].strip()
                if kind == "kecamatan":
                    context.pop("kelurahan", None)
            skipped.append(number)
            continue

        r = RosterRow(number, PersonData(name=raw_name or "?"), "PESERTA")
        rows.append(r)

        def add(level: str, message: str, column: str | None = None, kind: str = "", r: RosterRow = r) -> None:
            f = Finding(r.row, level, message, FIELD_LABELS.get(column or "", column), kind)
            r.findings.append(f)
            findings.append(f)
            if level == ERROR:
                r.ok = False

        nik_in = nik_text
        if isinstance(raw_nik, (int, float)) and not isinstance(raw_nik, bool):
            shown = f"{int(raw_nik)}" if raw_nik == int(raw_nik) else f"{raw_nik}"
            add(ERROR, f"NIK tersimpan di Excel sebagai angka ({shown if show_nik else niklib.mask(shown)}); "
                "digit terakhir sudah hilang. Format kolom NIK sebagai Teks lalu ketik ulang NIK lengkap.", "nik",
                "NIK tersimpan sebagai angka")
            nik_in = ""
        elif not nik_text:
            add(ERROR, "NIK kosong.", "nik", "NIK kosong")

        sex_in = _text(cell(cells, "sex"))
        sex_in = legend.get(sex_in, sex_in)
        place = _text(cell(cells, "birth_place")) or None
        bdate_cell = cell(cells, "birth_date")
        combined = _text(cell(cells, "birth_place_date"))
        if combined and bdate_cell is None:
            split_place, bdate_cell = _split_place_date(combined)
            place = place or split_place
        bdate_cell = birthdates.read(bdate_cell, date_column, nik_in, tally, number)
        bdate = dates.parse_date(bdate_cell) if bdate_cell is not None else None
        checked = rules.check({
            "name": raw_name, "nik": nik_in, "sex": sex_in, "birth_place": place,
            "birth_date": bdate if bdate else bdate_cell,
            "kelurahan": _text(cell(cells, "kelurahan")) or context.get("kelurahan", ""),
            "kecamatan": _text(cell(cells, "kecamatan")) or context.get("kecamatan", ""),
            "phone": cell(cells, "phone"), "service_start_year": cell(cells, "service_start_year"),
        }, regions=regions, show_nik=show_nik, today=today)
        for p in checked.problems:
            if p.field == "name" and p.kind == "Nama kosong":
                add(p.level, "Nama kosong.", "name", p.kind)
            else:
                add(p.level, p.message, p.field, p.kind)
        person = checked.person

        # Role
        role_raw = _text(cell(cells, "role")).lower()
        role = "PESERTA"
        if role_raw:
            role = next((v for k, v in ROLE_WORDS.items() if k in role_raw), "")
            if not role:
                add(WARNING, f"Peran '{role_raw}' tidak dikenal; dianggap PESERTA.", "role", "Peran tidak dikenal")
                role = "PESERTA"

        r.role = role
        r.person = person
        for c, title in extra_cols:
            value = rules.unbreak(_text(cells[c])) if c < len(cells) else ""
            if value and not rules.has_control(value):
                r.extras.append((title, value[:extras.MAX_VALUE]))
        nik, name = person.nik, person.name

        # Duplicates inside the file
        if nik and r.ok:
            first = seen_nik.get(nik)
            if first is not None:
                if first.person == r.person and first.role == r.role:
                    add(WARNING, f"Sama persis dengan baris {first.row} (NIK {niklib.mask(nik)}); dihitung satu orang.",
                        kind="Baris ganda (sama persis)")
                    r.duplicate_of = first.row
                else:
                    add(ERROR, f"NIK {niklib.mask(nik)} juga dipakai di baris {first.row} dengan data berbeda "
                        f"('{first.person.name}' / '{r.person.name}').", "nik", "NIK ganda dengan data berbeda")
            else:
                seen_nik[nik] = r
                key = names.search_key(name)
                if key in seen_name:
                    add(INFO, f"Nama mirip dengan baris {seen_name[key]} tetapi NIK berbeda: dianggap dua orang.",
                        kind="Nama mirip, NIK berbeda")
                else:
                    seen_name[key] = r.row
    if regions is not None:
        _one_region_note(rows, findings, regions)
    where = "birth_date" if "birth_date" in cols else "birth_place_date"
    if where in cols:
        note = birthdates.note(date_column, tally, rows_text(tally.undecided))
        if note:
            text = header.describe(cols[where])
            findings.insert(0, Finding(None, WARNING if date_column.mixed or tally.undecided else INFO,
                                       f"{text[0].upper()}{text[1:]}: {note}.", FIELD_LABELS["birth_date"],
                                       kind="Urutan tanggal lahir"))
            by_row = {r.row: r for r in rows}
            for n in tally.undecided:
                f = Finding(n, WARNING, "Tanggal lahir bisa dibaca dua cara dan NIK tidak memastikannya; dibaca "
                            + ("bulan/tanggal" if date_column.majority_month_first else "tanggal/bulan")
                            + " seperti kebanyakan.", FIELD_LABELS["birth_date"], "Urutan tanggal tidak pasti")
                by_row[n].findings.append(f)
                findings.append(f)
    return Parsed(sheet.name, header, rows, findings, skipped)


def _one_region_note(rows: list[RosterRow], findings: list[Finding], regions: Regions) -> None:
    """When most rows name a kelurahan or kecamatan the event's city does not know (a file from another
    region), say so once at the top instead of twice on every row."""
    kinds = {f"Kelurahan tidak dikenal di Kota {regions.city}", f"Kecamatan tidak dikenal di Kota {regions.city}"}
    outside = [r for r in rows if any(f.kind in kinds for f in r.findings)]
    if not rows or len(outside) * 2 <= len(rows):
        return
    examples: list[str] = []
    for r in outside:
        for value in (r.person.kelurahan, r.person.kecamatan):
            if value and value not in examples and len(examples) < 3:
                examples.append(value)
    for r in outside:
        r.findings = [f for f in r.findings if f.kind not in kinds]
    findings[:] = [f for f in findings if f.kind not in kinds]
    findings.insert(0, Finding(None, WARNING, f"{len(outside)} dari {len(rows)} baris berisi kelurahan/kecamatan yang "
                               f"tidak dikenal di Kota {regions.city} (mis. {', '.join(repr(e) for e in examples)}): "
                               "berkas ini tampaknya dari daerah lain. Disimpan apa adanya; tidak diulang per baris.",
                               kind="Sebagian besar di luar wilayah acara"))


def rows_text(rows: list[int], limit: int = 6) -> str:
    """[2, 3, 4, 7, 9, 10] -> '2–4, 7, 9–10'; only the first ``limit`` runs, then '…'."""
    runs: list[list[int]] = []
    for r in sorted(set(rows)):
        if runs and r == runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    parts = [f"{a}" if a == b else f"{a}–{b}" for a, b in runs]
    return ", ".join(parts[:limit]) + (", …" if len(parts) > limit else "")
