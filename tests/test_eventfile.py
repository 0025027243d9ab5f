import json
from pathlib import Path

import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.store import eventfile
from bimtek_desk.system.resources import resource


def demo() -> dict:
    return json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))


def test_demo_event_parses() -> None:
    spec = eventfile.load(resource("demo", "event.json"))
    assert spec.id == "bimtek-psm-bjm-2025"
    assert [(s.key, s.counts_for_certificate) for s in spec.sessions] == [("REG", True), ("M3", True)]
    assert sum(item.get("jp", 0) for item in spec.settings["agenda"]) == 6


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d.pop("venue"), "venue: wajib diisi"),
    (lambda d: d.update(date="18-11-2025"), "date: format tidak sesuai"),
    (lambda d: d.update(date="2025-02-30"), "date: tanggal tidak ada"),
    (lambda d: d["agenda"][3].update(jp="dua"), "agenda[3].jp: harus berupa bilangan bulat"),
    (lambda d: d["agenda"][0].update(end="07:00"), "agenda[0].end: jam selesai"),
    (lambda d: d["agenda"][1].update(key="REG"), "agenda[1].key: kode sesi 'REG' dipakai dua kali"),
    (lambda d: d.update(warna="merah"), "kolom tidak dikenal 'warna'"),
    (lambda d: d["numbering"].update(certificate="400.9/{nomor}/2025"), "numbering.certificate: harus memuat {seq}"),
    (lambda d: d["signatories"]["certificate"].update(nip="1972"), "signatories.certificate.nip: format"),
    (lambda d: d["eligibility"].update(rule="at_least"), "eligibility.min_sessions: wajib"),
    (lambda d: [a.pop("attendance", None) for a in d["agenda"]], "minimal satu butir harus titik absen"),
])
def test_errors_name_the_field(mutate, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = demo()
    mutate(data)
    with pytest.raises(UserError) as err:
        eventfile.parse(data)
    assert fragment in str(err.value)


def test_toml_event_file(tmp_path: Path) -> None:
    toml = tmp_path / "acara.toml"
    toml.write_text('''
format = "bimtek-desk/event-1"
id = "bimtek-psm-bjm-2026"
name = "Bimtek PSM Kota Banjarmasin Tahun 2026"
short_name = "Bimtek PSM 2026"
organizer = "Dinas Sosial Kota Banjarmasin"
venue = "Hotel Nasa Banjarmasin"
city = "Banjarmasin"
date = 2026-11-17

[[agenda]]
key = "REG"
start = "07:30"
end = "08:30"
title = "Registrasi"
attendance = true
''', encoding="utf-8")
    spec = eventfile.load(toml)
    assert spec.date_start.isoformat() == "2026-11-17"
    assert spec.sessions[0].key == "REG"


@pytest.mark.parametrize("content, fragment", [
    (b"", "kosong"), (b"{not json", "bukan JSON yang sah: baris 1"), (b"[1, 2]", "harus berisi satu objek"),
    (b"\xff\xfe\x00x", "bukan teks UTF-8"),
])
def test_unreadable_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    f = tmp_path / "acara.json"
    f.write_bytes(content)
    with pytest.raises(UserError, match=fragment.replace("(", r"\(")):
        eventfile.load(f)


def test_number_pattern() -> None:
    import datetime as dt

    out = eventfile.format_number("400.9.12/{seq:03d}/Dayasos-Dinsos/{month_roman}/{year}", seq=7,
                                  date=dt.date(2025, 11, 18), event_id="x")
    assert out == "400.9.12/007/Dayasos-Dinsos/XI/2025"
    assert eventfile.check_number_pattern("{seq}/{tahun}") == ["variabel tidak dikenal {tahun}"]


def test_a_stored_session_is_its_spec_with_an_id() -> None:
    """One session record (issue 28 item 6): the store's Session is the event file's
    SessionSpec plus its row id and event, and a stored session reads back as its spec;
    an event's facts are one record too (EventFacts, of EventSpec and Event)."""
    import dataclasses

    from bimtek_desk.store import Store
    from bimtek_desk.store.models import Event, EventFacts, Session, SessionSpec

    assert eventfile.SessionSpec is SessionSpec and issubclass(Session, SessionSpec)
    assert issubclass(eventfile.EventSpec, EventFacts) and issubclass(Event, EventFacts)
    spec = eventfile.load(resource("demo", "event.json"))
    with Store.memory() as store:
        store.events.upsert(spec)
        stored = store.events.sessions(spec.id)
        event = store.events.get(spec.id)
    facts = [f.name for f in dataclasses.fields(EventFacts)]
    assert [getattr(event, n) for n in facts] == [getattr(spec, n) for n in facts]
    names = [f.name for f in dataclasses.fields(SessionSpec)]
    assert [SessionSpec(**{n: getattr(s, n) for n in names}) for s in stored] == list(spec.sessions)
    assert all(s.event_id == spec.id and s.id > 0 for s in stored)
