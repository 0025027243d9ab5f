"""Accountability reports read back: names, counts, staggering, pages, totals, NIK."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from reportlab.lib.units import mm

from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn.names import upper_name
from bimtek_desk.reports import attendance, excel, transport
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.pdfutil import flat, line_segments, page_count, page_texts, runs


def test_blank_daftar_hadir(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    assert attendance.render(present, event, present.events.session(DEMO_EVENT_ID, "REG"), out) == 175
    texts = [flat(t) for t in page_texts(out)]
    pages = len(texts)
    assert pages == page_count(out) and 8 <= pages <= 12  # about 15-20 rows a page
    regs = present.registrations.for_event(DEMO_EVENT_ID)
    everything = " ".join(texts)
    for r in regs:
        assert upper_name(r.person.name) in everything
        assert r.person.nik not in everything and niklib.mask(r.person.nik) in everything
    for n, t in enumerate(texts, start=1):
        assert f"Halaman {n} dari {pages}" in t
        assert "No Nama NIK Kelurahan Tanda Tangan" in t  # header on every page, never alone
        assert any(f"{k}. " in t for k in range(1, 176))  # and rows below it
    assert "DAFTAR HADIR PESERTA" in texts[0] and "Selasa, 18 November 2025" in texts[0]
    assert "Mengetahui," in texts[-1] and "AMRULLAH" in texts[-1] and "NIP. 19750808 200003 1 009" in texts[-1]


def test_signatures_are_staggered(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(present, event, present.events.session(DEMO_EVENT_ID, "REG"), out)
    marks = {}
    for r in runs(out, 0):
        text = r.text.strip()
        if text.endswith("…") and text.split(".")[0].isdigit():
            marks[int(text.split(".")[0])] = r.x
    assert len(marks) >= 10
    left = {n: x for n, x in marks.items() if n % 2}
    right = {n: x for n, x in marks.items() if not n % 2}
    assert max(left.values()) + 20 * mm < min(right.values())  # odd rows sign left, even rows right


def test_attended_mode_lists_only_live_check_ins(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    assert attendance.render(present, event, present.events.session(DEMO_EVENT_ID, "REG"), out, mode="attended") == 150
    text = flat(" ".join(page_texts(out)))
    regs = present.registrations.for_event(DEMO_EVENT_ID)
    assert upper_name(regs[149].person.name) in text
    assert upper_name(regs[150].person.name) not in text  # annulled
    assert "Jam" in text


def test_show_nik_on_request(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(present, event, present.events.session(DEMO_EVENT_ID, "M3"), out, mode="attended",
                      show_nik=True)
    assert present.registrations.for_event(DEMO_EVENT_ID)[0].person.nik in flat(page_texts(out)[0])


def test_transport_totals_and_words(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "tr.pdf"
    r = transport.render(present, event, out)
    assert (r.people, r.total) == (150, 150 * 150000)  # the 120 at M3 were all at REG too: paid once
    text = flat(" ".join(page_texts(out)))
    assert "JUMLAH 22.500.000" in text and "Rp22.500.000" not in text  # the column says (Rp) once
    assert "Terbilang: Dua puluh dua juta lima ratus ribu rupiah" in text
    assert "150.000" in text and "Rp150.000 per orang (tunai), dibayarkan sekali per hari" in text


def test_transport_needs_an_amount(present: Store, tmp_path: Path) -> None:
    from bimtek_desk.errors import UserError

    event = present.events.get(DEMO_EVENT_ID)
    settings = dict(event.settings)
    settings.pop("transport")
    event = present.events.update_settings(DEMO_EVENT_ID, {"transport": None})
    with pytest.raises(UserError, match="uang transport"):
        transport.render(present, event, tmp_path / "x.pdf")


def test_excel_export(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "bimtek.xlsx"
    counts = excel.export(present, event, out)
    assert counts["Kehadiran"] == 175 and counts["Riwayat check-in"] == 272  # 151 + 1 undo + 120
    wb = openpyxl.load_workbook(out)
    ws = wb["Kehadiran"]
    header = [c.value for c in ws[1]]
    assert header[:9] == ["No", "Kode badge", "Nama", "NIK", "L/P", "Kelurahan", "Kecamatan", "No. HP", "Peran"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    nik_cell, phone_cell = ws.cell(2, 4), ws.cell(2, 8)
    assert nik_cell.data_type == "s" and nik_cell.value == "637105******9467"
    assert phone_cell.data_type == "s" and phone_cell.value.startswith("08")
    assert ws.cell(2, 10).value is not None and ws.cell(152, 10).value is None  # REG: 150 live
    hist = wb["Riwayat check-in"]
    annulled = [row for row in hist.iter_rows(min_row=2, values_only=True) if row[7] == "ya"]
    assert len(annulled) == 1 and annulled[0][8] == "salah orang"
    kec = {row[0]: row for row in wb["Per kecamatan"].iter_rows(min_row=2, values_only=True)}
    assert kec["JUMLAH"][1:] == (175, 150, 120)
    sex = {row[0]: row[1] for row in wb["Per jenis kelamin"].iter_rows(min_row=2, values_only=True)}
    assert (sex["Perempuan"], sex["Laki-laki"]) == (95, 80)
    assert ws.column_dimensions["C"].width > 20


def test_report_cli(present: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "report", "daftar-hadir", "--event", DEMO_EVENT_ID, "--session", "M3", "--mode",
            "attended", "--out", tmp_path / "dh.pdf")
    assert r.code == 0 and "120 orang" in r.out
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--out", tmp_path / "tr.pdf")
    assert r.code == 0 and "Rp22.500.000" in r.out
    r = cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "x.xlsx")
    assert r.code == 0 and (tmp_path / "x.xlsx").exists()
    r = cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "nope" / "x.xlsx")
    assert r.code == 1 and "tidak ada" in r.err


# -- issue #16 items 3 and 4 ------------------------------------------------------------------


def test_transport_is_a_payment_list(present: Store, tmp_path: Path) -> None:
    """Bendahara and PPTK sign it, it says what it pays for, and each row says on which
    sessions' attendance the person is paid."""
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "tr.pdf"
    transport.render(present, event, out, session=present.events.session(DEMO_EVENT_ID, "M3"))
    text = flat(" ".join(page_texts(out)))
    assert ("Dasar : Rp150.000 per orang (tunai), dibayarkan sekali per hari kepada peserta yang hadir pada sedikitnya "
            "satu sesi presensi: Registrasi pagi, pukul 07.30–08.30 WITA; Presensi siang (materi 3), pukul 13.00–14.30 "
            "WITA.") in text
    assert "Setuju dibayar, Pejabat Pelaksana Teknis Kegiatan," in text
    assert "Lunas dibayar, Bendahara Pengeluaran," in text
    assert "Mengetahui" not in text and "Kepala Bidang" not in text
    regs = present.registrations.for_event(DEMO_EVENT_ID)
    assert text.count("REG, M3") == 120  # the basis of payment, per row
    assert f"{upper_name(regs[130].person.name)}" in text and text.count(upper_name(regs[130].person.name)) == 1
    last = runs(out, page=len(page_texts(out)) - 1)
    words = next(r for r in last if r.text.startswith("Terbilang"))
    total = next(r for r in last if r.text.strip() == "JUMLAH")
    assert total.y - words.y > 5 * mm  # room before 'Terbilang'


def test_transport_sign_offs_and_nik_from_the_event(present: Store, tmp_path: Path) -> None:
    event = present.events.update_settings(DEMO_EVENT_ID, {
        "transport": {"amount": 150000, "sign_offs": ["treasurer"], "nik_column": True},
        "signatories": {**present.events.get(DEMO_EVENT_ID).settings["signatories"],
                        "treasurer": {"title_line": "Bendahara Pengeluaran Dinas Sosial,", "name": "Siti Bendahari",
                                      "nip": "19800101 200501 2 001"}}})
    out = tmp_path / "tr.pdf"
    transport.render(present, event, out)
    text = flat(" ".join(page_texts(out)))
    assert "Lunas dibayar, Bendahara Pengeluaran Dinas Sosial," in text and "SITI BENDAHARI" in text
    assert "Setuju dibayar" not in text
    first = present.registrations.for_event(DEMO_EVENT_ID)[0].person
    assert niklib.mask(first.nik) in text and first.nik not in text


def _horizontal_lines(path: Path, page: int) -> list[tuple[float, float, float]]:
    """(y, x1, x2) of every horizontal line drawn on a page, in page coordinates."""
    return [(y1, min(x1, x2), max(x1, x2)) for x1, y1, x2, y2 in line_segments(path, page) if abs(y1 - y2) < 0.01]


def test_longest_name_stays_inside_its_row(demo_store: Store, tmp_path: Path) -> None:
    """Every word of the longest roster name sits between its row's rules, clear of both."""
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    event = demo_store.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(demo_store, event, demo_store.events.session(DEMO_EVENT_ID, "REG"), out)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID, order="roster")
    longest = max(regs, key=lambda r: len(r.person.name))
    assert len(longest.person.name) >= 55
    printed = upper_name(longest.person.name)
    texts = page_texts(out)
    page = next(i for i, t in enumerate(texts) if printed.split()[1] in t and printed.split()[-1] in t)
    column = sorted((r for r in runs(out, page) if 20 * mm < r.x < 80 * mm), key=lambda r: -r.y)
    start = next(i for i, r in enumerate(column) if printed.startswith(r.text.strip()) and len(r.text) > 10)
    name_runs = []
    for r in column[start:]:
        name_runs.append(r)
        if " ".join(x.text.strip() for x in name_runs) == printed:
            break
    assert " ".join(x.text.strip() for x in name_runs) == printed and len(name_runs) >= 2  # wrapped
    lines = sorted({round(y, 2) for y, x1, x2 in _horizontal_lines(out, page) if x2 - x1 > 20})
    assert name_runs and lines
    ascent, descent = getAscentDescent("Caladea", 9.5)
    rows = set()
    for r in name_runs:
        below = max(y for y in lines if y < r.y)
        above = min(y for y in lines if y > r.y)
        assert r.y + descent - below > 1 and above - (r.y + ascent) > 1, r
        rows.add((below, above))
    assert len(rows) == 1  # one row holds the whole name
    (below, above) = rows.pop()
    assert above - below >= 15 * mm - 0.1  # room to sign


def test_attended_list_details(present: Store, tmp_path: Path) -> None:
    event = present.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(present, event, present.events.session(DEMO_EVENT_ID, "M3"), out, mode="attended")
    texts = [flat(t) for t in page_texts(out)]
    text = " ".join(texts)
    assert "Sesi : Presensi siang (materi 3), pukul 13.00–14.30 WITA" in text and "M3 —" not in text
    assert "Tempat : Hotel Nasa Banjarmasin " in text and "Hotel Nasa Banjarmasin, Banjarmasin" not in text
    assert "Jumlah hadir: 120 orang" in text
    for page in range(len(texts)):
        for r in runs(out, page):
            if r.text.strip().endswith("…"):  # '10. ……' stays whole on one line
                assert r.text.strip().split(".")[0].isdigit(), r
    marks = [r for p in range(len(texts)) for r in runs(out, p) if r.text.strip().endswith("……")]
    assert len(marks) == 120
    # The kop without an address has no third line holding only the city.
    first = [r.text.strip() for r in runs(out, 0)]
    assert "Banjarmasin" not in first


def test_both_report_pdfs_are_set_up_in_one_place(two_sessions: Store, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The daftar hadir and the transport list get their pages, footer, anchor and mark
    from reports.pdf.build (one home): the same footer on every page of both."""
    from pypdf import PdfReader

    from bimtek_desk.reports import pdf

    made: list[tuple[str, str]] = []
    real = pdf.canvas_maker

    def recording(footer: str = "", mark: str = "", anchor: str = "") -> object:
        made.append((footer, mark))
        return real(footer, mark, anchor)

    monkeypatch.setattr(pdf, "canvas_maker", recording)
    event = two_sessions.events.get(DEMO_EVENT_ID)
    attendance.render(two_sessions, event, two_sessions.events.session(DEMO_EVENT_ID, "REG"), tmp_path / "dh.pdf")
    result = transport.render(two_sessions, event, tmp_path / "tr.pdf")
    assert result.number is None  # the demo names no transport officials: both are drafts
    assert made == [(f"{event.short_name} · Daftar hadir REG", "DRAF"),
                    (f"{event.short_name} · Daftar penerimaan transport", "DRAF")]
    for name, footer in (("dh.pdf", made[0][0]), ("tr.pdf", made[1][0])):
        texts = [flat(t) for t in page_texts(tmp_path / name)]
        for n, t in enumerate(texts, start=1):
            assert footer in t and "Jangkar audit " in t and f"Halaman {n} dari {len(texts)}" in t and "DRAF" in t
        meta = PdfReader(str(tmp_path / name)).metadata
        assert meta is not None and meta.author == event.settings["organizer"]
        assert str(meta.title).startswith(f"DRAF Daftar {'hadir' if name == 'dh.pdf' else 'penerimaan'} ")


def test_cli_csv_and_excel_history_agree_on_every_check_in(present: Store, demo_db: Path, cli,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    """One check-in history (reports.history): the CLI's attendance CSV and the workbook's
    'Riwayat check-in' give each check-in the same session, name, badge code and
    annulment — also for a participant who was replaced, whose badge is revoked: both
    name the code that was scanned."""
    import csv
    import io

    from bimtek_desk.store.people import PersonData

    event = present.events.get(DEMO_EVENT_ID)
    gone = present.registrations.for_event(DEMO_EVENT_ID)[0]
    substitute = present.people.add(PersonData(name="Alwi Pengganti", nik=None,
                                               kelurahan="Antasan Besar"))
    present.registrations.replace(event, gone.id, substitute, reason="sakit")
    assert present.registrations.get(gone.id).badge_code is None

    out = tmp_path / "rekap.xlsx"
    excel.export(present, event, out)
    ws = openpyxl.load_workbook(out)["Riwayat check-in"]
    head = [c.value for c in ws[1]]
    sheet = {}
    for values in ws.iter_rows(min_row=2, values_only=True):
        row = dict(zip(head, values, strict=True))
        if row["Jenis"] == "check-in":
            sheet[row["ID"]] = (row["Sesi"], row["Nama"], row["Kode badge"], row["Dibatalkan"] == "ya",
                                row["Alasan"] or "")
    listed = {int(r["checkin_id"]): (r["session"], r["name"], r["code"], r["annulled"] == "True", r["annul_reason"])
              for r in csv.DictReader(io.StringIO(cli("--db", demo_db, "attendance", "--event", DEMO_EVENT_ID,
                                                      "--csv").out))}
    assert listed == sheet and len(listed) == 271
    assert sum(annulled for *_, annulled, _ in listed.values()) == 1
    assert {v[2] for v in listed.values() if v[1] == gone.person.name} == {gone.badge_code}
