"""Shared pieces of the A4 portrait report PDFs: letterhead, 'Halaman x dari y',
staggered signature cells and the acknowledging signatory block."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from bimtek_desk import images
from bimtek_desk.documents.variables import signatory_name
from bimtek_desk.render import fonts
from bimtek_desk.render.emblem import draw_logo

PAGE = A4
MARGIN = 15 * mm
INK = HexColor("#111827")
GRID = HexColor("#374151")
HEAD_BG = HexColor("#E5E7EB")

STYLES = {
    "cell": ParagraphStyle("cell", fontName="Caladea", fontSize=9.5, leading=11.5, textColor=INK),
    "cell_c": ParagraphStyle("cell_c", fontName="Caladea", fontSize=9.5, leading=11.5, alignment=TA_CENTER),
    "head": ParagraphStyle("head", fontName="Caladea-Bold", fontSize=9.5, leading=11.5, alignment=TA_CENTER),
    "title": ParagraphStyle("title", fontName="Caladea-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
                            spaceAfter=2 * mm),
    "meta": ParagraphStyle("meta", fontName="Caladea", fontSize=10.5, leading=14, alignment=TA_LEFT),
    "sign": ParagraphStyle("sign", fontName="Caladea", fontSize=10.5, leading=13.5, alignment=TA_CENTER),
}


class NumberedCanvas(Canvas):
    """Writes 'Halaman x dari y' once the page count is known (two-pass free)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Caladea", 8.5)
            self.setFillColor(HexColor("#4B5563"))
            self.drawRightString(PAGE[0] - MARGIN, 9 * mm, f"Halaman {self._pageNumber} dari {total}")
            footer = getattr(self, "_footer_text", "")
            if footer:
                self.drawString(MARGIN, 9 * mm, footer)
            anchor = getattr(self, "_anchor_text", "")  # the check-in chain's anchor, in small type
            if anchor:
                self.setFont("Caladea", 6.5)
                self.drawString(MARGIN, 5.5 * mm, anchor)
            super().showPage()
        super().save()


class Letterhead(Flowable):
    """Kop: logo, government, office, a double rule."""

    def __init__(self, event: Any, width: float) -> None:
        super().__init__()
        self.event, self.width, self.height = event, width, 26 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.event.settings
        draw_logo(c, images.source(s.get("logo"), self.event.images), 0, 4 * mm, 20 * mm)
        cx = self.width / 2 + 8 * mm
        c.setFillColor(INK)
        c.setFont("Caladea-Bold", 13)
        c.drawCentredString(cx, 19 * mm, str(s.get("government", "")).upper())
        c.setFont("Caladea-Bold", 15)
        c.drawCentredString(cx, 12.5 * mm, str(s.get("organizer", "")).upper())
        c.setFont("Caladea", 9.5)
        c.drawCentredString(cx, 7.5 * mm, str(s.get("address") or f"{self.event.city}"))
        c.setLineWidth(1.6)
        c.line(0, 3.2 * mm, self.width, 3.2 * mm)
        c.setLineWidth(0.5)
        c.line(0, 2.2 * mm, self.width, 2.2 * mm)


def signature_block(sig: dict[str, Any] | None, place_date: str, width: float) -> Flowable:
    """'Mengetahui,' block aligned right.  Reports put it in the last row of their
    table, with NOSPLIT over the rows before it, so it never stands alone on a page."""
    if not sig:
        return Spacer(1, 1)
    lines = [place_date]
    if sig.get("on_behalf"):
        lines.append(str(sig["on_behalf"]))
    lines.append(str(sig.get("title_line", "")))
    text = "<br/>".join(lines) + "<br/><br/><br/><br/>"
    text += f"<u><b>{signatory_name(sig)}</b></u>"
    if sig.get("rank"):
        text += f"<br/>{sig['rank']}"
    if sig.get("nip"):
        text += f"<br/>NIP. {sig['nip']}"
    block = Table([["", Paragraph(text, STYLES["sign"])]], colWidths=[width - 80 * mm, 80 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6 * mm)]))
    return block


def closing_rows(style: list[tuple[Any, ...]], data: list[list[Any]], extra: list[Flowable], keep: int = 3) -> None:
    """Append full-width rows without grid (terbilang, signature) and keep them on
    one page with the last ``keep`` data rows."""
    columns = len(data[0])
    grid_end = len(data) - 1
    for flowable in extra:
        data.append([flowable] + [""] * (columns - 1))
        row = len(data) - 1
        style.append(("SPAN", (0, row), (-1, row)))
        style.append(("LEFTPADDING", (0, row), (-1, row), 0))
    style[:] = [cmd for cmd in style if cmd[0] != "GRID"] + [("GRID", (0, 0), (-1, grid_end), 0.5, GRID)]
    style.append(("NOSPLIT", (0, max(1, grid_end - keep + 1)), (-1, len(data) - 1)))


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), "Caladea"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def register() -> None:
    fonts.register()
