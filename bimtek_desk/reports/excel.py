"""The Excel export: attendance grid, full check-in history, summaries.

NIK and phone numbers are written as text cells (Excel would otherwise turn a
NIK into 6.37105E+15 and drop a phone's leading 0), and so is any value that
starts like a formula (``=``, ``+``, ``-``, ``@``, tab, CR): a name never becomes
a live ``=HYPERLINK``.  Times are real date-time cells in the event's time zone.
Header rows are frozen, filters are on (the JUMLAH row stays outside them) and
column widths fit their contents; kecamatan and kelurahan follow the official order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn import wilayah, zones
from bimtek_desk.reports import history
from bimtek_desk.reports.cells import formula_like
from bimtek_desk.store import Store, anchor
from bimtek_desk.store.models import Event, Registration
from bimtek_desk.system.files import atomic_write, check_target

HEAD = Font(bold=True)
FILL = PatternFill("solid", fgColor="E5E7EB")
TEXT_COLUMNS = {"NIK", "No. HP", "Kode badge"}
TIME_FORMAT, DATETIME_FORMAT = "hh:mm:ss", "yyyy-mm-dd hh:mm:ss"
_KEC_ORDER = {k: i for i, k in enumerate(wilayah.KECAMATAN)}
_KEL_ORDER = {kel: (_KEC_ORDER[kec], i) for kec, kels in wilayah.KECAMATAN.items() for i, kel in enumerate(kels)}


def official_order(kind: str, names: list[str]) -> list[str]:
    """Kecamatan or kelurahan in the Kemendagri order; others after them by name, '(kosong)' last."""
    order = _KEC_ORDER if kind == "kecamatan" else _KEL_ORDER
    return sorted(names, key=lambda n: (n == "(kosong)", n not in order, order.get(n, (0, 0)), n.casefold()))


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[object]], *, total_row: bool = False,
           time_format: str = TIME_FORMAT) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font, cell.fill = HEAD, FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    text_cols = [i for i, h in enumerate(header) if h in TEXT_COLUMNS]
    for row in rows:
        ws.append(row)
        r = ws.max_row
        for i in text_cols:
            c = ws.cell(r, i + 1)
            if c.value is not None:
                c.value = str(c.value)
                c.data_type = "s"
                c.number_format = "@"
        for c in ws[r]:
            if formula_like(c.value):
                c.data_type = "s"  # text, never a formula
            elif isinstance(c.value, dt.datetime):
                c.number_format = time_format
    ws.freeze_panes = "A2"
    if rows:
        last = ws.max_row - (1 if total_row else 0)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{last}"
    if total_row:
        for c in ws[ws.max_row]:
            c.font = HEAD

    def shown(v: object) -> int:
        return 19 if isinstance(v, dt.datetime) and time_format == DATETIME_FORMAT else (
            8 if isinstance(v, dt.datetime) else len(str(v)))

    for i, h in enumerate(header, start=1):
        longest = max([len(str(h))] + [shown(r[i - 1]) for r in rows if r[i - 1] is not None][:2000])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(6, longest + 2))
    return ws


def _page_setup(ws: Worksheet) -> None:
    """Printed as an auditor expects: A4 landscape, as wide as the page (as many pages
    down as it takes), the header row repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    fit = ws.sheet_properties.pageSetUpPr or PageSetupProperties()
    fit.fitToPage = True
    ws.sheet_properties.pageSetUpPr = fit
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4


def _transport_sheet(wb: Workbook, store: Store, event: Event, show_nik: bool) -> None:
    """The transport payments as the lists print them: one list per period, each person
    once with the sessions that are the basis of payment, the same total."""
    from bimtek_desk.reports import transport

    rows: list[list[object]] = []
    total = 0
    for lst in transport.listed(store, event):
        for n, p in enumerate(lst.payees, start=1):
            person = p.registration.person
            rows.append([lst.period.key, lst.number or "(belum final)", n, person.name,
                         person.nik if show_nik else niklib.mask(person.nik), person.kelurahan, p.basis, lst.amount])
        total += lst.total
    rows.append(["JUMLAH", None, None, None, None, None, None, total])
    _sheet(wb, "Transport", ["Periode", "Nomor daftar", "No", "Nama", "NIK", "Kelurahan", "Hadir (sesi)",
                             "Jumlah (Rp)"], rows, total_row=True)


def export(store: Store, event: Event, out: Path, *, show_nik: bool = False) -> dict[str, int]:
    """Write the workbook; returns the row count per sheet."""
    from bimtek_desk.documents.issue import eligibility

    check_target(out)
    zone = event.settings.get("timezone")
    sessions = store.events.sessions(event.id)
    regs = store.registrations.for_event(event.id, order="roster")
    present = {s.id: store.checkins.present_ids(s.id) for s in sessions}
    eligible = {e.registration.id: e.eligible for e in eligibility(store, event)}
    numbers = {d.registration_id: d.number for d in store.documents.for_event(event.id, "sertifikat")}
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook starts with

    grid = []
    for n, r in enumerate(regs, start=1):
        p = r.person
        row: list[object] = [n, r.badge_code, p.name, p.nik if show_nik else niklib.mask(p.nik), p.sex, p.kelurahan,
                             p.kecamatan, p.phone, r.role]
        for s in sessions:
            ci = present[s.id].get(r.id)
            row.append(zones.local(ci.at, zone) if ci else None)
        row += ["ya" if eligible.get(r.id) else "tidak", numbers.get(r.id)]
        grid.append(row)
    _sheet(wb, "Kehadiran", ["No", "Kode badge", "Nama", "NIK", "L/P", "Kelurahan", "Kecamatan", "No. HP", "Peran",
                             *[f"{s.key} ({s.start_time})" for s in sessions], "Layak sertifikat",
                             "Nomor sertifikat"], grid)

    hist_rows = []
    for line in history.lines(store, event.id):
        c, reg = line.checkin, line.registration
        hist_rows.append([c.id, zones.local(c.at, zone), line.session, line.code,
                          reg.person.name if reg else None, "pembatalan" if line.is_undo else "check-in", c.annuls,
                          "ya" if line.annulled else "tidak", line.annul_reason or c.reason, c.desk, c.operator,
                          c.method])
    _sheet(wb, "Riwayat check-in", ["ID", "Waktu", "Sesi", "Kode badge", "Nama", "Jenis", "Membatalkan ID",
                                    "Dibatalkan", "Alasan", "Meja", "Petugas", "Cara"], hist_rows,
           time_format=DATETIME_FORMAT)

    def summary(title: str, key_name: str, key_of: Callable[[Registration], str | None], kind: str = "") -> None:
        registered: Counter[str] = Counter()
        attended: dict[int, Counter[str]] = defaultdict(Counter)
        for r in regs:
            k = key_of(r) or "(kosong)"
            registered[k] += 1
            for s in sessions:
                if r.id in present[s.id]:
                    attended[s.id][k] += 1
        order = official_order(kind, list(registered)) if kind else sorted(registered)
        rows: list[list[object]] = [[k, registered[k], *[attended[s.id][k] for s in sessions]] for k in order]
        rows.append(["JUMLAH", sum(registered.values()), *[sum(attended[s.id].values()) for s in sessions]])
        _sheet(wb, title, [key_name, "Terdaftar", *[f"Hadir {s.key}" for s in sessions]], rows, total_row=True)

    _extras_sheet(wb, store, event, regs, show_nik=show_nik)
    summary("Per kecamatan", "Kecamatan", lambda r: r.person.kecamatan, "kecamatan")
    summary("Per kelurahan", "Kelurahan", lambda r: r.person.kelurahan, "kelurahan")
    summary("Per jenis kelamin", "L/P", lambda r: {"L": "Laki-laki", "P": "Perempuan"}.get(r.person.sex or ""))
    if event.settings.get("transport"):
        _transport_sheet(wb, store, event, show_nik)
    stamp = anchor.footer_text(store)  # printed in the footer of every sheet, kept in the file's properties
    for ws in wb.worksheets:
        footer = ws.oddFooter
        assert footer is not None  # openpyxl makes a sheet's footers and their three parts
        left, right = footer.left, footer.right
        assert left is not None and right is not None
        left.text, left.size = stamp, 7
        right.text, right.size = "Halaman &P dari &N", 7
        _page_setup(ws)
    wb.properties.description = stamp
    wb.properties.creator = wb.properties.lastModifiedBy = "bimtek-desk"
    wb.properties.title = f"Kehadiran {event.short_name}"
    wb.properties.subject = f"Ekspor kehadiran dan SPJ {event.name}"
    atomic_write(out, wb.save)
    return {ws.title: ws.max_row - 1 for ws in wb.worksheets}


def _extras_sheet(wb: Workbook, store: Store, event: Event, regs: list[Registration], *,
                  show_nik: bool) -> None:
    """The roster's other columns (RT/RW, jabatan …), one column each, NIK-like values masked (#27)."""
    from bimtek_desk.roster import extras as extraslib

    headers = store.extras.headers(event.id)
    if not headers:
        return
    by_reg = store.extras.get_many([r.id for r in regs])
    rows: list[list[object]] = []
    for n, r in enumerate(regs, start=1):
        values = dict(by_reg.get(r.id, []))
        rows.append([n, r.badge_code, r.person.name,
                     *[extraslib.shown(values[h], show_nik=show_nik) if h in values else None for h in headers]])
    ws = _sheet(wb, "Keterangan tambahan", ["No", "Kode badge", "Nama", *headers], rows)
    for c in ws[1]:
        if formula_like(c.value):
            c.data_type = "s"  # a header from the roster file: text, never a formula
