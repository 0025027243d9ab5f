"""zxing-cpp now and then "finds" a tiny symbol inside a real QR and decodes a few
characters of nonsense from it (tests/data/qr-phantom-150dpi.png: a certificate page
rasterised at 150 dpi, once about one QR in 1,400).  The desk's camera, verify --image
and the tests read through scanning.qrfound, which drops a result inside a larger one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import zxingcpp
from PIL import Image

from bimtek_desk.scanning import qrfound
from bimtek_desk.signing import qrimage

PAGE = Path(__file__).parent / "data" / "qr-phantom-150dpi.png"


def test_the_phantom_inside_a_real_symbol_is_dropped() -> None:
    with Image.open(PAGE) as img:
        raw = [r.text for r in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)]
        texts = qrfound.read(img)
    assert len(raw) == 2 and sorted(map(len, raw)) == [6, 231]  # what zxing-cpp itself reports
    assert len(texts) == 1 and texts[0].startswith("BD1:") and len(texts[0]) == 231
    assert qrimage.read_texts(PAGE) == texts  # verify --image reads the same


def _at(left: float, top: float, size: float) -> SimpleNamespace:
    p = SimpleNamespace
    return p(position=p(top_left=p(x=left, y=top), top_right=p(x=left + size, y=top),
                        bottom_right=p(x=left + size, y=top + size), bottom_left=p(x=left, y=top + size)))


def test_two_codes_side_by_side_are_both_kept() -> None:
    big, beside, inside = _at(100, 100, 180), _at(400, 100, 180), _at(110, 110, 36)
    assert qrfound.outermost([big, beside, inside]) == [big, beside]
    assert qrfound.outermost([inside]) == [inside]  # alone, a small code is a code
