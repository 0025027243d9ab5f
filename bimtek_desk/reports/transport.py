"""DAFTAR PENERIMAAN UANG TRANSPORT: who received how much, signed by each
recipient (staggered), with the total in numbers and in words.

It is a payment list for the SPJ: it says on which session's attendance the
payment is based, lists after the table the people present only at other
sessions (not paid here), and is signed off by the PPTK or PA ("Setuju
dibayar") and the Bendahara Pengeluaran ("Lunas dibayar") — roles the event
file chooses with ``transport.sign_offs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bimtek_desk.documents import drafts
from bimtek_desk.documents.variables import person_name, signatory_name
from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn.terbilang import rupiah, rupiah_words
from bimtek_desk.reports.attendance import PAD, SIGN_W, mark
from bimtek_desk.reports.pdf import (
    HEAD_BG, MARGIN, PAGE, STYLES, Letterhead, canvas_maker, closing_rows, grid_style, meta_table, place, register,
    row_heights, session_phrase,
)
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Session

# What each role writes above its title when the event file gives no "on_behalf".
CAPTIONS = {"pptk": "Setuju dibayar,", "treasurer": "Lunas dibayar,", "attendance": "Mengetahui,"}
TITLES = {"pptk": "Pejabat Pelaksana Teknis Kegiatan,", "treasurer": "Bendahara Pengeluaran,"}


def sign_off_block(event: Event, roles: list[str], place_date: str, width: float) -> Table:
    """The sign-offs side by side; a role without a signatory gets blank lines to fill in by hand."""
    cells = []
    for n, role in enumerate(roles):
        sig: dict[str, Any] = (event.settings.get("signatories") or {}).get(role) or {}
        lines = [place_date if n == len(roles) - 1 else "&nbsp;",
                 str(sig.get("on_behalf") or CAPTIONS.get(role, "")),
                 str(sig.get("title_line") or TITLES.get(role, role))]
        text = "<br/>".join(lines) + "<br/><br/><br/><br/>"
        text += f"<u><b>{signatory_name(sig)}</b></u>" if sig.get("name") else "(……………………………………)"
        if sig.get("rank"):
            text += f"<br/>{sig['rank']}"
        text += f"<br/>NIP. {sig['nip']}" if sig.get("nip") else "<br/>NIP. ……………………………"
        cells.append(Paragraph(text, STYLES["sign"]))
    col = width / max(len(cells), 1)
    block = Table([cells], colWidths=[col] * len(cells))
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("FONTNAME", (0, 0), (-1, -1), "Caladea")]))
    return block


def render(store: Store, event: Event, out: str | Path | BinaryIO, *, session: Session | None = None,
           nik_column: bool | None = None) -> tuple[int, int]:
    """Write the list for everyone present at ``session`` (default the first);
    returns (people, total rupiah)."""
    register()
    transport = event.settings.get("transport")
    if not transport:
        raise UserError("Acara ini tidak mengatur uang transport (\"transport\" di berkas acara).")
    amount = int(transport["amount"])
    sessions = store.events.sessions(event.id)
    if not sessions:
        raise UserError("Acara ini belum punya sesi presensi.")
    session = session or sessions[0]
    nik_column = bool(transport.get("nik_column")) if nik_column is None else nik_column
    present = store.checkins.present_ids(session.id)
    everyone = store.registrations.list(event.id, order="roster")
    regs = [r for r in everyone if r.id in present]
    elsewhere: list[tuple[Any, list[str]]] = []
    for other in sessions:
        if other.id == session.id:
            continue
        there = store.checkins.present_ids(other.id)
        for r in everyone:
            if r.id in there and r.id not in present:
                found = next((e for e in elsewhere if e[0].id == r.id), None)
                if found is None:
                    elsewhere.append((r, [other.label or other.key]))
                else:
                    found[1].append(other.label or other.key)

    width = PAGE[0] - 2 * MARGIN
    head = ["No", "Nama", *(["NIK"] if nik_column else []), "Kelurahan", "Jumlah (Rp)"]
    widths = [8 * mm, 40 * mm, *([29 * mm] if nik_column else []), 27 * mm, 22 * mm]
    if not nik_column:
        widths[1] += 29 * mm
    sign_w = (width - sum(widths)) / 2
    assert sign_w >= SIGN_W[0]
    widths += [sign_w, sign_w]
    data: list[list[Any]] = [[Paragraph(h, STYLES["head"]) for h in head] + [Paragraph("Tanda Tangan",
                                                                                       STYLES["head"]), ""]]
    for n, r in enumerate(regs, start=1):
        sign = mark(n, sign_w)
        data.append([Paragraph(str(n), STYLES["cell_c"]), Paragraph(person_name(r.person.name, True), STYLES["cell"]),
                     *([Paragraph(niklib.mask(r.person.nik) or "-", STYLES["cell_c"])] if nik_column else []),
                     Paragraph(r.person.kelurahan or "-", STYLES["cell"]),
                     Paragraph(rupiah(amount).removeprefix("Rp"), STYLES["cell_c"]),
                     *((sign, "") if n % 2 else ("", sign))])
    total = amount * len(regs)
    money_col = len(head) - 1
    total_row = ["", Paragraph("<b>JUMLAH</b>", STYLES["cell"])] + [""] * (money_col - 2)
    total_row += [Paragraph(f"<b>{rupiah(total).removeprefix('Rp')}</b>", STYLES["cell_c"]), "", ""]
    data.append(total_row)
    last = len(data) - 1
    style = grid_style() + [("SPAN", (money_col + 1, 0), (money_col + 2, 0)),
                            ("SPAN", (money_col + 1, last), (money_col + 2, last)),
                            ("BACKGROUND", (0, last), (-1, last), HEAD_BG),
                            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD)]
    words = Paragraph(f"Terbilang: <i>{rupiah_words(total)}</i>", STYLES["meta"])
    extra: list[Any] = [Spacer(1, 3 * mm), words]
    if elsewhere:
        names = "; ".join(f"{person_name(r.person.name, True)} ({', '.join(where)})" for r, where in elsewhere)
        extra.append(Paragraph(f"Hadir hanya pada sesi lain, tidak dibayar dalam daftar ini ({len(elsewhere)} "
                               f"orang): {names}.", STYLES["meta"]))
    roles = drafts.transport_sign_offs(event)
    extra.append(sign_off_block(event, roles, dates.place_date(event.city, session.date), width))
    closing_rows(style, data, extra)
    heights = row_heights(data, widths, SIGN_W[1], last=len(regs) + 1, pad_x=PAD)
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=heights)
    table.setStyle(TableStyle(style))
    mode = "tunai" if transport.get("mode", "tunai") == "tunai" else "transfer"
    basis = (f"Dibayarkan kepada peserta yang hadir pada sesi {session_phrase(event, session)}: "
             f"{rupiah(amount)} per orang ({mode}).")
    meta = meta_table([("Kegiatan", event.name), ("Hari, Tanggal", dates.day_date(session.date)),
                       ("Tempat", place(event)), ("Dasar", basis)], width)
    story = [Letterhead(event, width), Spacer(1, 4 * mm), Paragraph("DAFTAR PENERIMAAN UANG TRANSPORT", STYLES["title"]),
             meta, Spacer(1, 4 * mm), table]
    doc = SimpleDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=PAGE, leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=16 * mm,
                            title=f"Daftar penerimaan transport {event.short_name}",
                            subject=f"Daftar penerimaan uang transport {event.name}",
                            author=str(event.settings.get("organizer") or "bimtek-desk"), creator="bimtek-desk")
    draft = drafts.is_draft(event, "transport")
    doc.build(story, canvasmaker=canvas_maker(f"{event.short_name} · Daftar penerimaan transport",
                                              drafts.DRAFT if draft else ""))
    return len(regs), total
