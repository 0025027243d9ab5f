"""DAFTAR PENERIMAAN UANG TRANSPORT: who received how much, signed by each
recipient (staggered), with the total in numbers and in words.

Transport money is paid once per person per payment period: per day by default
(``transport.period: "day"``), or once for the whole event (``"event"``).  A list
covers one period and names everyone present at *any* attendance session of it,
once, with the sessions they were present at printed as the basis of payment.  The
first final list of a period is recorded with a number (``store.payments``); every
later print of that period is marked SALINAN and carries the same number and the
same people, so no second payment list can be made for the same day.  People who
come after the list was made go on a supplementary list (SUSULAN, its own number)
that names only people on no list of the period yet.  A draft is never recorded and
spends no number.

Each page carries its subtotal, the amount carried from the page before ("Jumlah
pindahan") and the amount carried on ("Jumlah dipindahkan"); continuation pages
repeat Kegiatan, Tanggal and Sesi above the table; the footer carries the check-in
chain's audit anchor, as the daftar hadir does.  The PPTK or PA ("Setuju dibayar")
and the Bendahara Pengeluaran ("Lunas dibayar") sign it: roles the event file
chooses with ``transport.sign_offs``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from bimtek_desk.documents import drafts
from bimtek_desk.documents.variables import person_name, signatory_name
from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates, zones
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn.terbilang import rupiah, rupiah_words
from bimtek_desk.reports.attendance import PAD, SIGN_W, mark
from bimtek_desk.reports.pdf import (
    GRID,
    HEAD_BG,
    MARGIN,
    PAGE,
    STYLES,
    Letterhead,
    build,
    frame_heights,
    grid_style,
    meta_table,
    place,
    register,
    row_heights,
    session_phrase,
    story_start,
)
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Registration, Session

# What each role writes above its title when the event file gives no "on_behalf".
CAPTIONS = {"pptk": "Setuju dibayar,", "treasurer": "Lunas dibayar,", "attendance": "Mengetahui,"}
TITLES = {"pptk": "Pejabat Pelaksana Teknis Kegiatan,", "treasurer": "Bendahara Pengeluaran,"}
KIND = "transport"
WHOLE_EVENT = "acara"  # the period key when the event pays transport once
COPY = "SALINAN"
TOTAL_ROW_H = 5.8 * mm  # a sum row: one line of 9.5 pt with its padding


@dataclass(frozen=True)
class Payee:
    registration: Registration
    basis: str  # the sessions attended in the period, 'REG, M3'


@dataclass(frozen=True)
class Period:
    key: str  # '2025-11-18', or 'acara'
    date: dt.date  # the date the list is signed: the day, or the event's last day
    sessions: list[Session]
    payees: list[Payee]


@dataclass(frozen=True)
class Result:
    people: int
    total: int
    number: str | None  # None for a draft
    copy: bool  # a reprint of the list already recorded for this period
    period: str
    not_listed: int = 0  # present in the period now, but on no recorded list (a supplement would name them)
    no_longer_present: int = 0  # on the recorded list, their check-in since undone
    part: int = 1  # 2 … for a supplementary list


def settings(event: Event) -> dict[str, Any]:
    transport = event.settings.get("transport")
    if not transport:
        raise UserError("Acara ini tidak mengatur uang transport (\"transport\" di berkas acara).")
    return dict(transport)


def per_event(event: Event) -> bool:
    return (event.settings.get("transport") or {}).get("period", "day") == "event"


def period_key(event: Event, session: Session) -> str:
    return WHOLE_EVENT if per_event(event) else session.date.isoformat()


def periods(store: Store, event: Event) -> list[Period]:
    """Every payment period with its payees as attendance stands now: each person once,
    in roster order, with the sessions of the period they were present at."""
    sessions = store.events.sessions(event.id)
    present = {s.id: store.checkins.present_ids(s.id) for s in sessions}
    everyone = store.registrations.for_event(event.id, order="roster")
    grouped: dict[str, list[Session]] = {}
    for s in sessions:
        grouped.setdefault(period_key(event, s), []).append(s)
    out = []
    for key, group in grouped.items():
        payees = []
        for r in everyone:
            attended = [s.key for s in group if r.id in present[s.id]]
            if attended:
                payees.append(Payee(r, ", ".join(attended)))
        out.append(Period(key, max(s.date for s in group), group, payees))
    return out


def period_for(store: Store, event: Event, *, session: Session | None = None,
               day: dt.date | None = None) -> Period:
    """The period of ``session`` or ``day`` (default: the first)."""
    found = periods(store, event)
    if not found:
        raise UserError("Acara ini belum punya sesi presensi.")
    if session is not None:
        key = period_key(event, session)
    elif day is not None:
        key = WHOLE_EVENT if per_event(event) else day.isoformat()
    else:
        key = found[0].key
    for p in found:
        if p.key == key:
            return p
    raise UserError(f"Tidak ada sesi presensi pada {dates.day_date(day) if day else key}.")


@dataclass(frozen=True)
class Listed:
    period: Period
    number: str | None  # None while no final list has been made
    amount: int
    payees: list[Payee]

    @property
    def total(self) -> int:
        return self.amount * len(self.payees)


def listed(store: Store, event: Event) -> list[Listed]:
    """Every period's payees as the Excel export and the statistics show them: the
    recorded lists (the first and any supplements) where a final one was made, else
    attendance as it stands."""
    amount = int(settings(event)["amount"])
    regs = {r.id: r for r in store.registrations.for_event(event.id, active_only=False)}
    recorded = store.payments.for_event(event.id, KIND)
    found = {p.key: p for p in periods(store, event)}
    for made in recorded:  # a list stays paid when its day has no session any more (moved to another day)
        if made.period not in found:
            day = event.date_end if made.period == WHOLE_EVENT else dt.date.fromisoformat(made.period)
            found[made.period] = Period(made.period, day, [], [])
    out = []
    for key in sorted(found):
        p = found[key]
        parts = [made for made in recorded if made.period == key]
        if not parts:
            out.append(Listed(p, None, amount, payable(store, event, p)))
        for made in parts:
            out.append(Listed(p, made.number, made.amount, [Payee(regs[i], basis) for i, basis in made.payees]))
    return out


def _keys(basis: str) -> set[str]:
    return {k.strip() for k in basis.split(",") if k.strip()}


def payable(store: Store, event: Event, period: Period) -> list[Payee]:
    """The period's payees a new list (the first, or a supplement) may name: nobody already
    on a list of this period, and nobody whose every session of the period was already the
    basis of a payment to them (a session moved to another day after its list was made);
    the basis printed is the sessions not yet paid.  A person is followed through a sync
    merge of their record (``registrations.effective_ids``)."""
    effective = store.registrations.effective_ids(event.id)
    here: set[int] = set()
    used: dict[int, set[str]] = {}
    for made in store.payments.for_event(event.id, KIND):
        for rid, basis in made.payees:
            rid = effective.get(rid, rid)
            if made.period == period.key:
                here.add(rid)
            used.setdefault(rid, set()).update(_keys(basis))
    out = []
    for p in period.payees:
        rid = effective.get(p.registration.id, p.registration.id)
        fresh = [s.key for s in period.sessions if s.key in _keys(p.basis) and s.key not in used.get(rid, set())]
        if rid not in here and fresh:
            out.append(Payee(p.registration, ", ".join(fresh)))
    return out


def sign_off_block(event: Event, roles: list[str], place_date: str, width: float) -> Table:
    """The sign-offs side by side; a role without a signatory gets blank lines (and the
    list stays a DRAF until one is named: see drafts.missing_signatories)."""
    cells = []
    for n, role in enumerate(roles):
        sig: dict[str, Any] = (event.settings.get("signatories") or {}).get(role) or {}
        lines = [place_date if n == len(roles) - 1 else "&nbsp;",
                 escape(str(sig.get("on_behalf") or CAPTIONS.get(role, ""))),
                 escape(str(sig.get("title_line") or TITLES.get(role, role)))]
        text = "<br/>".join(lines) + "<br/><br/><br/><br/>"
        text += f"<u><b>{escape(signatory_name(sig))}</b></u>" if sig.get("name") else "(……………………………………)"
        if sig.get("rank"):
            text += f"<br/>{escape(str(sig['rank']))}"
        text += f"<br/>NIP. {escape(str(sig['nip']))}" if sig.get("nip") else "<br/>NIP. ……………………………"
        cells.append(Paragraph(text, STYLES["sign"]))
    col = width / max(len(cells), 1)
    block = Table([cells], colWidths=[col] * len(cells))
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("FONTNAME", (0, 0), (-1, -1), "Caladea")]))
    return block


def _money(n: int) -> str:
    return rupiah(n).removeprefix("Rp")


def render(store: Store, event: Event, out: str | Path | BinaryIO, *, session: Session | None = None,
           day: dt.date | None = None, nik_column: bool | None = None, actor: str = "panitia",
           part: int | None = None, supplement: bool = False) -> Result:
    """Write the list of the payment period of ``session`` or ``day`` (default the
    first).  A final list is recorded the first time; later it is printed as a copy
    (of part ``part``, the first by default).  ``supplement`` makes a supplementary
    list (SUSULAN) of the people present who are on no list of the period yet."""
    register()
    transport = settings(event)
    period = period_for(store, event, session=session, day=day)
    nik_column = bool(transport.get("nik_column")) if nik_column is None else nik_column
    draft = drafts.is_draft(event, "transport")
    paid = _as_paid(store, event, period, int(transport["amount"]), actor, part, supplement) if not draft else \
        _Paid(period.payees, int(transport["amount"]))
    payees, number, copy, amount = paid.payees, paid.number, paid.copy, paid.amount
    total = amount * len(payees)

    width = PAGE[0] - 2 * MARGIN
    head = ["No", "Nama", *(["NIK"] if nik_column else []), "Kelurahan", "Sesi", "Jumlah (Rp)"]
    widths = [8 * mm, 34 * mm, *([29 * mm] if nik_column else []), 19 * mm, 14 * mm, 21 * mm]  # a one-line head
    if not nik_column:
        widths[1] += 29 * mm
    sign_w = (width - sum(widths)) / 2
    assert sign_w >= SIGN_W[0]
    widths += [sign_w, sign_w]
    money_col = len(head) - 1
    told = niklib.masks_told_apart([(p.registration.id, p.registration.person.nik, p.registration.person.kelurahan,
                                     p.registration.roster_row) for p in payees])
    header = [Paragraph(h, STYLES["head"]) for h in head] + [Paragraph("Tanda Tangan", STYLES["head"]), ""]
    rows: list[list[Any]] = []
    for n, p in enumerate(payees, start=1):
        person = p.registration.person
        sign = mark(n, sign_w)
        nik_text, kel = told[p.registration.id]
        rows.append([Paragraph(str(n), STYLES["cell_c"]),
                     Paragraph(escape(person_name(person.name, True)), STYLES["cell"]),
                     *([Paragraph(nik_text, STYLES["cell_c"])] if nik_column else []),
                     Paragraph(escape(kel if nik_column else person.kelurahan or "-"), STYLES["cell"]),
                     Paragraph(escape(p.basis), STYLES["cell_c"]),
                     Paragraph(_money(amount), STYLES["cell_c"]), *((sign, "") if n % 2 else ("", sign))])
    heights = [h or 0.0 for h in row_heights([header, *rows], widths, SIGN_W[1], pad_x=PAD)]
    header_h = max(Paragraph(h, STYLES["head"]).wrap(w - 2 * PAD, 1000)[1]
                   for h, w in zip(head, widths, strict=False)) + 8  # the signature columns have no head

    # The closing (the total in words, the note on shared masked NIKs, the sign-offs) and the first page's top.
    dated = dates.place_date(event.city, period.date)
    closing: list[Flowable] = [Spacer(1, 3 * mm),
                               Paragraph(f"Terbilang: <i>{rupiah_words(total)}</i>", STYLES["meta"])]
    if nik_column and any(m.endswith(niklib.SHARED_MARK) for m, _ in told.values()):
        closing.append(Paragraph(niklib.SHARED_NOTE, STYLES["meta"]))
    closing.append(sign_off_block(event, drafts.transport_sign_offs(event), dated, width))
    session_names = "; ".join(session_phrase(event, s) for s in period.sessions)
    mode = "tunai" if transport.get("mode", "tunai") == "tunai" else "transfer"
    when = "sekali untuk seluruh acara" if period.key == WHOLE_EVENT else "sekali per hari"
    basis = (f"{rupiah(amount)} per orang ({mode}), dibayarkan {when} kepada peserta yang hadir pada sedikitnya "
             f"satu sesi presensi: {session_names}. Kolom \"Sesi\" menyebut sesi kehadiran yang menjadi dasar "
             "pembayaran.")
    day_text = (dates.day_date(period.date) if period.key != WHOLE_EVENT
                else ", ".join(sorted({dates.day_date(s.date) for s in period.sessions})))
    top: list[Flowable] = [Letterhead(event, width), Spacer(1, 4 * mm),
                           Paragraph("DAFTAR PENERIMAAN UANG TRANSPORT" + (" (SUSULAN)" if paid.part > 1 else ""),
                                     STYLES["title"])]
    meta_rows: list[tuple[str, Any]] = [("Nomor", number or drafts.DRAFT)]
    meta_rows += [("Kegiatan", escape(event.name)), ("Hari, Tanggal", day_text), ("Tempat", escape(place(event))),
                  ("Dasar", basis)]
    if paid.part > 1:
        meta_rows.append(("Susulan", f"susulan ke-{paid.part - 1} dari daftar nomor {paid.first_number}: hanya "
                                     "peserta yang tercatat hadir setelah daftar sebelumnya dibuat, masing-masing "
                                     "belum ada di daftar mana pun untuk hari ini."))
    if copy:
        zone = event.settings.get("timezone")
        made_at = zones.local(paid.made_at, zone)
        when_made = f"{dates.long_date(made_at.date())} pukul {made_at.strftime('%H.%M')} {zones.abbreviation(zone)}"
        meta_rows.append(("Keterangan", f"<b>{COPY}</b> dari daftar nomor {number} yang dibuat {when_made}: orang "
                                        "dan jumlah yang sama; daftar ini bukan dasar pembayaran kedua."))
    top += [meta_table(meta_rows, width), Spacer(1, 4 * mm)]

    first_h, later_h = frame_heights()
    inner = width - 12  # the frame's padding

    def tall(flowables: list[Flowable]) -> float:
        return sum(f.wrap(inner, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)

    room = [first_h - tall(top) - 1 * mm, later_h - 1 * mm]
    closing_h = tall(closing)
    pages = _paginate(heights[1:], header_h, room, closing_h)

    story: list[Flowable] = [*story_start(), *top]
    carried = 0
    for index, (start, end) in enumerate(pages):
        last = index == len(pages) - 1
        data = [header]
        rh: list[float] = [header_h]
        if index:
            data.append(_sum_row("Jumlah pindahan dari halaman sebelumnya", carried, money_col, len(header)))
            rh.append(TOTAL_ROW_H)
        data += rows[start:end]
        rh += heights[1 + start:1 + end]
        page_sum = amount * (end - start)
        carried += page_sum
        data.append(_sum_row("Jumlah halaman ini", page_sum, money_col, len(header)))
        rh.append(TOTAL_ROW_H)
        if last:
            data.append(_sum_row("JUMLAH", carried, money_col, len(header), bold=True))
        else:
            data.append(_sum_row("Jumlah dipindahkan ke halaman berikutnya", carried, money_col, len(header)))
        rh.append(TOTAL_ROW_H)
        style = grid_style() + [("SPAN", (money_col + 1, 0), (money_col + 2, 0)),
                                ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                                ("GRID", (0, 0), (-1, -1), 0.5, GRID)]
        for r, row in enumerate(data):
            if isinstance(row, _SumRow):
                style += [("SPAN", (0, r), (money_col - 1, r)), ("SPAN", (money_col + 1, r), (money_col + 2, r)),
                          ("BACKGROUND", (0, r), (-1, r), HEAD_BG)]
        table = Table([list(r) for r in data], colWidths=widths, rowHeights=rh)
        table.setStyle(TableStyle(style))
        story.append(table)
        if last:
            story += closing
        else:
            story.append(PageBreak())
    label = "sekali untuk seluruh acara" if period.key == WHOLE_EVENT else dates.day_date(period.date)
    build(store, event, out, story,
          title=" ".join(filter(None, [f"Daftar penerimaan transport {event.short_name}", period.key, number or ""])),
          subject=f"Daftar penerimaan uang transport {event.name}, {label}",
          continued=[("Kegiatan", event.name), ("Hari, Tanggal", day_text),
                     ("Sesi", ", ".join(s.label or s.key for s in period.sessions)), ("Nomor", number or drafts.DRAFT)],
          footer=f"{event.short_name} · Daftar penerimaan transport {number or ''}".rstrip(),
          mark=drafts.DRAFT if draft else (COPY if copy else ""))
    return Result(len(payees), total, number, copy, period.key, paid.not_listed, paid.no_longer_present, paid.part)


@dataclass(frozen=True)
class _Paid:
    payees: list[Payee]
    amount: int
    number: str | None = None
    part: int = 1
    copy: bool = False
    made_at: str = ""
    first_number: str | None = None  # a supplement's: the period's first list
    not_listed: int = 0
    no_longer_present: int = 0


def _as_paid(store: Store, event: Event, period: Period, amount: int, actor: str, part: int | None,
             supplement: bool) -> _Paid:
    """The final list asked for: the period's first list (made now if it is not yet), a
    copy of part ``part``, or a new supplement naming only the people present in the
    period who are on no list yet.  Recorded (numbered, audited) when made."""
    parts = store.payments.parts(event.id, KIND, period.key)
    now = {p.registration.id for p in period.payees}
    fresh = payable(store, event, period)
    if supplement and parts:
        payees = fresh
        if not payees:
            raise UserError(f"Tidak ada peserta yang hadir setelah daftar nomor {parts[-1].number} dibuat: tidak ada "
                            "daftar susulan.")
        part = len(parts) + 1
    else:
        part = 1 if part is None else part
        if part < 1 or part > max(len(parts), 1):
            raise UserError(f"Daftar transport ke-{part} untuk {period.key} belum ada (ada {len(parts)}).")
        payees = fresh
    if not parts or supplement:
        _same_period_rule(store, event, period)
        if not payees:  # a numbered list paying nobody: nothing to sign
            raise UserError(f"Tidak ada peserta yang dibayar untuk {period.key}: belum ada yang hadir, atau semua yang "
                            "hadir sudah ada di daftar transport lain. Tidak ada daftar yang dibuat.")
    with store.transaction():
        made, new = store.payments.record(event.id, KIND, period.key, part, number_prefix=f"DPT/{event.id}",
                                          amount=amount, payees=[(p.registration.id, p.basis) for p in payees],
                                          actor=actor)
        if new:
            store.audit.log("report.transport", actor=actor, event_id=event.id, period=period.key, part=part,
                            number=made.number, people=len(made.payees), total=made.total)
    first = parts[0].number if parts else made.number
    if new:
        return _Paid(payees, made.amount, made.number, part, False, made.created_at, first)
    regs = {r.id: r for r in store.registrations.for_event(event.id, active_only=False)}
    effective = store.registrations.effective_ids(event.id)
    mine = {effective.get(rid, rid) for rid, _ in made.payees}
    return _Paid([Payee(regs[rid], basis) for rid, basis in made.payees], made.amount, made.number, part, True,
                 made.created_at, first, len(fresh), len(mine - now))


def _same_period_rule(store: Store, event: Event, period: Period) -> None:
    """Lists already made per day refuse a list for the whole event, and the other way round:
    the people on them would be paid again under the other rule."""
    other = [m for m in store.payments.for_event(event.id, KIND)
             if (m.period == WHOLE_EVENT) != (period.key == WHOLE_EVENT)]
    if other:
        made = "sekali untuk seluruh acara" if other[0].period == WHOLE_EVENT else "per hari"
        raise UserError(f"Daftar transport acara ini sudah dibuat {made} (nomor {other[0].number}): aturan "
                        "\"transport.period\" tidak boleh diubah setelah ada daftar final, agar tidak ada yang dibayar "
                        "dua kali. Kembalikan aturannya di berkas acara.")


class _SumRow(list[Any]):
    """A subtotal row of the table (spans the columns before the money)."""


def _sum_row(label: str, value: int, money_col: int, columns: int, *, bold: bool = False) -> _SumRow:
    text = f"<b>{label}</b>" if bold else label
    money = f"<b>{_money(value)}</b>" if bold else _money(value)
    return _SumRow([Paragraph(text, STYLES["cell"])] + [""] * (money_col - 1)
                   + [Paragraph(money, STYLES["cell_c"])] + [""] * (columns - money_col - 1))


def _paginate(heights: list[float], header_h: float, room: list[float], closing_h: float) -> list[tuple[int, int]]:
    """Rows per page as (start, end): each page holds its header, the carried sum (after
    the first), its rows and two sum rows; the last page also the closing, with at
    least the last three rows (never the signatures alone)."""
    pages: list[tuple[int, int]] = []
    i, n = 0, len(heights)
    while i < n or not pages:
        budget = room[0 if not pages else 1] - header_h - 2 * TOTAL_ROW_H - (TOTAL_ROW_H if pages else 0)
        start, used = i, 0.0
        while i < n and (used + heights[i] <= budget or i == start):
            used += heights[i]
            i += 1
        pages.append((start, i))
        if i >= n:
            if used + closing_h > budget:  # the closing does not fit: the last rows go over with it
                keep = min(3, i - start)
                if i - keep > start:
                    pages[-1] = (start, i - keep)
                    pages.append((i - keep, i))
                else:
                    pages.append((i, i))
            break
    return pages
