"""DAFTAR HADIR PESERTA (A4 portrait): a blank list for wet signatures at the door,
or the people who checked in for a session with their time.

Signature cells are staggered: odd rows sign in the left half ('1. ……'), even rows
in the right half, so neighbours do not sign over each other; each gives at least
25 × 15 mm.  Rows grow with a long name, so no text touches a border.  The header
row repeats on every page; "Jumlah hadir" and the acknowledging signatory follow
the last row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from bimtek_desk.documents import drafts
from bimtek_desk.documents.variables import person_name
from bimtek_desk.idn import dates, zones
from bimtek_desk.idn import nik as niklib
from bimtek_desk.reports.pdf import (
    MARGIN,
    PAGE,
    STYLES,
    Letterhead,
    build,
    closing_rows,
    grid_style,
    meta_table,
    place,
    register,
    row_heights,
    session_phrase,
    signature_block,
    story_start,
)
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Registration, Session

DOTS = "……………"
SIGN_W = (25 * mm, 15 * mm)  # the least room a wet signature needs
PAD = 2.5  # cell padding, points


@dataclass(frozen=True)
class Line:
    no: int
    registration: Registration
    time: str | None  # check-in time (attended mode)


def lines(store: Store, event: Event, session: Session, mode: str) -> list[Line]:
    regs = store.registrations.for_event(event.id, order="roster")
    if mode == "blank":
        return [Line(n, r, None) for n, r in enumerate(regs, start=1)]
    present = store.checkins.present_ids(session.id)
    chosen = [r for r in regs if r.id in present]
    zone = event.settings.get("timezone")
    return [Line(n, r, zones.local(present[r.id].at, zone).strftime("%H.%M")) for n, r in enumerate(chosen, start=1)]


def mark(no: int, width: float) -> str:
    """'10. ……………' as long as fits one line of the signature cell (never wraps)."""
    text = f"{no}. {DOTS}"
    while len(text) > len(str(no)) + 3 and stringWidth(text, "Caladea", 9.5) > width - 2 * PAD:
        text = text[:-1]
    return text


def render(store: Store, event: Event, session: Session, out: str | Path | BinaryIO, *, mode: str = "blank",
           show_nik: bool = False) -> int:
    """Write the list; returns the number of people on it."""
    register()
    rows = lines(store, event, session, mode)
    width = PAGE[0] - 2 * MARGIN
    upper = True
    head = ["No", "Nama", "NIK", "Kelurahan"]
    if mode == "attended":
        head.append("Jam")
        widths = [8 * mm, 48 * mm, 29 * mm, 29 * mm, 12 * mm]
    else:
        widths = [9 * mm, 58 * mm, 28 * mm, 31 * mm]
    sign_w = (width - sum(widths)) / 2  # at least SIGN_W: a signature needs room
    assert sign_w >= SIGN_W[0]
    widths += [sign_w, sign_w]
    data: list[list[Any]] = [[Paragraph(h, STYLES["head"]) for h in head]
                             + [Paragraph("Tanda Tangan", STYLES["head"]), ""]]
    told = niklib.masks_told_apart([(line.registration.id, line.registration.person.nik,
                                     line.registration.person.kelurahan, line.registration.roster_row)
                                    for line in rows])
    for line in rows:
        p = line.registration.person
        masked, kel = told[line.registration.id]
        cells: list[Any] = [
            Paragraph(str(line.no), STYLES["cell_c"]),
            Paragraph(escape(person_name(p.name, upper)), STYLES["cell"]),
            Paragraph(escape(p.nik or "-") if show_nik else masked, STYLES["cell_c"]),
            Paragraph(escape(p.kelurahan or "-" if show_nik else kel), STYLES["cell"]),
        ]
        if mode == "attended":
            cells.append(Paragraph(line.time or "", STYLES["cell_c"]))
        sign = mark(line.no, sign_w)
        cells += [sign, ""] if line.no % 2 else ["", sign]
        data.append(cells)
    sign_col = len(head)
    style = grid_style() + [("SPAN", (sign_col, 0), (sign_col + 1, 0)),
                            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                            ("FONTSIZE", (sign_col, 1), (-1, -1), 9.5)]
    count = (f"Jumlah hadir: {len(rows)} orang" if mode == "attended"
             else f"Jumlah hadir: ………… orang (terdaftar {len(rows)} orang)")
    sig = signature_block(event.settings.get("signatories", {}).get("attendance"),
                          dates.place_date(event.city, session.date), width)
    closing: list[Any] = [Spacer(1, 3 * mm), Paragraph(count, STYLES["meta"])]
    if not show_nik and any(m.endswith(niklib.SHARED_MARK) for m, _ in told.values()):
        closing.append(Paragraph(niklib.SHARED_NOTE, STYLES["meta"]))
    closing_rows(style, data, [*closing, sig])
    heights = row_heights(data, widths, SIGN_W[1], last=len(rows) + 1, pad_x=PAD)
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=heights)
    table.setStyle(TableStyle(style))

    day, phrase = dates.day_date(session.date), session_phrase(event, session)
    meta = meta_table([("Kegiatan", event.name), ("Hari, Tanggal", day), ("Tempat", place(event)),
                       ("Sesi", phrase)], width)
    title = "DAFTAR HADIR PESERTA" if mode == "blank" else "DAFTAR HADIR PESERTA (TERCATAT HADIR)"
    story = [*story_start(), Letterhead(event, width), Spacer(1, 4 * mm), Paragraph(title, STYLES["title"]), meta,
             Spacer(1, 4 * mm), table]
    build(store, event, out, story, title=f"Daftar hadir {event.short_name} {session.key}",
          subject=f"Daftar hadir peserta {event.name}, {phrase}",
          continued=[("Kegiatan", event.name), ("Hari, Tanggal", day), ("Sesi", phrase)],
          footer=f"{event.short_name} · Daftar hadir {session.key}",
          mark=drafts.DRAFT if drafts.is_draft(event, "daftar-hadir") else "")
    return len(rows)
