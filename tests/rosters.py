"""Build Dinas-Sosial-style roster files for tests (never read ../shared)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

# Synthetic people: NIKs are structurally valid (serials 98xx, like the demo).
PEOPLE = [
    # nik, name, sex, place, birth, kelurahan, kecamatan, phone, tmt
    ("6371054301689401", "Hj. Noor Aisyah, S.Pd.", "P", "Banjarmasin", dt.date(1968, 1, 3), "Mantuil",
     "Banjarmasin Selatan", "+62 812-5100-1001", 1995),
    ("6371011307939402", "Muhamad Ridwan", "L", "Martapura", dt.date(1993, 7, 13), "Mantuil",
     "Banjarmasin Selatan", "81251001002", 2015),
    ("6371024511809403", "Rabi’ah Adawiyah", "P", "Banjarmasin", dt.date(1980, 11, 5), "Kuripan",
     "Banjarmasin Timur", "0812-5100-1003", 2004),
    ("6371021303779404", "Jum'at Riyadi", "L", "Barabai", dt.date(1977, 3, 13), "Kuripan",
     "Banjarmasin Timur", "628125100100", 2001),
    ("6371034512859405", "Siti Aisyah", "P", "Banjarmasin", dt.date(1985, 12, 5), "Kuripan",
     "Banjarmasin Timur", "085251001005", 2010),
    ("6371035006909406", "Siti Aisyah", "P", "Kandangan", dt.date(1990, 6, 10), "Kuripan",
     "Banjarmasin Timur", "085251001006", 2016),
]


def title_rows(ws, width: int) -> None:  # type: ignore[no-untyped-def]
    ws.append(["DAFTAR NAMA PEKERJA SOSIAL MASYARAKAT (PSM)"])
    ws.append(["KOTA BANJARMASIN TAHUN 2025"])
    ws.append([])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws["A1"].font = Font(bold=True)


def messy_xlsx(path: Path, *, numeric_nik_row: bool = False, people: list[tuple] | None = None) -> Path:
    """Title rows, odd headers, a numbering row, kelurahan merged down a block,
    phones that lost their 0, a JUMLAH row, a signature block, a second sheet."""
    people = PEOPLE if people is None else people
    wb = openpyxl.Workbook()
    rekap = wb.worksheets[0]
    rekap.title = "Rekap"
    rekap.append(["Rekap per kecamatan"])
    rekap.append(["Kecamatan", "Jumlah"])
    rekap.append(["Banjarmasin Selatan", 2])
    ws = wb.create_sheet("Data PSM")
    header = ["NO.", "N I K", "NAMA LENGKAP", "L/P", "Tempat/Tgl Lahir", "Kelurahan/Desa", "KEC.", "No. HP/WA", "TMT",
              "Keterangan"]
    title_rows(ws, len(header))
    ws.append(header)
    ws.append([f"({i})" for i in range(1, len(header) + 1)])
    first = ws.max_row + 1
    for i, (nik, name, sex, place, birth, kel, kec, phone, tmt) in enumerate(people, start=1):
        phone_cell: object = int(phone) if phone.isdigit() and not phone.startswith("0") else phone
        ws.append([i, nik, name, sex, f"{place}, {birth.strftime('%d-%m-%Y')}", kel, kec, phone_cell, tmt, ""])
    # Merge the kelurahan column down each block, as people do in Excel.
    block_start = first
    for r in range(first + 1, ws.max_row + 2):
        prev, cur = ws.cell(r - 1, 6).value, ws.cell(r, 6).value if r <= ws.max_row else None
        if cur != prev:
            if r - 1 > block_start:
                for rr in range(block_start + 1, r):
                    ws.cell(rr, 6).value = None
                ws.merge_cells(start_row=block_start, start_column=6, end_row=r - 1, end_column=6)
            block_start = r
    if numeric_nik_row:
        ws.append([len(people) + 1, 6371052207669098, "Herman", "L", "Banjarmasin, 22-07-1966", "Antasan Besar",
                   "Banjarmasin Tengah", "081322805385", 1995, ""])
    ws.append([])
    ws.append(["", "JUMLAH", f"{len(people)} orang"])
    ws.append([])
    ws.append(["", "", "", "", "", "", "Banjarmasin, 10 November 2025"])
    ws.append(["", "", "", "", "", "", "Kepala Dinas Sosial Kota Banjarmasin"])
    ws.append(["", "", "", "", "", "", "NIP. 19720314 199803 2 007"])
    wb.save(path)
    return path


def csv_text(delimiter: str = ",") -> str:
    lines = ["Daftar PSM Kelurahan Kuripan", "",
             delimiter.join(["No", "NIK", "Nama", "Jenis Kelamin", "Kelurahan", "Kecamatan", "No HP"])]
    for i, (nik, name, sex, _p, _b, kel, kec, phone, _t) in enumerate(PEOPLE, start=1):
        cells = [str(i), nik, name, "Perempuan" if sex == "P" else "Laki-laki", kel, kec, phone]
        lines.append(delimiter.join(f'"{c}"' if delimiter in c else c for c in cells))
    lines.append(delimiter.join(["", "Jumlah", str(len(PEOPLE))]))
    return "\r\n".join(lines) + "\r\n"


# -- hostile workbooks (tests, tests/data/rosters/make.py and bench/bench_roster.py share these) --------

HEADER = ["No", "NIK", "Nama", "Kelurahan"]


def far_cell_xlsx(path: Path, cell: str = "XFD1048576") -> Path:
    """About 5 KB: a small table plus one cell far away (XFD1048576 is the last cell Excel has; IV65536
    the last of an .xls): millions of cells to a reader that unpacks the block between them."""
    wb = openpyxl.Workbook()
    ws = wb.worksheets[0]
    ws.append(HEADER)
    ws.append([1, "6371052207669098", "Herman", "Antasan Besar"])
    ws[cell] = "x"
    wb.save(path)
    return path


def zip_bomb_xlsx(path: Path, unpacked_mb: int) -> Path:
    """A valid workbook whose sheet XML unpacks to ``unpacked_mb`` MB of empty rows."""
    src = path.with_suffix(".src.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.worksheets[0]
    ws.append(HEADER)
    wb.save(src)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info, zin.read(info))
                continue
            head, tail = zin.read(info).decode().split("</sheetData>")
            filler = ("<row/>" * (1024 * 1024 // 6)).encode()
            with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                f.write(head.encode())
                for _ in range(unpacked_mb):
                    f.write(filler)
                f.write(("</sheetData>" + tail).encode())
    src.unlink()
    return path
