"""The event logo, or a neutral placeholder until the committee sets the real one.

The official Lambang Kota Banjarmasin must come from Dinas Sosial or Prokopim and
is never stretched or recoloured: images are drawn with their aspect ratio kept.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


@lru_cache(maxsize=8)
def _reader(logo: str | bytes) -> ImageReader:
    return ImageReader(io.BytesIO(logo) if isinstance(logo, bytes) else logo)


def draw_logo(canvas: Canvas, logo: str | bytes | None, x: float, y: float, size: float) -> None:
    """Draw the logo (a file path or the image's bytes) inside a size×size box,
    aspect kept, or the placeholder."""
    c = canvas
    if isinstance(logo, bytes) or (logo and Path(logo).is_file()):
        c.drawImage(_reader(logo), x, y, size, size, preserveAspectRatio=True, anchor="c",
                    mask="auto")
        return
    # Placeholder: a shield outline with a river line (Banjarmasin, kota seribu sungai).
    c.saveState()
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(size * 0.03)
    w = size * 0.78
    left = x + (size - w) / 2
    p = c.beginPath()
    p.moveTo(left, y + size * 0.95)
    p.lineTo(left + w, y + size * 0.95)
    p.lineTo(left + w, y + size * 0.45)
    p.curveTo(left + w, y + size * 0.2, left + w * 0.6, y + size * 0.08, left + w / 2, y + size * 0.02)
    p.curveTo(left + w * 0.4, y + size * 0.08, left, y + size * 0.2, left, y + size * 0.45)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    for k in (0.42, 0.56):
        wave = c.beginPath()
        wave.moveTo(left + w * 0.15, y + size * k)
        wave.curveTo(left + w * 0.35, y + size * (k + 0.08), left + w * 0.55, y + size * (k - 0.08),
                     left + w * 0.85, y + size * k)
        c.drawPath(wave, stroke=1, fill=0)
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFont("Lato-Bold", size * 0.13)
    c.drawCentredString(x + size / 2, y + size * 0.72, "LOGO")
    c.restoreState()
