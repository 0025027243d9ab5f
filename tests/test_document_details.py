"""Certificate, plaque and badge details and the preflight (issue #16 items 5 and 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from bimtek_desk.documents import badges, drafts, issue
from bimtek_desk.idn.names import print_name, title_case
from bimtek_desk.reports import attendance, transport
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend
from tests.helpers.final import make_final
from tests.pdfutil import line_segments, page_texts, runs, unembedded_fonts


@pytest.fixture
def final(demo_store: Store) -> Store:
    make_final(demo_store, DEMO_EVENT_ID)
    return attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:70])


def _gold_rule(path: Path, page: int, y_mm: float) -> tuple[float, float]:
    height = float(PdfReader(str(path)).pages[page].mediabox.height)
    for x1, y1, x2, y2 in line_segments(path, page):
        if abs(y1 - y2) < 0.01 and abs(y1 - (height - y_mm * mm)) < 0.5:
            return min(x1, x2), max(x1, x2)
    raise AssertionError("no rule under the name")


def test_gold_rule_follows_the_name(final: Store, tmp_path: Path) -> None:
    event = final.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(final, event)
    longest = max(jobs, key=lambda j: len(j.label))
    shortest = min(jobs, key=lambda j: len(j.label))
    renderer, _ = issue.renderer_for(event, "sertifikat")
    spans = {}
    for job in (longest, shortest):
        out = tmp_path / f"{job.document.seq}.pdf"
        renderer.render_one(job.context, out)
        name = next(r for r in runs(out) if r.font == "GentiumBook-Bold" and r.text.strip() == job.context["name"])
        page_w = float(PdfReader(str(out)).pages[0].mediabox.width)
        left, right = name.x, page_w - name.x  # the name is centred on the page
        rule = _gold_rule(out, 0, 108)
        assert rule[0] <= left - 5 * mm and rule[1] >= right + 5 * mm, (job.label, rule, left, right)
        spans[job.label] = rule[1] - rule[0]
    assert spans[longest.label] > spans[shortest.label] >= 110 * mm - 0.5


def test_titles_in_proper_case_and_one_apostrophe() -> None:
    assert print_name("RAHMAT HIDAYAT, S.SOS.", False) == "RAHMAT HIDAYAT, S.Sos."
    assert print_name("HJ. SITI AMINAH, S.PD.I., M.PD.", True) == "Hj. SITI AMINAH, S.Pd.I., M.Pd."
    assert print_name("Drs. H. Ahmad Noor, S.Sos., M.Si.", True) == "Drs. H. AHMAD NOOR, S.Sos., M.Si."
    assert print_name("H. Abdul Basit HR", True) == "H. ABDUL BASIT HR"  # HR is part of the name
    assert print_name("Nor Ma'ruf", False) == "Nor Ma’ruf" and print_name("Sya`rani", True) == "SYA’RANI"
    assert title_case("M.AP.") == "M.AP." and title_case("KH.") == "KH."


def test_certificate_prints_titles_in_proper_case(final: Store, tmp_path: Path) -> None:
    event = final.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(final, event)
    caps = next(j for j in jobs if j.label == "RAHMAT HIDAYAT, S.SOS.")
    out = tmp_path / "c.pdf"
    issue.renderer_for(event, "sertifikat")[0].render_one(caps.context, out)
    assert "RAHMAT HIDAYAT, S.Sos." in page_texts(out)[0] and "S.SOS." not in page_texts(out)[0]


def test_jp_checked_against_the_agenda(final: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event = final.events.get(DEMO_EVENT_ID)
    assert drafts.jp_warnings(event) == []  # the demo's JP fit its times (45 minutes each)
    agenda = [dict(item, jp=3) if item["key"] == "M1" else item for item in event.settings["agenda"]]
    event = final.events.update_settings(DEMO_EVENT_ID, {"agenda": agenda})
    assert drafts.jp_warnings(event) == ["M1: 3 JP × 45 menit = 135 menit, tetapi 09.45–11.15 = 90 menit"]
    final.close()
    r = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", tmp_path / "s.pdf")
    assert r.code == 0 and "peringatan: JP tidak cocok dengan waktu agenda: M1: 3 JP" in r.out


def test_plaque_qr_has_caption_and_readable_code(final: Store, tmp_path: Path) -> None:
    event = final.events.get(DEMO_EVENT_ID)
    jobs = issue.plaque_jobs(final, event)
    out = tmp_path / "p.pdf"
    issue.write(final, event, "piagam", jobs, out=out)
    code = next(r for r in runs(out) if r.text.strip().startswith(jobs[0].context["verify_code"]))
    assert code.size >= 8
    assert "Pindai untuk memeriksa keaslian" in page_texts(out)[0]


def test_badge_texts_and_crop_marks(final: Store, tmp_path: Path) -> None:
    event = final.events.get(DEMO_EVENT_ID)
    regs = final.registrations.for_event(DEMO_EVENT_ID)
    data = [badges.badge_data(event, r) for r in regs[:8]]
    cr80 = tmp_path / "cr80.pdf"
    badges.render(data[:2], cr80, layout="cr80")
    sizes = [r.size for p in range(2) for r in runs(cr80, p)]
    assert sizes and min(sizes) >= 6 - 0.01
    a4 = tmp_path / "a4.pdf"
    badges.render(data, a4, layout="a4-8")
    page = PdfReader(str(a4)).pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    points = [(x, y) for x1, y1, x2, y2 in line_segments(a4) for x, y in ((x1, y1), (x2, y2))]
    assert points and min(min(x, w - x, y, h - y) for x, y in points) >= 5 * mm - 0.01


def test_preflight_fonts_embedded_and_metadata(final: Store, tmp_path: Path) -> None:
    event = final.events.get(DEMO_EVENT_ID)
    session = final.events.session(DEMO_EVENT_ID, "REG")
    files = {}
    jobs, _ = issue.certificate_jobs(final, event)
    files["sertifikat"] = tmp_path / "s.pdf"
    issue.write(final, event, "sertifikat", jobs[:3], out=files["sertifikat"])
    files["piagam"] = tmp_path / "p.pdf"
    issue.write(final, event, "piagam", issue.plaque_jobs(final, event), out=files["piagam"])
    files["daftar hadir"] = tmp_path / "dh.pdf"
    attendance.render(final, event, session, files["daftar hadir"])
    files["transport"] = tmp_path / "tr.pdf"
    transport.render(final, event, files["transport"])
    data = [badges.badge_data(event, r) for r in final.registrations.for_event(DEMO_EVENT_ID)[:2]]
    for layout in ("a4-8", "a6", "cr80"):
        files[layout] = tmp_path / f"{layout}.pdf"
        badges.render(data, files[layout], layout=layout, title="Badge Bimtek PSM 2025")
    for kind, path in files.items():
        assert unembedded_fonts(path) == set(), kind
        meta = PdfReader(str(path)).metadata
        assert meta.title and meta.title != "untitled", kind
        assert meta.subject and meta.subject != "unspecified", kind
        assert meta.author == "Dinas Sosial Kota Banjarmasin", kind
