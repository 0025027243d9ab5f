"""Rosters, second field trial (#27): each structure built here from synthetic people (or, for .xls and
.ods, the tiny files in tests/data/rosters/, made by its make.py with LibreOffice) and imported for real."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.documents import badges
from bimtek_desk.errors import UserError
from bimtek_desk.idn import nik as niklib
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.store import Store, eventfile
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID
from tests.pdfutil import decode_qr, page_texts, raw_streams
from tests.rosters import PEOPLE

DATA = Path(__file__).parent / "data" / "rosters"


@pytest.fixture
def event_store(store: Store) -> Store:
    store.events.upsert(eventfile.load(resource("demo", "event.json")))
    return store


def nik_of(born: dt.date, sex: str, serial: int) -> str:
    """A structurally valid synthetic NIK (serials 98xx, like the demo): 637105 DDMMYY SSSS, day +40 for women."""
    return f"637105{born.day + (40 if sex == 'P' else 0):02d}{born.month:02d}{born.year % 100:02d}{9800 + serial}"


def save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# -- 1. the only name column, and the member over the head of the family -----------------------


def test_nama_kk_is_a_name_column(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NIK", "NAMA KK", "ALAMAT", "KELURAHAN"])
    for i, (nik, name, *_r, kel, _kec, _phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, nik, name, f"Jl. Mawar No. {i}", kel])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "bansos.xlsx"))
    assert report.applied and report.accepted == len(PEOPLE) and not report.errors, report.summary()
    assert "Nama ← kolom C 'NAMA KK'" in report.mapping_lines()
    names = sorted(r.person.name for r in event_store.registrations.for_event(DEMO_EVENT_ID))
    assert names == sorted(p[1] for p in PEOPLE)


def test_the_member_wins_over_the_head_of_the_family_and_the_report_says_why(event_store: Store,
                                                                              tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NO KK", "NIK", "NAMA KEPALA KELUARGA", "NAMA ANGGOTA KELUARGA", "KELURAHAN"])
    for i, (nik, name, *_r, kel, _kec, _phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, f"63710512{i:08d}", nik, "Ahmad Kepala", name, kel])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "desa.xlsx"))
    assert report.applied and not report.errors, report.summary()
    (line,) = [ln for ln in report.mapping_lines() if ln.startswith("Nama ←")]
    assert line.startswith("Nama ← kolom E 'NAMA ANGGOTA KELUARGA' (kolom D 'NAMA KEPALA KELUARGA' juga berisi "
                           "nama, tetapi nama kepala keluarga;"), line
    names = {r.person.nik: r.person.name for r in event_store.registrations.for_event(DEMO_EVENT_ID)}
    assert names == {p[0]: p[1] for p in PEOPLE}
    # the head of the family and the KK number are kept as extras; the KK number (16 digits) masked in Peserta
    reg = event_store.registrations.for_event(DEMO_EVENT_ID)[0]
    assert event_store.extras.get_many([reg.id])[reg.id] == [("NO KK", "6371051200000001"),
                                                             ("NAMA KEPALA KELUARGA", "Ahmad Kepala")]


def test_a_village_register_takes_the_members_nik_and_name(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NIK KEPALA KELUARGA", "NAMA KEPALA KELUARGA", "NIK ANGGOTA KELUARGA", "NAMA ANGGOTA KELUARGA",
               "KELURAHAN"])
    head = nik_of(dt.date(1960, 1, 1), "L", 99)
    for i, (nik, name, *_r, kel, _kec, _phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, head, "Ahmad Kepala", nik, name, kel])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "register.xlsx"))
    assert report.applied and report.accepted == len(PEOPLE) and not report.errors, report.summary()
    lines = report.mapping_lines()
    assert "NIK ← kolom D 'NIK ANGGOTA KELUARGA'" in lines
    assert any(ln.startswith("Nama ← kolom E 'NAMA ANGGOTA KELUARGA'") for ln in lines)


# -- 2. a numbering row made of formulas ---------------------------------------------------------


@pytest.mark.parametrize("numbering", [["KOLOM", 2, 3, 4, 5, 6], ["KOLOM", 2, "=B2+1", "=C2+1", "=D2+1", "=E2+1"]])
def test_a_kolom_numbering_row_is_not_a_person(event_store: Store, tmp_path: Path, numbering: list) -> None:  # type: ignore[type-arg]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Jenis Kelamin", "Kelurahan", "Kecamatan"])
    ws.append(numbering)  # BDT 2015: cached values 2, 3, … (Excel) or the formulas (written by a program)
    for i, (nik, name, sex, *_r, kel, kec, _phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, nik, name, sex, kel, kec])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "bdt.xlsx"))  # strict
    assert report.applied and report.accepted == len(PEOPLE) and not report.errors, report.summary()
    assert 2 in report.parsed.skipped and not [f for f in report.parsed.findings if f.row == 2]


# -- 3. a birth-date column that mixes day/month and month/day -------------------------------------


def test_mixed_date_column_is_read_row_by_row_the_way_the_nik_confirms(event_store: Store, tmp_path: Path) -> None:
    rows = [  # (born, sex, as written)
        (dt.date(1980, 3, 25), "L", "25/03/1980"),  # only day/month: kept although most are month/day
        (dt.date(1985, 4, 20), "P", "04/20/1985"),  # only month/day
        (dt.date(1990, 6, 21), "L", "06/21/1990"),  # only month/day
        (dt.date(1970, 5, 3), "P", "05/03/1970"),  # both ways: the NIK (+40, a woman) says 3 May
        (dt.date(1975, 2, 4), "L", "04/02/1975"),  # both ways: the NIK says 4 February, against the majority
        (dt.date(1982, 8, 7), "L", "09/10/1982"),  # both ways, and the NIK says neither: undecided
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Tanggal Lahir", "Kelurahan"])
    for n, (born, sex, written) in enumerate(rows):
        ws.append([nik_of(born, sex, n), f"Peserta {'ABCDEF'[n]}", written, "Kuripan"])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "campur.xlsx"), dry_run=True)
    got = [r.person.birth_date for r in report.parsed.rows]
    assert got[:5] == [r[0] for r in rows[:5]]  # none emptied, none swapped
    assert got[5] == dt.date(1982, 9, 10)  # month/day, as most of the column
    (note,) = [f for f in report.warnings if f.kind == "Urutan tanggal lahir"]
    assert note.message.startswith("Kolom C 'Tanggal Lahir': ditulis dengan dua urutan (1 pasti tanggal/bulan, "
                                   "2 pasti bulan/tanggal, 3 bisa dibaca keduanya)"), note.message
    assert "2 dibaca tanggal/bulan/tahun, 4 bulan/tanggal/tahun" in note.message
    assert "2 tanggal yang bisa dibaca dua cara dipastikan dengan NIK (1 berlawanan dengan kebanyakan)" in note.message
    assert "1 tidak dapat dipastikan" in note.message and note.message.rstrip(".").endswith("baris 7")
    assert [f.row for f in report.warnings if f.kind == "Urutan tanggal tidak pasti"] == [7]
    assert report.parsed.findings[0] is note  # at the top
    assert "kolom kolom" not in "\n".join(report.summary()).lower()


# -- 4. spellings of sex, and the file against the NIK ---------------------------------------------


def test_sex_spellings_are_normalised_and_a_contradiction_names_both(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Jenis Kelamin", "Kelurahan"])
    ws.append([PEOPLE[1][0], PEOPLE[1][1], "LAKI - LAKI", "Mantuil"])
    ws.append([PEOPLE[3][0], PEOPLE[3][1], "Laki – laki", "Kuripan"])  # an en dash
    ws.append([PEOPLE[0][0], PEOPLE[0][1], "P E R E M P U A N", "Mantuil"])
    ws.append([PEOPLE[4][0], PEOPLE[4][1], "LAKI - LAKI", "Kuripan"])  # her NIK says P
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "jk.xlsx"), dry_run=True)
    assert [r.person.sex for r in report.parsed.rows] == ["L", "L", "P", "L"]
    assert not [f for f in report.parsed.findings if f.kind == "Jenis kelamin tidak dikenali"]
    (w,) = [f for f in report.warnings if f.kind == "Jenis kelamin tidak cocok dengan NIK"]
    assert w.row == 5 and "'LAKI - LAKI' (L)" in w.message and "NIK, yang menunjukkan P" in w.message


def test_an_unknown_sex_says_it_was_taken_from_the_nik(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Jenis Kelamin", "Kelurahan"])
    ws.append([PEOPLE[0][0], PEOPLE[0][1], "IBU", "Mantuil"])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "jk.xlsx"), dry_run=True)
    (w,) = [f for f in report.warnings if f.kind == "Jenis kelamin tidak dikenali"]
    assert "'IBU'" in w.message and "dari NIK: P" in w.message and report.parsed.rows[0].person.sex == "P"


# -- 5. formats ----------------------------------------------------------------------------------


def test_strict_open_xml_is_named_with_how_to_save_it_again(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "Nama"])
    plain = save(wb, tmp_path / "biasa.xlsx")
    strict = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(strict, "w") as dst:
        for item in src.infolist():  # Excel's Strict save: the same parts in the ISO namespaces
            data = src.read(item).replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                          b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            dst.writestr(item, data)
    with pytest.raises(UserError, match=r"Strict Open XML.*Simpan Sebagai.*\(\*\.xlsx\)"):
        import_roster(event_store, DEMO_EVENT_ID, strict)
    assert event_store.db.scalar("SELECT count(*) FROM people") == 0


@pytest.mark.parametrize("name", ["roster.xls", "roster.ods"])
def test_xls_and_ods_are_read_like_xlsx(event_store: Store, tmp_path: Path, name: str) -> None:
    path = shutil.copy(DATA / name, tmp_path / name)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and report.accepted == 3 and not report.errors, report.summary()
    assert report.sheet == "Data PSM"
    regs = {r.person.nik: r for r in event_store.registrations.for_event(DEMO_EVENT_ID)}
    for nik, name_, sex, _place, born, kel, *_rest in PEOPLE[:3]:
        p = regs[nik].person
        assert (p.name, p.sex, p.birth_date, p.kelurahan) == (name_, sex, born, kel)  # F4 merged down: Mantuil
        assert regs[nik].roster_row == PEOPLE.index(next(x for x in PEOPLE if x[0] == nik)) + 3
    first = regs[PEOPLE[0][0]]
    assert event_store.extras.get_many([first.id])[first.id] == [("RT/RW", "001/003"), ("Jabatan", "Anggota")]


@pytest.mark.parametrize("name", ["far.xls", "far.ods"])
def test_a_far_cell_in_xls_or_ods_is_refused_before_it_is_unpacked(event_store: Store, name: str) -> None:
    t0 = time.perf_counter()
    with pytest.raises(UserError, match=r"terlalu besar untuk dibaca: 16\.777\.216 sel"):
        import_roster(event_store, DEMO_EVENT_ID, DATA / name)
    assert time.perf_counter() - t0 < 30  # generous: the bench measures it (milliseconds; calamine: 1 GB, 2 s)


def test_ods_rows_repeated_a_million_times_are_refused(event_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ulang.ods"
    with zipfile.ZipFile(DATA / "roster.ods") as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "content.xml":  # a person's row, repeated down a million rows
                data = data.replace(b"<table:table-row ", b'<table:table-row table:number-rows-repeated="1000000" ', 3)
            dst.writestr(item, data)
    with pytest.raises(UserError, match="(baris|sel)"):
        import_roster(event_store, DEMO_EVENT_ID, path)


def test_a_missing_sheet_in_an_xls_lists_the_sheets(event_store: Store) -> None:
    with pytest.raises(UserError, match="Lembar 'Tidak Ada' tidak ada. Lembar yang ada: Data PSM"):
        import_roster(event_store, DEMO_EVENT_ID, DATA / "roster.xls", sheet="Tidak Ada")


# -- 6. the clerk's way out ------------------------------------------------------------------------


def _no_name_two_sheets(path: Path) -> Path:
    wb = openpyxl.Workbook()
    other = wb.active
    other.title = "Rekap"
    other.append(["NIK", "Jumlah"])
    other.append([PEOPLE[0][0], 1])
    ws = wb.create_sheet("Data Warga")
    ws.append(["No", "NIK", "Identitas", "Kelurahan", *[f"Isian {i}" for i in range(1, 42)]])
    for i, (nik, name, *_r, kel, _kec, _phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, nik, name, kel])
    return save(wb, path)


def test_a_missing_name_column_names_its_sheet_and_the_map_acts_on_it(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _no_name_two_sheets(tmp_path / "warga.xlsx")
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run")
    assert r.code != 0
    assert "Kolom Nama tidak ditemukan di lembar 'Data Warga'" in r.err
    assert "A 'No', B 'NIK', C 'Identitas', D 'Kelurahan', E 'Isian 1'" in r.err
    assert "… dan 5 kolom lain" in r.err  # 45 columns: the first 40 and how many more
    assert '--sheet "Data Warga" --map nama=HURUF' in r.err
    for extra in ([], ["--sheet", "Data Warga"]):  # what the message advises, and also without --sheet
        ok = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run", "--map", "nama=C",
                 *extra)
        assert ok.code == 0 and "lembar 'Data Warga'" in ok.out and "Nama ← kolom C 'Identitas' (dipilih panitia)" \
            in ok.out, ok.out + ok.err


def test_the_full_report_goes_beside_the_roster_and_its_path_is_printed(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Unduhan"
    folder.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Kelurahan", "No HP"])
    for n in range(20):
        ws.append([nik_of(dt.date(1980, 1, 1 + n), "L", n), f"Peserta {n}", "", "12"])  # warnings on every row
    path = save(wb, folder / "peserta.xlsx")
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run")
    (line,) = [ln for ln in r.out.splitlines() if ln.startswith("Daftar lengkap")]
    written = Path(line.split(": ", 1)[1])
    assert written.parent == folder and written.name.startswith("peserta-laporan-impor-")
    assert "Peserta 19" in written.read_text(encoding="utf-8-sig")


def test_the_full_report_falls_back_to_documents(event_store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "Nama"])
    wb.active.append([PEOPLE[0][0], PEOPLE[0][1]])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "p.xlsx"), dry_run=True)
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    report.source = str(blocker / "p.xlsx")  # its folder cannot be made: as a read-only stick
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "Dokumen"))
    written = report.write_full_beside()
    assert written.parent == tmp_path / "Dokumen" and written.exists()


# -- 7. a file from another region -----------------------------------------------------------------
# (tests/test_roster_structures.py::test_regions_follow_the_event)


# -- 8. the columns that are no field ------------------------------------------------------------------


def _extras_roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Kelurahan", "RT/RW", "Alamat", "Jabatan", "NIK Suami", "HP Keluarga"])
    for i, (nik, name, *_r, kel, _kec, _phone, _tmt) in enumerate(PEOPLE[:3], start=1):
        ws.append([i, nik, name, kel, f"00{i}/003", f"Jl. Mawar\nNo. {i}", "Ketua" if i == 1 else "Anggota",
                   "6371051507709499" if i == 1 else None, "0812-5100-7777" if i == 1 else None])
    return save(wb, path)


def test_extra_columns_are_kept_shown_masked_and_exported(event_store: Store, tmp_path: Path) -> None:
    from bimtek_desk.reports import excel

    report = import_roster(event_store, DEMO_EVENT_ID, _extras_roster(tmp_path / "x.xlsx"))
    assert report.applied, report.summary()
    (info,) = [f for f in report.parsed.findings if f.kind == "Keterangan tambahan"]
    assert "E 'RT/RW', F 'Alamat', G 'Jabatan', H 'NIK Suami', I 'HP Keluarga'" in info.message
    first = next(r for r in event_store.registrations.for_event(DEMO_EVENT_ID) if r.person.nik == PEOPLE[0][0])
    stored = event_store.extras.get_many([first.id])[first.id]
    assert stored == [("RT/RW", "001/003"), ("Alamat", "Jl. Mawar No. 1"), ("Jabatan", "Ketua"),
                      ("NIK Suami", "6371051507709499"), ("HP Keluarga", "0812-5100-7777")]
    # the Excel export: a sheet of its own, the NIK-like value masked unless asked
    out = tmp_path / "ekspor.xlsx"
    excel.export(event_store, event_store.events.get(DEMO_EVENT_ID), out)
    ws = openpyxl.load_workbook(out)["Keterangan tambahan"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("No", "Kode badge", "Nama", "RT/RW", "Alamat", "Jabatan", "NIK Suami", "HP Keluarga")
    assert rows[1][2:] == (PEOPLE[0][1], "001/003", "Jl. Mawar No. 1", "Ketua", niklib.mask("6371051507709499"),
                           "0812-5100-7777")
    assert "6371051507709499" not in repr(rows)
    excel.export(event_store, event_store.events.get(DEMO_EVENT_ID), out, show_nik=True)
    assert openpyxl.load_workbook(out)["Keterangan tambahan"]["G2"].value == "6371051507709499"
    # a second import of the file with other extras replaces them
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    wb.active["G2"] = "Sekretaris"
    wb.save(tmp_path / "x.xlsx")
    assert import_roster(event_store, DEMO_EVENT_ID, tmp_path / "x.xlsx").applied
    assert ("Jabatan", "Sekretaris") in event_store.extras.get_many([first.id])[first.id]


def test_extras_are_never_on_a_badge_nor_in_its_qr(event_store: Store, tmp_path: Path) -> None:
    assert import_roster(event_store, DEMO_EVENT_ID, _extras_roster(tmp_path / "x.xlsx")).applied
    event = event_store.events.get(DEMO_EVENT_ID)
    pdf = tmp_path / "badges.pdf"
    badges.render([badges.badge_data(event, r) for r in event_store.registrations.for_event(DEMO_EVENT_ID)], pdf)
    text, raw = " ".join(page_texts(pdf)), raw_streams(pdf)
    for value in ("001/003", "Mawar", "Ketua", "6371051507709499", "5100-7777"):
        assert value not in text and value.encode() not in raw
    qr = [c for page in decode_qr(pdf) for c in page]
    assert len(qr) == 3 and not any("003" in c or "Mawar" in c for c in qr)


def test_peserta_shows_extras_masked_like_the_nik(qtbot, event_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from bimtek_desk.gui.models.participants import COLUMNS, ParticipantsModel

    assert import_roster(event_store, DEMO_EVENT_ID, _extras_roster(tmp_path / "x.xlsx")).applied
    model = ParticipantsModel(event_store, DEMO_EVENT_ID)
    col = [k for k, _ in COLUMNS].index("extras")
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Keterangan"
    shown = model.data(model.index(0, col))
    assert shown == ("RT/RW: 001/003; Alamat: Jl. Mawar No. 1; Jabatan: Ketua; NIK Suami: "
                     f"{niklib.mask('6371051507709499')}; HP Keluarga: 0812-5100-7777")
    model.set_show_nik(True)
    assert "NIK Suami: 6371051507709499" in model.data(model.index(0, col))
    assert model.data(model.index(1, col)) == "RT/RW: 002/003; Alamat: Jl. Mawar No. 2; Jabatan: Anggota"


# -- 9. a line break inside a word -----------------------------------------------------------------


def test_a_line_break_inside_a_word_joins_it(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Tempat Lahir", "Kelurahan"])
    ws.append([PEOPLE[0][0], "Siti\nAisyah", "Banjar\nmasin", "Mantuil"])
    ws.append([PEOPLE[1][0], PEOPLE[1][1], "Kuala \n Kapuas", "Mantuil"])
    report = import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "lb.xlsx"), dry_run=True)
    assert [(r.person.name, r.person.birth_place) for r in report.parsed.rows] == [
        ("Siti Aisyah", "Banjarmasin"), (PEOPLE[1][1], "Kuala Kapuas")]


def test_a_map_to_a_column_that_is_not_there_names_the_sheet(event_store: Store, tmp_path: Path) -> None:
    path = _no_name_two_sheets(tmp_path / "warga.xlsx")
    with pytest.raises(UserError, match=r"^Lembar 'Data Warga': Kolom 'Nama Lengkap' tidak ada di baris judul. "
                                        r"Kolom yang ada: A 'No', B 'NIK', C 'Identitas'"):
        import_roster(event_store, DEMO_EVENT_ID, path, mapping={"nama": "Nama Lengkap"})


def test_a_password_protected_ods_says_so(event_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sandi.ods"
    with zipfile.ZipFile(DATA / "roster.ods") as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "META-INF/manifest.xml":  # as LibreOffice marks an encrypted part
                data = data.replace(b'"content.xml" manifest:media-type="text/xml"/>',
                                    b'"content.xml" manifest:media-type="text/xml"><manifest:encryption-data/>'
                                    b"</manifest:file-entry>", 1)
                assert b"encryption-data" in data
            dst.writestr(item, data)
    with pytest.raises(UserError, match="dilindungi kata sandi"):
        import_roster(event_store, DEMO_EVENT_ID, path)


def test_a_nik_inside_an_extra_text_is_masked_and_a_formula_stays_text(event_store: Store, tmp_path: Path) -> None:
    """Review of #27: a hostile roster writes NIKs inside longer texts ('NIK suami …', a KK
    number with spaces) and formulas into extra columns and their headers; the Excel export
    shows no full NIK and no live formula, the database keeps the values as written."""
    from bimtek_desk.reports import excel
    from bimtek_desk.roster import extras

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Kelurahan", "Keterangan", "=HYPERLINK(\"http://x\",\"y\")"])
    nik, name, *_r, kel, _kec, _phone, _tmt = PEOPLE[0]
    note = "NIK suami 6371051507709499, KK: 6371 0512 0000 0001"
    ws.append([1, nik, name, kel, note, "=1+1"])
    ws["F2"].data_type = "s"  # the file holds the text, not a formula
    assert import_roster(event_store, DEMO_EVENT_ID, save(wb, tmp_path / "x.xlsx")).applied
    reg = event_store.registrations.for_event(DEMO_EVENT_ID)[0]
    assert ("Keterangan", note) in event_store.extras.get_many([reg.id])[reg.id]
    assert extras.shown(note) == f"NIK suami {niklib.mask('6371051507709499')}, KK: {niklib.mask('6371051200000001')}"
    assert extras.shown(note, show_nik=True) == note

    out = tmp_path / "ekspor.xlsx"
    excel.export(event_store, event_store.events.get(DEMO_EVENT_ID), out)
    sheet = openpyxl.load_workbook(out)["Keterangan tambahan"]
    cells = [c for row in sheet.iter_rows() for c in row]
    text = " ".join(str(c.value) for c in cells)
    assert "6371051507709499" not in text and "6371 0512 0000 0001" not in text
    assert niklib.mask("6371051507709499") in text
    assert all(c.data_type != "f" for c in cells)  # the header and the value are text


# -- review: hostile .xls files (the records calamine follows, not a sequential scan) ----------------


@pytest.mark.parametrize(("change", "message"), [
    ("hidden_far_sheet", r"terlalu besar untuk dibaca: 16\.777\.216 sel"),  # calamine: 1 GB, 2 s
    ("sheet_past_the_end", r"Berkas \.xls ini rusak"),  # calamine: a PanicException (a traceback)
    ("formula_past_its_record", r"Berkas xls tidak dapat dibaca \(rusak\)"),  # likewise
    ("huge_string_table", r"Berkas \.xls ini rusak"),  # calamine reserves 2^31 strings (48 GB of address space)
])
def test_a_hostile_xls_is_refused_with_a_message(event_store: Store, tmp_path: Path, change: str,
                                                  message: str) -> None:
    from tests.helpers import biff

    path = biff.rewrite(DATA / "roster.xls", tmp_path / f"{change}.xls", getattr(biff, change))
    with pytest.raises(UserError, match=message):
        import_roster(event_store, DEMO_EVENT_ID, path)
    assert event_store.registrations.for_event(DEMO_EVENT_ID) == []
    assert event_store.db.scalar("SELECT count(*) FROM people") == 0


def test_an_xls_whose_dimensions_claim_billions_of_cells_is_refused(tmp_path: Path) -> None:
    """calamine reserves room for the block a DIMENSIONS record claims: for this one the
    allocation fails and the process aborts (no Python exception at all), so it runs in a
    child process here and must end with the message."""
    import subprocess
    import sys

    from tests.helpers import biff

    path = biff.rewrite(DATA / "roster.xls", tmp_path / "dims.xls", biff.huge_dimensions)
    code = ("from bimtek_desk.errors import UserError\nfrom bimtek_desk.roster import read\n"
            f"try:\n    read.read({str(path)!r})\nexcept UserError as e:\n    print('DITOLAK', e)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("DITOLAK Lembar ke-1 berisi data di kolom"), done.stdout
