"""The Excel export and CSV output: values that look like formulas stay text
(issue #13 item 2); real date-time cells, official order, JUMLAH outside the
filter, certificate number and eligibility (issue #16 item 6)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.idn import wilayah
from bimtek_desk.reports import excel
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend

EVIL_NAME = '=HYPERLINK("http://contoh.invalid/x","klik")'
EVIL = [EVIL_NAME, "+62 1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile(demo_store: Store) -> Store:
    """Three people with formula-like names and kelurahan, checked in at a formula-like
    desk by a formula-like operator; one check-in undone with a formula-like reason."""
    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    for r, name in zip(regs[:6], EVIL, strict=True):
        demo_store.db.execute("UPDATE people SET name = ?, kelurahan = ? WHERE id = ?", (name, "=1+2", r.person.id))
    desk = Desk(demo_store, event, session="REG", desk="=cmd|' /C calc'!A0", operator="@operator")
    for r in regs[:6]:
        desk.check_in(r.id)
    last = demo_store.checkins.current(regs[5].id, desk.session.id)
    desk.undo(last.id, reason="-salah orang", pin="181125")  # type: ignore[union-attr]
    return demo_store


def test_excel_writes_formula_like_values_as_text(hostile: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    excel.export(hostile, hostile.events.get(DEMO_EVENT_ID), out)
    wb = openpyxl.load_workbook(out)
    formulas = [(ws.title, c.coordinate, c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []
    ws = wb["Kehadiran"]
    names = [ws.cell(r, 3) for r in range(2, 8)]
    # openpyxl reads a CR back as LF without lxml and as CR with it
    assert [c.value.replace("\r", "\n") for c in names] == [v.replace("\r", "\n") for v in EVIL]
    assert all(c.data_type == "s" for c in names)
    hist = list(wb["Riwayat check-in"].iter_rows(min_row=2, values_only=True))
    assert {row[9] for row in hist} == {"=cmd|' /C calc'!A0"} and {row[10] for row in hist} == {"@operator"}
    assert "-salah orang" in {row[8] for row in hist}


def test_csv_outputs_neutralise_formulas(hostile: Store, cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    hostile.close()
    for args in (("participants", "--event", DEMO_EVENT_ID, "--csv"),
                 ("attendance", "--event", DEMO_EVENT_ID, "--csv")):
        r = cli("--db", demo_db, *args)
        assert r.code == 0
        cells = [v for row in csv.reader(io.StringIO(r.out)) for v in row]
        assert not [v for v in cells if v[:1] in ("=", "+", "-", "@", "\t", "\r")], args
        assert "'" + EVIL_NAME in cells and "'=1+2" in cells


@pytest.fixture
def present(demo_store: Store) -> Store:
    return attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:100])


def test_excel_times_certificates_and_order(present: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    excel.export(present, present.events.get(DEMO_EVENT_ID), out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Kehadiran"]
    header = [c.value for c in ws[1]]
    reg_col = header.index("REG (07:30)") + 1
    cell = ws.cell(2, reg_col)
    first = present.registrations.for_event(DEMO_EVENT_ID)[0]
    stored = present.checkins.present_ids(present.events.session(DEMO_EVENT_ID, "REG").id)[first.id].at
    wita = dt.datetime.fromisoformat(stored).astimezone(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None)
    assert isinstance(cell.value, dt.datetime) and abs(cell.value - wita) < dt.timedelta(seconds=1)
    assert cell.is_date and "hh:mm" in cell.number_format
    hist = wb["Riwayat check-in"]
    when = hist.cell(2, 2)
    assert isinstance(when.value, dt.datetime) and "yyyy" in when.number_format
    eligible, number = header.index("Layak sertifikat"), header.index("Nomor sertifikat")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[eligible] for r in rows].count("ya") == 100 and rows[150][eligible] == "tidak"
    kec = wb["Per kecamatan"]
    names = [r[0] for r in kec.iter_rows(min_row=2, values_only=True)]
    assert names == [*wilayah.KECAMATAN, "JUMLAH"]
    assert kec.auto_filter.ref == f"A1:D{kec.max_row - 1}"  # the JUMLAH row is not sorted or filtered away
    kel = [r[0] for r in wb["Per kelurahan"].iter_rows(min_row=2, values_only=True)][:3]
    assert kel == ["Mantuil", "Kelayan Selatan", "Pekauman"]
    assert all(r[number] is None for r in rows)  # no certificate issued yet


def test_excel_shows_issued_certificate_numbers(present: Store, tmp_path: Path) -> None:
    from bimtek_desk.documents import issue
    from tests.helpers.final import make_final

    make_final(present, DEMO_EVENT_ID)  # a draft gives out no numbers
    event = present.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(present, event)
    excel.export(present, event, tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["Kehadiran"]
    header = [c.value for c in ws[1]]
    got = {r[1]: r[header.index("Nomor sertifikat")] for r in ws.iter_rows(min_row=2, values_only=True)}
    by_reg = {r.id: r.badge_code for r in present.registrations.for_event(DEMO_EVENT_ID)}
    for job in jobs:
        assert got[by_reg[job.document.registration_id]] == job.document.number


def test_times_follow_the_event_zone_not_the_laptop() -> None:
    from bimtek_desk.idn import zones

    assert zones.local("2025-11-18T00:45:12.500+00:00", "Asia/Makassar") == dt.datetime(2025, 11, 18, 8, 45, 12,
                                                                                            500000)
    assert zones.local("2025-11-18T08:45:12+08:00", "Asia/Jakarta").hour == 7
    assert zones.abbreviation("Asia/Makassar") == "WITA" and zones.abbreviation("Asia/Jayapura") == "WIT"
