"""Hostile .xls files for tests: the Workbook stream of a real (LibreOffice-made) .xls,
rewritten in place with olefile (same length: olefile cannot grow a stream)."""

from __future__ import annotations

import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import olefile

EOF_, BOUNDSHEET, DIMENSIONS = 0x000A, 0x0085, 0x0200


def record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def records(stream: bytes) -> list[tuple[int, int, int]]:
    """(kind, position, size) of every record, walked one after the other."""
    out, pos = [], 0
    while pos + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, pos)
        out.append((kind, pos, size))
        pos += 4 + size
    return out


def rewrite(src: Path, dst: Path, change: Callable[[bytearray], bytes]) -> Path:
    shutil.copyfile(src, dst)
    with olefile.OleFileIO(str(dst), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        new = change(stream)
        assert len(new) == len(stream)
        ole.write_stream("Workbook", bytes(new))
    return dst


def hidden_far_sheet(stream: bytearray) -> bytes:
    """The sheet BOUNDSHEET names is hidden inside an unknown record's body right after the
    globals (a scan from one record to the next never sees it): A1 and IV65536."""
    globals_end = next(pos + 4 for kind, pos, _ in records(stream) if kind == EOF_)
    bof = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
    number = [record(0x0203, struct.pack("<HHHd", r, c, 0x0F, 1.0)) for r, c in ((0, 0), (65535, 255))]
    out = bytearray(stream[:globals_end]) + record(0x1234, bof + b"".join(number) + record(EOF_, b""))
    for kind, pos, _ in records(stream[:globals_end]):
        if kind == BOUNDSHEET:
            struct.pack_into("<I", out, pos + 4, globals_end + 4)
    while len(out) < len(stream):
        out += record(0x1234, bytes(min(len(stream) - len(out) - 4, 8000)))
    return bytes(out)


def sheet_past_the_end(stream: bytearray) -> bytes:
    for kind, pos, _ in records(stream):
        if kind == BOUNDSHEET:
            struct.pack_into("<I", stream, pos + 4, len(stream) + 1000)
    return bytes(stream)


def huge_dimensions(stream: bytearray) -> bytes:
    """DIMENSIONS claiming rows 0 … 4,294,967,279 and 65,535 columns: calamine reserves room for them."""
    for kind, pos, size in records(stream):
        if kind == DIMENSIONS and size == 14:
            struct.pack_into("<IIHH", stream, pos + 4, 0, 0xFFFFFFF0, 0, 0xFFFF)
    return bytes(stream)


def formula_past_its_record(stream: bytearray) -> bytes:
    """A sheet record of 22+ bytes turned into a FORMULA at A1 whose formula runs 65,535 bytes past its body."""
    sheet = [r for r in records(stream) if r[0] == 0x0809][1][1]
    kind, pos, size = next(r for r in records(stream) if r[1] > sheet and r[2] >= 22 and r[0] != EOF_)
    struct.pack_into("<H", stream, pos, 0x0006)
    stream[pos + 4:pos + 4 + size] = bytes(size)
    struct.pack_into("<H", stream, pos + 4 + 20, 0xFFFF)
    return bytes(stream)


def huge_string_table(stream: bytearray) -> bytes:
    """An SST whose count of strings is 2,147,483,647: calamine reserves room for them all."""
    for kind, pos, size in records(stream):
        if kind == 0x00FC and size >= 8:
            struct.pack_into("<i", stream, pos + 8, 0x7FFFFFFF)
    return bytes(stream)
