import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.store import Store, eventfile
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.rosters import PEOPLE, csv_text, messy_xlsx


@pytest.fixture
def event_store(store: Store) -> Store:
    store.events.upsert(eventfile.load(resource("demo", "event.json")))
    return store


def people_by_nik(store: Store) -> dict:
    return {r.person.nik: r for r in store.registrations.for_event(DEMO_EVENT_ID)}


def test_demo_roster_imports_exactly(event_store: Store) -> None:
    report = import_roster(event_store, DEMO_EVENT_ID, resource("demo", "roster_psm_175.xlsx"))
    assert report.applied and report.accepted == 175 and not report.errors
    regs = people_by_nik(event_store)
    assert len(regs) == 175
    with open(resource("demo", "roster_psm_175.csv"), encoding="utf-8") as f:
        source = list(csv.DictReader(f))
    for i, row in enumerate(source, start=2):
        reg = regs[row["nik"]]
        assert reg.person.name == " ".join(row["nama"].split())  # as given, whitespace tidied
        assert reg.person.kelurahan == row["kelurahan"] and reg.person.kecamatan == row["kecamatan"]
        assert reg.person.phone == (row["no_hp"] or None)
        assert reg.person.birth_date == dt.date.fromisoformat(row["tanggal_lahir"])
        assert reg.roster_row == i
    assert regs["6371014511809708"].person.name == "Rabi’ah Adawiyah"  # typographic apostrophe kept
    assert len({r.badge_code for r in regs.values()}) == 175


def test_reimport_updates_instead_of_duplicating(event_store: Store) -> None:
    import_roster(event_store, DEMO_EVENT_ID, resource("demo", "roster_psm_175.xlsx"))
    codes_before = {n: r.badge_code for n, r in people_by_nik(event_store).items()}
    report = import_roster(event_store, DEMO_EVENT_ID, resource("demo", "roster_psm_175.csv"))
    assert (report.new_people, report.unchanged_people, report.kept_registrations) == (0, 175, 175)
    assert event_store.db.scalar("SELECT count(*) FROM people") == 175
    assert {n: r.badge_code for n, r in people_by_nik(event_store).items()} == codes_before


def test_messy_workbook(event_store: Store, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "psm dinsos.xlsx")
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.sheet == "Data PSM"  # not the "Rekap" sheet
    assert report.applied and report.accepted == len(PEOPLE) and not report.errors
    assert report.columns["nik"] == "N I K" and report.columns["phone"] == "No. HP/WA"
    regs = people_by_nik(event_store)
    for nik, name, sex, place, birth, kel, kec, _phone, tmt in PEOPLE:
        p = regs[nik].person
        assert (p.name, p.sex, p.birth_place, p.birth_date, p.kelurahan, p.kecamatan, p.service_start_year) == (
            name, sex, place, birth, kel, kec, tmt)
    # phones: +62 form, a number that lost its leading 0, dashes
    assert regs["6371054301689401"].person.phone == "081251001001"
    assert regs["6371011307939402"].person.phone == "081251001002"
    assert regs["6371024511809403"].person.phone == "081251001003"
    assert regs["6371021303779404"].person.phone == "08125100100"
    # two "Siti Aisyah" with different NIKs are two people
    assert sum(r.person.name == "Siti Aisyah" for r in regs.values()) == 2
    # rows numbered as the spreadsheet shows them: 3 title rows, header on 4, numbering row 5
    assert sorted(r.roster_row for r in regs.values()) == list(range(6, 6 + len(PEOPLE)))
    assert any("catatan kaki" in str(f) for f in report.parsed.findings)


def test_numeric_nik_refuses_whole_file(event_store: Store, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "psm.xlsx", numeric_nik_row=True)
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert not report.applied
    (err,) = report.errors
    assert err.row == 6 + len(PEOPLE) and "angka" in err.message and "digit terakhir" in err.message
    assert event_store.db.scalar("SELECT count(*) FROM people") == 0


def test_skip_invalid_imports_valid_rows_only(event_store: Store, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "psm.xlsx", numeric_nik_row=True)
    report = import_roster(event_store, DEMO_EVENT_ID, path, skip_invalid=True)
    assert report.applied and report.skipped_invalid == [6 + len(PEOPLE)]
    assert event_store.db.scalar("SELECT count(*) FROM people") == len(PEOPLE)
    assert event_store.people.by_nik("6371052207669090") is None  # never an invented NIK
    assert event_store.people.by_nik("6371052207669098") is None


@pytest.mark.parametrize("encoding, delimiter", [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("cp1252", "\t")])
def test_csv_encodings_and_separators(event_store: Store, tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "psm.csv"
    path.write_bytes(csv_text(delimiter).encode(encoding))
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and report.accepted == len(PEOPLE), report.summary()
    assert people_by_nik(event_store)["6371024511809403"].person.name == "Rabi’ah Adawiyah"
    assert people_by_nik(event_store)["6371021303779404"].person.name == "Jum'at Riyadi"
    assert people_by_nik(event_store)["6371011307939402"].person.sex == "L"


def _write_rows(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Kelurahan"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_duplicate_nik_same_data_is_one_person(event_store: Store, tmp_path: Path) -> None:
    path = _write_rows(tmp_path / "d.xlsx", [[1, "6371052207669098", "Herman", "Antasan Besar"],
                                             [2, "6371052207669098", "Herman", "Antasan Besar"]])
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert report.applied and report.accepted == 1
    assert any(f.row == 3 and "baris 2" in f.message for f in report.warnings)
    assert event_store.registrations.count(DEMO_EVENT_ID) == 1


def test_duplicate_nik_different_data_is_an_error(event_store: Store, tmp_path: Path) -> None:
    path = _write_rows(tmp_path / "d.xlsx", [[1, "6371052207669098", "Herman", "Antasan Besar"],
                                             [2, "6371052207669098", "Hermansyah", "Mawar"]])
    report = import_roster(event_store, DEMO_EVENT_ID, path)
    assert not report.applied
    assert [(f.row, f.column) for f in report.errors] == [(3, "NIK")]


def test_short_nik_and_missing_name(event_store: Store, tmp_path: Path) -> None:
    path = _write_rows(tmp_path / "d.xlsx", [[1, "637105220766909", "Herman", "Antasan Besar"],
                                             [2, "6371021703719507", None, "Karang Mekar"]])
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    messages = {(f.row, f.column): f.message for f in report.errors}
    assert "15 digit" in messages[(2, "NIK")]
    assert "Nama kosong" in messages[(3, "Nama")]


def test_dry_run_writes_nothing(event_store: Store, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "psm.xlsx")
    report = import_roster(event_store, DEMO_EVENT_ID, path, dry_run=True)
    assert not report.applied and report.new_people == len(PEOPLE)
    assert event_store.db.scalar("SELECT count(*) FROM people") == 0


def test_sheet_option(event_store: Store, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "psm.xlsx")
    with pytest.raises(UserError, match="Lembar 'Tidak Ada' tidak ada. Lembar yang ada: Rekap, Data PSM"):
        import_roster(event_store, DEMO_EVENT_ID, path, sheet="Tidak Ada")
    with pytest.raises(UserError, match="baris judul kolom"):
        import_roster(event_store, DEMO_EVENT_ID, path, sheet="Rekap")
    assert import_roster(event_store, DEMO_EVENT_ID, path, sheet="Data PSM").applied


@pytest.mark.parametrize("name, content, fragment", [
    ("kosong.xlsx", b"", "Berkas kosong"),
    ("daftar.xlsx", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, r"\.xls"),
    ("rusak.xlsx", b"PK\x03\x04garbage", "rusak"),
    ("tanpa-judul.csv", b"a,b,c\n1,2,3\n", "baris judul kolom"),
    ("gambar.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "gambar"),
])
def test_bad_files_are_refused(event_store: Store, tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=fragment):
        import_roster(event_store, DEMO_EVENT_ID, path)
    assert event_store.db.scalar("SELECT count(*) FROM people") == 0


def test_refused_import_leaves_database_file_byte_identical(demo_db: Path, tmp_path: Path) -> None:
    before = file_digest(demo_db)
    path = messy_xlsx(tmp_path / "psm.xlsx", numeric_nik_row=True)
    with Store.open(demo_db) as s:
        assert not import_roster(s, DEMO_EVENT_ID, path).applied
        assert not import_roster(s, DEMO_EVENT_ID, path, dry_run=True).applied
    assert file_digest(demo_db) == before
