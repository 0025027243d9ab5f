"""The QR codes zxing-cpp finds in one picture, without phantoms.

zxing-cpp looks for every symbol in a picture.  Now and then it also "finds" a tiny
symbol inside a real one, made of the real one's finder pattern and a few modules,
and decodes a few characters of nonsense from it (seen on about one certificate QR
in 1,400 rasterised at 150 dpi: the right text plus six stray characters).  QR codes
never lie inside one another, so a result whose centre lies inside a larger result
is dropped.  The desk's camera, ``verify --image`` and the tests read through here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Box = tuple[float, float, float, float]  # left, top, right, bottom


def _box(position: Any) -> Box:
    corners = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    xs, ys = [p.x for p in corners], [p.y for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _area(b: Box) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def outermost(results: Sequence[Any]) -> list[Any]:
    """``results`` (zxing-cpp's, each with a ``position``) less those inside a larger one."""
    boxes = [_box(r.position) for r in results]
    keep = []
    for i, r in enumerate(results):
        cx, cy = (boxes[i][0] + boxes[i][2]) / 2, (boxes[i][1] + boxes[i][3]) / 2
        if not any(j != i and _area(b) > _area(boxes[i]) and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]
                   for j, b in enumerate(boxes)):
            keep.append(r)
    return keep


def read(image: Any) -> list[str]:
    """The text of every real QR code in ``image`` (anything zxing-cpp reads: PIL, QImage, arrays)."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [r.text for r in outermost(found) if r.valid]
