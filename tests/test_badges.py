import re
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bimtek_desk.desk.lookup import Status, resolve
from bimtek_desk.documents import badges
from bimtek_desk.errors import UserError
from bimtek_desk.idn.names import print_name
from bimtek_desk.render import fonts
from bimtek_desk.scanning import codes
from bimtek_desk.store import PersonData, Store, eventfile
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID
from tests.pdfutil import decode_qr, page_count, page_texts, raw_streams, runs

LONG_NAME = "Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si."


@pytest.fixture(scope="module")
def demo_badges(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from bimtek_desk.events.demo import load_demo

    tmp = tmp_path_factory.mktemp("badges")
    db = tmp / "demo.sqlite3"
    with Store.open(db) as s:
        event, _ = load_demo(s)
        data = [badges.badge_data(event, r) for r in s.registrations.for_event(event.id)]
    pdf = tmp / "badges.pdf"
    assert badges.render(data, pdf) == 22
    return db, pdf


def test_every_qr_decodes_to_the_right_person(demo_badges: tuple[Path, Path]) -> None:
    db, pdf = demo_badges
    decoded = decode_qr(pdf)
    flat = [c for page in decoded for c in page]
    assert len(flat) == 175 and len(set(flat)) == 175
    assert all(len(page) == 8 for page in decoded[:-1])
    with Store.open(db) as s:
        event = s.events.get(DEMO_EVENT_ID)
        by_code = {r.badge_code: r for r in s.registrations.for_event(event.id)}
        for page, texts in zip(decoded, page_texts(pdf), strict=True):
            for code in page:
                res = resolve(s, event, code)
                assert res.status is Status.VALID
                assert res.registration is not None and res.registration.id == by_code[code].id
                assert print_name(by_code[code].person.name, False) in " ".join(texts.split())  # printed beside it
                assert codes.pretty(code) in texts  # and the hand-typeable code


def test_names_read_back_and_no_nik_anywhere(demo_badges: tuple[Path, Path]) -> None:
    db, pdf = demo_badges
    text = " ".join(" ".join(page_texts(pdf)).split())
    raw = raw_streams(pdf)
    with Store.open(db) as s:
        regs = s.registrations.for_event(DEMO_EVENT_ID)
    for r in regs:
        assert print_name(r.person.name, False) in text  # titles re-cased as on certificates
        assert r.person.nik and r.person.nik not in text
        assert r.person.nik.encode() not in raw
        assert r.person.nik[-6:].encode() + b")" not in raw
    assert not re.search(r"\d{16}", text)
    assert "Rabi’ah Adawiyah" in text  # the typographic apostrophe survives


def _card_with(tmp_path: Path, name: str, layout: str, role: str = "PESERTA") -> Path:
    b = badges.BadgeData(name=name, role=role, kelurahan="Kel. Seberang Mesjid", code="BDB7KQ200DX9F2KQ4M",
                         event_name="Bimtek PSM 2025", event_line="Selasa, 18 November 2025 · Hotel Nasa Banjarmasin",
                         organizer="Dinas Sosial Kota Banjarmasin")
    out = tmp_path / f"{layout}.pdf"
    badges.render([b], out, layout=layout)
    return out


@pytest.mark.parametrize("layout", ["a4-8", "a6", "cr80"])
def test_long_name_stays_inside_its_box(tmp_path: Path, layout: str) -> None:
    pdf = _card_with(tmp_path, LONG_NAME, layout)
    fonts.register()
    lay = badges.LAYOUTS[layout]
    x0, y0 = lay.slots[0]
    w, h = lay.card
    name_runs = [r for r in runs(pdf) if r.font == "Lato-Bold" and r.text.strip() in LONG_NAME]
    assert " ".join(r.text.strip() for r in name_runs) == LONG_NAME  # wrapped, nothing lost
    assert 1 <= len(name_runs) <= 2
    qr_left = x0 + w - 4 * mm - 31 * mm + 2.5 * mm if w > h else None
    for r in name_runs:
        width = stringWidth(r.text.strip(), "Lato-Bold", r.size)
        assert r.size >= 8
        assert x0 <= r.x and r.x + width <= x0 + w
        if qr_left is not None:
            assert r.x + width <= qr_left + 0.01  # never into the QR or its quiet zone
    assert decode_qr(pdf, dpi=200) == [["BDB7KQ200DX9F2KQ4M"]]


@pytest.mark.parametrize("layout, pages", [("a6", 3), ("cr80", 3), ("a4-8", 1)])
def test_layouts_page_counts(tmp_path: Path, layout: str, pages: int) -> None:
    b = badges.BadgeData("Alwi", "PANITIA", "Kel. Karang Mekar", "BDB7KQ200DX9F2KQ4M", "Bimtek", "x", "y")
    out = tmp_path / "x.pdf"
    assert badges.render([b, b, b], out, layout=layout) == pages == page_count(out)


def test_unknown_layout_and_empty(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak dikenal"):
        badges.render([], tmp_path / "x.pdf", layout="a3")
    with pytest.raises(UserError, match="Tidak ada badge"):
        badges.render([], tmp_path / "x.pdf")


# -- every status of a scanned string ----------------------------------------------------


@pytest.fixture
def two_events(store: Store):  # type: ignore[no-untyped-def]
    spec = eventfile.load(resource("demo", "event.json"))
    ev, _ = store.events.upsert(spec)
    other, _ = store.events.upsert(eventfile.parse(dict(spec.settings, id="bimtek-psm-bjm-2024", date="2024-11-19",
                                                        short_name="Bimtek PSM 2024")))
    pid = store.people.add(PersonData(name="Herman", nik="6371052207669098", kelurahan="Antasan Besar"))
    reg_id, _ = store.registrations.register(ev, pid)
    old_reg, _ = store.registrations.register(other, pid)
    return store, ev, other, store.registrations.get(reg_id), store.registrations.get(old_reg)


def test_all_statuses(two_events) -> None:  # type: ignore[no-untyped-def]
    store, ev, other, reg, old_reg = two_events
    assert resolve(store, ev, reg.badge_code).status is Status.VALID
    assert resolve(store, ev, codes.pretty(reg.badge_code).lower()).status is Status.VALID  # typed by hand
    forged = reg.badge_code[:-1] + ("A" if reg.badge_code[-1] != "A" else "B")
    assert resolve(store, ev, forged).status is Status.FORGED
    res = resolve(store, ev, old_reg.badge_code)
    assert res.status is Status.OTHER_EVENT and "Bimtek PSM 2024" in res.message
    stranger = codes.make(codes.Kind.BADGE, "ZZZZ", 5, b"x" * 32)
    assert resolve(store, ev, stranger).status is Status.OTHER_EVENT
    unknown = codes.make(codes.Kind.BADGE, ev.code_tag, 99999, ev.secret)
    assert resolve(store, ev, unknown).status is Status.UNKNOWN
    for junk in ("", "hello", "6371052207669098", "https://wa.me/6281234"):
        assert resolve(store, ev, junk).status is Status.NOT_A_BADGE
    doc = codes.make(codes.Kind.DOCUMENT, ev.code_tag, 1, ev.secret)
    assert resolve(store, ev, doc).status is Status.DOCUMENT
    new_code = store.registrations.reissue_badge(ev, reg.id, "hilang")
    res = resolve(store, ev, reg.badge_code)
    assert res.status is Status.REPLACED and "hilang" in res.message
    assert resolve(store, ev, new_code).status is Status.VALID


def test_substitute_makes_old_badge_replaced(two_events) -> None:  # type: ignore[no-untyped-def]
    store, ev, _other, reg, _ = two_events
    pid = store.people.add(PersonData(name="Alwi", nik="6371021703719507", kelurahan="Antasan Besar"))
    new_id = store.registrations.replace(ev, reg.id, pid, reason="sakit")
    res = resolve(store, ev, reg.badge_code)
    assert res.status is Status.REPLACED and "Alwi" in res.message
    assert resolve(store, ev, store.registrations.get(new_id).badge_code).status is Status.VALID


@pytest.mark.parametrize("dummy", [0])
def test_statuses_have_distinct_messages(two_events, dummy: int) -> None:  # type: ignore[no-untyped-def]
    store, ev, _other, reg, old_reg = two_events
    texts = {
        resolve(store, ev, t).message
        for t in (reg.badge_code, reg.badge_code[:-1] + ("0" if reg.badge_code[-1] != "0" else "1"),
                  old_reg.badge_code, "nope",
                  codes.make(codes.Kind.BADGE, ev.code_tag, 99999, ev.secret))
    }
    assert len(texts) == 5


# -- CLI ---------------------------------------------------------------------------------


def test_badges_cli_and_reissue(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    rows = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json").out)
    code = rows[10]["code"]
    out = tmp_path / "satu.pdf"
    r = cli("--db", demo_db, "badges", "--event", DEMO_EVENT_ID, "--out", out, "--code", code, "--layout", "cr80")
    assert r.code == 0 and page_count(out) == 1 and decode_qr(out, dpi=300) == [[code]]
    from bimtek_desk.documents.badge_sheets import printed_codes

    with Store.open(demo_db) as store:  # the window's "not yet printed" no longer lists it
        assert printed_codes(store, DEMO_EVENT_ID) == {code}
    r = cli("--db", demo_db, "badge-reissue", code, "--event", DEMO_EVENT_ID, "--reason", "hilang",
            "--out", tmp_path / "baru.pdf", "--pin", "181125")
    assert r.code == 0
    new_code = r.out.strip().splitlines()[-1]
    assert new_code != code and decode_qr(tmp_path / "baru.pdf") == [[new_code]]
    r = cli("--db", demo_db, "badges", "--event", DEMO_EVENT_ID, "--out", out, "--code", code)
    assert r.code == 1 and "tidak ditemukan" in r.err
    r = cli("--db", demo_db, "badge-reissue", "BUKAN-KODE", "--event", DEMO_EVENT_ID, "--reason", "x")
    assert r.code == 1 and "Bukan kode badge" in r.err
    r = cli("--db", demo_db, "badges", "--event", DEMO_EVENT_ID, "--out", tmp_path / "no" / "x.pdf")
    assert r.code == 1 and "tidak ada" in r.err


def test_badge_prints_titles_as_certificates_do(two_events) -> None:  # type: ignore[no-untyped-def]
    """A roster typed in capitals: the badge keeps the name but re-cases its titles, like the certificate."""
    store, ev, *_ = two_events
    pid = store.people.add(PersonData(name="RAHMAT HIDAYAT, S.SOS.", nik="6371051505800003", kelurahan="Kelayan"))
    reg_id, _ = store.registrations.register(ev, pid)
    assert badges.badge_data(ev, store.registrations.get(reg_id)).name == "RAHMAT HIDAYAT, S.Sos."
