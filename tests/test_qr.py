import itertools
import re

import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from bimtek_desk.render import qr


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=1, max_size=40)
       | st.text(min_size=1, max_size=120))
def test_same_symbol_as_qrcode_itself(payload: str) -> None:
    """Our fast mask choice is qrcode's own choice: identical matrices."""
    ref = qrcode.QRCode(error_correction=qr.error_level(payload))
    ref.add_data(payload)
    ref.make()
    assert qr.matrix(payload) == ref.get_matrix()


def _raster(m: qr.Matrix, px: int = 4) -> Image.Image:
    n = len(m)
    img = Image.new("L", (n * px, n * px), 255)
    for r, row in enumerate(m):
        for c, dark in enumerate(row):
            if dark:
                img.paste(0, (c * px, r * px, (c + 1) * px, (r + 1) * px))
    return img


def test_matrix_decodes_and_has_quiet_zone() -> None:
    payload = "BDB7KQ200DX9F2KQ4M"
    m = qr.matrix(payload)
    assert len(m) == 25 + 8  # version 2 plus 4 modules of quiet zone on each side
    assert not any(m[0]) and not any(row[0] for row in m)
    (result,) = zxingcpp.read_barcodes(_raster(m))
    assert result.text == payload
    assert qr.error_level(payload) == qrcode.constants.ERROR_CORRECT_H


def test_drawn_symbol_has_every_module_where_the_matrix_says() -> None:
    """qr.draw writes runs in module units under a transform: rasterised, each module's
    centre is dark exactly where the matrix is dark (rows not flipped, none shifted), and
    the symbol sits in its box with the quiet zone white."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    m = qr.matrix_level("HC1:" + "6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N" * 3)
    n, x0, y0, size = len(m), 37.0, 52.0, 200.0
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 300))
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.rect(0, 0, 300, 300, stroke=0, fill=1)  # grey page: the quiet zone must come out white
    qr.draw(c, m, x0, y0, size)
    c.showPage()
    c.save()
    scale = 4
    image = pdfium.PdfDocument(buf.getvalue())[0].render(scale=scale).to_pil().convert("L")
    cell = size / n
    for r in range(n):
        for col in range(n):
            px = (x0 + (col + 0.5) * cell) * scale
            py = (300 - (y0 + size - (r + 0.5) * cell)) * scale  # PDF y grows upwards, pixels downwards
            value = image.getpixel((int(px), int(py)))
            assert (value < 64) if m[r][col] else (value > 192), (r, col, value)


def _penalty_of_bit_string(bits: bytes, n: int) -> int:
    """The penalty as computed before (rows and columns as byte strings, a regular
    expression for runs), itself checked against qrcode's choice of mask."""
    rows = [bits[i:i + n] for i in range(0, n * n, n)]
    joined = b"2".join(rows + [bits[c::n] for c in range(n)])  # '2' stops runs at line ends
    runs = re.findall(rb"0{5,}|1{5,}", joined)
    score = sum(map(len, runs)) - 2 * len(runs)  # N1: runs of five or more
    score += 40 * (joined.count(b"10111010000") + joined.count(b"00001011101"))  # N3
    full = (1 << (n - 1)) - 1
    ints = [int(r, 2) for r in rows]
    for a, b in itertools.pairwise(ints):  # N2: 2x2 blocks of one colour
        same_v = ~(a ^ b)
        score += 3 * (same_v & (same_v >> 1) & ~(a ^ (a >> 1)) & full).bit_count()
    dark = bits.count(b"1")  # N4
    return score + 10 * int(abs(dark * 100 / (n * n) - 50) / 5)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([21, 25, 29, 33, 45, 57]), st.randoms(use_true_random=False),
       st.floats(min_value=0.05, max_value=0.95))
def test_penalty_on_one_integer_equals_the_byte_string_penalty(n: int, rnd, density: float) -> None:  # type: ignore[no-untyped-def]
    bits = bytes(49 if rnd.random() < density else 48 for _ in range(n * n))
    assert qr._penalty(int(bits, 2), n) == _penalty_of_bit_string(bits, n)


def test_penalty_counts_finder_patterns_runs_and_blocks() -> None:
    """A 21x21 light symbol with one finder-like row pattern and one dark 2x2 block."""
    n = 21
    rows = [bytearray(b"0" * n) for _ in range(n)]
    rows[3][2:13] = b"10111010000"
    rows[10][15:17] = rows[11][15:17] = b"11"
    bits = b"".join(rows)
    assert qr._penalty(int(bits, 2), n) == _penalty_of_bit_string(bits, n)


@pytest.mark.parametrize("length", [1, 17, 18, 40, 90, 150, 300, 700])
def test_same_symbol_as_qrcode_at_every_size(length: int) -> None:
    """Larger versions too (7 and up carry version bits; several Reed-Solomon blocks)."""
    payload = ("BDB7KQ200DX9F2KQ4M-Nor Mawaddah, Kel. Kuin Utara " * 20)[:length]
    ref = qrcode.QRCode(error_correction=qr.error_level(payload))
    ref.add_data(payload)
    ref.make()
    assert qr.matrix(payload) == ref.get_matrix()
