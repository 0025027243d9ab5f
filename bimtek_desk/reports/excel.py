"""The Excel export: attendance grid, full check-in history, summaries.

NIK and phone numbers are written as text cells (Excel would otherwise turn a
NIK into 6.37105E+15 and drop a phone's leading 0); header rows are frozen,
filters are on and column widths fit their contents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bimtek_desk.idn import nik as niklib
from bimtek_desk.integrity import anchor
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event

HEAD = Font(bold=True)
FILL = PatternFill("solid", fgColor="E5E7EB")
TEXT_COLUMNS = {"NIK", "No. HP", "Kode badge"}


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[object]]) -> Worksheet:
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
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions
    for i, h in enumerate(header, start=1):
        longest = max([len(str(h))] + [len(str(r[i - 1])) for r in rows if r[i - 1] is not None][:2000])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(6, longest + 2))
    return ws


def export(store: Store, event: Event, out: Path, *, show_nik: bool = False) -> dict[str, int]:
    """Write the workbook; returns the row count per sheet."""
    sessions = store.events.sessions(event.id)
    regs = store.registrations.list(event.id, order="roster")
    present = {s.id: store.checkins.present_ids(s.id) for s in sessions}
    wb = Workbook()
    wb.remove(wb.active)

    grid = []
    for n, r in enumerate(regs, start=1):
        p = r.person
        row: list[object] = [n, r.badge_code, p.name, p.nik if show_nik else niklib.mask(p.nik), p.sex, p.kelurahan,
                             p.kecamatan, p.phone, r.role]
        for s in sessions:
            ci = present[s.id].get(r.id)
            row.append(ci.at[11:19] if ci else None)
        grid.append(row)
    _sheet(wb, "Kehadiran", ["No", "Kode badge", "Nama", "NIK", "L/P", "Kelurahan", "Kecamatan", "No. HP", "Peran",
                             *[f"{s.key} ({s.start_time})" for s in sessions]], grid)

    by_id = {r.id: r for r in store.registrations.list(event.id, active_only=False)}
    keys = {s.id: s.key for s in sessions}
    history = store.checkins.history(event.id)
    reasons = {c.annuls: c.reason for c, _ in history if c.annuls is not None}
    hist_rows = []
    for c, annulled in history:
        reg = by_id.get(c.registration_id)
        hist_rows.append([c.id, c.at, keys.get(c.session_id), reg.badge_code if reg else None,
                          reg.person.name if reg else None, "pembatalan" if c.annuls else "check-in", c.annuls,
                          "ya" if annulled else "tidak", reasons.get(c.id) or c.reason, c.desk, c.operator, c.method])
    _sheet(wb, "Riwayat check-in", ["ID", "Waktu", "Sesi", "Kode badge", "Nama", "Jenis", "Membatalkan ID",
                                    "Dibatalkan", "Alasan", "Meja", "Petugas", "Cara"], hist_rows)

    def summary(title: str, key_name: str, key_of) -> None:  # type: ignore[no-untyped-def]
        registered: Counter[str] = Counter()
        attended: dict[int, Counter[str]] = defaultdict(Counter)
        for r in regs:
            k = key_of(r) or "(kosong)"
            registered[k] += 1
            for s in sessions:
                if r.id in present[s.id]:
                    attended[s.id][k] += 1
        rows = [[k, registered[k], *[attended[s.id][k] for s in sessions]] for k in sorted(registered)]
        rows.append(["JUMLAH", sum(registered.values()), *[sum(attended[s.id].values()) for s in sessions]])
        _sheet(wb, title, [key_name, "Terdaftar", *[f"Hadir {s.key}" for s in sessions]], rows)

    summary("Per kecamatan", "Kecamatan", lambda r: r.person.kecamatan)
    summary("Per kelurahan", "Kelurahan", lambda r: r.person.kelurahan)
    summary("Per jenis kelamin", "L/P", lambda r: {"L": "Laki-laki", "P": "Perempuan"}.get(r.person.sex or ""))
    stamp = anchor.footer_text(store)  # printed in the footer of every sheet, kept in the file's properties
    for ws in wb.worksheets:
        ws.oddFooter.left.text, ws.oddFooter.left.size = stamp, 7
    wb.properties.description = stamp
    tmp = out.with_name(f".{out.name}.tmp")
    wb.save(tmp)
    tmp.replace(out)
    return {ws.title: ws.max_row - 1 for ws in wb.worksheets}
