"""Rosters as Indonesian offices write them (#14): each structure is built here
with openpyxl from synthetic people and imported for real."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.roster.parse import rows_text
from bimtek_desk.store import Store, eventfile
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.rosters import PEOPLE


@pytest.fixture
def event_store(store: Store) -> Store:
    store.events.upsert(eventfile.load(resource("demo", "event.json")))
    return store


def by_nik(store: Store, event_id: str = DEMO_EVENT_ID) -> dict:
    return {r.person.nik: r.person for r in store.registrations.for_event(event_id)}


def two_row_header_xlsx(path: Path, people: list[tuple] = PEOPLE, *, numbering: str = "gaps") -> Path:
    """No/NIK/Nama merged over two rows; 'Tgl Lahir' merged across 'Tempat Lahir' and
    'dd/mm/yyyy'; 'Jenis Kelamin' with its legend below; a numbering row under it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BDT"
    ws.append(["DATA PESERTA BIMTEK PSM"])
    ws.append([])
    ws.append(["No", "NIK", "Nama ART", "Tgl Lahir", None, "Jenis Kelamin", "Desa/Kel", "No. Handphone",
               "Tahun Pengangkatan"])
    ws.append([None, None, None, "Tempat Lahir", "dd/mm/yyyy", "1=L 2=P", None, None, None])
    for col in (1, 2, 3, 7, 8, 9):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    if numbering == "gaps":
        ws.append([1, 3, 4, 19, 20, 22, 23, 25, 26])
    elif numbering == "kolom":
        ws.append([f"KOLOM {i}" for i in range(1, 10)])
    elif numbering == "formula":
        ws.append([1] + [f"={openpyxl.utils.get_column_letter(c - 1)}5+1" for c in range(2, 10)])
    for i, (nik, name, sex, place, birth, kel, _kec, phone, tmt) in enumerate(people, start=1):
        ws.append([i, nik, name, place, birth.strftime("%d/%m/%Y"), 1 if sex == "L" else 2, kel, phone, tmt])
    wb.save(path)
    return path


@pytest.mark.parametrize("numbering", ["gaps", "kolom", "formula"])
def test_two_row_header_group_and_numbering_rows_are_never_people(event_store: Store, tmp_path: Path,
                                                                  numbering: str) -> None:
    path = two_row_header_xlsx(tmp_path / "bdt.xlsx", numbering=numbering)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and not report.errors, report.summary()
    assert report.parsed.header.rows == [3, 4]
    assert len(report.parsed.rows) == len(PEOPLE)
    assert sorted(r.row for r in report.parsed.rows) == list(range(6, 6 + len(PEOPLE)))
    stored = by_nik(event_store)
    for nik, name, sex, place, birth, kel, kec, _phone, tmt in PEOPLE:
        p = stored[nik]
        assert (p.name, p.sex, p.birth_place, p.birth_date, p.kelurahan, p.kecamatan, p.service_start_year) == (
            name, sex, place, birth, kel, kec, tmt)
    lines = report.mapping_lines()
    assert "Tempat lahir ← kolom D 'Tgl Lahir / Tempat Lahir'" in lines
    assert "Tanggal lahir ← kolom E 'Tgl Lahir / dd/mm/yyyy'" in lines
    assert "Jenis kelamin ← kolom F 'Jenis Kelamin / 1=L 2=P'" in lines
    assert "Nama ← kolom C 'Nama ART'" in lines and "No. HP ← kolom H 'No. Handphone'" in lines
    assert "Tahun mulai tugas ← kolom I 'Tahun Pengangkatan'" in lines


def test_group_header_over_the_name_and_nik_columns(event_store: Store, tmp_path: Path) -> None:
    """'Identitas' merged over 'Nama ART' and 'NIK', 'Alamat' over Kelurahan and Kecamatan, while
    'Jenis Kelamin' and 'No. HP' stand alone in the upper row (found in a desk walk-through: the
    second row was taken for the only header, so sex and phone were not read)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PSM KELURAHAN 2025"])
    ws.append([])
    ws.append(["No", "Identitas", None, "Jenis Kelamin", "Alamat", None, "No. HP"])
    ws.append([None, "Nama ART", "NIK", "(1=L, 2=P)", "Kelurahan", "Kecamatan", None])
    ws.merge_cells("B3:C3")
    ws.merge_cells("E3:F3")
    ws.append([1, 2, 3, 4, 5, 6, 7])
    for i, (nik, name, sex, _place, _birth, kel, kec, phone, _tmt) in enumerate(PEOPLE, start=1):
        ws.append([i, name, nik, 1 if sex == "L" else 2, kel, kec, phone])
    path = tmp_path / "identitas.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and not report.errors, report.summary()
    assert report.parsed.header.rows == [3, 4]
    lines = report.mapping_lines()
    assert "Nama ← kolom B 'Identitas / Nama ART'" in lines and "NIK ← kolom C 'Identitas / NIK'" in lines
    assert "Jenis kelamin ← kolom D 'Jenis Kelamin / (1=L, 2=P)'" in lines and "No. HP ← kolom G 'No. HP'" in lines
    stored = by_nik(event_store)
    assert [(stored[p[0]].sex, stored[p[0]].phone is not None) for p in PEOPLE] == [(p[2], True) for p in PEOPLE]


def test_sex_codes_follow_the_legend_and_contradictions_with_the_nik_are_warned(event_store: Store,
                                                                                 tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "JK (1=P, 2=L)", "Kelurahan"])  # a reversed legend
    ws.append([1, PEOPLE[0][0], PEOPLE[0][1], 1, "Mantuil"])  # P, as her NIK says
    ws.append([2, PEOPLE[1][0], PEOPLE[1][1], 2, "Mantuil"])  # L
    ws.append([3, PEOPLE[2][0], PEOPLE[2][1], 2, "Kuripan"])  # L, but her NIK says P
    path = tmp_path / "jk.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    stored = by_nik(event_store)
    assert [stored[p[0]].sex for p in PEOPLE[:3]] == ["P", "L", "L"]
    (w,) = [f for f in report.warnings if f.kind == "Jenis kelamin tidak cocok dengan NIK"]
    assert w.row == 4


def _dates_xlsx(path: Path, written: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Tanggal Lahir", "Kelurahan"])
    for (nik, name, *_rest), text in zip(PEOPLE, written, strict=False):
        ws.append([nik, name, text, "Kuripan"])
    wb.save(path)
    return path


def test_us_dates_are_read_month_first_from_the_whole_column(event_store: Store, tmp_path: Path) -> None:
    births = [p[4] for p in PEOPLE]
    path = _dates_xlsx(tmp_path / "us.xlsx", [b.strftime("%m/%d/%Y") for b in births])
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    stored = by_nik(event_store)
    assert [stored[p[0]].birth_date for p in PEOPLE] == births  # 03/01/1968 is 1 March? no: the column says US
    assert any("gaya Amerika" in f.message for f in report.parsed.findings)
    assert not [f for f in report.warnings if f.kind == "Tanggal lahir tidak cocok dengan NIK"]


def test_undecidable_date_column_is_day_first_with_one_warning(event_store: Store, tmp_path: Path) -> None:
    # neither the column nor the NIKs (which say 3 Jan 1968 and 13 Jul 1993) decide 04/02/1968 and 05/06/1993
    path = _dates_xlsx(tmp_path / "dd.xlsx", ["04/02/1968", "05/06/1993"])
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    order = [f for f in report.warnings if f.kind == "Urutan tanggal lahir"]
    assert len(order) == 1 and "2 tidak dapat dipastikan" in order[0].message and "baris 2–3" in order[0].message
    assert report.parsed.rows[0].person.birth_date == dt.date(1968, 2, 4)
    assert [f.row for f in report.warnings if f.kind == "Urutan tanggal tidak pasti"] == [2, 3]


def test_ambiguous_dates_the_nik_confirms_need_no_note(event_store: Store, tmp_path: Path) -> None:
    # 03/01/1968 and 05/11/1980 read both ways; their NIKs say 3 Jan 1968 and 5 Nov 1980
    path = _dates_xlsx(tmp_path / "dd.xlsx", ["03/01/1968", "13/07/1993", "05/11/1980"])
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    assert [r.person.birth_date for r in report.parsed.rows] == [p[4] for p in PEOPLE[:3]]
    assert not [f for f in report.parsed.findings if "tanggal" in f.kind.lower()]


def test_excel_date_cells_need_no_guessing(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Tgl Lahir", "Kelurahan"])
    ws.append([PEOPLE[0][0], PEOPLE[0][1], dt.datetime(1968, 1, 3), "Mantuil"])
    path = tmp_path / "cells.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    assert report.parsed.rows[0].person.birth_date == dt.date(1968, 1, 3)
    assert not [f for f in report.parsed.findings if f.kind == "Urutan tanggal lahir"]


def test_competing_columns_take_the_person_not_the_neighbourhood(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nomor Handphone", "Nama SLS (11)", "Nama KRT", "Nama ART", "NIK", "Nomor HP yang aktif",
               "KONTAK EMAIL", "Kelompok", "Nama Sekolah", "No HP", "Kelurahan"])
    for i, (nik, name, *_r, kel, _kec, phone, _t) in enumerate(PEOPLE, start=1):
        ws.append([phone, f"DUSUN 3, RW 03, RT 0{i}", "Ahmad Kepala", name, nik, 1, f"p{i}@contoh.id",
                   f"Kelompok {i}", "SDN 1", phone, kel])
    path = tmp_path / "dtks.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and not report.errors, report.summary()
    cols = report.parsed.header.columns
    assert (cols["name"], cols["nik"], cols["kelurahan"]) == (3, 4, 10)
    assert cols["phone"] in (0, 9) and "no" not in cols
    stored = by_nik(event_store)
    assert {stored[p[0]].name for p in PEOPLE} == {p[1] for p in PEOPLE}
    assert stored[PEOPLE[1][0]].phone == "081251001002"
    phone_line = next(line for line in report.mapping_lines() if line.startswith("No. HP"))
    assert "juga mirip" in phone_line  # two phone columns competed, and the report says so


def test_committee_chooses_a_column(event_store: Store, tmp_path: Path, cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Nama Panggilan", "Kelurahan"])
    for nik, name, *_r, kel, _kec, _phone, _t in PEOPLE:
        ws.append([nik, name, name.split()[-1], kel])
    path = tmp_path / "map.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True, mapping={"nama": "C"})
    assert report.parsed.header.columns["name"] == 2
    assert "Nama ← kolom C 'Nama Panggilan' (dipilih panitia)" in report.mapping_lines()
    assert report.parsed.rows[0].person.name == PEOPLE[0][1].split()[-1]
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True,
                           mapping={"Kelurahan": "-", "name": "Nama Panggilan"})
    assert "kelurahan" not in report.parsed.header.columns and report.parsed.header.columns["name"] == 2
    with pytest.raises(UserError, match="Kolom 'Alamat' tidak ada di baris judul"):
        import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True, mapping={"kelurahan": "Alamat"})
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run", "--map", "nama=C")
    assert r.code == 0 and "Nama ← kolom C 'Nama Panggilan' (dipilih panitia)" in r.out
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--map", "nama")
    assert r.code == 1 and r.err.startswith("galat: --map 'nama' tidak sah")


def test_header_only_template_with_validation_lists(event_store: Store, tmp_path: Path) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NIK", "NAMA LENGKAP", "JENIS KELAMIN", "KELURAHAN", "NO HP"])
    dv = DataValidation(type="list", formula1='"L,P"')
    ws.add_data_validation(dv)
    dv.add("D2:D1000")
    path = tmp_path / "template.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="tidak memuat satu pun baris peserta"):
        import_roster(event_store, DEMO_EVENT_ID, path)


def test_no_nik_column_names_the_columns_found(event_store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "Nama", "Alamat", "Kelurahan"])
    ws.append([1, "Herman", "Jl. Veteran", "Mawar"])
    path = tmp_path / "tanpa-nik.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match=r"Kolom NIK tidak ditemukan di lembar 'Sheet'. Kolom yang ada di lembar "
                                        r"'Sheet': baris 1: A 'No', B 'Nama', C 'Alamat', D 'Kelurahan'\. "
                                        r".*--map nik="):
        import_roster(event_store, DEMO_EVENT_ID, path)


def test_regions_follow_the_event(store: Store, tmp_path: Path) -> None:
    spec = eventfile.load(resource("demo", "event.json"))
    other = dataclasses.replace(spec, id="bimtek-bjb", city="Banjarbaru")
    store.events.upsert(other)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Kelurahan", "Kecamatan"])
    for nik, name, *_r in PEOPLE:
        ws.append([nik, name, "Guntung Payung", "Landasan Ulin"])
    path = tmp_path / "bjb.xlsx"
    wb.save(path)
    report = import_roster(store, "bimtek-bjb", path, dry_run=True)
    assert not report.warnings
    notes = [f for f in report.parsed.findings if f.kind == "Wilayah tidak diperiksa"]
    assert len(notes) == 1 and "Kota Banjarbaru" in notes[0].message
    # with the city's own list in the event file, the list is checked
    listed = dataclasses.replace(other, settings=other.settings | {"wilayah": {"Landasan Ulin": ["Syamsudin Noor"]}})
    store.events.upsert(listed)
    report = import_roster(store, "bimtek-bjb", path, dry_run=True)
    # every row from outside the list (#27): said once, at the top, with the count; not twice on each row
    assert not [f for f in report.warnings if "tidak dikenal" in f.kind]
    (once,) = [f for f in report.warnings if f.kind == "Sebagian besar di luar wilayah acara"]
    assert report.parsed.findings[0] is once and once.row is None
    lines = report.summary()
    assert lines[lines.index(report.verdict()) + 1].startswith("  PERINGATAN Berkas: 6 dari 6 baris")  # at the top
    assert "6 dari 6 baris" in once.message and "'Guntung Payung'" in once.message
    assert not any("tidak dikenal" in f.kind for r in report.parsed.rows for f in r.findings)
    # a few rows outside keep their own warnings
    ws["C2"], ws["D2"] = "Syamsudin Noor", "Landasan Ulin"
    for row in range(3, 6):
        ws.cell(row, 3).value = "Syamsudin Noor"
    wb.save(path)
    report = import_roster(store, "bimtek-bjb", path, dry_run=True)
    unknown = [f for f in report.warnings if f.kind == "Kelurahan tidak dikenal di Kota Banjarbaru"]
    assert [f.row for f in unknown] == [6, 7]
    assert "Kelurahan tidak dikenal di Kota Banjarbaru: 2 baris (6–7)" in "\n".join(report.summary())


def test_report_groups_fit_a_screen(event_store: Store, tmp_path: Path) -> None:
    from bench.common import synthetic_people

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Kelurahan", "No HP"])
    for nik, name, *_r in synthetic_people(300):
        ws.append([nik, name, None, "0511-3355"])
    path = tmp_path / "grup.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    lines = report.summary()
    assert len(lines) < 25
    assert any(line.startswith("  PERINGATAN Kelurahan kosong: 300 baris (2–301)") for line in lines)
    full = report.write_full(tmp_path / "lengkap.txt")
    text = full.read_text(encoding="utf-8-sig")
    assert text.count("Kelurahan kosong.") == 300 and (full.stat().st_mode & 0o777) == 0o600
    assert rows_text([2, 3, 4, 7, 9, 10]) == "2–4, 7, 9–10"


def test_errors_come_first_and_nik_is_masked_unless_asked(event_store: Store, tmp_path: Path, cli,  # type: ignore[no-untyped-def]
                                                          demo_db: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Kelurahan"])
    ws.append([PEOPLE[0][0], PEOPLE[0][1], None])
    ws.append(["9971011101900001", "Palsu Satu", "Mawar"])
    ws.append(["6371053313009001", "Mustahil Dua", "Mawar"])  # day 33, month 13
    path = tmp_path / "nik.xlsx"
    wb.save(path)
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    grouped = report.summary()
    tagged = [line.split()[0] for line in grouped if line.startswith(("  GALAT", "  PERINGATAN", "  INFO"))]
    assert tagged[0] == "GALAT" and "GALAT" not in tagged[1:]
    assert "9971011101900001" not in "\n".join(report.full_lines())
    assert any(f.kind == "NIK: tanggal lahir mustahil" for f in report.warnings)
    assert any(f.kind == "NIK: bulan lahir mustahil" for f in report.warnings)
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run")
    assert "997101******0001" in r.out and "9971011101900001" not in r.out
    assert "Tanpa --skip-invalid berkas ini DITOLAK (1 baris bergalat)" in r.out
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run", "--show-nik")
    assert r.code == 1 and "PIN" in r.err and "9971011101900001" not in r.out  # full NIKs need the PIN
    r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run", "--show-nik",
            "--pin", "181125")
    assert "9971011101900001" in r.out
    log = cli("--db", demo_db, "audit", "log", "--event", DEMO_EVENT_ID).out
    assert "NIK lengkap dibuka" in log and "impor roster" in log and "nik.xlsx" in log


def test_skip_invalid_with_nothing_valid_does_not_advise_it(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "semua-salah.csv"
    path.write_text("NIK;Nama\n123;Satu\n456;Dua\n", encoding="utf-8")
    before = file_digest(demo_db)
    for extra in ([], ["--skip-invalid"]):
        r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, *extra)
        assert r.code == 1 and "tidak ada satu pun baris yang sah" in r.err and "--skip-invalid" not in r.err, r
    dry = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run", "--skip-invalid")
    assert "DITOLAK" in dry.out and "akan disimpan" not in dry.out.lower()
    assert file_digest(demo_db) == before


def test_dry_run_says_what_the_real_import_does(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = two_row_header_xlsx(tmp_path / "ok.xlsx")
    dry = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run")
    assert dry.code == 0 and f"Akan disimpan: {len(PEOPLE)} orang ({len(PEOPLE)} baru" in dry.out
    real = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID)
    assert real.code == 0 and f"Tersimpan: {len(PEOPLE)} orang baru" in real.out


def test_common_headers_are_mapped() -> None:
    from bimtek_desk.roster.columns import header_score

    for text, f in [("No. Handphone", "phone"), ("No Handphone", "phone"), ("Nomor WA", "phone"),
                    ("Desa/Kel", "kelurahan"), ("Tempat/Tgl Lahir", "birth_place_date"),
                    ("Tahun Pengangkatan", "service_start_year"), ("Nama ART", "name")]:
        assert header_score(f, text) >= 8, text
    # another person's name (#27): still a name column, but weaker than the row's own person
    for text in ("Nama KRT", "NAMA KK", "NAMA KEPALA KELUARGA", "Nama Ibu Kandung"):
        assert 2 <= header_score("name", text) < 8, text
    assert header_score("name", "NAMA ANGGOTA KELUARGA") >= 8
    for text, f in [("Nama SLS (11)", "name"), ("Nama Sekolah", "name"),
                    ("Nama Faskes", "name"), ("KONTAK EMAIL", "phone"), ("Kelompok", "kelurahan"),
                    ("Kelas", "kelurahan"), ("Nomor HP yang aktif", "phone"), ("NIK Kepala Keluarga", "nik")]:
        assert header_score(f, text) < 2, text


def test_csv_two_row_header_without_merged_cells(event_store: Store, tmp_path: Path) -> None:
    lines = ["No;NIK;Nama;Tgl Lahir;;JK;Kelurahan", ";;;Tempat;dd-mm-yyyy;1=L 2=P;"]
    for i, (nik, name, sex, place, birth, kel, *_r) in enumerate(PEOPLE, start=1):
        lines.append(f"{i};{nik};{name};{place};{birth.strftime('%d-%m-%Y')};{1 if sex == 'L' else 2};{kel}")
    path = tmp_path / "dua-baris.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and not report.errors, report.summary()
    assert report.parsed.header.rows == [1, 2]
    stored = by_nik(event_store)
    for nik, _name, sex, place, birth, *_r in PEOPLE:
        assert (stored[nik].birth_place, stored[nik].birth_date, stored[nik].sex) == (place, birth, sex)


def test_a_section_line_under_the_header_is_not_a_second_header_row(event_store: Store, tmp_path: Path) -> None:
    lines = ["No;NIK;Nama;Kelurahan", "Kecamatan: Banjarmasin Timur;;;"]
    for i, (nik, name, *_r) in enumerate(PEOPLE[2:], start=1):
        lines.append(f"{i};{nik};{name};Kuripan")
    path = tmp_path / "blok.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    assert report.parsed.header.rows == [1]
    assert {r.person.kecamatan for r in report.parsed.rows} == {"Banjarmasin Timur"}


def test_a_desa_line_starts_a_block_like_a_kelurahan_line(event_store: Store, tmp_path: Path) -> None:
    """One list of section words for the header finder and the row reader: 'Desa: …' is the
    header's business (not a second header row) and the rows' (their kelurahan), as 'Kel. …' is."""
    lines = ["No;NIK;Nama", "Kecamatan: Banjarmasin Timur;;", "Desa: Kuripan;;"]
    for i, (nik, name, *_r) in enumerate(PEOPLE[2:], start=1):
        lines.append(f"{i};{nik};{name}")
    path = tmp_path / "desa.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    assert report.parsed.header.rows == [1]
    assert {(r.person.kecamatan, r.person.kelurahan) for r in report.parsed.rows} == {("Banjarmasin Timur", "Kuripan")}
    assert {2, 3} <= set(report.parsed.skipped)
