"""Makes the small .xls and .ods rosters beside this file (synthetic people, never real ones).

    python -m tests.data.rosters.make      # needs LibreOffice: soffice --headless --convert-to xls|ods

Each is first written as .xlsx with openpyxl, then converted by LibreOffice, so the files are what an
office suite really writes (BIFF8 records, ODF content.xml) rather than what a Python writer imagines.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import openpyxl

from tests.rosters import PEOPLE, far_cell_xlsx

HERE = Path(__file__).parent


def roster(path: Path) -> Path:
    """A title row, a header, a kelurahan merged down two rows, sex as 'LAKI - LAKI', dates as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data PSM"
    ws.append(["DAFTAR PESERTA BIMTEK PSM"])
    ws.append(["No", "NIK", "Nama", "Jenis Kelamin", "Tgl Lahir", "Kelurahan", "RT/RW", "Jabatan"])
    for i, (nik, name, sex, _place, birth, kel, _kec, _phone, _tmt) in enumerate(PEOPLE[:3], start=1):
        ws.append([i, nik, name, "LAKI - LAKI" if sex == "L" else "PEREMPUAN", birth.strftime("%d/%m/%Y"), kel,
                   f"00{i}/003", "Anggota"])
    ws.merge_cells("F3:F4")  # Mantuil, Mantuil
    wb.save(path)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        far = far_cell_xlsx(Path(tmp) / "far.xlsx", "IV65536")  # the last cell an .xls holds
        sources = [roster(Path(tmp) / "roster.xlsx"), far]
        for fmt in ("xls", "ods"):
            subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(HERE),
                            *map(str, sources)], check=True, capture_output=True, timeout=300)


if __name__ == "__main__":
    main()
