"""Roster import under load: a 20,000-row file with a two-row header (dry run),
10,000-row .xls and .ods files (imported), and hostile workbooks (a cell at
XFD1048576, a zip bomb unpacking to 2 GB, an .xls and an .ods with a cell at
IV65536, and sheets within the size limits that are all empty rows or empty
cells).  Each runs in a fresh process so its peak memory (max RSS) is its own.
The .xls and .ods are made by LibreOffice (``soffice``) from an .xlsx; without it
those rows say so and are skipped."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from bench.common import Result, synthetic_people
from tests.rosters import far_cell_xlsx, zip_bomb_xlsx  # the hostile files the tests refuse

_MEASURE = """
import json, sys, time
from bimtek_desk.errors import UserError
from bimtek_desk.store import eventfile
from bimtek_desk.system.resources import resource as res
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.store import Store
store = Store.memory()
spec = eventfile.load(res("demo", "event.json"))
store.events.upsert(spec)
t0, c0 = time.perf_counter(), time.process_time()
try:
    report = import_roster(store, spec.id, sys.argv[1], dry_run=sys.argv[2:] != ["import"])
    outcome = f"{report.accepted} sah, {len(report.parsed.rows)} baris"
except UserError as exc:
    outcome = "ditolak: " + str(exc)[:60]
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
# VmHWM: this process's own peak (ru_maxrss would include the parent's at fork)
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"s": seconds, "cpu": cpu, "mb": hwm / 1024, "outcome": outcome}))
"""


def _measure(path: Path, *how: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(path), *how], capture_output=True, text=True,
                         check=True, timeout=600)
    measured: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return measured


def two_row_header_20k(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.worksheets[0]
    ws.append(["DATA VERIFIKASI PESERTA"])
    ws.append(["No", "NIK", "Nama ART", "Tgl Lahir", None, "Jenis Kelamin", "Desa/Kel", "Kecamatan", "No. HP",
               "Tahun Pengangkatan"])
    ws.append([None, None, None, "Tempat Lahir", "dd/mm/yyyy", "1=L 2=P", None, None, None, None])
    for col in (1, 2, 3, 7, 8, 9, 10):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=5)
    ws.append([f"({i})" for i in range(1, 11)])
    for i, (nik, name, sex, birth, kel, kec, phone, tmt) in enumerate(synthetic_people(20_000), start=1):
        ws.append([i, nik, name, "Banjarmasin", birth.strftime("%d/%m/%Y"), 1 if sex == "L" else 2, kel, kec, phone,
                   tmt])
    wb.save(path)
    return path


def empty_cells_xlsx(path: Path, count: int = 20_000_000) -> Path:
    """One row of ``count`` empty cells (80 MB of '<c/>', under the size limits): what the cell count costs."""
    bomb = zip_bomb_xlsx(path.with_suffix(".rows.xlsx"), 0)
    with zipfile.ZipFile(bomb) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with zout.open(info.filename, "w", force_zip64=True) as f:
                f.write(head + b"<row>")
                for _ in range(count // 1_000_000):
                    f.write(b"<c/>" * 1_000_000)
                f.write(b"</row></sheetData>" + tail)
    return path


def converted(xlsx: Path, fmt: str) -> Path | None:
    """The .xlsx as LibreOffice saves it in ``fmt`` ('xls', 'ods'), or None without LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", str(xlsx.parent), str(xlsx)],
                   check=True, capture_output=True, timeout=600)
    return xlsx.with_suffix("." + fmt)


FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "rosters"


def run() -> list[Result]:
    from bench.common import write_xlsx

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        m = _measure(two_row_header_20k(tmpdir / "roster20k.xlsx"))
        assert m["outcome"].startswith("20000 sah"), m
        results.append(Result("roster 20.000 baris, judul 2 baris: uji coba", m["s"], "s", "< 5 s", m["s"] < 5))
        results.append(Result("  … waktu CPU (mesin sibuk: lihat load)", m["cpu"], "s", "", None))
        results.append(Result("  … memori puncak", m["mb"], "MB", "< 300 MB", m["mb"] < 300))
        source = write_xlsx(tmpdir / "roster10k.xlsx", synthetic_people(10_000))
        for fmt in ("xls", "ods"):
            path = converted(source, fmt)
            if path is None:
                results.append(Result(f"impor roster .{fmt} 10.000 baris: LibreOffice tidak ada, dilewati", 0, "s", "",
                                      None))
                continue
            m = _measure(path, "import")
            assert m["outcome"].startswith("10000 sah"), m
            results.append(Result(f"impor roster .{fmt} 10.000 baris", m["s"], "s", "< 3 s", m["s"] < 3))
            results.append(Result("  … memori puncak", m["mb"], "MB", "< 300 MB", m["mb"] < 300))
        for label, path in (("sel XFD1048576 (5 KB)", far_cell_xlsx(tmpdir / "far.xlsx")),
                            ("bom zip 2 GB", zip_bomb_xlsx(tmpdir / "bomb.xlsx", 2048)),
                            ("95 MB baris kosong (lolos batas ukuran)", zip_bomb_xlsx(tmpdir / "rows.xlsx", 95)),
                            ("20 juta sel kosong dalam satu baris", empty_cells_xlsx(tmpdir / "cells.xlsx")),
                            (".xls, sel IV65536 (6 KB)", FIXTURES / "far.xls"),
                            (".ods, sel IV65536 (9 KB)", FIXTURES / "far.ods")):
            size = path.stat().st_size / 1024
            m = _measure(path)
            assert m["outcome"].startswith("ditolak"), m
            results.append(Result(f"tolak {label}: berkas {size:.0f} KB", m["s"], "s", "< 5 s", m["s"] < 5))
            results.append(Result("  … memori puncak", m["mb"], "MB", "< 400 MB", m["mb"] < 400))
    return results
