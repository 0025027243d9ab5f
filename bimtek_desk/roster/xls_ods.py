"""Old Excel (.xls) and OpenDocument (.ods) rosters, read with python-calamine.

calamine (Rust, also pandas' reader for these formats) unpacks a sheet into one
dense block from its first to its last used cell: two cells at A1 and
IV65536 cost it about a gigabyte.  So before calamine sees a file, the cells
it would hold are counted here, cheaply, from the file's own records: the BIFF
cell records of an .xls (through olefile) and the rows, cells and their
repeat counts in an .ods's content.xml (streamed, after the zip's sizes are
checked like an .xlsx's).  A file over the limits is refused before it is read.
Rows then come from calamine one at a time and are kept like an .xlsx's:
merged cells filled down, blank rows left out.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

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
                        spans = _count(el.get(_T + "number-rows-spanned")), _count(el.get(_T + "number-columns-spanned"))
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


def _broken_file(exc: BaseException) -> bool:
    """An error calamine raises on a broken file: any Exception, or a panic inside it (pyo3's
    PanicException derives from BaseException, so ``except Exception`` lets it through)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _why(exc: BaseException) -> str:
    return "rusak" if type(exc).__name__ == "PanicException" else type(exc).__name__
