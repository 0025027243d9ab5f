"""The large diagonal 'DRAF' over every page of a document that is not final."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FONT = "Caladea-Bold"
COLOUR = HexColor("#DC2626")


def draw(c: Canvas, width: float, height: float, text: str = "DRAF") -> None:
    """Across the page's diagonal, about 70 % of its length, translucent red."""
    angle = math.degrees(math.atan2(height, width))
    diagonal = math.hypot(width, height)
    size = 0.7 * diagonal / max(stringWidth(text, FONT, 1.0), 1e-6)
    c.saveState()
    c.setFillColor(COLOUR)
    c.setFillAlpha(0.16)
    c.translate(width / 2, height / 2)
    c.rotate(angle)
    c.setFont(FONT, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()
