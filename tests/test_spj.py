"""Issue 25: the SPJ documents as a finance auditor reads them — transport paid once per
person per day, every signature block named, masked NIKs told apart, page subtotals."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.documents import drafts
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn.names import upper_name
from bimtek_desk.reports import attendance, excel, stats, transport
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final
from tests.pdfutil import flat, page_texts

AMOUNT = 150_000


def _money(text: str, label: str) -> list[int]:
    return [int(m.replace(".", "")) for m in re.findall(re.escape(label) + r" ([\d.]+)", text)]


def test_transport_pays_each_person_once_per_day(two_sessions: Store, tmp_path: Path) -> None:
    """Issue 25 item 1: the REG list and the M3 list of the same day are one list; the
    second print is a SALINAN with the same number and the same people; Excel and the
    statistics show the same total."""
    store = two_sessions
    regs = store.registrations.for_event(DEMO_EVENT_ID)
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    assert not drafts.is_draft(event, "transport")

    first = transport.render(store, event, tmp_path / "reg.pdf", session=store.events.session(DEMO_EVENT_ID, "REG"))
    assert (first.people, first.total, first.copy) == (150, 150 * AMOUNT, False)
    assert first.number == f"DPT/{DEMO_EVENT_ID}-01" and first.period == "2025-11-18"
    text = flat(" ".join(page_texts(tmp_path / "reg.pdf")))
    for r in regs[:150]:
        assert text.count(upper_name(r.person.name) + " ") >= 1
    assert upper_name(regs[160].person.name) not in text  # never came
    assert text.count("REG, M3") == 50  # the basis printed on each row: 50 at both sessions
    assert f"Nomor : {first.number}" in text and "SALINAN" not in text
    assert _money(text, "JUMLAH") == [150 * AMOUNT]
    assert "Terbilang: Dua puluh dua juta lima ratus ribu rupiah" in text

    second = transport.render(store, event, tmp_path / "m3.pdf", session=store.events.session(DEMO_EVENT_ID, "M3"))
    assert (second.number, second.people, second.total, second.copy) == (first.number, 150, 150 * AMOUNT, True)
    copy_texts = page_texts(tmp_path / "m3.pdf")
    assert all("SALINAN" in t for t in copy_texts)  # marked on every page
    copy_text = flat(" ".join(copy_texts))
    assert f"SALINAN dari daftar nomor {first.number}" in copy_text and "bukan dasar pembayaran kedua" in copy_text
    assert _money(copy_text, "JUMLAH") == [150 * AMOUNT]
    assert "SALINAN" in str(PdfReader(str(tmp_path / "m3.pdf")).metadata.title)
    assert len(store.payments.for_event(DEMO_EVENT_ID)) == 1
    assert [e.action for e in store.audit.entries(DEMO_EVENT_ID)].count("report.transport") == 1

    # Someone checks in after the list was made: the copy stays the list that was paid, and says so.
    Desk(store, event, session="M3", desk="Meja 1", operator="Rina").check_in(regs[160].id)
    third = transport.render(store, event, tmp_path / "late.pdf")
    assert (third.people, third.total, third.not_listed) == (150, 150 * AMOUNT, 1)
    assert upper_name(regs[160].person.name) not in flat(" ".join(page_texts(tmp_path / "late.pdf")))

    out = tmp_path / "x.xlsx"
    excel.export(store, event, out)
    ws = openpyxl.load_workbook(out)["Transport"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[-1][0] == "JUMLAH" and rows[-1][-1] == 150 * AMOUNT == sum(r[-1] for r in rows[:-1])
    assert len(rows) - 1 == 150 and {r[1] for r in rows[:-1]} == {first.number}
    assert len({r[3] for r in rows[:-1]}) == len({r.person.name for r in regs[:150]})
    st = stats.compute(store, event)
    assert (st.transport_people, st.transport_total) == (150, 150 * AMOUNT)

    # The late one is paid on a supplementary list that names only them, with its own number.
    extra = transport.render(store, event, tmp_path / "susulan.pdf", supplement=True)
    assert (extra.people, extra.total, extra.part, extra.copy) == (1, AMOUNT, 2, False)
    assert extra.number == f"DPT/{DEMO_EVENT_ID}-02" and extra.not_listed == 0
    text = flat(" ".join(page_texts(tmp_path / "susulan.pdf")))
    assert "DAFTAR PENERIMAAN UANG TRANSPORT (SUSULAN)" in text and f"dari daftar nomor {first.number}" in text
    assert upper_name(regs[160].person.name) in text and upper_name(regs[0].person.name) not in text
    assert _money(text, "JUMLAH") == [AMOUNT]
    with pytest.raises(drafts.UserError, match="tidak ada daftar susulan"):
        transport.render(store, event, tmp_path / "again.pdf", supplement=True)  # nobody new: nothing to pay
    reprint = transport.render(store, event, tmp_path / "again.pdf", part=2)
    assert (reprint.number, reprint.people, reprint.copy) == (extra.number, 1, True)
    excel.export(store, event, out)
    rows = list(openpyxl.load_workbook(out)["Transport"].iter_rows(min_row=2, values_only=True))
    assert rows[-1][-1] == 151 * AMOUNT and {r[1] for r in rows[:-1]} == {first.number, extra.number}
    assert len({(r[3], r[4], r[5]) for r in rows[:-1]}) == len(rows) - 1 == 151  # nobody twice
    st = stats.compute(store, event)
    assert (st.transport_people, st.transport_total) == (151, 151 * AMOUNT)


def test_a_draft_transport_list_spends_no_number(two_sessions: Store, tmp_path: Path) -> None:
    event = two_sessions.events.get(DEMO_EVENT_ID)
    r = transport.render(two_sessions, event, tmp_path / "tr.pdf")
    assert r.number is None and not r.copy and r.people == 150
    texts = page_texts(tmp_path / "tr.pdf")
    assert all("DRAF" in t for t in texts) and "Nomor : DRAF" in flat(texts[0])
    assert two_sessions.payments.for_event(DEMO_EVENT_ID) == []
    assert str(PdfReader(str(tmp_path / "tr.pdf")).metadata.title).startswith("DRAF ")


def test_transport_once_for_the_whole_event(two_sessions: Store, tmp_path: Path) -> None:
    make_final(two_sessions, DEMO_EVENT_ID)
    settings = two_sessions.events.get(DEMO_EVENT_ID).settings["transport"]
    event = two_sessions.events.update_settings(DEMO_EVENT_ID, {"transport": {**settings, "period": "event"}})
    r = transport.render(two_sessions, event, tmp_path / "tr.pdf")
    assert (r.period, r.people) == ("acara", 150)
    assert "dibayarkan sekali untuk seluruh acara" in flat(" ".join(page_texts(tmp_path / "tr.pdf")))


def test_transport_cli_refuses_a_second_payment(two_sessions: Store, cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    make_final(two_sessions, DEMO_EVENT_ID)
    two_sessions.close()
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--session", "REG",
            "--out", tmp_path / "a.pdf")
    assert r.code == 0 and f"nomor DPT/{DEMO_EVENT_ID}-01 (2025-11-18): 150 orang, jumlah Rp22.500.000" in r.out
    assert "SALINAN" not in r.out
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--session", "M3",
            "--out", tmp_path / "b.pdf")
    assert r.code == 0 and "SALINAN: daftar untuk 2025-11-18 sudah dibuat dengan nomor" in r.out
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--susulan", "--out", tmp_path / "s.pdf")
    assert r.code == 1 and "tidak ada daftar susulan" in r.err
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--part", "3",
            "--out", tmp_path / "s.pdf")
    assert r.code == 1 and "Daftar transport ke-3 untuk 2025-11-18 belum ada (ada 1)" in r.err
    r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--date", "2025-11-19",
            "--out", tmp_path / "c.pdf")
    assert r.code == 1 and "Tidak ada sesi presensi pada Rabu, 19 November 2025" in r.err


def test_transport_pages_carry_subtotals_the_heading_and_the_anchor(two_sessions: Store, tmp_path: Path) -> None:
    """Issue 25 item 6: every page has its subtotal and the sum carried on; the next page
    starts from that sum; continuation pages repeat Kegiatan, Tanggal and Sesi above the
    table; the audit anchor is on every page."""
    event = two_sessions.events.get(DEMO_EVENT_ID)
    out = tmp_path / "tr.pdf"
    transport.render(two_sessions, event, out, nik_column=True)
    texts = [flat(t) for t in page_texts(out)]
    assert len(texts) >= 8
    carried = 0
    for n, t in enumerate(texts):
        rows = len(re.findall(r" \d+\. …", t))  # the staggered signature marks, one per row
        if 0 < n < len(texts) - 2:  # 15 rows of 15 mm (14 when a long name takes three lines)
            assert 14 <= rows <= 20, (n, rows)
        assert _money(t, "Jumlah halaman ini") == [rows * AMOUNT]
        if n:
            assert _money(t, "Jumlah pindahan dari halaman sebelumnya") == [carried]
            head = t.index("No Nama NIK Kelurahan")
            assert t.index("Kegiatan: Bimbingan Teknis") < head
            assert t.index("Sesi: Registrasi pagi, Presensi siang") < head
            assert "Hari, Tanggal: Selasa, 18 November 2025" in t
        carried += rows * AMOUNT
        if n < len(texts) - 1:
            assert _money(t, "Jumlah dipindahkan ke halaman berikutnya") == [carried]
        else:
            assert _money(t, "JUMLAH") == [carried] == [150 * AMOUNT]
        assert "Jangkar audit " in t and f"Halaman {n + 1} dari {len(texts)}" in t


def test_daftar_hadir_continuation_pages_repeat_the_heading(two_sessions: Store, tmp_path: Path) -> None:
    event = two_sessions.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(two_sessions, event, two_sessions.events.session(DEMO_EVENT_ID, "M3"), out)
    texts = [flat(t) for t in page_texts(out)]
    assert "Kegiatan: " not in texts[0]  # the first page has its full heading instead
    for t in texts[1:]:
        head = t.index("No Nama NIK Kelurahan Tanda Tangan")
        assert t.index("Kegiatan: Bimbingan Teknis Peningkatan Kapasitas") < head
        assert t.index("Hari, Tanggal: Selasa, 18 November 2025 · Sesi: Presensi siang (materi 3)") < head
        assert 15 <= len(re.findall(r" \d+\. …", t)) <= 20 or t is texts[-1]


def test_shared_masked_niks_are_told_apart(demo_store: Store, tmp_path: Path) -> None:
    """Three pairs in the demo share a masked NIK: the daftar hadir marks them and says
    the kelurahan beside them tells them apart; the full NIK is still never printed."""
    event = demo_store.events.get(DEMO_EVENT_ID)
    out = tmp_path / "dh.pdf"
    attendance.render(demo_store, event, demo_store.events.session(DEMO_EVENT_ID, "REG"), out)
    text = flat(" ".join(page_texts(out)))
    masks = [niklib.mask(r.person.nik) for r in demo_store.registrations.for_event(DEMO_EVENT_ID)]
    shared = {m for m in masks if masks.count(m) > 1}
    assert len(shared) == 3
    for m in shared:
        assert text.count(m + "*") == 2
    assert text.count("******") == 175 and text.count("*") == 175 * 6 + 6 + 1  # the note's own '*'
    assert niklib.SHARED_NOTE in text


def test_masks_told_apart_when_the_kelurahan_is_shared_too() -> None:
    people = [(1, "6371011234569082", "Mantuil", 7), (2, "6371019999999082", "Mantuil", 9),
              (3, "6371015555559082", "Basirih", 11), (4, "6371010000001111", "Mantuil", 12)]
    told = niklib.masks_told_apart(people)
    assert told[1] == ("637101******9082*", "Mantuil (baris 7)")
    assert told[2] == ("637101******9082*", "Mantuil (baris 9)")
    assert told[3] == ("637101******9082*", "Basirih") and told[4] == ("637101******1111", "Mantuil")


# -- item 2: a document is final only when each signature block it prints is named ----------


def test_transport_without_named_officials_is_a_draft(two_sessions: Store, tmp_path: Path) -> None:
    store = two_sessions
    choose_and_confirm = make_final  # confirms every example field and fills the two sign-offs
    choose_and_confirm(store, DEMO_EVENT_ID)
    sigs = dict(store.events.get(DEMO_EVENT_ID).settings["signatories"])
    sigs.pop("pptk")
    sigs["treasurer"] = {**sigs["treasurer"], "nip": None}
    event = store.events.update_settings(DEMO_EVENT_ID, {"signatories": sigs})
    assert drafts.unconfirmed(event) == []
    notice = drafts.notice(event, "transport")
    assert "PPTK/PA (daftar transport): nama dan NIP belum diisi" in notice
    assert "Bendahara Pengeluaran (daftar transport): NIP belum diisi" in notice
    r = transport.render(store, event, tmp_path / "tr.pdf")
    assert r.number is None and all("DRAF" in t for t in page_texts(tmp_path / "tr.pdf"))
    assert not drafts.is_draft(event, "sertifikat")  # the certificate's own signatory is named
    with pytest.raises(drafts.UserError, match="Penandatangan tidak dikonfirmasi, melainkan diisi"):
        drafts.confirm(store, event, [p.entry for p in drafts.pending(event, "transport")], pin="181125",
                       actor="test")


def test_the_demo_asks_who_signs_the_plaque(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert "signatories.plaque" in drafts.unconfirmed(event)
    assert "penandatangan piagam" in drafts.notice(event, "piagam")
    assert "Wakil Wali Kota" in event.settings["notes"] and "piagam" in event.settings["notes"]


# -- item 5: a copy for next year starts unconfirmed -------------------------------------------


def test_event_copy_to_next_year_prints_draf_with_the_reasons(demo_store: Store, cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    from bimtek_desk.documents import issue

    make_final(demo_store, DEMO_EVENT_ID)  # last year's event, all confirmed and signed for
    assert not any(drafts.is_draft(demo_store.events.get(DEMO_EVENT_ID), d) for d in drafts.DOC_LABELS)
    demo_store.close()
    r = cli("--db", demo_db, "event", "copy", DEMO_EVENT_ID, "bimtek-psm-bjm-2026", "--date", "2026-11-17",
            "--with-roster")
    assert r.code == 0, r
    lines = {line.split(":")[0].strip(): line for line in r.out.splitlines() if ": DRAF — " in line}
    assert set(lines) == {"sertifikat", "piagam", "daftar hadir", "daftar penerimaan transport"}  # none final
    for reason in ("penandatangan sertifikat", "pola nomor", "JP dan materi", "nama acara (menyebut tahun)",
                   "nama acara menyebut tahun 2025, acara bertanggal 2026 (ubah di Acara)"):
        assert reason in lines["sertifikat"], reason
    assert "penandatangan piagam" in lines["piagam"] and "penandatangan daftar hadir" in lines["daftar hadir"]
    for reason in ("besaran uang transport", "PPTK/PA (daftar transport)", "Bendahara Pengeluaran (daftar transport)"):
        assert reason in lines["daftar penerimaan transport"], reason

    with Store.open(demo_db) as store:
        copy = store.events.get("bimtek-psm-bjm-2026")
        assert set(drafts.unconfirmed(copy)) >= {"signatories.certificate", "signatories.plaque",
                                                 "signatories.attendance", "signatories.pptk", "signatories.treasurer",
                                                 "agenda.jp", "numbering", "transport.amount", "name"}
        regs = store.registrations.for_event(copy.id)
        for reg in regs[:2]:
            store.documents.override(reg.id, True, "uji", "test")
        jobs, _ = issue.certificate_jobs(store, copy)
        out = tmp_path / "s.pdf"
        issue.write(store, copy, "sertifikat", jobs[:2], out=out)
        texts = page_texts(out)
        assert all("DRAF" in t for t in texts) and "Tahun 2025" in flat(texts[0])  # the old title, marked DRAF
        assert "/2026" not in flat(" ".join(texts)) and store.documents.for_event(copy.id) == []  # no number spent
        # The committee fixes the title and confirms: the year reason goes, the others stay until confirmed.
        for column in ("name", "short_name"):
            store.db.execute(f"UPDATE events SET {column} = replace({column}, '2025', '2026') WHERE id = ?",
                             (copy.id,))
        copy = store.events.get(copy.id)
        assert "2026" in copy.name and "menyebut tahun 20" not in drafts.notice(copy, "sertifikat")
        assert "nama acara (menyebut tahun)" in drafts.notice(copy, "sertifikat")  # still to be confirmed


def test_a_title_naming_another_year_is_a_draf_reason(demo_store: Store) -> None:
    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert drafts.years_in(event.name) == [2025] and not drafts.is_draft(event, "daftar-hadir")
    demo_store.db.execute("UPDATE events SET name = ? WHERE id = ?", (event.name.replace("2025", "2024"), event.id))
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert "nama acara menyebut tahun 2024, acara bertanggal 2025" in drafts.notice(event, "daftar-hadir")
    assert drafts.years_in("Bimtek 12025 dan 2030-an") == [2030] and drafts.years_in("No. 400/2") == []


# -- item 4: one name formatter for every document ---------------------------------------------

LOWER = "ir. hj. nur'aini binti ahmad, s.e., m.m."
AS_GIVEN = "Ir. Hj. Nur’aini binti Ahmad, S.E., M.M."
CAPITALS = "Ir. Hj. NUR’AINI BINTI AHMAD, S.E., M.M."


@pytest.mark.parametrize("given, as_given, capitals", [
    (LOWER, AS_GIVEN, CAPITALS),
    ("DR. H. AHMAD YANI, S.SOS., M.SI.", "Dr. H. AHMAD YANI, S.Sos., M.Si.", "Dr. H. AHMAD YANI, S.Sos., M.Si."),
    ("drs. rahmat, m.ap.", "Drs. Rahmat, M.AP.", "Drs. RAHMAT, M.AP."),
    ("Hj. Rahmawati Noor, S.Sos., M.AP.", "Hj. Rahmawati Noor, S.Sos., M.AP.", "Hj. RAHMAWATI NOOR, S.Sos., M.AP."),
    ("prof. dr. siti-aminah, ph.d.", "Prof. Dr. Siti-Aminah, Ph.D.", "Prof. Dr. SITI-AMINAH, Ph.D."),
])
def test_titles_in_conventional_form(given: str, as_given: str, capitals: str) -> None:
    from bimtek_desk.idn.names import print_name

    assert print_name(given, False) == as_given and print_name(given, True) == capitals


def test_one_name_on_every_document_and_in_the_qr(demo_store: Store, tmp_path: Path) -> None:
    from bimtek_desk.documents import badges, issue
    from bimtek_desk.signing import cose
    from tests.pdfutil import decode_qr

    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.people.update(reg.person.id, {"name": LOWER})
    reg = demo_store.registrations.get(reg.id)
    Desk(demo_store, event, session="REG", desk="Meja 1", operator="Rina").check_in(reg.id)
    demo_store.documents.override(reg.id, True, "uji", "test")

    jobs, _ = issue.certificate_jobs(demo_store, event, codes_in=[reg.badge_code or ""])
    issue.write(demo_store, event, "sertifikat", jobs, out=tmp_path / "s.pdf")
    assert AS_GIVEN in flat(page_texts(tmp_path / "s.pdf")[0])
    qr = next(t for t in decode_qr(tmp_path / "s.pdf", pages=[0])[0] if t.startswith("BD1:"))
    assert cose.decode(qr).claims().name == AS_GIVEN  # the QR says what the paper says

    badges.render([badges.badge_data(event, reg)], tmp_path / "b.pdf", layout="a6", title="Badge")
    assert AS_GIVEN in flat(page_texts(tmp_path / "b.pdf")[0])

    attendance.render(demo_store, event, demo_store.events.session(DEMO_EVENT_ID, "REG"), tmp_path / "dh.pdf")
    transport.render(demo_store, event, tmp_path / "tr.pdf")
    for f in ("dh.pdf", "tr.pdf"):
        text = flat(" ".join(page_texts(tmp_path / f)))
        assert CAPITALS in text, f


# -- item 7: small things an official notices ---------------------------------------------------


def test_excel_prints_on_a4_landscape_fit_to_width_and_names_its_maker(two_sessions: Store, tmp_path: Path) -> None:
    import zipfile

    event = two_sessions.events.get(DEMO_EVENT_ID)
    out = tmp_path / "x.xlsx"
    excel.export(two_sessions, event, out)
    wb = openpyxl.load_workbook(out)
    assert wb.properties.creator == "bimtek-desk" and wb.properties.lastModifiedBy == "bimtek-desk"
    with zipfile.ZipFile(out) as z:
        assert "openpyxl" not in z.read("docProps/core.xml").decode() + z.read("docProps/app.xml").decode()
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape", ws.title  # 9: A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight == 0 and ws.print_title_rows == "$1:$1", ws.title


def test_badges_with_the_stand_in_logo_say_draf(demo_store: Store, tmp_path: Path) -> None:
    from bimtek_desk.documents import badges
    from tests.helpers.final import choose_logo

    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)[:3]
    for layout in ("a4-8", "a6", "cr80"):
        out = tmp_path / f"{layout}.pdf"
        badges.render([badges.badge_data(event, r) for r in regs], out, layout=layout, title="Badge Bimtek PSM 2025")
        assert all(t.count(badges.DRAFT_LABEL) == (3 if layout == "a4-8" else 1) for t in page_texts(out)), layout
        assert str(PdfReader(str(out)).metadata.title) == "DRAF Badge Bimtek PSM 2025"
    choose_logo(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    badges.render([badges.badge_data(event, r) for r in regs], tmp_path / "real.pdf", title="Badge")
    assert badges.DRAFT_LABEL not in page_texts(tmp_path / "real.pdf")[0]
    assert str(PdfReader(str(tmp_path / "real.pdf")).metadata.title) == "Badge"


def test_a_draft_certificates_title_says_draf(demo_store: Store, tmp_path: Path) -> None:
    from bimtek_desk.documents import issue

    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event)
    issue.write(demo_store, event, "sertifikat", jobs[:1], out=tmp_path / "s.pdf")
    assert str(PdfReader(str(tmp_path / "s.pdf")).metadata.title) == "DRAF Sertifikat Bimtek PSM 2025"
    issue.write(demo_store, event, "piagam", issue.plaque_jobs(demo_store, event), split_dir=tmp_path / "p")
    for f in (tmp_path / "p").iterdir():
        assert str(PdfReader(str(f)).metadata.title).startswith("DRAF Piagam Bimtek PSM 2025 — ")
    attendance.render(demo_store, event, demo_store.events.session(DEMO_EVENT_ID, "REG"), tmp_path / "dh.pdf")
    assert str(PdfReader(str(tmp_path / "dh.pdf")).metadata.title) == "DRAF Daftar hadir Bimtek PSM 2025 REG"


@pytest.mark.parametrize("on_behalf", [False, True])
def test_the_signatorys_rule_clears_the_j_and_the_nip_clears_the_frame(demo_store: Store, tmp_path: Path,
                                                                       on_behalf: bool) -> None:
    """Item 7: one rule under the signatory's name, below the descender of the J in 'HJ.';
    with 'a.n.', a signature and a stamp the NIP stays as far from the frame as without."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import getDescent

    from bimtek_desk.documents import issue
    from tests.helpers.final import logo_png
    from tests.pdfutil import line_segments, runs

    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    if on_behalf:
        (tmp_path / "ttd.png").write_bytes(logo_png())
        sigs = dict(event.settings["signatories"])
        sigs["certificate"] = {**sigs["certificate"], "on_behalf": "a.n. WALI KOTA BANJARMASIN",
                               "signature_image": str(tmp_path / "ttd.png"), "stamp_image": str(tmp_path / "ttd.png")}
        event = demo_store.events.update_settings(DEMO_EVENT_ID, {"signatories": sigs})
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event)
    out = tmp_path / "s.pdf"
    issue.write(demo_store, event, "sertifikat", jobs[:1], out=out)
    found = runs(out, 0)
    name = next(r for r in found if r.text.strip() == "HJ. RAHMAWATI NOOR")
    nip = next(r for r in found if r.text.strip().startswith("NIP. 19720314"))
    below = [y1 for x1, y1, x2, y2 in line_segments(out, 0)
             if abs(y1 - y2) < 0.01 and name.y - 8 < y1 < name.y and x1 < name.x + 10 < x2]
    assert len(below) == 1  # one rule, not an underline and a rule
    assert name.y - below[0] > -getDescent(name.font, name.size)  # under the J's descender
    frame_inner = 210 * mm - (11.5 + 187) * mm  # the gold frame's bottom edge, from the page's bottom
    assert nip.y - frame_inner >= 5 * mm
    assert on_behalf == any("a.n. WALI KOTA BANJARMASIN" in r.text for r in found)


def test_short_codes_carry_the_documents_serial_for_certificates_and_plaques(demo_store: Store,
                                                                            tmp_path: Path) -> None:
    """Item 7: the piagam's short code showed its database id (…-05G-…) where the certificate's
    seemed to show its serial; now both carry the serial of their number, P or S saying which."""
    from bimtek_desk.desk.verify import verify_text
    from bimtek_desk.documents import issue
    from bimtek_desk.scanning import codes

    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    plaques = issue.plaque_jobs(demo_store, event)  # numbered first: their ids are 1 and 2
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    certs, _ = issue.certificate_jobs(demo_store, event)
    for job, letter in ((plaques[0], "P"), (plaques[1], "P"), (certs[0], "S")):
        parsed = codes.parse(job.document.code)
        assert parsed is not None and parsed.kind.value == letter
        assert parsed.serial == job.document.seq == int(job.document.number.split("/")[1])
        assert verify_text(demo_store, codes.pretty(job.document.code)).genuine
    assert certs[0].document.id == 3 and codes.parse(certs[0].document.code).serial == 1  # type: ignore[union-attr]
    issue.write(demo_store, event, "piagam", plaques[:1], out=tmp_path / "p.pdf")
    assert f"BDP-{event.code_tag}-001-" in flat(page_texts(tmp_path / "p.pdf")[0])


def test_list_texts_with_markup_characters_print_as_written(two_sessions: Store, tmp_path: Path) -> None:
    make_final(two_sessions, DEMO_EVENT_ID)
    sigs = dict(two_sessions.events.get(DEMO_EVENT_ID).settings["signatories"])
    sigs["attendance"] = {**sigs["attendance"], "title_line": "Kepala Bidang Dayasos & Rehsos <Dinsos>,"}
    sigs["treasurer"] = {**sigs["treasurer"], "title_line": "Bendahara Pengeluaran & Pembantu <BPP>,"}
    event = two_sessions.events.update_settings(DEMO_EVENT_ID, {"signatories": sigs})
    attendance.render(two_sessions, event, two_sessions.events.session(DEMO_EVENT_ID, "REG"), tmp_path / "dh.pdf")
    transport.render(two_sessions, event, tmp_path / "tr.pdf")
    assert "Kepala Bidang Dayasos & Rehsos <Dinsos>," in flat(page_texts(tmp_path / "dh.pdf")[-1])
    assert "Bendahara Pengeluaran & Pembantu <BPP>," in flat(page_texts(tmp_path / "tr.pdf")[-1])


# --- Review: no path pays a person twice -------------------------------------------------------


def _move_m3_to_the_next_day(store: Store) -> None:
    """The committee edits the event file (M3 held on the 19th) and loads it again, and the
    roster with it: the sessions keep their check-ins, the registrations their ids."""
    import json

    from bimtek_desk.committee.pin import hash_pin
    from bimtek_desk.events.demo import DEMO_EVENT, DEMO_PIN, DEMO_ROSTER
    from bimtek_desk.roster.importer import import_roster
    from bimtek_desk.store import eventfile

    data = json.loads(Path(DEMO_EVENT).read_text(encoding="utf-8"))
    data["date_end"] = "2025-11-19"
    for item in data["agenda"]:
        if item["key"] == "M3":
            item["date"] = "2025-11-19"
    store.events.upsert(eventfile.parse(data))
    # the published demo PIN
    store.events.update_settings(DEMO_EVENT_ID, {"committee_pin": hash_pin(DEMO_PIN, policy=False)})
    import_roster(store, DEMO_EVENT_ID, DEMO_ROSTER, actor="test")
    make_final(store, DEMO_EVENT_ID)


def test_a_session_moved_to_another_day_is_not_paid_again(two_sessions: Store, tmp_path: Path) -> None:
    """M3's attendance was the basis of the 18th's list; moved to the 19th it pays nobody a
    second time, and the Excel export and the statistics keep the one list's total."""
    store = two_sessions
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    first = transport.render(store, event, tmp_path / "18.pdf")
    assert (first.period, first.people) == ("2025-11-18", 150)
    ids = [r.id for r in store.registrations.for_event(DEMO_EVENT_ID)]

    _move_m3_to_the_next_day(store)
    event = store.events.get(DEMO_EVENT_ID)
    assert [r.id for r in store.registrations.for_event(DEMO_EVENT_ID)] == ids  # the re-import kept every id
    assert store.events.session(DEMO_EVENT_ID, "M3").date.isoformat() == "2025-11-19"
    day2 = next(p for p in transport.periods(store, event) if p.key == "2025-11-19")
    assert len(day2.payees) == 100  # present at M3, now the 19th: every one of them already paid on the 18th
    with pytest.raises(drafts.UserError, match="sudah ada di daftar transport lain"):
        transport.render(store, event, tmp_path / "19.pdf", day=day2.date)
    assert [m.number for m in store.payments.for_event(DEMO_EVENT_ID)] == [first.number]

    excel.export(store, event, tmp_path / "x.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "x.xlsx")["Transport"].iter_rows(min_row=2, values_only=True))
    assert rows[-1][-1] == 150 * AMOUNT and len(rows) - 1 == 150
    st = stats.compute(store, event)
    assert (st.transport_people, st.transport_total) == (150, 150 * AMOUNT)


def test_a_paid_list_stays_in_the_totals_when_its_day_has_no_session_any_more(two_sessions: Store,
                                                                              tmp_path: Path) -> None:
    store = two_sessions
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    m3 = transport.render(store, event, tmp_path / "18.pdf")
    assert m3.people == 150
    # Every attendance session of the 18th moved to the 19th: the 18th's list was still paid.
    import json

    from bimtek_desk.committee.pin import hash_pin
    from bimtek_desk.events.demo import DEMO_EVENT, DEMO_PIN
    from bimtek_desk.store import eventfile

    data = json.loads(Path(DEMO_EVENT).read_text(encoding="utf-8"))
    data["date"] = data["date_end"] = "2025-11-19"
    store.events.upsert(eventfile.parse(data))
    # the published demo PIN
    store.events.update_settings(DEMO_EVENT_ID, {"committee_pin": hash_pin(DEMO_PIN, policy=False)})
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    assert [p.key for p in transport.periods(store, event)] == ["2025-11-19"]
    lists = transport.listed(store, event)
    assert [(lst.period.key, lst.number, lst.total) for lst in lists] == [
        ("2025-11-18", m3.number, 150 * AMOUNT), ("2025-11-19", None, 0)]
    st = stats.compute(store, event)
    assert (st.transport_people, st.transport_total) == (150, 150 * AMOUNT)


def test_changing_the_payment_period_after_a_list_pays_nobody_again(two_sessions: Store, tmp_path: Path) -> None:
    store = two_sessions
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    first = transport.render(store, event, tmp_path / "day.pdf")
    settings = event.settings["transport"]
    event = store.events.update_settings(DEMO_EVENT_ID, {"transport": {**settings, "period": "event"}})
    for kwargs in ({}, {"supplement": True}):
        with pytest.raises(drafts.UserError, match="sudah dibuat per hari .*tidak boleh diubah"):
            transport.render(store, event, tmp_path / "acara.pdf", **kwargs)
    assert [m.number for m in store.payments.for_event(DEMO_EVENT_ID)] == [first.number]
    assert stats.compute(store, event).transport_total == 150 * AMOUNT


def test_a_person_merged_by_sync_is_not_paid_again_on_a_supplement(two_sessions: Store, tmp_path: Path) -> None:
    """A walk-in registered on two laptops is one record after sync (people.merged_into, the
    other registration replaced): their check-in now counts for the kept registration, which
    must not go on a supplementary list as someone new."""
    store = two_sessions
    make_final(store, DEMO_EVENT_ID)
    event = store.events.get(DEMO_EVENT_ID)
    regs = store.registrations.for_event(DEMO_EVENT_ID)
    paid, kept = regs[0], regs[170]  # regs[0] was at REG and is on the list; regs[170] never came
    first = transport.render(store, event, tmp_path / "a.pdf")
    assert first.people == 150
    with store.transaction():  # what sync's merge writes (store/changesets.py)
        store.db.execute("UPDATE people SET nik = NULL, merged_into = ? WHERE id = ?",
                         (kept.person.id, paid.person.id))
        store.db.execute("UPDATE registrations SET status = 'replaced', replaced_by = ? WHERE id = ?",
                         (kept.id, paid.id))
    day = transport.period_for(store, event)
    assert kept.id in {p.registration.id for p in day.payees}  # the check-in counts for the kept record now
    with pytest.raises(drafts.UserError, match="tidak ada daftar susulan"):
        transport.render(store, event, tmp_path / "s.pdf", supplement=True)
    copy = transport.render(store, event, tmp_path / "c.pdf")
    assert (copy.copy, copy.not_listed, copy.no_longer_present) == (True, 0, 0)
    assert len(store.payments.for_event(DEMO_EVENT_ID)) == 1


def test_transport_cli_refuses_a_part_below_one(two_sessions: Store, cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    make_final(two_sessions, DEMO_EVENT_ID)
    two_sessions.close()
    for part in ("-1", "0"):
        r = cli("--db", demo_db, "report", "transport", "--event", DEMO_EVENT_ID, "--part", part,
                "--out", tmp_path / "a.pdf")
        assert r.code == 1 and f"Daftar transport ke-{part} untuk 2025-11-18 belum ada" in r.err, r
    with Store.open(demo_db) as s:
        assert s.payments.for_event(DEMO_EVENT_ID) == []
