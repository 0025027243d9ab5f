"""Read a roster file into a grid of cells, whatever its format.

CSV in UTF-8 (with or without BOM) or Windows-1252, comma/semicolon/tab
separated; XLSX, XLS and ODS through python-calamine's public API (``sheets``),
with merged cells filled down.  Other files (a PDF renamed .xlsx, a Strict
Open XML workbook, an empty file) are refused with a message that says what
the file really is.

Hostile files are refused before they cost memory: the file size, the
uncompressed size of every part of the workbook (from the zip's directory,
before any part is opened), the columns and rows a sheet really uses (counted
by streaming its cells before calamine reads it) and the cells that merged
ranges would fill all have limits (``LIMITS``).
"""

from __future__ import annotations

import bisect
import csv
import io
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.roster import sheets
from bimtek_desk.roster.cell import Cell, cell_text  # noqa: F401 (cell_text: imported from here too)
from bimtek_desk.roster.sheets import Extent


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 100 * 1024 * 1024  # the file on disk
    part_bytes: int = 100 * 1024 * 1024  # one uncompressed part of an .xlsx (a sheet, the shared strings)
    total_bytes: int = 200 * 1024 * 1024  # all parts an import reads, uncompressed
    shared_bytes: int = 32 * 1024 * 1024  # the parts calamine keeps in memory whole: shared strings, styles, workbook
    columns: int = 1000  # the rightmost column holding data
    rows: int = 250_000  # rows holding data, per sheet
    cells: int = 4_000_000  # rows x columns kept in memory, all sheets together
    csv_field: int = 128 * 1024  # one CSV cell
    # An .xls or .ods sheet is unpacked whole (python-calamine), about 60 bytes a cell from its first used cell
    # to its last: 2,000,000 is 20,000 rows of 100 columns, about 120 MB.
    dense_cells: int = 2_000_000
    # An .xlsx sheet's cells are counted before calamine reads it, under a microsecond an XML element (a row, a
    # cell, its value): 4,500,000 holds the 2,000,000 filled cells ``dense_cells`` allows, in about 3 s at most.
    xml_elements: int = 4_500_000


LIMITS = Limits()


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells); blank rows may be left out
    # Merged ranges that span several columns of one row (group headers): (row, first col, last col), 1-based.
    spans: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass
class Workbook:
    path: Path
    kind: str  # 'csv' | 'xlsx' | 'xls' | 'ods'
    sheets: list[Sheet] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None


def sniff(data: bytes) -> str:
    """'xlsx', 'ods', 'xls', 'csv', or raise UserError naming what the file is."""
    if not data.strip():
        raise UserError("Berkas kosong: tidak ada data peserta di dalamnya.")
    if data.startswith(b"PK\x03\x04"):
        # OpenDocument puts an uncompressed 'mimetype' entry first; its text follows the entry's name
        return "ods" if data[30:38] == b"mimetype" and b"opendocument.spreadsheet" in data[38:120] else "xlsx"
    if data.startswith(b"%PDF"):
        raise UserError("Berkas ini PDF, bukan daftar peserta. Minta berkas Excel (.xlsx) atau CSV dari Dinas Sosial.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"  # an OLE2 container: an old Excel workbook (or a password-protected .xlsx, or a Word file)
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise UserError("Berkas ini gambar, bukan daftar peserta.")
    sample = data[:4096]
    if b"\x00" in sample:
        raise UserError("Berkas ini bukan teks CSV maupun Excel (.xlsx).")
    return "csv"


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB".replace(",", ".")


def read(path: str | Path, *, sheet: str | None = None, limits: Limits = LIMITS) -> Workbook:
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError
        if size > limits.file_bytes:
            raise UserError(f"Berkas '{path.name}' terlalu besar ({_mb(size)}; batas {_mb(limits.file_bytes)}). "
                            "Daftar peserta sebesar ini bukan daftar yang wajar; periksa berkasnya.")
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise UserError(f"'{path}' adalah folder, bukan berkas.") from exc
    except OSError as exc:
        raise UserError(f"Berkas '{path}' tidak dapat dibaca: {exc.strerror}.") from exc
    kind = sniff(data)
    if kind == "xlsx":
        return _read_xlsx(path, data, sheet, limits)
    if kind in ("xls", "ods"):
        return _read_calamine(path, data, kind, sheet, limits)
    if sheet is not None:
        raise UserError("Pilihan --sheet hanya berlaku untuk berkas Excel atau OpenDocument (.xlsx, .xls, .ods).")
    return _read_csv(path, data, limits)


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8" + ("-sig" if data.startswith(b"\xef\xbb\xbf") else "")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _field_too_big(line: int, limits: Limits) -> UserError:
    return UserError(f"Satu sel CSV di sekitar baris {line} lebih dari {limits.csv_field // 1024} KB; "
                     "ini bukan daftar peserta yang wajar. Periksa berkasnya "
                     "(mungkin ada tanda kutip yang tidak ditutup).")


def _delimiter(text: str, limits: Limits) -> str:
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t"):
        try:
            counts = Counter(len(row) for row in csv.reader(lines, delimiter=delim))
        except csv.Error:
            continue  # judged again, with the row number, when the file is read
        if not counts:
            continue
        width, freq = max(counts.items(), key=lambda kv: (kv[1], kv[0]) if kv[0] > 1 else (0, 0))
        score = freq if width > 1 else 0
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, data: bytes, limits: Limits) -> Workbook:
    text, encoding = _decode(data)
    delim = _delimiter(text, limits)
    old_limit = csv.field_size_limit(limits.csv_field)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[Cell]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, [c if c.strip() else None for c in cells]))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _field_too_big(start, limits) from exc
        raise UserError(f"CSV rusak di baris {reader.line_num}: tanda kutip atau pemisah tidak beraturan.") from exc
    finally:
        csv.field_size_limit(old_limit)
    return Workbook(path, "csv", [Sheet(path.stem, rows)], encoding=encoding, delimiter=delim)


# -- XLSX ---------------------------------------------------------------------------


def column_letters(n: int) -> str:
    """The spreadsheet name of column ``n`` (1-based): 1 -> 'A', 28 -> 'AB'."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


_WHOLE = ("sharedstrings.xml", "styles.xml", "workbook.xml", ".rels")  # parts calamine keeps in memory whole


def _check_parts(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a workbook whose parts would unpack to too much, before reading any.
    (zipfile never yields more than a part's declared size, so the declared sizes
    are a true upper bound.)  Two parts whose names differ only in case are a broken
    file: calamine finds parts ignoring case, and would read the one not counted."""
    total = 0
    names: set[str] = set()
    for info in zf.infolist():
        name = info.filename.lower()
        if name in names:
            raise UserError("Berkas ini rusak: ada bagian yang bernama ganda di dalamnya. Buka di Excel atau "
                            "LibreOffice, simpan ulang, lalu impor lagi.")
        names.add(name)
        limit = limits.shared_bytes if name.endswith(_WHOLE) else limits.part_bytes
        if info.file_size > limit:
            raise UserError(
                f"Berkas Excel ini membengkak menjadi {_mb(info.file_size)} saat dibuka (bagian '{info.filename}'; "
                f"batas {_mb(limit)}). Berkas ini tidak dibaca: bukan daftar peserta yang wajar.")
        total += info.file_size
    if total > limits.total_bytes:
        raise UserError(f"Berkas Excel ini membengkak menjadi {_mb(total)} saat dibuka "
                        f"(batas {_mb(limits.total_bytes)}). Berkas ini tidak dibaca: bukan daftar peserta yang wajar.")


def _refuse_strict(zf: zipfile.ZipFile) -> None:
    """A workbook saved as 'Strict Open XML Spreadsheet' names its parts in other namespaces, which the usual
    readers do not know (openpyxl sees no sheet at all): say so, and how to save it the usual way."""
    names = [n for n in zf.namelist() if n.lower().endswith("workbook.xml")]
    for name in names[:1]:
        with zf.open(name) as f:
            head = f.read(4096)
        if b"purl.oclc.org/ooxml/spreadsheetml/main" in head:
            raise UserError("Berkas ini disimpan dalam format 'Strict Open XML Spreadsheet', yang tidak dapat dibaca. "
                            "Buka di Excel, pilih File > Simpan Sebagai (Save As), pada 'Simpan dengan tipe' pilih "
                            "'Buku Kerja Excel (*.xlsx)' (Excel Workbook, bukan 'Strict Open XML'), simpan, lalu impor "
                            "berkas yang baru. Di LibreOffice: Simpan Sebagai > 'Excel 2007-365 (.xlsx)'.")


class _Budget:
    def __init__(self, limits: Limits) -> None:
        self.limits, self.cells = limits, 0

    def spend(self, n: int, sheet: str) -> None:
        self.cells += n
        if self.cells > self.limits.cells:
            raise UserError(f"Lembar '{sheet}' terlalu besar: lebih dari {self.limits.cells:,} sel berisi "
                            "(baris × kolom). Berkas ini tidak dibaca.".replace(",", "."))


def _fill_merges(grid: dict[int, list[Cell]], bounds: list[tuple[int, int, int, int]], budget: _Budget,
                 title: str) -> tuple[list[tuple[int, list[Cell]]], list[tuple[int, int, int]]]:
    """Merged ranges ((min col, min row, max col, max row), 1-based) filled down into the rows that hold
    data; returns the rows in order and the one-row spans (group headers)."""
    numbers = sorted(grid)
    spans: list[tuple[int, int, int]] = []
    for min_col, min_row, max_col, max_row in bounds:
        if min_row not in grid:
            continue
        top = grid[min_row]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        if max_row == min_row:
            if max_col > min_col:
                spans.append((min_row, min_col, max_col))  # a group header: its text stays in its first cell
            continue
        # Fill down (and across) only the rows and columns that hold data: never the whole claimed range.
        lo, hi = bisect.bisect_left(numbers, min_row), bisect.bisect_right(numbers, max_row)
        for number in numbers[lo:hi]:
            row = grid[number]
            stop = min(max_col, max(len(row), len(top)))
            if stop > len(row):
                budget.spend(stop - len(row), title)
                row.extend([None] * (stop - len(row)))
            budget.spend(max(0, stop - min_col + 1), title)
            for c in range(min_col, stop + 1):
                row[c - 1] = value
    return [(n, grid[n]) for n in numbers], spans


# What unpacking a part can raise: a bad CRC or length, a broken deflate stream, a method zipfile lacks.
_UNZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)


def _read_xlsx(path: Path, data: bytes, sheet: str | None, limits: Limits) -> Workbook:
    """An .xlsx: its parts' sizes checked, its sheets' cells counted (``sheets.xlsx_extents``), then
    read by python-calamine like an .xls or .ods."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError("Berkas .xlsx rusak atau bukan berkas Excel yang sah.") from exc
    _check_parts(zf, limits)
    try:
        _refuse_strict(zf)
        extents = sheets.xlsx_extents(zf, columns=limits.columns, rows=limits.rows, cells=limits.dense_cells,
                                      elements=limits.xml_elements)
    except _UNZIP_ERRORS as exc:  # a part whose bytes are not what the zip's directory says
        raise UserError("Berkas .xlsx rusak atau bukan berkas Excel yang sah.") from exc
    return _read_calamine(path, data, "xlsx", sheet, limits, extents)


# -- XLS, ODS (and the .xlsx, once counted) ----------------------------------------------


_FORMAT = {"xlsx": "Excel (.xlsx)", "xls": "Excel lama (.xls)", "ods": "OpenDocument (.ods)"}


def _read_calamine(path: Path, data: bytes, kind: str, sheet: str | None, limits: Limits,
                   extents: list[Extent] | None = None) -> Workbook:
    """A workbook under the limits: its cells are counted before python-calamine unpacks it."""
    if extents is None and kind == "ods":
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise UserError("Berkas .ods rusak atau bukan berkas OpenDocument yang sah.") from exc
        _check_parts(zf, limits)
        try:
            extents = sheets.ods_extents(zf)
        except _UNZIP_ERRORS as exc:
            raise UserError("Berkas .ods rusak atau bukan berkas OpenDocument yang sah.") from exc
    elif extents is None:
        extents = sheets.xls_extents(data)
    _check_extents(extents, kind, limits)
    out = Workbook(path, kind)
    budget = _Budget(limits)
    for name, rows, extent in sheets.read_rows(path, data, kind, extents, sheet):
        grid: dict[int, list[Cell]] = {}
        for number, cells in rows:
            budget.spend(len(cells), name)
            grid[number] = cells
        merges = [(c0 + 1, r0 + 1, c1 + 1, r1 + 1) for r0, c0, r1, c1 in (extent.merges if extent else [])]
        out.sheets.append(Sheet(name, *_fill_merges(grid, merges, budget, name)))
    return out


def _check_extents(extents: list[Extent], kind: str, limits: Limits) -> None:
    """Refuse a workbook whose sheets reach too far or would unpack to too many cells."""
    dense = 0
    for n, extent in enumerate(extents, start=1):
        sheet = f"Lembar '{extent.name}'" if extent.name is not None else f"Lembar ke-{n}"
        if extent.far is not None:
            where = f"{column_letters(extent.far[1] + 1)}{extent.far[0] + 1}"
            raise UserError(f"{sheet} berisi data di sel {where}, jauh di luar tabel (batas {limits.columns} kolom). "
                            "Hapus isi sel itu, simpan, lalu impor lagi.")
        if extent.last_col >= limits.columns:
            raise UserError(f"{sheet} berisi data di kolom {column_letters(extent.last_col + 1)}, jauh di luar "
                            f"tabel (batas {limits.columns} kolom). Hapus isi sel itu, simpan, lalu impor lagi.")
        if extent.last_row - extent.first_row >= limits.rows:
            raise UserError(f"{sheet} berisi lebih dari {_dots(limits.rows)} baris; terlalu banyak untuk satu daftar "
                            "peserta. Berkas ini tidak dibaca.")
        dense += extent.cells
    if dense > limits.dense_cells:
        resave = "hapus isian itu, lalu impor lagi" if kind == "xlsx" else \
            "hapus isian itu, atau simpan sebagai .xlsx, lalu impor lagi"
        raise UserError(f"Berkas {_FORMAT[kind]} ini terlalu besar untuk dibaca: {_dots(dense)} sel dari sel pertama "
                        f"hingga sel terakhir yang berisi (batas {_dots(limits.dense_cells)}). Mungkin ada isian jauh "
                        f"di luar tabel; {resave}.")


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")
