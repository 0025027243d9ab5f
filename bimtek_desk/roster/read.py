"""Read a roster file into a grid of cells, whatever its format.

CSV in UTF-8 (with or without BOM) or Windows-1252, comma/semicolon/tab
separated; XLSX through openpyxl with merged cells filled down.  Other files
(a PDF renamed .xlsx, an old .xls, an empty file) are refused with a message
that says what the file really is.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError

Cell = Any  # str | int | float | datetime | None


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells)


@dataclass
class Workbook:
    path: Path
    kind: str  # 'csv' | 'xlsx'
    sheets: list[Sheet] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None


def sniff(data: bytes) -> str:
    """'xlsx', 'csv', or raise UserError naming what the file is."""
    if not data.strip():
        raise UserError("Berkas kosong: tidak ada data peserta di dalamnya.")
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(b"%PDF"):
        raise UserError("Berkas ini PDF, bukan daftar peserta. Minta berkas Excel (.xlsx) atau CSV dari Dinas Sosial.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError("Format Excel lama (.xls) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx atau CSV.")
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise UserError("Berkas ini gambar, bukan daftar peserta.")
    sample = data[:4096]
    if b"\x00" in sample:
        raise UserError("Berkas ini bukan teks CSV maupun Excel (.xlsx).")
    return "csv"


def read(path: str | Path, *, sheet: str | None = None) -> Workbook:
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise UserError(f"'{path}' adalah folder, bukan berkas.") from exc
    except OSError as exc:
        raise UserError(f"Berkas '{path}' tidak dapat dibaca: {exc.strerror}.") from exc
    kind = sniff(data)
    if kind == "xlsx":
        return _read_xlsx(path, data, sheet)
    if sheet is not None:
        raise UserError("Pilihan --sheet hanya berlaku untuk berkas Excel (.xlsx).")
    return _read_csv(path, data)


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8" + ("-sig" if data.startswith(b"\xef\xbb\xbf") else "")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t"):
        counts = Counter(len(row) for row in csv.reader(lines, delimiter=delim))
        if not counts:
            continue
        width, freq = max(counts.items(), key=lambda kv: (kv[1], kv[0]) if kv[0] > 1 else (0, 0))
        score = freq if width > 1 else 0
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, data: bytes) -> Workbook:
    text, encoding = _decode(data)
    delim = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[Cell]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, [c if c.strip() else None for c in cells]))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(f"CSV rusak di baris {reader.line_num}: {exc}.") from exc
    return Workbook(path, "csv", [Sheet(path.stem, rows)], encoding=encoding, delimiter=delim)


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _merged_ranges(zf: zipfile.ZipFile, sheet_paths: dict[str, str]) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged ranges per sheet title, read from the sheet XML (openpyxl's fast
    read-only mode does not expose them).  (min_row, min_col, max_row, max_col)."""
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    for title, part in sheet_paths.items():
        try:
            xml = zf.read(part)
        except KeyError:
            continue
        out[title] = [(int(r1), _col(c1), int(r2), _col(c2)) for c1, r1, c2, r2 in _MERGE_RE.findall(xml)]
    return out


def _sheet_parts(wb: Any) -> dict[str, str]:
    parts = {}
    for ws in wb.worksheets:
        path = getattr(ws, "_worksheet_path", None) or getattr(getattr(ws, "_reader", None), "path", None)
        if path:
            parts[ws.title] = path.lstrip("/")
    return parts


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Workbook:
    import openpyxl  # imported here: CSV imports should not pay for it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
        names = wb.sheetnames
        merges = _merged_ranges(zipfile.ZipFile(io.BytesIO(data)), _sheet_parts(wb))
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise UserError("Berkas .xlsx rusak atau bukan berkas Excel yang sah.") from exc
    except Exception as exc:  # openpyxl raises many kinds on malformed XML
        raise UserError(f"Berkas Excel tidak dapat dibaca ({type(exc).__name__}). Simpan ulang di Excel.") from exc
    if sheet is not None and sheet not in names:
        raise UserError(f"Lembar '{sheet}' tidak ada. Lembar yang ada: {', '.join(names)}.")
    out = Workbook(path, "xlsx")
    try:
        for ws in wb.worksheets:
            if sheet is not None and ws.title != sheet:
                continue
            grid = [list(r) for r in ws.iter_rows(values_only=True)]
            for min_row, min_col, max_row, max_col in merges.get(ws.title, []):
                if max_row == min_row or min_row > len(grid):
                    continue  # a title merged across columns: keep it in its first cell only
                top = grid[min_row - 1]
                value = top[min_col - 1] if min_col - 1 < len(top) else None
                for r in range(min_row, min(max_row, len(grid)) + 1):
                    row = grid[r - 1]
                    if len(row) < max_col:
                        row.extend([None] * (max_col - len(row)))
                    for c in range(min_col, max_col + 1):
                        row[c - 1] = value
            rows = [(i, [None if isinstance(c, str) and not c.strip() else c for c in cells])
                    for i, cells in enumerate(grid, start=1)]
            out.sheets.append(Sheet(ws.title, rows))
    except Exception as exc:
        raise UserError(f"Berkas Excel tidak dapat dibaca ({type(exc).__name__}). Simpan ulang di Excel.") from exc
    finally:
        wb.close()
    return out
