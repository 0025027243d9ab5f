"""Spreadsheet rosters (.xlsx, .xls, .ods), read with python-calamine's public API.

calamine (Rust, also pandas' reader for these formats) unpacks a sheet into one
dense block from its first to its last used cell: two cells at A1 and
XFD1048576 would cost it terabytes.  So before calamine sees a file, the cells
it would hold are counted here, cheaply, from the file's own records, walked
the way calamine walks them: the cells of each worksheet part of an .xlsx
(streamed; found through xl/workbook.xml and its relationships), the BIFF cell
records of an .xls (through olefile) and the rows, cells and their repeat
counts in an .ods's content.xml (streamed).  The zip's declared sizes are
checked before any of it (``read._check_parts``).  A file over the limits is
refused before it is read.  Rows then come from calamine one at a time:
merged cells filled down, blank rows left out.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.parsers import expat

from bimtek_desk.errors import UserError
from bimtek_desk.roster.cell import Cell


@dataclass
class Extent:
    """What a sheet would cost calamine: its used block, and the merged ranges (0-based, inclusive)."""

    first_row: int = 1 << 30
    last_row: int = -1
    first_col: int = 1 << 30
    last_col: int = -1
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1)
    worksheet: bool = True  # an .xls also has chart and macro sheets, which calamine unpacks but we do not read
    name: str | None = None  # known for an .xlsx
    far: tuple[int, int] | None = None  # an .xlsx's first cell past the column limit (row0, col0)
    # An .xlsx's formulas that were never calculated (a file written by a program): calamine reads them as
    # empty, Excel shows their text. (row0, col0) -> '=B5+1'
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, row: int, col0: int, col1: int | None = None) -> None:
        col1 = col0 if col1 is None else col1
        self.first_row, self.last_row = min(self.first_row, row), max(self.last_row, row)
        self.first_col, self.last_col = min(self.first_col, col0), max(self.last_col, col1)

    @property
    def cells(self) -> int:
        if self.last_row < 0:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


# -- .xls: BIFF records inside an OLE2 compound file ----------------------------------------------

_EOF, _FILEPASS, _BOUNDSHEET, _SST, _DIMENSIONS = 0x000A, 0x002F, 0x0085, 0x00FC, 0x0200
_CELL = {0x0006, 0x00FD, 0x0203, 0x027E, 0x0201, 0x0204, 0x0205, 0x00D6}  # formula, sst, number, rk, blank, label …
_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, …, last column
_MERGE = 0x00E5


def _records(stream: bytes, pos: int) -> Iterator[tuple[int, int, int]]:
    """(kind, body offset, size) of each record from ``pos`` to the first EOF, as calamine walks
    them; a record running past the stream is a broken file."""
    n = len(stream)
    while pos + 4 <= n:
        kind, size = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if body + size > n:
            raise _broken()
        yield kind, body, size
        if kind == _EOF:
            return
        pos = body + size


def xls_extents(data: bytes) -> list[Extent]:
    """The used block of each sheet of an .xls, from its cell records, in the workbook's order;
    UserError for what is no readable workbook (a password, a Word file, a broken container).

    The records are walked as calamine walks them: the globals up to their EOF, then each
    sheet from the position its BOUNDSHEET record gives (not wherever a sequential scan
    happens to find a BOF: a hostile file hides a sheet inside another record's body), every
    sheet whatever its type (calamine unpacks charts and macro sheets too), up to its first
    EOF.  A DIMENSIONS record is part of the block (calamine reserves room for it), and the
    string table's count must fit the stream (calamine reserves room for that too)."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError and others on a broken container
        raise UserError("Berkas .xls ini rusak (wadah OLE tidak sah). Buka di Excel, simpan ulang, lalu impor "
                        "lagi.") from exc
    try:
        if ole.exists("EncryptedPackage"):
            raise _password()
        name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
        if name is None:
            raise UserError("Berkas ini berformat Office lama tetapi bukan buku kerja Excel (mungkin dokumen Word). "
                            "Minta berkas Excel (.xlsx, .xls) atau CSV.")
        stream = ole.openstream(name).read()
    finally:
        ole.close()
    unpack = struct.unpack_from
    sheets: list[tuple[int, bool]] = []  # (position of its BOF, a worksheet)
    for kind, body, size in _records(stream, 0):
        if kind == _FILEPASS:
            raise _password()
        if kind == _BOUNDSHEET and size >= 6:
            sheets.append((unpack("<I", stream, body)[0], stream[body + 5] == 0))
        elif kind == _SST and size >= 8:
            count = unpack("<i", stream, body + 4)[0]
            if count < 0 or count > len(stream) // 3:  # each string takes at least 3 bytes
                raise _broken()
    out: list[Extent] = []
    for pos, worksheet in sheets:
        if pos + 4 > len(stream):
            raise _broken()
        current = Extent(worksheet=worksheet)
        out.append(current)
        for kind, body, size in _records(stream, pos):
            if kind in _CELL and size >= 4:
                row, col = unpack("<HH", stream, body)
                current.add(row, col)
            elif kind in _MULTI and size >= 6:
                row, first = unpack("<HH", stream, body)
                last = unpack("<H", stream, body + size - 2)[0]
                current.add(row, first, max(first, last))
            elif kind == _DIMENSIONS and size in (10, 14):
                rf, rl, cf, cl = unpack("<HHHH" if size == 10 else "<IIHH", stream, body)
                r1, c1 = (rl - 1, cl - 1) if rl >= 1 and cl >= 1 else (rf, cf)
                if r1 < rf or c1 < cf:  # calamine would reserve room for billions of cells
                    raise _broken()
                current.add(rf, cf)
                current.add(r1, c1)
            elif kind == _MERGE and size >= 2:
                count = unpack("<H", stream, body)[0]
                for i in range(min(count, (size - 2) // 8)):
                    r0, r1, c0, c1 = unpack("<HHHH", stream, body + 2 + 8 * i)
                    current.merges.append((r0, c0, r1, c1))
    return out


def _broken() -> UserError:
    return UserError("Berkas .xls ini rusak (catatan di dalamnya tidak sah). Buka di Excel atau LibreOffice, simpan "
                     "ulang sebagai .xlsx, lalu impor lagi.")


def _password() -> UserError:
    return UserError("Berkas ini dilindungi kata sandi. Buka di Excel atau LibreOffice, hapus kata sandinya "
                     "(Excel: File > Info > Lindungi Buku Kerja), simpan, lalu impor lagi.")


# -- .ods: content.xml ------------------------------------------------------------------------

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE, _ROW, _CELL_EL, _COVERED = _T + "table", _T + "table-row", _T + "table-cell", _T + "covered-table-cell"


def ods_extents(zf: zipfile.ZipFile) -> list[Extent]:
    """The used block of each table of an .ods, streaming content.xml (repeated rows and cells counted
    as many times as they repeat, empty ones not at all)."""
    try:
        manifest = zf.read("META-INF/manifest.xml")  # its size was checked with the others
    except KeyError:
        manifest = b""
    if b"encryption-data" in manifest:
        raise _password()
    try:
        src = zf.open("content.xml")
    except KeyError as exc:
        raise UserError("Berkas .ods ini rusak: isinya (content.xml) tidak ada.") from exc
    out: list[Extent] = []
    current: Extent | None = None
    row = col = 0
    with src:
        try:
            for event, el in ElementTree.iterparse(src, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == _TABLE:
                        current = Extent()
                        out.append(current)
                        row = 0
                    elif tag == _ROW:
                        col = 0
                    continue
                if tag in (_CELL_EL, _COVERED) and current is not None:
                    repeat = _count(el.get(_T + "number-columns-repeated"))
                    has_value = el.get(_O + "value-type") is not None or len(el) > 0
                    if has_value:
                        current.add(row, col, col + repeat - 1)
                        spans = (_count(el.get(_T + "number-rows-spanned")),
                                 _count(el.get(_T + "number-columns-spanned")))
                        if tag == _CELL_EL and spans != (1, 1):
                            current.merges.append((row, col, row + spans[0] - 1, col + spans[1] - 1))
                    col += repeat
                    el.clear()
                elif tag == _ROW and current is not None:
                    repeat = _count(el.get(_T + "number-rows-repeated"))
                    if repeat > 1 and current.last_row == row:  # the row's cells repeat down
                        current.add(row + repeat - 1, current.last_col)
                    row += repeat
                    el.clear()
        except ElementTree.ParseError as exc:
            raise UserError("Berkas .ods ini rusak (XML tidak sah). Buka di LibreOffice, simpan ulang, lalu impor "
                            "lagi.") from exc
    return out


def _count(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


# -- .xlsx: the worksheet parts ----------------------------------------------------------------

_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_MAX_ROW, _MAX_COL = 1_048_576, 16_384  # Excel's last cell, XFD1048576
_FORMULAS = 100_000  # formula texts kept per workbook (each at most 255 characters)


def _local(tag: str) -> str:
    """An element's name without its namespace: calamine matches names so, whatever the prefix."""
    return tag[tag.rfind("}") + 1:]


def _cell(ref: str) -> tuple[int, int]:
    """'AB12' -> (11, 27), 0-based; a reference outside Excel's grid is a broken file (calamine would
    read it otherwise than we count it)."""
    m = _REF.fullmatch(ref)
    if m is None:
        raise _broken_xlsx()
    letters, digits = m.groups()
    col = _column(letters)
    row = int(digits)
    if not (1 <= row <= _MAX_ROW and 1 <= col <= _MAX_COL):
        raise _broken_xlsx()
    return row - 1, col - 1


@functools.lru_cache(maxsize=4096)
def _column(letters: str) -> int:
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    return col


def _row(ref: str) -> int:
    if not ref.isascii() or not ref.isdigit() or not 1 <= int(ref) <= _MAX_ROW:
        raise _broken_xlsx()
    return int(ref) - 1


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _broken_xlsx() -> UserError:
    return UserError("Berkas .xlsx rusak atau bukan berkas Excel yang sah.")


def _part(zf: zipfile.ZipFile, path: str) -> zipfile.ZipInfo | None:
    """A part by name, ignoring case as calamine does; two parts differing only in case are a broken file."""
    found = [info for info in zf.infolist() if info.filename.lower() == path.lower()]
    if len(found) > 1:
        raise _broken_xlsx()
    return found[0] if found else None


def _parse(zf: zipfile.ZipFile, path: str) -> ElementTree.Element | None:
    info = _part(zf, path)
    if info is None:
        return None
    try:
        return ElementTree.fromstring(zf.read(info))  # a small part: its size was checked with the others
    except ElementTree.ParseError as exc:
        raise _broken_xlsx() from exc


def xlsx_extents(zf: zipfile.ZipFile, *, columns: int, rows: int, cells: int, elements: int) -> list[Extent]:
    """The used block, name, merged ranges and uncalculated formulas of each sheet of an .xlsx, in the
    workbook's order, found as calamine finds them (xl/workbook.xml, its relationships, parts by name
    whatever their case).  Cells are counted as calamine keeps them, or more: any cell with content.
    A sheet's scan stops once it is past ``columns``, ``rows`` or ``cells`` (it is refused anyway); a sheet
    of more than ``elements`` XML elements is refused."""
    workbook = _parse(zf, "xl/workbook.xml")
    if workbook is None:
        return []
    targets: dict[str | None, str | None] = {}
    rels = _parse(zf, "xl/_rels/workbook.xml.rels")
    for el in rels.iter() if rels is not None else ():
        if _local(el.tag) == "Relationship":
            targets[el.get("Id")] = el.get("Target")
    out: list[Extent] = []
    kept = 0
    for el in workbook.iter():
        if _local(el.tag) != "sheet":
            continue
        ids = [v for k, v in el.attrib.items() if k.startswith("{") and _local(k) == "id"]
        target = targets.get(ids[0]) if len(ids) == 1 else None
        if target is None:
            raise _broken_xlsx()
        path = target[1:] if target.startswith("/xl/") else target if target.startswith("xl/") else "xl/" + target
        kind = path.split("/")[1] if "/" in path else ""
        extent = Extent(name=el.get("name", ""), worksheet=kind == "worksheets")
        out.append(extent)
        if extent.worksheet:
            info = _part(zf, path)
            if info is None:
                raise _broken_xlsx()
            with zf.open(info) as src:
                kept += _scan_sheet(src, extent, columns=columns, rows=rows, cells=cells, formulas=_FORMULAS - kept,
                                    elements=elements)
    return out


class _PastLimitError(Exception):
    """A sheet's scan can stop: it is past a limit and will be refused."""


def _scan_sheet(src: IO[bytes], extent: Extent, *, columns: int, rows: int, cells: int, formulas: int,
                elements: int) -> int:
    """Count one worksheet part's cells into ``extent`` (positions as calamine gives them: a cell's own
    reference, else the next column of the current row; a row's own number, else the next row);
    returns how many formula texts it kept.

    Streamed through expat with no tree at all, so a part of a million empty rows costs no memory;
    only start tags are looked at (a cell holds the <v>, <is> or <f> that start after it and before
    anything else but the text of an inline string), and a part with more than ``elements`` tags is
    refused, so time is bounded too."""
    parser = expat.ParserCreate(namespace_separator="}")
    local: dict[str, str] = {}
    row, col, seen, kept = -1, 0, 0, 0
    here: tuple[int, int] | None = None  # the cell being read
    content = value = False  # it holds an element; a value or an inline string
    text: list[str] | None = None  # the text of its <v> or <f>
    v_text: list[str] = []
    f_text: list[str] = []

    def finish() -> None:
        """The cell being read held something and is complete (the next cell or row starts, or the part ends)."""
        nonlocal content, value, text, kept
        assert here is not None
        r, c = here
        if r < extent.first_row:
            extent.first_row = r
        if r > extent.last_row:
            extent.last_row = r
        if c < extent.first_col:
            extent.first_col = c
        if c > extent.last_col:
            extent.last_col = c
        if c >= columns:
            extent.far = here
            raise _PastLimitError
        has_value = value or "".join(v_text).strip() != ""  # a program writes <v/> under an uncalculated formula
        formula = "".join(f_text).strip()
        if formula and not has_value and kept < formulas:
            extent.formulas[here] = "=" + formula[:255]
            kept += 1
        content, value, text = False, False, None
        v_text.clear()
        f_text.clear()

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row, col, seen, here, content, value, text
        seen += 1
        if seen > elements:
            raise UserError(f"Lembar '{extent.name}' terlalu besar: lebih dari {_dots(elements)} sel dan baris "
                            "tersimpan di dalamnya. Berkas ini tidak dibaca.")
        name = local.get(tag) or local.setdefault(tag, tag[tag.rfind("}") + 1:])
        if name == "c":
            if content:
                finish()
            ref = attrs.get("r")
            here = _cell(ref) if ref is not None else (max(row, 0), col)
            col = here[1] + 1
        elif name == "row":
            if content:
                finish()
            here = None
            ref = attrs.get("r")
            row = _row(ref) if ref is not None else row + 1  # calamine counts on at a row's end
            col = 0
            if row >= _MAX_ROW:
                raise UserError(f"Lembar '{extent.name}' berisi lebih dari {_dots(_MAX_ROW)} baris, lebih dari yang "
                                "dapat dimuat Excel: ini bukan berkas Excel yang sah. Berkas ini tidak dibaca.")
            if extent.cells > cells or extent.last_row - extent.first_row >= rows:
                raise _PastLimitError
        elif name in ("v", "is", "f"):
            if here is not None:
                content = True
                text = v_text if name == "v" else f_text if name == "f" else None
                value = value or name == "is"
            elif name != "f":  # a value outside any cell: no program writes that (a formula is also in extLst)
                raise _broken_xlsx()
        elif name not in ("t", "r", "rPh"):  # anything else, after sheetData or at the end of a cell, ends it
            if content:
                finish()
            here = None
        if name == "mergeCell":
            try:
                (r0, c0), (r1, c1) = (_cell(p) for p in attrs.get("ref", "").split(":"))
                extent.merges.append((r0, c0, r1, c1))
            except (UserError, ValueError):
                pass  # not a range: calamine fills nothing either

    def data(chunk: str) -> None:
        if text is not None and len(text) < 64:
            text.append(chunk)

    parser.StartElementHandler = start
    parser.CharacterDataHandler = data
    parser.buffer_text = True
    try:
        while chunk := src.read(1 << 16):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
        if content:
            finish()
    except _PastLimitError:
        pass
    except expat.ExpatError as exc:
        raise _broken_xlsx() from exc
    return kept


# -- reading ------------------------------------------------------------------------------------


def read_rows(path: Path, data: bytes, kind: str, extents: list[Extent],
              only: str | None) -> list[tuple[str, list[tuple[int, list[Cell]]], Extent | None]]:
    """(sheet name, [(row number, cells)], extent) per worksheet, as calamine reads them."""
    import python_calamine

    extents = [e for e in extents if e.worksheet]
    try:
        wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise _password() from exc
    except BaseException as exc:  # CalamineError, XmlError, ZipError … on a broken file, or a panic
        if not _broken_file(exc):
            raise
        raise UserError(f"Berkas {kind} tidak dapat dibaca ({_why(exc)}). Buka di Excel atau LibreOffice, "
                        "simpan ulang sebagai .xlsx, lalu impor lagi.") from exc
    out = []
    try:
        sheets = [m for m in wb.sheets_metadata if "WorkSheet" in str(m.typ)]
        names = [m.name for m in sheets]
        if only is not None and only not in names:
            raise UserError(f"Lembar '{only}' tidak ada. Lembar yang ada: {', '.join(names)}.")
        for i, name in enumerate(names):
            extent = extents[i] if i < len(extents) else None
            if only is not None and name != only:
                continue
            try:
                sheet = wb.get_sheet_by_name(name)
                start_row, start_col = sheet.start or (0, 0)
                rows: list[tuple[int, list[Cell]]] = []
                for offset, values in enumerate(sheet.iter_rows()):
                    cells: list[Cell] = [None] * start_col
                    for v in values:
                        cells.append(None if v == "" or (isinstance(v, str) and not v.strip()) else v)
                    while cells and cells[-1] is None:
                        cells.pop()
                    if cells:
                        rows.append((start_row + offset + 1, cells))
                if extent is not None and extent.formulas:
                    rows = _with_formulas(rows, extent.formulas)
            except UserError:
                raise
            except BaseException as exc:
                if not _broken_file(exc):
                    raise
                raise UserError(f"Lembar '{name}' tidak dapat dibaca ({_why(exc)}). Simpan ulang berkasnya "
                                "sebagai .xlsx, lalu impor lagi.") from exc
            out.append((name, rows, extent))
    finally:
        wb.close()
    return out


def _with_formulas(rows: list[tuple[int, list[Cell]]],
                   formulas: dict[tuple[int, int], str]) -> list[tuple[int, list[Cell]]]:
    """The rows with each never-calculated formula's text where calamine read nothing."""
    grid = dict(rows)
    for (r0, c0), text in formulas.items():
        cells = grid.setdefault(r0 + 1, [])
        if len(cells) <= c0:
            cells.extend([None] * (c0 + 1 - len(cells)))
        if cells[c0] is None:
            cells[c0] = text
    return sorted(grid.items())


def _broken_file(exc: BaseException) -> bool:
    """An error calamine raises on a broken file: any Exception, or a panic inside it (pyo3's
    PanicException derives from BaseException, so ``except Exception`` lets it through)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _why(exc: BaseException) -> str:
    return "rusak" if type(exc).__name__ == "PanicException" else type(exc).__name__
