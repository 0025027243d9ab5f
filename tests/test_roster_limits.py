"""Hostile roster files (#13 items 1 and 11): refused with one Indonesian line,
before they cost memory; the database is left as it was."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.roster import read as readlib
from tests.conftest import DEMO_EVENT_ID, file_digest

HEADER = ["No", "NIK", "Nama", "Kelurahan"]


def far_cell_xlsx(path: Path) -> Path:
    """About 5 KB: a small table plus one cell at XFD1048576 (the last cell Excel has)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([1, "6371052207669098", "Herman", "Antasan Besar"])
    ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def zip_bomb_xlsx(path: Path, unpacked_mb: int) -> Path:
    """A valid workbook whose sheet XML unpacks to ``unpacked_mb`` MB of empty rows."""
    src = path.with_suffix(".src.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.save(src)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info, zin.read(info))
                continue
            xml = zin.read(info).decode()
            head, tail = xml.split("</sheetData>")
            filler = "<row/>" * (1024 * 1024 // 6)
            with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                f.write(head.encode())
                for _ in range(unpacked_mb):
                    f.write(filler.encode())
                f.write(("</sheetData>" + tail).encode())
    return path


def edit_sheet_xml(path: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i) for i in zin.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    assert old in xml
    parts["xl/worksheets/sheet1.xml"] = xml.replace(old, new, 1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def run_import_measured(db: Path, roster: Path) -> tuple[int, str, int]:
    """Run the real CLI in a fresh process; return (exit code, stderr, peak RSS in MB)."""
    code = (  # VmHWM is this process's own peak; ru_maxrss would start from pytest's size at fork
        "import sys\n"
        "from bimtek_desk.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "print('PEAK', hwm // 1024, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    p = subprocess.run([sys.executable, "-c", code, "--db", str(db), "roster", "import", str(roster),
                        "--event", DEMO_EVENT_ID], capture_output=True, text=True, timeout=120)
    lines = p.stderr.strip().splitlines()
    peak = int(lines[-1].split()[1])
    return p.returncode, "\n".join(lines[:-1]), peak


def test_far_cell_is_refused_without_materialising_the_sheet(demo_db: Path, tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "bom.xlsx")
    assert path.stat().st_size < 10_000
    before = file_digest(demo_db)
    rc, err, peak_mb = run_import_measured(demo_db, path)
    assert rc == 1
    assert err.startswith("galat: Lembar 'Sheet' berisi data di sel XFD1048576") and "Traceback" not in err
    assert len(err.splitlines()) == 1
    assert peak_mb < 400, peak_mb
    assert file_digest(demo_db) == before


def test_zip_bomb_is_refused_from_its_declared_size(demo_db: Path, tmp_path: Path) -> None:
    path = zip_bomb_xlsx(tmp_path / "bom.xlsx", 130)
    assert path.stat().st_size < 1_000_000  # 130 MB of XML in well under 1 MB
    before = file_digest(demo_db)
    rc, err, peak_mb = run_import_measured(demo_db, path)
    assert rc == 1 and "membengkak" in err and "Traceback" not in err, err
    assert peak_mb < 400, peak_mb
    assert file_digest(demo_db) == before


def test_row_and_cell_limits(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(60):
        ws.append([i, "x", "y", "z"])
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="lebih dari 50 baris"):
        readlib.read(path, limits=readlib.Limits(rows=50))
    with pytest.raises(UserError, match="lebih dari 100 sel"):
        readlib.read(path, limits=readlib.Limits(cells=100))
    assert len(readlib.read(path).sheets[0].rows) == 61


def test_merged_range_over_the_whole_sheet_fills_only_rows_with_data(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([1, "6371052207669098", "Herman", "Antasan Besar"])
    path = tmp_path / "merge.xlsx"
    wb.save(path)
    edit_sheet_xml(path, "</sheetData>",
                   '</sheetData><mergeCells count="1"><mergeCell ref="D2:XFD1048576"/></mergeCells>')  # openpyxl itself would create every merged cell
    sheet = readlib.read(path).sheets[0]
    assert [n for n, _ in sheet.rows] == [1, 2]
    assert sheet.rows[1][1] == [1, "6371052207669098", "Herman", "Antasan Besar"]


def test_csv_field_over_128_kb_is_one_line_exit_1(demo_db: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "besar.csv"
    path.write_text("No,NIK,Nama\n1,6371052207669098,\"" + "A" * 200_000 + "\"\n", encoding="utf-8")
    before = file_digest(demo_db)
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID)
    assert r.code == 1 and r.err.startswith("galat: Satu sel CSV di sekitar baris 2 lebih dari 128 KB"), r
    assert len(r.err.strip().splitlines()) == 1
    assert file_digest(demo_db) == before
    # an unclosed quote in the first lines (the separator sniffing) is the same one line
    path.write_text("No,NIK,Nama\n1,\"" + "B" * 140_000 + "\n", encoding="utf-8")
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID)
    assert r.code == 1 and "128 KB" in r.err and len(r.err.strip().splitlines()) == 1, r


def test_openpyxl_warnings_never_reach_the_user(tmp_path: Path, recwarn) -> None:  # type: ignore[no-untyped-def]
    """Excel's own data-validation lists live in an extension openpyxl warns about in English."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([1, "6371052207669098", "Herman", "Antasan Besar"])
    path = tmp_path / "dv.xlsx"
    wb.save(path)
    edit_sheet_xml(path, "</worksheet>",
                   '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst></worksheet>')
    with pytest.warns(UserWarning, match="Data Validation extension"):  # what openpyxl says on its own
        wb2 = openpyxl.load_workbook(path, read_only=True)
        list(wb2.active.iter_rows())
    recwarn.clear()
    assert readlib.read(path).sheets[0].rows[1][1][2] == "Herman"
    assert not [w for w in recwarn if "openpyxl" in str(w.filename)]


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    path.write_bytes(b"No,NIK,Nama\n" * 100)
    with pytest.raises(UserError, match="terlalu besar"):
        readlib.read(path, limits=readlib.Limits(file_bytes=1000))


def test_shared_strings_bomb_is_refused(tmp_path: Path) -> None:
    """openpyxl keeps the shared strings in memory whole: they have their own, lower limit."""
    src = tmp_path / "src.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.save(src)
    path = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        with zout.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(40):
                f.write(b"<si><t>x</t></si>" * (1024 * 1024 // 17))
            f.write(b"</sst>")
    with pytest.raises(UserError, match=r"membengkak menjadi 40 MB .*sharedStrings.xml.*batas 32 MB"):
        readlib.read(path)
