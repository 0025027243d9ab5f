import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from bimtek_desk.render import qr

_QRCODE_LEVEL = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
                 "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


def _qrcode_size(payload: str, level: str) -> int:
    """The symbol side ``qrcode`` (an independent encoder, public API) makes, quiet zone included."""
    ref = qrcode.QRCode(error_correction=_QRCODE_LEVEL[level])
    ref.add_data(payload)
    ref.make()
    return len(ref.get_matrix())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=1, max_size=40)
       | st.text(min_size=1, max_size=120))
def test_symbol_reads_back_at_its_level_and_is_no_larger_than_qrcodes(payload: str) -> None:
    """The one QR engine (zxing-cpp's writer): what it draws reads back exactly, at the
    level asked for, and is never a larger symbol than qrcode would print."""
    m = qr.matrix(payload)
    (result,) = zxingcpp.read_barcodes(_raster(m, 3), text_mode=zxingcpp.TextMode.Plain)
    if payload.isascii() or any(ord(ch) > 255 for ch in payload):
        assert result.text == qr.encodable(payload)  # ASCII, or UTF-8 announced by an ECI
    else:  # Latin-1 only: may be written in the standard's default ISO-8859-1 (a reader may guess otherwise)
        assert payload in (result.text, result.bytes.decode("latin-1"))
    assert result.ec_level == qr.error_level(payload)
    if payload.isascii() and payload.isprintable():  # what the app prints: codes, base45, names in Latin letters
        assert len(m) <= _qrcode_size(payload, qr.error_level(payload))


def test_a_private_use_character_is_not_read_as_a_kanji() -> None:
    """zxing-cpp's writer puts U+E000 in Shift_JIS's user area; a reader saw '廖'."""
    (result,) = zxingcpp.read_barcodes(_raster(qr.matrix("Siti \ue000 Aminah"), 3))
    assert result.text == "Siti \ufffd Aminah"


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
    assert qr.error_level(payload) == "H"


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


@pytest.mark.parametrize("length", [1, 17, 18, 40, 90, 150, 300, 700])
def test_every_size_reads_back(length: int) -> None:
    """Larger versions too (7 and up carry version bits; several Reed-Solomon blocks)."""
    payload = ("BDB7KQ200DX9F2KQ4M-Nor Mawaddah, Kel. Kuin Utara " * 20)[:length]
    m = qr.matrix(payload)
    (result,) = zxingcpp.read_barcodes(_raster(m, 3), text_mode=zxingcpp.TextMode.Plain)
    assert result.text == payload and result.ec_level == qr.error_level(payload)
    assert len(m) <= _qrcode_size(payload, qr.error_level(payload))


def test_too_long_for_a_qr_is_a_user_error() -> None:
    from bimtek_desk.errors import UserError

    with pytest.raises(UserError, match="terlalu panjang"):
        qr.matrix("x" * 5000)
    with pytest.raises(ValueError):
        qr.matrix_level("x", "Z")
