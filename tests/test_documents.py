"""Certificates and plaques: render, read back, decode, verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bimtek_desk.desk.checkin import Desk, Outcome
from bimtek_desk.desk.verify import verify_text
from bimtek_desk.documents import issue
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.render import Renderer
from bimtek_desk.documents.variables import samples, signatory_name
from bimtek_desk.errors import UserError
from bimtek_desk.idn.names import print_name
from bimtek_desk.render import fonts
from bimtek_desk.signing import cose
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend
from tests.helpers.final import make_final
from tests.pdfutil import decode_qr, flat, page_count, page_texts, runs

ABSENT = 5  # the last five of the roster never check in


@pytest.fixture
def attended(demo_store: Store) -> Store:
    """Everyone but the last five checked in at both sessions; the event's examples
    confirmed and a logo chosen (so documents are final, not DRAF)."""
    make_final(demo_store, DEMO_EVENT_ID)
    return attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:-ABSENT])


def render_all(store: Store, out: Path) -> list[issue.Job]:
    event = store.events.get(DEMO_EVENT_ID)
    jobs, refused = issue.certificate_jobs(store, event)
    assert len(refused) == ABSENT
    issue.write(store, event, "sertifikat", jobs, out=out)
    return jobs


def test_certificates_read_back(attended: Store, tmp_path: Path) -> None:
    out = tmp_path / "sertifikat.pdf"
    jobs = render_all(attended, out)
    assert len(jobs) == 170 and page_count(out) == 340
    texts = page_texts(out)
    regs = attended.registrations.for_event(DEMO_EVENT_ID)
    absent = {r.person.name for r in regs[-ABSENT:]}
    for n, job in enumerate(jobs):
        front, back = flat(texts[2 * n]), flat(texts[2 * n + 1])
        assert print_name(job.label, False) in front and f"Nomor: {job.document.number}" in front
        assert "selama 6 (enam) Jam Pelajaran" in front
        assert "Banjarmasin, 18 November 2025" in front
        assert "HJ. RAHMAWATI NOOR" in front and "S.Sos" not in front.split("HJ. RAHMAWATI NOOR")[1][:10]
        assert "NIP. 19720314 199803 2 007" in front and "Pembina Utama Muda (IV/c)" in front
        assert "MATERI" in back and "Jumlah 6" in back  # the back's total equals the front's JP
        assert "1 Kebijakan Pemberdayaan Sosial dan Peran PSM di Kota Banjarmasin" in back
    assert not any(name in flat(" ".join(texts)) for name in absent)  # the ineligible get nothing
    numbers = [j.document.number for j in jobs]
    assert len(set(numbers)) == 170 and numbers[0] == "400.9.12/001/Dayasos-Dinsos/XI/2025"


def test_numbers_are_stable_and_never_reused(attended: Store, tmp_path: Path) -> None:
    first = {j.label: j.document.number for j in render_all(attended, tmp_path / "a.pdf")}
    event = attended.events.get(DEMO_EVENT_ID)
    late = attended.registrations.for_event(DEMO_EVENT_ID)[-1]
    for key in ("REG", "M3"):
        Desk(attended, event, session=key).check_in(late.id)
    jobs, refused = issue.certificate_jobs(attended, event, order="name")
    assert len(refused) == ABSENT - 1
    again = {j.label: j.document.number for j in jobs}
    assert {k: again[k] for k in first} == first  # same numbers, whatever the order
    assert again[late.person.name] == "400.9.12/171/Dayasos-Dinsos/XI/2025"
    issue.write(attended, event, "sertifikat", jobs, out=tmp_path / "b.pdf")
    doc = next(j.document for j in jobs if j.label == late.person.name)
    assert [a for _, a, _ in attended.documents.prints(doc.id)] == ["render"]
    other = next(j.document for j in jobs if j.label != late.person.name)
    assert [a for _, a, _ in attended.documents.prints(other.id)] == ["render", "reprint"]


def test_every_text_inside_page_and_name_inside_its_box(attended: Store, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    jobs = render_all(attended, out)
    fonts.register()
    longest = max(range(len(jobs)), key=lambda i: len(jobs[i].label))
    assert len(jobs[longest].label) >= 55
    page_w, page_h = 297 * mm, 210 * mm
    for page in (2 * longest, 2 * longest + 1, 0, 1):
        for r in runs(out, page):
            text = r.text.strip()
            width = stringWidth(text, r.font, r.size)
            assert 11.5 * mm <= r.x and r.x + width <= page_w - 11.5 * mm, (text, r)
            assert 11.5 * mm <= r.y <= page_h - 11.5 * mm, (text, r)
    name_runs = [r for r in runs(out, 2 * longest) if r.text.strip() == jobs[longest].label]
    assert len(name_runs) == 1  # one line, shrunk rather than wrapped
    r = name_runs[0]
    assert 26 * mm <= r.x and r.x + stringWidth(r.text.strip(), r.font, r.size) <= 271 * mm
    assert r.size >= 16


def test_qr_codes_verify(attended: Store, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    jobs = render_all(attended, out)
    assert decode_qr(out, dpi=110, pages=[1]) == [[]]  # the back page carries no QR
    for page, job in ((0, jobs[0]), (338, jobs[169])):
        (text,) = decode_qr(out, dpi=110, pages=[page])[0]
        v = verify_text(attended, text)
        assert v.genuine and v.holder == job.label and job.document.number in v.message
    forged = jobs[0].document.code[:-1] + ("A" if jobs[0].document.code[-1] != "A" else "B")
    assert not verify_text(attended, forged).genuine and "PALSU" in verify_text(attended, forged).message


def test_split_files(attended: Store, tmp_path: Path) -> None:
    event = attended.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(attended, event)
    files = issue.write(attended, event, "sertifikat", jobs[:5], split_dir=tmp_path / "wa")
    assert [f.name for f in files] == [f"{j.document.seq:03d} {j.label}".rstrip(".") + ".pdf" for j in jobs[:5]]
    assert files[4].name == "005 RAHMAT HIDAYAT, S.SOS.pdf"  # not 'S.SOS..pdf'
    for f, job in zip(files, jobs[:5], strict=True):
        assert page_count(f) == 2 and print_name(job.label, False) in flat(page_texts(f)[0])
    assert not list((tmp_path / "wa").glob(".*"))  # no temporary leftovers


def test_plaques(demo_store: Store, tmp_path: Path) -> None:
    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    jobs = issue.plaque_jobs(demo_store, event)
    out = tmp_path / "piagam.pdf"
    issue.write(demo_store, event, "piagam", jobs, out=out)
    texts = [flat(t) for t in page_texts(out)]
    assert len(texts) == 2
    herman, alwi = texts
    assert "PIAGAM PENGHARGAAN" in herman
    assert "HERMAN" in herman and "30 (tiga puluh) tahun" in herman
    assert "Kelurahan Antasan Besar Kecamatan Banjarmasin Tengah" in herman
    assert "ALWI" in alwi and "25 (dua puluh lima) tahun" in alwi
    for t in texts:
        assert "WALI KOTA BANJARMASIN," in t and "H. MUHAMMAD YAMIN HR" in t
        assert "NIP" not in t  # the head of the city prints no NIP or rank
        assert "Wali Kota Banjarmasin memberikan penghargaan kepada:" in t
    for page, job in enumerate(jobs):
        (code,) = decode_qr(out, dpi=110, pages=[page])[0]
        assert verify_text(demo_store, code).holder == job.label


def test_override_with_pin(attended: Store, cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    absent = attended.registrations.for_event(DEMO_EVENT_ID)[-1]
    code = absent.badge_code
    r = cli("--db", demo_db, "eligibility", "--event", DEMO_EVENT_ID, "--set", code, "--reason", "sakit, ikut susulan",
            "--pin", "0000")
    assert r.code == 1 and "PIN panitia salah" in r.err
    r = cli("--db", demo_db, "eligibility", "--event", DEMO_EVENT_ID, "--set", code, "--reason", "sakit, ikut susulan",
            "--pin", "181125")
    assert r.code == 0
    rows = json.loads(cli("--db", demo_db, "eligibility", "--event", DEMO_EVENT_ID, "--json").out)
    row = next(x for x in rows if x["code"] == code)
    assert row["eligible"] and row["overridden"] and "sakit" in row["reason"]
    assert sum(x["eligible"] for x in rows) == 171


def test_cli_certificates_plaques_verify(attended: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", tmp_path / "s.pdf")
    assert r.code == 0 and "170 sertifikat" in r.out and "5 peserta tidak memenuhi syarat" in r.out
    absent = attended.registrations.for_event(DEMO_EVENT_ID)[-1].badge_code
    r = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", tmp_path / "x.pdf", "--code", absent)
    assert r.code == 1 and "Tidak memenuhi syarat" in r.err
    r = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID)
    assert r.code == 1 and "--out" in r.err
    r = cli("--db", demo_db, "plaques", "--event", DEMO_EVENT_ID, "--out", tmp_path / "p.pdf")
    assert r.code == 0 and "Herman" in r.out
    (code,) = decode_qr(tmp_path / "p.pdf", dpi=110, pages=[0])[0]
    r = cli("--db", demo_db, "verify", code)
    assert r.code == 0 and r.out.startswith("ASLI") and "HERMAN" in r.out  # the name as printed on the plaque
    r = cli("--db", demo_db, "verify", code[:-1] + ("0" if code[-1] != "0" else "1"))
    assert r.code == 1 and r.out.startswith("TIDAK ASLI")
    short = attended.documents.for_event(DEMO_EVENT_ID, "piagam")[0].code  # the short code printed beside the QR
    r = cli("--db", demo_db, "verify", short[:-1] + ("0" if short[-1] != "0" else "1"))
    assert r.code == 1 and "PALSU" in r.out
    r = cli("--db", demo_db, "verify", absent)
    assert r.code == 1 and "badge" in r.out
    r = cli("--db", demo_db, "verify", "bukan apa-apa")
    assert r.code == 1


def test_desk_recognises_a_certificate(attended: Store, tmp_path: Path) -> None:
    jobs = render_all(attended, tmp_path / "s.pdf")
    desk = Desk(attended, attended.events.get(DEMO_EVENT_ID), session="REG")
    result = desk.scan(jobs[3].document.code)
    assert result.outcome is Outcome.DOCUMENT and result.message.startswith("ASLI") and jobs[3].label in result.message


# -- layouts ---------------------------------------------------------------------------


def _copy_layout(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(layoutlib.builtin("sertifikat").source and
                      (Path(layoutlib.builtin("sertifikat").base_dir) / "sertifikat.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_unknown_variable_visible_in_preview_refused_in_bulk(tmp_path: Path) -> None:
    path = _copy_layout(tmp_path, lambda d: d["pages"][0]["elements"].append(
        {"type": "text", "x": 20, "y": 30, "text": "Halo {nama_lengkap}", "size": 12}))
    layout = layoutlib.load(path)
    assert layout.unknown_variables() == {"nama_lengkap"}
    with pytest.raises(UserError, match=r"\{nama_lengkap\}"):
        Renderer(layout, {}, strict=True)
    out = tmp_path / "preview.pdf"
    Renderer(layout, {}, strict=False).render_one(samples(), out)
    assert "Halo (galat: nama_lengkap)" in flat(page_texts(out)[0])
    assert "Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si." in flat(page_texts(out)[0])


@pytest.mark.parametrize("change, fragment", [
    (lambda d: d["pages"][0]["elements"][3].update(font="Comic Sans"),
     "pages[0].elements[3].font: huruf tidak dikenal"),
    (lambda d: d["pages"][0]["elements"][0].update(font="Lato"), "pages[0].elements[0]: kolom tidak dikenal 'font'"),
    (lambda d: d["pages"][0]["elements"].append({"type": "circle"}),
     "pages[0].elements[15]: jenis elemen tidak dikenal 'circle'"),
    (lambda d: d["pages"][0]["elements"][4].pop("text"), "pages[0].elements[4].text: wajib diisi"),
    (lambda d: d.update(page={"size": "A3", "orientation": "landscape"}), "page.size"),
    (lambda d: d.pop("pages"), "pages: wajib diisi"),
])
def test_bad_layouts(tmp_path: Path, change, fragment: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as err:
        layoutlib.load(_copy_layout(tmp_path, change))
    assert fragment in str(err.value) or fragment in (err.value.detail or "")


def test_committee_layout_copy_is_used(attended: Store, tmp_path: Path) -> None:
    path = _copy_layout(tmp_path, lambda d: d["pages"][0]["elements"].append(
        {"type": "text", "x": 20, "y": 195, "text": "Dicetak ulang dengan tata letak panitia", "size": 8}))
    event = attended.events.update_settings(DEMO_EVENT_ID, {"layouts": {"sertifikat": str(path)}})
    jobs, _ = issue.certificate_jobs(attended, event)
    issue.write(attended, event, "sertifikat", jobs[:1], out=tmp_path / "x.pdf")
    assert "tata letak panitia" in page_texts(tmp_path / "x.pdf")[0]


def test_signatory_names_and_upper_case() -> None:
    honorific = {"name": "Hj. Rahmawati Noor, S.Sos., M.AP.", "print_honorific": True}
    assert signatory_name(honorific) == "HJ. RAHMAWATI NOOR"
    assert signatory_name({"name": "Hj. Rahmawati Noor, S.Sos., M.AP."}) == "RAHMAWATI NOOR"
    assert signatory_name({"name": "H. Muhammad Yamin HR", "print_honorific": True}) == "H. MUHAMMAD YAMIN HR"
    assert signatory_name({"name": "Drs. H. Ahmad, M.Si.", "print_honorific": True}) == "H. AHMAD"


def test_names_upper_keeps_titles(demo_store: Store, tmp_path: Path) -> None:
    make_final(demo_store, DEMO_EVENT_ID)  # a draft's QR is not signed
    event = demo_store.events.update_settings(DEMO_EVENT_ID, {"names_upper": True})
    reg = next(r for r in demo_store.registrations.for_event(DEMO_EVENT_ID)
               if r.person.name.startswith("Drs. H. Muhammad"))
    demo_store.documents.override(reg.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event, codes_in=[reg.badge_code or ""])
    assert jobs[0].context["name"] == "Drs. H. MUHAMMAD FAHRURRAZI AKHMAD SYAHRANI, M.AP."
    assert cose.decode(jobs[0].context["verify_payload"]).claims().name == jobs[0].context["name"]  # as printed


@pytest.mark.parametrize("split", [True, False])
def test_a_cancelled_batch_keeps_whole_files_only_and_says_which(demo_store: Store, tmp_path: Path,
                                                                 split: bool) -> None:
    """The batch cancel policy lives in the core (issue.render_batch), not in the Dokumen
    widget: one file each keeps the files written before the cancel, each whole; one PDF
    keeps nothing; what is kept is what gets logged."""
    make_final(demo_store, DEMO_EVENT_ID)
    attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:8])
    event = demo_store.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(demo_store, event)
    renderer, title = issue.renderer_for(event, "sertifikat")
    seen: list[tuple[int, int]] = []
    where = tmp_path / ("wa" if split else "semua.pdf")
    batch = issue.render_batch(renderer, jobs, title=title, progress=lambda d, t: seen.append((d, t)),
                               cancelled=lambda: len(seen) >= 3, out=None if split else where,
                               split_dir=where if split else None)
    assert batch.cancelled and seen == [(1, 8), (2, 8), (3, 8)]
    if split:
        kept = sorted(where.glob("*.pdf"))
        assert batch.total == 8 and batch.kept == jobs[:4] and len(kept) == 4  # the 4th was whole when cancelled
        assert all(page_count(p) == 2 for p in kept) and not list(where.glob(".*"))
    else:
        assert batch.total == 1 and batch.kept == [] and not where.exists() and not list(tmp_path.glob(".*"))
    whole = issue.render_batch(renderer, jobs[:2], title=title, out=tmp_path / "dua.pdf")
    assert not whole.cancelled and whole.files == [tmp_path / "dua.pdf"] and whole.kept == jobs[:2]
    with pytest.raises(UserError, match="Tidak ada dokumen"):  # an error that is no cancel is raised
        issue.render_batch(renderer, [], out=tmp_path / "nol.pdf")


def test_a_batch_reads_its_layout_and_background_once(attended: Store, cli, demo_db: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout is read and schema-checked once per batch (not once for the check and
    again for the renderer), and a page background file is read once per batch, not
    on every page of every document."""
    from PIL import Image

    from bimtek_desk.render import images
    from bimtek_desk.store.eventfile import edited

    Image.new("RGB", (60, 40), (240, 236, 220)).save(tmp_path / "latar.png")
    path = _copy_layout(tmp_path, lambda d: d["pages"][0].update(background="latar.png"))
    event = attended.events.get(DEMO_EVENT_ID)
    attended.events.upsert(edited(event, {"layouts": {"sertifikat": str(path)}}))
    parsed: list[str] = []
    read: list[str] = []
    real_parse, real_read = layoutlib.parse, images.read
    monkeypatch.setattr(layoutlib, "parse", lambda data, source, base: parsed.append(source) or real_parse(
        data, source, base))
    monkeypatch.setattr(images, "read", lambda p: read.append(Path(p).name) or real_read(p))
    out = tmp_path / "semua.pdf"
    codes = [r.badge_code or "" for r in attended.registrations.for_event(DEMO_EVENT_ID)[:3]]
    r = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", out, "--code", *codes)
    assert r.code == 0, r.err
    assert page_count(out) == 6
    assert parsed == [path.name]  # once for the batch
    assert read == ["latar.png", "latar.png"]  # the layout's check, then once for the batch's three fronts
