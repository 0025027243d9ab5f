"""Hostile roster files (#13 items 1 and 11): refused with one Indonesian line,
before they cost memory; the database is left as it was."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.roster import read as readlib
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.rosters import HEADER, far_cell_xlsx, zip_bomb_xlsx


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
    # openpyxl itself would create every merged cell
    edit_sheet_xml(path, "</sheetData>",
                   '</sheetData><mergeCells count="1"><mergeCell ref="D2:XFD1048576"/></mergeCells>')
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


# -- the .xlsx read through python-calamine's public API, after its cells are counted ---------------


def _rezip(path: Path, rename: dict[str, str], edit: dict[str, tuple[str, str]] | None = None,
           extra: dict[str, bytes] | None = None) -> Path:
    """The workbook with parts renamed, text replaced inside parts, or parts added."""
    with zipfile.ZipFile(path) as zin:
        parts = [(i.filename, zin.read(i)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts:
            if edit and name in edit:
                old, new = edit[name]
                assert old.encode() in data, (name, old)
                data = data.replace(old.encode(), new.encode())
            zout.writestr(rename.get(name, name), data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return path


def test_reading_an_xlsx_needs_no_openpyxl(tmp_path: Path) -> None:
    """openpyxl's private streaming attributes are gone from the reader: a roster is read by
    python-calamine, and openpyxl is not even imported."""
    path = far_cell_xlsx(tmp_path / "kecil.xlsx", "D3")
    code = ("import sys\nfrom bimtek_desk.roster import read\n"
            f"rows = read.read({str(path)!r}).sheets[0].rows\n"
            "print(rows[1][1], 'openpyxl' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["[1.0,", "'6371052207669098',", "'Herman',", "'Antasan", "Besar']", "False"]


def test_a_far_sheet_part_named_in_other_letters_is_still_counted(tmp_path: Path) -> None:
    """calamine finds a part whatever the case of its name (and a target with or without '/xl/'):
    the count finds the same part, so the far cell is refused, not unpacked."""
    path = far_cell_xlsx(tmp_path / "huruf.xlsx")
    _rezip(path, {"xl/worksheets/sheet1.xml": "XL/Worksheets/SHEET1.XML"},
           {"xl/_rels/workbook.xml.rels": ('Target="/xl/worksheets/sheet1.xml"', 'Target="worksheets/Sheet1.xml"')})
    with pytest.raises(UserError, match="^Lembar 'Sheet' berisi data di sel XFD1048576"):
        readlib.read(path)


def test_two_parts_whose_names_differ_only_in_case_are_refused(tmp_path: Path) -> None:
    """Which of the two calamine would read is not ours to guess: the file is refused."""
    path = far_cell_xlsx(tmp_path / "ganda.xlsx", "D3")
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    _rezip(path, {}, extra={"XL/worksheets/sheet1.xml": sheet})
    with pytest.raises(UserError, match="bernama ganda"):
        readlib.read(path)


def test_cells_without_references_are_placed_as_calamine_places_them(tmp_path: Path) -> None:
    """A program may leave out the cell references: each cell is the next column of its row, and a
    row without a number follows the one before.  1,005 such cells reach past the column limit."""
    path = far_cell_xlsx(tmp_path / "tanpa-ref.xlsx", "D3")
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 1005
    _rezip(path, {}, {"xl/worksheets/sheet1.xml": ("</sheetData>", f"<row>{cells}</row></sheetData>")})
    with pytest.raises(UserError, match=f"^Lembar 'Sheet' berisi data di sel {readlib.column_letters(1001)}4,"):
        readlib.read(path)


def test_a_formula_never_calculated_reads_as_its_text(tmp_path: Path) -> None:
    """calamine reads a formula without a cached value as nothing; Excel shows its text, and so
    does the roster (a numbering row '=B2+1' written by a program); a calculated one keeps its value."""
    wb = openpyxl.Workbook()
    ws = wb.worksheets[0]
    ws.append(HEADER)
    ws.append(["KOLOM", 2, "=B2+1", "=C2+1"])
    path = tmp_path / "rumus.xlsx"
    wb.save(path)
    calculated = '<c r="D2"><f>C2+1</f><v>4</v></c>'
    _rezip(path, {}, {"xl/worksheets/sheet1.xml": ('<c r="D2"><f>C2+1</f><v /></c>', calculated)})
    assert readlib.read(path).sheets[0].rows[1] == (2, ["KOLOM", 2, "=B2+1", 4])


def test_a_sheet_of_millions_of_empty_rows_is_refused_without_memory(demo_db: Path, tmp_path: Path) -> None:
    """95 MB of '<row/>' passes the size limits (it was 10 s and 1.4 GB to the reader before): the
    count keeps no tree and stops past the last row Excel has."""
    path = zip_bomb_xlsx(tmp_path / "baris.xlsx", 95)
    before = file_digest(demo_db)
    rc, err, peak_mb = run_import_measured(demo_db, path)
    assert rc == 1 and err.startswith("galat: Lembar 'Sheet' berisi lebih dari 1.048.576 baris"), err
    assert len(err.splitlines()) == 1
    assert peak_mb < 400, peak_mb
    assert file_digest(demo_db) == before


def test_a_sheet_of_too_many_xml_elements_is_refused(tmp_path: Path) -> None:
    """Empty cells hold nothing but cost the count time: their number has a limit too."""
    path = far_cell_xlsx(tmp_path / "kosong.xlsx", "D3")
    _rezip(path, {}, {"xl/worksheets/sheet1.xml": ("</sheetData>", "<row>" + "<c/>" * 2000 + "</row></sheetData>")})
    assert len(readlib.read(path).sheets[0].rows) == 3
    with pytest.raises(UserError, match=r"^Lembar 'Sheet' terlalu besar: lebih dari 1\.000 sel dan baris"):
        readlib.read(path, limits=readlib.Limits(xml_elements=1000))


def test_what_follows_the_cells_belongs_to_none_of_them(tmp_path: Path) -> None:
    """Empty styled cells to the end of a row (LibreOffice writes them up to AMJ) hold nothing, and
    a list validation's formula after the sheet's data (Excel's extLst, <xm:f>) is no cell's text."""
    path = far_cell_xlsx(tmp_path / "ekor.xlsx", "D3")
    trailing = "".join(f'<c r="{readlib.column_letters(c)}3" s="1"/>' for c in range(5, 1025))
    validation = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/'
                  'office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft'
                  '.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Daftar!$A$1:$A$2'
                  '</xm:f></x14:formula1><xm:sqref>E2:E9</xm:sqref></x14:dataValidation></x14:dataValidations></ext>'
                  "</extLst></worksheet>")
    _rezip(path, {}, {"xl/worksheets/sheet1.xml": ('<c r="D3" t="inlineStr"><is><t>x</t></is></c></row>',
                                                   f'<c r="D3" t="inlineStr"><is><t>x</t></is></c>{trailing}</row>')})
    _rezip(path, {}, {"xl/worksheets/sheet1.xml": ("</worksheet>", validation)})
    rows = readlib.read(path).sheets[0].rows
    assert rows[-1] == (3, [None, None, None, "x"])


@pytest.mark.parametrize("crc_of", ["all", "declared"])
def test_a_part_longer_than_the_zip_says_is_refused(tmp_path: Path, crc_of: str) -> None:
    """A part that unpacks past the size its zip directory declares (the size every limit checks):
    zipfile stops at the declared size and then finds the checksum wrong, or, with a checksum for the
    declared bytes only, calamine refuses to read past them. Either way one line, no traceback."""
    path = far_cell_xlsx(tmp_path / "bohong.xlsx", "D3")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        full = z.read(info)
    size = full.index(b'<row r="3"')  # the declared part ends before the third row
    crc = zlib.crc32(full if crc_of == "all" else full[:size])
    name = info.filename.encode()
    central = data.index(b"PK\x01\x02")  # the part's entry in the zip's directory
    while data[central + 46:central + 46 + struct.unpack_from("<H", data, central + 28)[0]] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    for crc_at, size_at in ((central + 16, central + 24), (info.header_offset + 14, info.header_offset + 22)):
        struct.pack_into("<I", data, crc_at, crc)
        struct.pack_into("<I", data, size_at, size)
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"^Berkas \.?xlsx (rusak|tidak dapat dibaca)"):
        readlib.read(path)
