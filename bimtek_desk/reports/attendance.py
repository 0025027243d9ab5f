"""DAFTAR HADIR PESERTA (A4 portrait): a blank list for wet signatures at the door,
or the people who checked in for a session with their time.

Signature cells are staggered: odd rows sign in the left half ('1. ……'), even rows
in the right half, so neighbours do not sign over each other.  The header row
repeats on every page; the acknowledging signatory follows the last row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bimtek_desk.desk import clock_time
from bimtek_desk.documents.variables import person_name
from bimtek_desk.idn import dates
from bimtek_desk.idn import nik as niklib
from bimtek_desk.integrity import anchor
from bimtek_desk.reports.pdf import (
    MARGIN, PAGE, STYLES, Letterhead, NumberedCanvas, closing_rows, grid_style, register, signature_block,
)
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Registration, Session

ROWS_PER_PAGE_HINT = 18
DOTS = "……………"


@dataclass(frozen=True)
class Line:
    no: int
    registration: Registration
    time: str | None  # check-in time (attended mode)


def lines(store: Store, event: Event, session: Session, mode: str) -> list[Line]:
    regs = store.registrations.list(event.id, order="roster")
    if mode == "blank":
        return [Line(n, r, None) for n, r in enumerate(regs, start=1)]
    present = store.checkins.present_ids(session.id)
    chosen = [r for r in regs if r.id in present]
    return [Line(n, r, clock_time(present[r.id].at)) for n, r in enumerate(chosen, start=1)]


def render(store: Store, event: Event, session: Session, out: str | Path | BinaryIO, *, mode: str = "blank",
           show_nik: bool = False) -> int:
    """Write the list; returns the number of people on it."""
    register()
    rows = lines(store, event, session, mode)
    width = PAGE[0] - 2 * MARGIN
    upper = True
    head = ["No", "Nama", "NIK", "Kelurahan"]
    widths = [9 * mm, 56 * mm, 31 * mm, 30 * mm]
    if mode == "attended":
        head.append("Jam")
        widths.append(12 * mm)
    sign_w = (width - sum(widths)) / 2
    widths += [sign_w, sign_w]
    data = [[Paragraph(h, STYLES["head"]) for h in head] + [Paragraph("Tanda Tangan", STYLES["head"]), ""]]
    for line in rows:
        p = line.registration.person
        cells = [
            Paragraph(str(line.no), STYLES["cell_c"]),
            Paragraph(person_name(p.name, upper), STYLES["cell"]),
            Paragraph(p.nik if show_nik else niklib.mask(p.nik) or "-", STYLES["cell_c"]),
            Paragraph(p.kelurahan or "-", STYLES["cell"]),
        ]
        if mode == "attended":
            cells.append(Paragraph(line.time or "", STYLES["cell_c"]))
        mark = f"{line.no}. {DOTS}"
        cells += [Paragraph(mark, STYLES["cell"]), ""] if line.no % 2 else ["", Paragraph(mark, STYLES["cell"])]
        data.append(cells)
    sign_col = len(head)
    style = grid_style() + [("SPAN", (sign_col, 0), (sign_col + 1, 0))]
    sig = signature_block(event.settings.get("signatories", {}).get("attendance"),
                          dates.place_date(event.city, session.date), width)
    closing_rows(style, data, [sig])
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=[None] + [11 * mm] * len(rows) + [None])
    table.setStyle(TableStyle(style))

    session_text = f"{session.key} — {session.label} ({session.start_time}–{session.end_time})"
    meta = [
        ["Kegiatan", ":", Paragraph(event.name, STYLES["meta"])],
        ["Hari, Tanggal", ":", dates.day_date(session.date)],
        ["Tempat", ":", f"{event.venue}, {event.city}"],
        ["Sesi", ":", session_text],
    ]
    meta_table = Table(meta, colWidths=[28 * mm, 4 * mm, width - 32 * mm])
    meta_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Caladea"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    title = "DAFTAR HADIR PESERTA" if mode == "blank" else "DAFTAR HADIR PESERTA (TERCATAT HADIR)"
    story = [Letterhead(event, width), Spacer(1, 4 * mm), Paragraph(title, STYLES["title"]), meta_table,
             Spacer(1, 4 * mm), table]
    doc = SimpleDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=PAGE, leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=16 * mm,
                            title=f"Daftar hadir {event.short_name} {session.key}", author="bimtek-desk")
    footer = f"{event.short_name} · Daftar hadir {session.key}"
    anchor_line = f"{anchor.footer_text(store)} (bimtek-desk audit verify --anchor …)"

    def canvasmaker(*args, **kwargs):  # type: ignore[no-untyped-def]
        c = NumberedCanvas(*args, **kwargs)
        c._footer_text = footer
        c._anchor_text = anchor_line
        return c

    doc.build(story, canvasmaker=canvasmaker)
    return len(rows)
