"""Fitting text into boxes: shrink first, then wrap, never overflow."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]
    leading: float

    @property
    def height(self) -> float:
        return self.leading * (len(self.lines) - 1) + self.size


def _splits(words: list[str], parts: int) -> list[list[str]]:
    """Every way to split words into ``parts`` consecutive non-empty lines (parts <= 3)."""
    n = len(words)
    if parts == 1:
        return [[" ".join(words)]]
    out = []
    for i in range(1, n):
        if parts == 2:
            out.append([" ".join(words[:i]), " ".join(words[i:])])
        else:
            for j in range(i + 1, n):
                out.append([" ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:])])
    return out


def fit(text: str, font: str, width: float, height: float, *, max_size: float, min_size: float,
        max_lines: int = 2, leading: float = 1.12, floor: float = 4.0, step: float = 0.25) -> Fitted:
    """The largest size at which ``text`` fits the box.

    One line is preferred down to ``min_size``; then up to ``max_lines``
    balanced lines; and if even that does not fit at ``min_size``, the text
    shrinks further (down to ``floor``) rather than overflow.
    """
    words = text.split()
    if not words:
        return Fitted(max_size, ("",), max_size * leading)
    one = stringWidth(" ".join(words), font, 1.0)

    def best_for(lines_count: int, lo: float, hi: float) -> Fitted | None:
        layouts = _splits(words, lines_count) if len(words) >= lines_count else []
        best: Fitted | None = None
        for lines in layouts:
            w = max(stringWidth(line, font, 1.0) for line in lines)
            size = min(hi, width / w, height / (1 + (lines_count - 1) * leading))
            size = int(size / step) * step
            if size >= lo and (best is None or size > best.size):
                best = Fitted(size, tuple(lines), size * leading)
        return best

    size = min(max_size, width / one, height)
    size = int(size / step) * step
    if size >= min_size:
        return Fitted(size, (" ".join(words),), size * leading)
    for count in range(2, max_lines + 1):
        f = best_for(count, min_size, max_size)
        if f is not None:
            return f
    candidates = [f for count in range(1, max_lines + 1) if (f := best_for(count, floor, max_size))]
    if candidates:
        return max(candidates, key=lambda f: f.size)
    # A single unbreakable word wider than the box even at the floor: shrink below it.
    return Fitted(max(0.5, min(width / one, height)), (" ".join(words),), leading)


def draw_fitted(canvas: Canvas, f: Fitted, font: str, x: float, y_top: float, width: float, *,
                align: str = "center") -> None:
    """Draw fitted lines from ``y_top`` downwards (first baseline at y_top - size)."""
    c = canvas
    c.setFont(font, f.size)
    y = y_top - f.size * 0.92
    for line in f.lines:
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        elif align == "right":
            c.drawRightString(x + width, y, line)
        else:
            c.drawString(x, y, line)
        y -= f.leading
