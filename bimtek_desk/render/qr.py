"""QR symbols made by zxing-cpp's writer (its public API), drawn as vector rectangles.

One engine for every QR the app prints: the badge's short code and the certificate's
long signed one.  zxing-cpp (C++) chooses the version, the mode and the mask itself, in
a fraction of a millisecond; it is the library the desk's camera and the tests read
QR codes with too.  (The app used to build badge symbols on ``qrcode``'s internals to
make them fast enough; ``qrcode`` is now only a test's independent reference: zxing's
symbol is never larger than the one ``qrcode`` would make at the same level.)
"""

from __future__ import annotations

import re
import unicodedata

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

from bimtek_desk.errors import UserError

Matrix = list[list[bool]]
_DARK_RUN = re.compile(rb"\x01+")  # a row as bytes(list of bool)
LEVELS = ("L", "M", "Q", "H")


def error_level(payload: str) -> str:
    """As pretix does: H for short payloads, M up to 128 characters, L beyond."""
    n = len(payload)
    return "H" if n <= 32 else "M" if n <= 128 else "L"


def version(m: Matrix, border: int = 4) -> int:
    """The QR version of a matrix made by :func:`matrix`."""
    return (len(m) - 2 * border - 17) // 4


def size_for(m: Matrix, min_symbol: float, min_module: float, border: int = 4) -> float:
    """The drawing size (quiet zone included) at which the symbol itself is at least
    ``min_symbol`` wide and each module at least ``min_module``."""
    modules = len(m) - 2 * border
    return max(min_symbol, min_module * modules) * len(m) / modules


def encodable(payload: str) -> str:
    """``payload`` as the symbol carries it: a private-use character (a font's symbol that
    came in with a spreadsheet; it means nothing to a reader) becomes U+FFFD.  zxing-cpp's
    writer would put it in Shift_JIS's user-defined area, which readers decode as a kanji."""
    if payload.isascii():
        return payload
    return "".join("\ufffd" if unicodedata.category(ch) == "Co" else ch for ch in payload)


def matrix(payload: str, *, border: int = 4) -> Matrix:
    """The QR symbol for ``payload`` (True = dark) at the level its length calls for
    (:func:`error_level`), with its quiet zone."""
    return matrix_level(payload, error_level(payload), border=border)


def matrix_level(payload: str, level: str = "M", *, border: int = 4) -> Matrix:
    """The symbol at a given error-correction level ('L', 'M', 'Q', 'H'), with its quiet
    zone of ``border`` modules."""
    if level not in LEVELS:
        raise ValueError(f"QR error-correction level {level!r} is not one of {LEVELS}")
    try:
        code = zxingcpp.create_barcode(encodable(payload), zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    except ValueError as exc:  # more than a QR symbol holds (2,953 bytes at L)
        raise UserError(f"Teks terlalu panjang untuk satu kode QR ({len(payload)} karakter).") from exc
    image = code.to_image(scale=1, add_quiet_zones=False)
    n = image.shape[0]
    pixels = bytes(memoryview(image))  # type: ignore[arg-type]  # the stub omits the buffer protocol Image has
    blank = [False] * (n + 2 * border)
    edge = [False] * border
    rows = [list(blank) for _ in range(border)]
    rows += [edge + [p < 128 for p in pixels[r * n:(r + 1) * n]] + edge for r in range(n)]
    return rows + [list(blank) for _ in range(border)]


def _runs(m: Matrix) -> str:
    """The dark modules as PDF path operators, one rectangle per horizontal run, in
    module units with the origin at the symbol's bottom-left corner (row 0 is the top)."""
    n = len(m)
    ops: list[str] = []
    add = ops.append
    for r, row in enumerate(m):
        y = f" {n - 1 - r} "
        for run in _DARK_RUN.finditer(bytes(row)):
            start, end = run.span()
            add(f"{start}{y}{end - start} 1 re")
    return "\n".join(ops)


def draw(canvas: Canvas, m: Matrix, x: float, y: float, size: float, *, background: bool = True) -> None:
    """Draw the symbol as filled rectangles, one per horizontal run of dark modules.

    ``(x, y)`` is the bottom-left corner in points; ``size`` includes the quiet zone.
    The rectangles are written in whole module units under a scaling transform:
    the same shapes as one ``rect`` call per run at point coordinates, without
    formatting hundreds of floats per symbol (which dominated a certificate's time).
    """
    n = len(m)
    cell = size / n
    c = canvas
    c.saveState()
    if background:
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    ops = _runs(m)
    if ops:
        c.transform(cell, 0, 0, cell, x, y)
        c.addLiteral(f"n\n{ops}\nf*")
    c.restoreState()
