"""QR matrices from the ``qrcode`` package, fast, and drawn as vector rectangles.

``qrcode`` spends most of its time choosing the mask: it builds the symbol eight
times and scores each with a generic pure-Python penalty.  We build it once,
derive the other seven masks by flipping only the data modules, and score them
with the same ISO 18004 penalty rules on bit strings.  The chosen mask is the
one ``qrcode`` itself would choose (a test checks this), so scan reliability is
unchanged; the symbol is made about ten times faster.
"""

from __future__ import annotations

import functools
import itertools
import re

import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M

Matrix = list[list[bool]]
_RUN5 = re.compile(rb"0{5,}|1{5,}")
# Finder-like patterns (N3).  Neither overlaps itself, and they start with
# different bits, so counting each with bytes.count equals counting positions.
_FINDER_1, _FINDER_2 = b"10111010000", b"00001011101"
_BITS = bytes.maketrans(b"\x00\x01", b"01")
_DARK_RUN = re.compile(rb"\x01+")  # a row as bytes(list of bool)


def error_level(payload: str) -> int:
    """As pretix does: H for short payloads, M up to 128 characters, L beyond."""
    n = len(payload)
    return ERROR_CORRECT_H if n <= 32 else ERROR_CORRECT_M if n <= 128 else ERROR_CORRECT_L


def version(m: Matrix, border: int = 4) -> int:
    """The QR version of a matrix made by :func:`matrix`."""
    return (len(m) - 2 * border - 17) // 4


def size_for(m: Matrix, min_symbol: float, min_module: float, border: int = 4) -> float:
    """The drawing size (quiet zone included) at which the symbol itself is at least
    ``min_symbol`` wide and each module at least ``min_module``."""
    modules = len(m) - 2 * border
    return max(min_symbol, min_module * modules) * len(m) / modules


@functools.lru_cache(maxsize=64)
def _mask_xors(version: int) -> tuple[int, list[int]]:
    """(n, for each mask k an n*n-bit integer with 1 where mask k differs from mask 0
    on a data module).  XOR-ing it into the mask-0 symbol gives the mask-k symbol."""
    probe = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_L)
    n = version * 4 + 17
    probe.modules_count = n
    probe.modules = [[None] * n for _ in range(n)]
    probe.setup_position_probe_pattern(0, 0)
    probe.setup_position_probe_pattern(n - 7, 0)
    probe.setup_position_probe_pattern(0, n - 7)
    probe.setup_position_adjust_pattern()
    probe.setup_timing_pattern()
    probe.setup_type_info(True, 0)
    if version >= 7:
        probe.setup_type_number(True)
    data = [(r, c) for r in range(n) for c in range(n) if probe.modules[r][c] is None]
    m0 = util.mask_func(0)
    xors = []
    for k in range(8):
        mk = util.mask_func(k)
        flat = bytearray(n * n)
        for r, c in data:
            if bool(m0(r, c)) != bool(mk(r, c)):
                flat[r * n + c] = 1
        xors.append(int.from_bytes(flat, "big"))
    return n, xors


def _penalty(bits: bytes, n: int) -> int:
    """ISO 18004 mask penalty (rules N1-N4) of a symbol given as n*n b'0'/b'1'."""
    rows = [bits[i:i + n] for i in range(0, n * n, n)]
    joined = b"2".join(rows + [bits[c::n] for c in range(n)])  # '2' stops runs at line ends
    runs = _RUN5.findall(joined)
    score = sum(map(len, runs)) - 2 * len(runs)  # N1: runs of five or more
    score += 40 * (joined.count(_FINDER_1) + joined.count(_FINDER_2))  # N3: finder-like patterns
    full = (1 << (n - 1)) - 1
    ints = [int(r, 2) for r in rows]
    for a, b in zip(ints, ints[1:], strict=False):  # N2: 2x2 blocks of one colour
        same_v = ~(a ^ b)
        score += 3 * (same_v & (same_v >> 1) & ~(a ^ (a >> 1)) & full).bit_count()
    dark = bits.count(b"1")  # N4: balance of dark and light
    return score + 10 * int(abs(dark * 100 / (n * n) - 50) / 5)


def matrix(payload: str, *, version: int | None = None, border: int = 4) -> Matrix:
    """The QR symbol for ``payload`` (True = dark), with its quiet zone."""
    qr = qrcode.QRCode(version=version, error_correction=error_level(payload), border=border, mask_pattern=0)
    qr.add_data(payload)
    if version is None:
        qr.best_fit()
    qr.makeImpl(True, 0)  # mask 0 with blank format bits, as qrcode scores masks
    n, xors = _mask_xors(qr.version)
    base = int.from_bytes(bytes(itertools.chain.from_iterable(qr.modules)), "big")
    best_k, best_bits, best_score = 0, b"", -1
    for k, xor in enumerate(xors):
        bits = (base ^ xor).to_bytes(n * n, "big").translate(_BITS)
        score = _penalty(bits, n)
        if best_score < 0 or score < best_score:
            best_k, best_bits, best_score = k, bits, score
    qr.modules = [[ch == 49 for ch in best_bits[i:i + n]] for i in range(0, n * n, n)]
    qr.mask_pattern = best_k
    qr.setup_type_info(False, best_k)
    if qr.version >= 7:
        qr.setup_type_number(False)
    return qr.get_matrix()


def matrix_level(payload: str, level: str = "M", *, border: int = 4) -> Matrix:
    """The symbol at a given error-correction level, made by zxing-cpp's writer (C++:
    about 1 ms for a version 10 symbol, where building it with ``qrcode`` takes 13 ms,
    which 175 certificates would feel).  Falls back to ``qrcode`` when the installed
    zxing-cpp cannot set the level."""
    import zxingcpp

    try:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    except (AttributeError, TypeError):  # zxing-cpp before 3 has no create_barcode(ec_level=)
        code = None
    if code is None or code.ec_level != level:
        qr = qrcode.QRCode(error_correction=getattr(qrcode.constants, f"ERROR_CORRECT_{level}"), border=border)
        qr.add_data(payload)
        qr.make()
        return qr.get_matrix()
    image = code.to_image(scale=1, add_quiet_zones=False)
    n = image.shape[0]
    pixels = bytes(memoryview(image))
    blank = [False] * (n + 2 * border)
    rows = [list(blank) for _ in range(border)]
    edge = [False] * border
    rows += [edge + [p < 128 for p in pixels[r * n:(r + 1) * n]] + edge for r in range(n)]
    return rows + [list(blank) for _ in range(border)]


def reference_mask(payload: str, version: int | None = None) -> int:
    """The mask ``qrcode`` itself would choose (slow; for tests)."""
    qr = qrcode.QRCode(version=version, error_correction=error_level(payload))
    qr.add_data(payload)
    qr.make(fit=version is None)
    return qr.best_mask_pattern()


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


def draw(canvas: object, m: Matrix, x: float, y: float, size: float, *, background: bool = True) -> None:
    """Draw the symbol as filled rectangles, one per horizontal run of dark modules.

    ``(x, y)`` is the bottom-left corner in points; ``size`` includes the quiet zone.
    The rectangles are written in whole module units under a scaling transform:
    the same shapes as one ``rect`` call per run at point coordinates, without
    formatting hundreds of floats per symbol (which dominated a certificate's time).
    """
    n = len(m)
    cell = size / n
    c = canvas
    c.saveState()  # type: ignore[attr-defined]
    if background:
        c.setFillColorRGB(1, 1, 1)  # type: ignore[attr-defined]
        c.rect(x, y, size, size, stroke=0, fill=1)  # type: ignore[attr-defined]
    c.setFillColorRGB(0, 0, 0)  # type: ignore[attr-defined]
    ops = _runs(m)
    if ops:
        c.transform(cell, 0, 0, cell, x, y)  # type: ignore[attr-defined]
        c.addLiteral(f"n\n{ops}\nf*")  # type: ignore[attr-defined]
    c.restoreState()  # type: ignore[attr-defined]
