"""QR badge sheets: A4 with 8 badges and cut lines, A6, or CR80 ID-card size.

Pure ReportLab.  A badge carries the event, the name as large as fits, the
kelurahan, a coloured role band and the QR of the badge code with the code in
text below it.  Never the NIK.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bimtek_desk.documents import drafts
from bimtek_desk.errors import UserError
from bimtek_desk.idn import names
from bimtek_desk.idn.dates import day_date
from bimtek_desk.render import fonts, images, qr
from bimtek_desk.render.emblem import draw_logo
from bimtek_desk.render.text import draw_fitted, fit
from bimtek_desk.scanning import codes
from bimtek_desk.store.models import Event, Registration

ROLE_COLOURS = {
    "PESERTA": HexColor("#0F766E"),     # teal
    "PANITIA": HexColor("#9F1239"),     # maroon
    "NARASUMBER": HexColor("#1E3A8A"),  # navy
}
INK = HexColor("#1F2937")
MUTED = HexColor("#4B5563")
CR80 = (53.98 * mm, 85.6 * mm)
MIN_TEXT = 6.0  # points: nothing on a badge is printed smaller
EDGE = 5 * mm  # printers do not reach closer to the paper's edge


@dataclass(frozen=True)
class BadgeData:
    name: str
    role: str
    kelurahan: str
    code: str
    event_name: str
    event_line: str
    organizer: str
    logo: str | bytes | None = None
    draft: bool = False  # the stand-in logo: the badge says DRAF until a real logo is chosen


@dataclass(frozen=True)
class SheetLayout:
    key: str
    page: tuple[float, float]
    card: tuple[float, float]
    slots: tuple[tuple[float, float], ...]  # bottom-left corners of cards on the page
    cut_lines: bool


def _a4_8() -> SheetLayout:
    cw, ch = 95 * mm, 68 * mm
    pw, ph = A4
    x0, y0 = (pw - 2 * cw) / 2, (ph - 4 * ch) / 2
    slots = tuple((x0 + col * cw, y0 + (3 - row) * ch) for row in range(4) for col in range(2))
    return SheetLayout("a4-8", A4, (cw, ch), slots, True)


LAYOUTS: dict[str, SheetLayout] = {
    "a4-8": _a4_8(),
    "a6": SheetLayout("a6", A6, A6, ((0, 0),), False),
    "cr80": SheetLayout("cr80", CR80, CR80, ((0, 0),), False),
}


def badge_data(event: Event, reg: Registration) -> BadgeData:
    if not reg.badge_code:
        raise UserError(f"{reg.person.name} tidak punya badge aktif (pendaftaran sudah diganti).")
    p = reg.person
    kel = f"Kel. {p.kelurahan}" if p.kelurahan else ""
    return BadgeData(
        name=names.print_name(p.name, False), role=reg.role, kelurahan=kel, code=reg.badge_code,
        event_name=event.short_name,
        event_line=f"{day_date(event.date_start)} · {event.venue}",
        organizer=str(event.settings.get("organizer", "")),
        logo=images.source(event.settings.get("logo"), event.images),
        draft=drafts.logo_is_placeholder(event),
    )


DRAFT_LABEL = "DRAF · logo contoh"
DRAFT_RED = HexColor("#B91C1C")


def _draft_mark(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A red 'DRAF · logo contoh' tab on the card's top edge, clear of the name and the QR."""
    size = max(MIN_TEXT, min(7.5, w / (40 * mm) * 6.5))
    tw = stringWidth(DRAFT_LABEL, "LatoBlack", size) + 3 * mm
    th = size + 2.2 * mm
    c.saveState()
    c.setFillColor(DRAFT_RED)
    c.rect(x + w - tw - 1.5 * mm, y + h - th, tw, th, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LatoBlack", size)
    c.drawCentredString(x + w - 1.5 * mm - tw / 2, y + h - th + 1.2 * mm, DRAFT_LABEL)
    c.restoreState()


def _spaced(c: Canvas, text: str, font: str, size: float, cx: float, y: float, spacing: float) -> None:
    width = stringWidth(text, font, size) + spacing * (len(text) - 1)
    t = c.beginText(cx - width / 2, y)
    t.setFont(font, size)
    t.setCharSpace(spacing)
    t.textOut(text)
    t.setCharSpace(0)  # PDF text state outlives the text object
    c.drawText(t)


def _fitted_line(c: Canvas, text: str, font: str, size: float, x: float, y: float, width: float,
                 colour: Color, align: str = "left") -> None:
    size = min(size, width / max(stringWidth(text, font, 1.0), 1e-6))
    c.setFont(font, size)
    c.setFillColor(colour)
    if align == "center":
        c.drawCentredString(x + width / 2, y, text)
    else:
        c.drawString(x, y, text)


def draw_badge(c: Canvas, b: BadgeData, x: float, y: float, w: float, h: float) -> None:
    """One badge with its bottom-left corner at (x, y)."""
    colour = ROLE_COLOURS.get(b.role, ROLE_COLOURS["PESERTA"])
    symbol = qr.matrix(b.code)
    code_text = codes.pretty(b.code)
    c.saveState()
    if w > h:  # landscape card: header, name left, QR right
        pad = 4 * mm
        band = 10 * mm
        logo = 11 * mm
        draw_logo(c, b.logo, x + pad, y + h - pad - logo, logo)
        tx = x + pad + logo + 2.5 * mm
        tw = x + w - pad - tx
        _fitted_line(c, b.event_name, "LatoBlack", 11, tx, y + h - pad - 4 * mm, tw, INK)
        _fitted_line(c, b.event_line, "Lato", 6.5, tx, y + h - pad - 7.5 * mm, tw, MUTED)
        _fitted_line(c, b.organizer, "Lato", 6.5, tx, y + h - pad - 10.5 * mm, tw, MUTED)
        c.setStrokeColor(colour)
        c.setLineWidth(0.8)
        top_rule = y + h - pad - logo - 1.8 * mm
        c.line(x + pad, top_rule, x + w - pad, top_rule)
        qs = 31 * mm
        qx, qy = x + w - pad - qs + 2.5 * mm, y + band + 3.2 * mm  # quiet zone may overhang the padding
        qr.draw(c, symbol, qx, qy, qs)
        c.setFillColor(INK)
        c.setFont("Lato", MIN_TEXT)
        c.drawCentredString(qx + qs / 2, y + band + 1.3 * mm, code_text)
        nx, nw = x + pad, qx - x - pad - 0.5 * mm
        area_top, area_bottom = top_rule - 2 * mm, y + band + 2.5 * mm
        f = fit(b.name, "Lato-Bold", nw, 20 * mm, max_size=19, min_size=11, max_lines=2)
        block = f.height + 5.5 * mm  # name, then the kelurahan line under it
        name_top = area_top - max(0.0, (area_top - area_bottom - block) / 2)
        c.setFillColor(INK)
        draw_fitted(c, f, "Lato-Bold", nx, name_top, nw, align="left")
        _fitted_line(c, b.kelurahan, "Lato", 8.5, nx, name_top - f.height - 5 * mm, nw, MUTED)
        c.setFillColor(colour)
        c.rect(x, y, w, band, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        _spaced(c, b.role, "LatoBlack", 13, x + w / 2, y + band / 2 - 4.6, 2.2)
    else:  # portrait card, scaled to its width
        s = w / (105 * mm)
        pad = 7 * mm * s
        band = 14 * mm * s
        logo = 16 * mm * s
        draw_logo(c, b.logo, x + (w - logo) / 2, y + h - pad - logo, logo)
        ty = y + h - pad - logo - 6 * mm * s
        _fitted_line(c, b.event_name, "LatoBlack", 15 * s, x + pad, ty, w - 2 * pad, INK, "center")
        small = max(MIN_TEXT, 8.5 * s)  # an ID card's small print stays readable
        gap = max(4 * mm * s, small * 1.3)
        info = [b.event_line, b.organizer]
        if stringWidth(b.event_line, "Lato", small) > w - 2 * pad and " · " in b.event_line:
            info = [*b.event_line.split(" · ", 1), b.organizer]  # date, venue on their own lines
        line_y = ty - gap - 1 * mm * s
        for text in info:
            _fitted_line(c, text, "Lato", small, x + pad, line_y, w - 2 * pad, MUTED, "center")
            line_y -= gap
        rule = line_y + gap - 3.5 * mm * s
        c.setStrokeColor(colour)
        c.setLineWidth(1.2 * s)
        c.line(x + pad, rule, x + w - pad, rule)
        qs = 50 * mm * s
        qx, qy = x + (w - qs) / 2, y + band + 6 * mm * s
        qr.draw(c, symbol, qx, qy, qs)
        c.setFillColor(INK)
        c.setFont("Lato", max(MIN_TEXT, 8 * s))
        c.drawCentredString(x + w / 2, y + band + 3 * mm * s - (max(MIN_TEXT, 8 * s) - 8 * s) * 0.4, code_text)
        area_top, area_bottom = rule - 3 * mm * s, qy + qs + 1 * mm * s
        kel_gap = 7.5 * mm * s
        f = fit(b.name, "Lato-Bold", w - 2 * pad, area_top - area_bottom - kel_gap, max_size=26 * s,
                min_size=15 * s, max_lines=2)
        name_top = area_top - max(0.0, (area_top - area_bottom - f.height - kel_gap) / 2)
        c.setFillColor(INK)
        draw_fitted(c, f, "Lato-Bold", x + pad, name_top, w - 2 * pad)
        _fitted_line(c, b.kelurahan, "Lato", max(MIN_TEXT, 11 * s), x + pad, name_top - f.height - 6.5 * mm * s,
                     w - 2 * pad, MUTED, "center")
        c.setFillColor(colour)
        c.rect(x, y, w, band, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        _spaced(c, b.role, "LatoBlack", 17 * s, x + w / 2, y + band / 2 - 6 * s, 3 * s)
    c.restoreState()
    if b.draft:
        _draft_mark(c, x, y, w, h)


def _cut_lines(c: Canvas, layout: SheetLayout) -> None:
    cw, ch = layout.card
    xs = sorted({sx for sx, _ in layout.slots} | {sx + cw for sx, _ in layout.slots})
    ys = sorted({sy for _, sy in layout.slots} | {sy + ch for _, sy in layout.slots})
    c.saveState()
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    for gx in xs:
        c.line(gx, ys[0], gx, ys[-1])
    for gy in ys:
        c.line(xs[0], gy, xs[-1], gy)
    c.setDash()
    c.setStrokeColorRGB(0, 0, 0)
    pw, ph = layout.page
    # Crop marks in the margins, up to 5 mm long, never closer than EDGE to the paper's edge.
    mark_y = max(1 * mm, min(5 * mm, ys[0] - 1 * mm - EDGE, ph - ys[-1] - 1 * mm - EDGE))
    mark_x = max(1 * mm, min(5 * mm, xs[0] - 1 * mm - EDGE, pw - xs[-1] - 1 * mm - EDGE))
    for gx in xs:
        c.line(gx, ys[0] - mark_y - 1 * mm, gx, ys[0] - 1 * mm)
        c.line(gx, ys[-1] + 1 * mm, gx, ys[-1] + mark_y + 1 * mm)
    for gy in ys:
        c.line(xs[0] - mark_x - 1 * mm, gy, xs[0] - 1 * mm, gy)
        c.line(xs[-1] + 1 * mm, gy, xs[-1] + mark_x + 1 * mm, gy)
    c.restoreState()


def render(badges: Iterable[BadgeData], out: str | Path | BinaryIO, *, layout: str = "a4-8", title: str = "Badge",
           progress: Callable[[int], bool | None] | None = None) -> int:
    """Write badges into one PDF; returns the number of pages.

    ``progress(done)`` is called after each badge; returning False cancels
    (the partial file is not written).
    """
    if layout not in LAYOUTS:
        raise UserError(f"Tata letak badge '{layout}' tidak dikenal; pilih: {', '.join(LAYOUTS)}.")
    fonts.register()
    lay = LAYOUTS[layout]
    items = list(badges)
    if not items:
        raise UserError("Tidak ada badge untuk dicetak.")
    target = str(out) if isinstance(out, Path) else out
    # The initial font is one the badge embeds: ReportLab's default would name Helvetica unembedded.
    initial: dict[str, Any] = {"initialFontName": "Lato"}  # as keywords: the type stubs give it a float by mistake
    c = Canvas(target, pagesize=lay.page, pageCompression=1, **initial)
    c.setTitle(f"{drafts.DRAFT} {title}" if any(b.draft for b in items) else title)
    c.setSubject(f"Badge peserta {items[0].event_name}")
    c.setAuthor(items[0].organizer or "bimtek-desk")
    c.setCreator("bimtek-desk")
    per_page = len(lay.slots)
    pages = 0
    for start in range(0, len(items), per_page):
        chunk = items[start:start + per_page]
        for (sx, sy), b in zip(lay.slots, chunk, strict=False):
            draw_badge(c, b, sx, sy, *lay.card)
            if progress is not None and progress(start + chunk.index(b) + 1) is False:
                raise UserError("Pembuatan badge dibatalkan.")
        if lay.cut_lines:
            _cut_lines(c, lay)
        c.showPage()
        pages += 1
    c.save()
    return pages


def single_file(event: Event, reg: Registration) -> Path:
    """One badge on an A6 page in a new temporary file, to open or print at once
    (a walk-in, a substitute, a lost badge)."""
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="bimtek-badge-")) / f"badge-{reg.id}.pdf"
    render([badge_data(event, reg)], out, layout="a6")
    return out
