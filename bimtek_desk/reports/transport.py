"""DAFTAR PENERIMAAN UANG TRANSPORT: who received how much, signed by each
recipient (staggered), with the total in numbers and in words."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bimtek_desk.documents.variables import person_name
from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates
from bimtek_desk.idn.terbilang import rupiah, rupiah_words
from bimtek_desk.reports.pdf import (
    HEAD_BG, MARGIN, PAGE, STYLES, Letterhead, NumberedCanvas, closing_rows, grid_style, register, signature_block,
)
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Session

DOTS = "……………"


def render(store: Store, event: Event, out: str | Path | BinaryIO, *, session: Session | None = None) -> tuple[int, int]:
    """Write the list for everyone present (at ``session``, default the first);
    returns (people, total rupiah)."""
    register()
    transport = event.settings.get("transport")
    if not transport:
        raise UserError("Acara ini tidak mengatur uang transport (\"transport\" di berkas acara).")
    amount = int(transport["amount"])
    sessions = store.events.sessions(event.id)
    session = session or sessions[0]
    present = store.checkins.present_ids(session.id)
    regs = [r for r in store.registrations.list(event.id, order="roster") if r.id in present]
    width = PAGE[0] - 2 * MARGIN
    widths = [9 * mm, 62 * mm, 34 * mm, 27 * mm]
    sign_w = (width - sum(widths)) / 2
    widths += [sign_w, sign_w]
    head = ["No", "Nama", "Kelurahan", "Jumlah (Rp)", "Tanda Tangan"]
    data = [[Paragraph(h, STYLES["head"]) for h in head] + [""]]
    for n, r in enumerate(regs, start=1):
        mark = Paragraph(f"{n}. {DOTS}", STYLES["cell"])
        data.append([Paragraph(str(n), STYLES["cell_c"]), Paragraph(person_name(r.person.name, True), STYLES["cell"]),
                     Paragraph(r.person.kelurahan or "-", STYLES["cell"]),
                     Paragraph(rupiah(amount).removeprefix("Rp"), STYLES["cell_c"]),
                     *((mark, "") if n % 2 else ("", mark))])
    total = amount * len(regs)
    data.append(["", Paragraph("<b>JUMLAH</b>", STYLES["cell"]), "", Paragraph(f"<b>{rupiah(total)}</b>", STYLES["cell_c"]),
                 "", ""])
    style = grid_style() + [("SPAN", (4, 0), (5, 0)), ("SPAN", (4, len(data) - 1), (5, len(data) - 1)),
                            ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), HEAD_BG)]
    words = Paragraph(f"Terbilang: <i>{rupiah_words(total)}</i>", STYLES["meta"])
    sig = signature_block(event.settings.get("signatories", {}).get("attendance"),
                          dates.place_date(event.city, session.date), width)
    closing_rows(style, data, [words, sig])
    table = Table(data, colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [11 * mm] * len(regs) + [None, None, None])
    table.setStyle(TableStyle(style))
    mode = "tunai" if transport.get("mode", "tunai") == "tunai" else "transfer"
    story = [
        Letterhead(event, width), Spacer(1, 4 * mm),
        Paragraph("DAFTAR PENERIMAAN UANG TRANSPORT", STYLES["title"]),
        Paragraph(f"Kegiatan: {event.name}<br/>Hari, Tanggal: {dates.day_date(session.date)} · Tempat: {event.venue}"
                  f"<br/>Besaran: {rupiah(amount)} per orang ({mode})", STYLES["meta"]),
        Spacer(1, 4 * mm), table,
    ]
    doc = SimpleDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=PAGE, leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=16 * mm,
                            title=f"Daftar penerimaan transport {event.short_name}", author="bimtek-desk")
    doc.build(story, canvasmaker=NumberedCanvas)
    return len(regs), total
