"""Shared pieces of the A4 portrait report PDFs: letterhead, 'Halaman x dari y',
staggered signature cells and the acknowledging signatory block."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bimtek_desk.documents.variables import signatory_name
from bimtek_desk.render import fonts, images, watermark
from bimtek_desk.render.emblem import draw_logo
from bimtek_desk.store import Store, anchor
from bimtek_desk.store.models import Event

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
        if not kwargs.get("initialFontName"):  # embedded; ReportLab's default names an unembedded Helvetica
            kwargs["initialFontName"] = "Caladea"
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._pages.append(dict(self.__dict__))
        canvas: Any = self  # ReportLab's numbered-canvas recipe: _startPage is below its typed API
        canvas._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Caladea", 8.5)
            self.setFillColor(HexColor("#4B5563"))
            self.drawRightString(PAGE[0] - MARGIN, 9 * mm, f"Halaman {self.getPageNumber()} dari {total}")
            footer = getattr(self, "_footer_text", "")
            if footer:
                self.drawString(MARGIN, 9 * mm, footer)
            anchor = getattr(self, "_anchor_text", "")  # the check-in chain's anchor, in small type
            if anchor:
                self.setFont("Caladea", 6.5)
                self.drawString(MARGIN, 5.5 * mm, anchor)
            mark = getattr(self, "_watermark", "")
            if mark:
                watermark.draw(self, *PAGE, text=mark)
            super().showPage()
        super().save()


def canvas_maker(footer: str = "", mark: str = "", anchor: str = "") -> Any:
    """A NumberedCanvas class for ``doc.build`` with a footer line, for a draft the
    watermark, and the check-in chain's anchor in small type."""

    class _Canvas(NumberedCanvas):
        _footer_text = footer
        _watermark = mark
        _anchor_text = anchor

    return _Canvas


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
        address = str(s.get("address") or "").strip()
        top, second = (19 * mm, 12.5 * mm) if address else (17 * mm, 9.5 * mm)
        c.setFont("Caladea-Bold", 13)
        c.drawCentredString(cx, top, str(s.get("government", "")).upper())
        c.setFont("Caladea-Bold", 15)
        c.drawCentredString(cx, second, str(s.get("organizer", "")).upper())
        if address:  # without one, no third line: the city alone is not an address
            c.setFont("Caladea", 9.5)
            c.drawCentredString(cx, 7.5 * mm, address)
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
    text = "<br/>".join(escape(line) for line in lines) + "<br/><br/><br/><br/>"
    text += f"<u><b>{escape(signatory_name(sig))}</b></u>"
    if sig.get("rank"):
        text += f"<br/>{escape(str(sig['rank']))}"
    if sig.get("nip"):
        text += f"<br/>NIP. {escape(str(sig['nip']))}"
    block = Table([["", Paragraph(text, STYLES["sign"])]], colWidths=[width - 80 * mm, 80 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("FONTNAME", (0, 0), (-1, -1), "Caladea")]))  # no Helvetica, even for ''
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


def session_phrase(event: Any, session: Any) -> str:
    """'Registrasi pagi, pukul 07.30–08.30 WITA': the label people know, Indonesian time."""
    from bimtek_desk.idn import zones

    zone = zones.abbreviation(event.settings.get("timezone"))
    times = f"{session.start_time.replace(':', '.')}–{session.end_time.replace(':', '.')}"
    return f"{session.label or session.key}, pukul {times} {zone}".rstrip()


def place(event: Any) -> str:
    """'Hotel Nasa Banjarmasin' (not '…, Banjarmasin' again when the venue names the city)."""
    venue, city = str(event.venue or "").strip(), str(event.city or "").strip()
    if not city or city.casefold() in venue.casefold():
        return venue or city
    return f"{venue}, {city}" if venue else city


def meta_table(rows: list[tuple[str, Any]], width: float) -> Table:
    """'Kegiatan : …' lines under a report's title, aligned on the colon."""
    data = [[label, ":", Paragraph(str(value), STYLES["meta"]) if isinstance(value, str) else value]
            for label, value in rows]
    table = Table(data, colWidths=[28 * mm, 4 * mm, width - 32 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Caladea"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def row_heights(data: list[list[Any]], widths: list[float], minimum: float, *, first: int = 1,
                last: int | None = None, pad_x: float = 2, pad_y: float = 2) -> list[float | None]:
    """Heights for rows ``first``..``last`` (exclusive): at least ``minimum``, and
    tall enough for every wrapped paragraph, so no text touches a border."""
    last = len(data) if last is None else last
    out: list[float | None] = []
    for i, row in enumerate(data):
        if i < first or i >= last:
            out.append(None)
            continue
        need = 0.0
        for cell, w in zip(row, widths, strict=False):
            if isinstance(cell, Paragraph):
                need = max(need, cell.wrap(w - 2 * pad_x, 10_000)[1])
        out.append(max(minimum, need + 2 * pad_y + 4))
    return out


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


TOP, BOTTOM = 12 * mm, 16 * mm
BAND = 14 * mm  # continuation pages: Kegiatan, Tanggal and Sesi above the table
_BAND_STYLE = ParagraphStyle("band", fontName="Caladea", fontSize=8.5, leading=10.5, textColor=INK)


def frame_heights() -> tuple[float, float]:
    """The height a report's first page and its continuation pages give their content
    (inside the frame's own 6 pt padding)."""
    full = PAGE[1] - TOP - BOTTOM - 12
    return full, full - BAND


def report_doc(out: str | Path | BinaryIO, *, title: str, subject: str, author: str,
               continued: list[tuple[str, str]]) -> BaseDocTemplate:
    """An A4 portrait report whose pages after the first repeat ``continued``
    ('Kegiatan', 'Hari, Tanggal', 'Sesi' …) above the table, as an auditor reading a
    loose page expects.  The story must start with :data:`LATER` (see :func:`story_start`)."""
    width = PAGE[0] - 2 * MARGIN
    first = Frame(MARGIN, BOTTOM, width, PAGE[1] - TOP - BOTTOM, id="first")
    later = Frame(MARGIN, BOTTOM, width, PAGE[1] - TOP - BAND - BOTTOM, id="later")
    text = "<br/>".join(" · ".join(f"<b>{escape(label)}</b>: {escape(value)}" for label, value in line)
                        for line in _lines(continued))

    def band(canvas: Canvas, doc: BaseDocTemplate) -> None:
        para = Paragraph(text, _BAND_STYLE)
        _, h = para.wrap(width, BAND)
        para.drawOn(canvas, MARGIN, PAGE[1] - TOP - min(h, BAND - 2 * mm))
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, PAGE[1] - TOP - BAND + 1.5 * mm, PAGE[0] - MARGIN, PAGE[1] - TOP - BAND + 1.5 * mm)

    return BaseDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=PAGE, leftMargin=MARGIN,
                           rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM, title=title, subject=subject,
                           author=author, creator="bimtek-desk",
                           pageTemplates=[PageTemplate("first", [first]), PageTemplate("later", [later], onPage=band)])


def build(store: Store, event: Event, out: str | Path | BinaryIO, story: list[Flowable], *, title: str,
          subject: str, continued: list[tuple[str, str]], footer: str, mark: str = "") -> None:
    """Write a report: :func:`report_doc` pages, the organizer as author, and on every
    page the footer line, the audit anchor and 'Halaman x dari y'.  ``mark`` (DRAF,
    SALINAN or nothing) is drawn across every page and starts the PDF's title, so a
    reader's window says it too."""
    doc = report_doc(out, title=" ".join(filter(None, [mark, title])), subject=subject,
                     author=str(event.settings.get("organizer") or "bimtek-desk"), continued=continued)
    anchor_line = f"{anchor.footer_text(store)} (bimtek-desk audit verify --anchor …)"
    doc.build(story, canvasmaker=canvas_maker(footer, mark, anchor=anchor_line))


def _lines(pairs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """'Kegiatan' on its own line (a long name may wrap), the rest together on the next."""
    return [pairs[:1], pairs[1:]] if len(pairs) > 1 else [pairs]


def story_start() -> list[Flowable]:
    """What a :func:`report_doc` story starts with: every page after the first is a continuation page."""
    return [NextPageTemplate("later")]
