"""Read a roster file into a grid of cells, whatever its format.

CSV in UTF-8 (with or without BOM) or Windows-1252, comma/semicolon/tab
separated; XLSX read as a stream (row by row, never the whole sheet at once)
with merged cells filled down; XLS and ODS through python-calamine
(``xls_ods``).  Other files (a PDF renamed .xlsx, a Strict Open XML workbook,
an empty file) are refused with a message that says what the file really is.

Hostile files are refused before they cost memory: the file size, the
uncompressed size of every part of the workbook, the columns and rows a sheet
really uses and the cells that merged ranges would fill all have limits
(``LIMITS``), checked while streaming.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from bimtek_desk.errors import UserError
from bimtek_desk.roster.cell import Cell, cell_text  # noqa: F401 (cell_text: imported from here too)


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 100 * 1024 * 1024  # the file on disk
    part_bytes: int = 100 * 1024 * 1024  # one uncompressed part of an .xlsx (a sheet, the shared strings)
    total_bytes: int = 200 * 1024 * 1024  # all parts an import reads, uncompressed
    shared_bytes: int = 32 * 1024 * 1024  # the shared strings, which openpyxl keeps in memory whole
    columns: int = 1000  # the rightmost column holding data
    rows: int = 250_000  # rows holding data, per sheet
    cells: int = 4_000_000  # rows x columns kept in memory, all sheets together
    csv_field: int = 128 * 1024  # one CSV cell
    # An .xls or .ods sheet is unpacked whole (python-calamine), about 60 bytes a cell from its first used cell
    # to its last: 2,000,000 is 20,000 rows of 100 columns, about 120 MB.
    dense_cells: int = 2_000_000


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
                     "ini bukan daftar peserta yang wajar. Periksa berkasnya (mungkin ada tanda kutip yang tidak ditutup).")


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


def _check_parts(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a workbook whose parts would unpack to too much, before reading any.
    (zipfile never yields more than a part's declared size, so the declared sizes
    are a true upper bound.)"""
    total = 0
    for info in zf.infolist():
        limit = limits.shared_bytes if info.filename.lower().endswith("sharedstrings.xml") else limits.part_bytes
        if info.file_size > limit:
            raise UserError(
                f"Berkas Excel ini membengkak menjadi {_mb(info.file_size)} saat dibuka (bagian '{info.filename}'; "
                f"batas {_mb(limit)}). Berkas ini tidak dibaca: bukan daftar peserta yang wajar.")
        total += info.file_size
    if total > limits.total_bytes:
        raise UserError(f"Berkas Excel ini membengkak menjadi {_mb(total)} saat dibuka (batas {_mb(limits.total_bytes)}). "
                        "Berkas ini tidak dibaca: bukan daftar peserta yang wajar.")


def _refuse_strict(zf: zipfile.ZipFile) -> None:
    """A workbook saved as 'Strict Open XML Spreadsheet' names its parts in other namespaces, which openpyxl does
    not know (it sees no sheet at all): say so, and how to save it the usual way."""
    names = [n for n in zf.namelist() if n.lower().endswith("workbook.xml")]
    for name in names[:1]:
        with zf.open(name) as f:
            head = f.read(4096)
        if b"purl.oclc.org/ooxml/spreadsheetml/main" in head:
            raise UserError("Berkas ini disimpan dalam format 'Strict Open XML Spreadsheet', yang tidak dapat dibaca. "
                            "Buka di Excel, pilih File > Simpan Sebagai (Save As), pada 'Simpan dengan tipe' pilih "
                            "'Buku Kerja Excel (*.xlsx)' (Excel Workbook, bukan 'Strict Open XML'), simpan, lalu impor "
                            "berkas yang baru. Di LibreOffice: Simpan Sebagai > 'Excel 2007-365 (.xlsx)'.")


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _F, _IS, _T, _R = (_NS + t for t in ("row", "c", "v", "f", "is", "t", "r"))
_MERGE = _NS + "mergeCell"
_LETTERS = re.compile(r"[A-Z]{1,3}")


@functools.lru_cache(maxsize=4096)
def _col_of(letters: str) -> int:
    """'AB' -> 28; anything that is not 1–3 capital letters -> a column past every limit."""
    if not _LETTERS.fullmatch(letters):
        return 1 << 20
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _stream_rows(src: Any, ws: Any, merges: list[str]) -> Iterator[tuple[int, list[tuple[int, Cell]]]]:
    """(row number, [(column, value), …]) for each row of a sheet's XML, values as
    Excel shows them (cached formula results; a formula never calculated, as in a
    file written by a program, shows as its text '=B5+1').  One row in memory at a time."""
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    wb = ws.parent
    shared, date_formats, timedeltas, epoch = ws._shared_strings, wb._date_formats, wb._timedelta_formats, wb.epoch
    number = 0
    for _event, el in ElementTree.iterparse(src):
        if el.tag == _MERGE:
            merges.append(el.get("ref", ""))
            continue
        if el.tag != _ROW:
            continue
        r = el.get("r")
        number = int(float(r)) if r else number + 1
        col = 0
        values: list[tuple[int, Cell]] = []
        for c in el:
            if c.tag != _C:
                continue
            ref = c.get("r")
            col = _col_of(ref.rstrip("0123456789")) if ref else col + 1
            kind = c.get("t", "n")
            value: Cell = None
            if kind == "inlineStr":
                child = c.find(_IS)
                if child is not None:
                    value = "".join([t.text or "" for t in child.findall(_T)]
                                    + [t.text or "" for run in child.findall(_R) for t in run.findall(_T)])
            else:
                raw = c.findtext(_V)
                if raw:
                    if kind == "n":
                        value = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                        style = int(c.get("s", 0) or 0)
                        if style in date_formats:
                            try:
                                value = from_excel(value, epoch, timedelta=style in timedeltas)
                            except (OverflowError, ValueError, TypeError):
                                value = "#VALUE!"
                    elif kind == "s":
                        value = shared[int(raw)]
                    elif kind == "b":
                        value = raw == "1"
                    elif kind == "d":
                        value = from_ISO8601(raw)
                    else:  # 'str' (a formula's text result), 'e' (#N/A …)
                        value = raw
                else:
                    formula = c.find(_F)
                    if formula is not None and formula.text:
                        value = "=" + formula.text
            if value is not None and not (isinstance(value, str) and not value.strip()):
                values.append((col, value))
        el.clear()  # an emptied row stays behind: under 100 bytes
        yield number, values


class _Budget:
    def __init__(self, limits: Limits) -> None:
        self.limits, self.cells = limits, 0

    def spend(self, n: int, sheet: str) -> None:
        self.cells += n
        if self.cells > self.limits.cells:
            raise UserError(f"Lembar '{sheet}' terlalu besar: lebih dari {self.limits.cells:,} sel berisi "
                            "(baris × kolom). Berkas ini tidak dibaca.".replace(",", "."))


def _read_sheet(ws: Any, budget: _Budget, limits: Limits) -> Sheet:
    grid: dict[int, list[Cell]] = {}
    refs: list[str] = []
    with ws._get_source() as src:
        for number, values in _stream_rows(src, ws, refs):
            if not values:
                continue
            width = max(col for col, _ in values)
            if width > limits.columns:
                where = f"{column_letters(width)}{number}"
                raise UserError(f"Lembar '{ws.title}' berisi data di sel {where}, jauh di luar tabel (batas "
                                f"{limits.columns} kolom). Hapus isi sel itu di Excel, simpan, lalu impor lagi.")
            if len(grid) >= limits.rows:
                raise UserError(f"Lembar '{ws.title}' berisi lebih dari {limits.rows:,} baris; ".replace(",", ".")
                                + "terlalu banyak untuk satu daftar peserta. Berkas ini tidak dibaca.")
            budget.spend(width, ws.title)
            row: list[Cell] = [None] * width
            for col, value in values:
                row[col - 1] = value
            grid[number] = row
    bounds = []
    for ref in refs:
        try:
            bounds.append(_bounds(ref))
        except ValueError:
            continue
    return Sheet(ws.title, *_fill_merges(grid, bounds, budget, ws.title))


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


def _bounds(ref: str) -> tuple[int, int, int, int]:
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if None in (min_col, min_row, max_col, max_row):
        raise ValueError(ref)
    return min_col, min_row, max_col, max_row  # type: ignore[return-value]


def _read_xlsx(path: Path, data: bytes, sheet: str | None, limits: Limits) -> Workbook:
    import openpyxl  # imported here: CSV imports should not pay for it
    from openpyxl.utils.exceptions import InvalidFileException

    out = Workbook(path, "xlsx")
    # openpyxl warns in English about data validation, conditional formatting and
    # the like; none of it matters for a roster, so none of it reaches the user.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            _check_parts(zf, limits)
            _refuse_strict(zf)
            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
            names = wb.sheetnames
        except UserError:
            raise
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
            raise UserError("Berkas .xlsx rusak atau bukan berkas Excel yang sah.") from exc
        except Exception as exc:  # openpyxl raises many kinds on malformed XML
            raise UserError(f"Berkas Excel tidak dapat dibaca ({type(exc).__name__}). Simpan ulang di Excel.") from exc
        if sheet is not None and sheet not in names:
            wb.close()
            raise UserError(f"Lembar '{sheet}' tidak ada. Lembar yang ada: {', '.join(names)}.")
        budget = _Budget(limits)
        try:
            for ws in wb.worksheets:
                if sheet is not None and ws.title != sheet:
                    continue
                if not hasattr(ws, "_get_source"):
                    continue  # a chart sheet
                out.sheets.append(_read_sheet(ws, budget, limits))
        except UserError:
            raise
        except Exception as exc:
            raise UserError(f"Berkas Excel tidak dapat dibaca ({type(exc).__name__}). Simpan ulang di Excel.") from exc
        finally:
            wb.close()
    return out


# -- XLS, ODS ------------------------------------------------------------------------


_FORMAT = {"xls": "Excel lama (.xls)", "ods": "OpenDocument (.ods)"}


def _read_calamine(path: Path, data: bytes, kind: str, sheet: str | None, limits: Limits) -> Workbook:
    """An .xls or .ods, under the .xlsx's limits: its cells are counted before python-calamine unpacks it."""
    from bimtek_desk.roster import xls_ods

    if kind == "ods":
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise UserError("Berkas .ods rusak atau bukan berkas OpenDocument yang sah.") from exc
        _check_parts(zf, limits)
        extents = xls_ods.ods_extents(zf)
    else:
        extents = xls_ods.xls_extents(data)
    dense = 0
    for n, extent in enumerate(extents, start=1):
        if extent.last_col >= limits.columns:
            raise UserError(f"Lembar ke-{n} berisi data di kolom {column_letters(extent.last_col + 1)}, jauh di luar "
                            f"tabel (batas {limits.columns} kolom). Hapus isi sel itu, simpan, lalu impor lagi.")
        if extent.last_row - extent.first_row >= limits.rows:
            raise UserError(f"Lembar ke-{n} berisi lebih dari {limits.rows:,} baris; ".replace(",", ".")
                            + "terlalu banyak untuk satu daftar peserta. Berkas ini tidak dibaca.")
        dense += extent.cells
    if dense > limits.dense_cells:
        def dots(n: int) -> str:
            return f"{n:,}".replace(",", ".")

        raise UserError(f"Berkas {_FORMAT[kind]} ini terlalu besar untuk dibaca: {dots(dense)} sel dari sel pertama "
                        f"hingga sel terakhir yang berisi (batas {dots(limits.dense_cells)}). Mungkin ada isian jauh "
                        "di luar tabel; hapus isian itu, atau simpan sebagai .xlsx, lalu impor lagi.")
    out = Workbook(path, kind)
    budget = _Budget(limits)
    for name, rows, extent in xls_ods.read_rows(path, data, kind, extents, sheet):
        grid: dict[int, list[Cell]] = {}
        for number, cells in rows:
            budget.spend(len(cells), name)
            grid[number] = cells
        merges = [(c0 + 1, r0 + 1, c1 + 1, r1 + 1) for r0, c0, r1, c1 in (extent.merges if extent else [])]
        out.sheets.append(Sheet(name, *_fill_merges(grid, merges, budget, name)))
    return out
