import qrcode
import zxingcpp
from hypothesis import given, settings, strategies as st
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
