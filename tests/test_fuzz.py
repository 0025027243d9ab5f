"""Hypothesis: whatever arrives, a clear refusal or a correct result, never a crash,
and the database unchanged after any refusal."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bimtek_desk.desk.lookup import Status, resolve
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.errors import UserError
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.scanning import codes
from bimtek_desk.scanning.wedge import WedgeParser
from bimtek_desk.store import Store, eventfile
from tests.conftest import DEMO_EVENT_ID, file_digest

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.characters(), st.just("\r")), st.integers(0, 3000)), max_size=80))
def test_scanner_streams(events: list[tuple[str, int]]) -> None:
    p = WedgeParser()
    now = 0.0
    typed = ""
    for ch, gap in events:
        now += gap
        if ch == "\r":
            out = p.feed_terminator(now)
            assert out is None or (len(out) >= 6 and out in typed)
            typed = ""
        elif ch.isprintable():
            p.feed_char(ch, now)
            typed += ch


@FAST
@given(text=st.text(max_size=60))
def test_any_scanned_text(demo_store: Store, text: str) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    res = resolve(demo_store, event, text)
    assert isinstance(res.status, Status) and res.message
    if res.status is Status.VALID:
        assert codes.normalise(text) in {r.badge_code for r in demo_store.registrations.for_event(DEMO_EVENT_ID)}


def _xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


cells = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
                  st.integers(-10**17, 10**17), st.floats(allow_nan=False),
                  st.sampled_from(["NIK", "Nama", "Kelurahan", "6371052207669098", "JUMLAH", "Herman"]))


@FAST
@given(content=st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(cells, max_size=6), max_size=12).map(
        lambda rows: "\n".join(";".join("" if c is None else str(c) for c in r) for r in rows).encode()),
    st.lists(st.lists(cells, max_size=6), max_size=12).map(_xlsx),
    st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
))
def test_any_roster_file(demo_db: Path, tmp_path_factory, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "roster.xlsx"
    path.write_bytes(content)
    before = file_digest(demo_db)
    with Store.open(demo_db) as s:
        try:
            report = import_roster(s, DEMO_EVENT_ID, path)
        except UserError as exc:
            assert str(exc)
            report = None
    if report is None or not report.applied:
        assert file_digest(demo_db) == before


@FAST
@given(data=st.dictionaries(st.sampled_from(sorted(eventfile.FILE_KEYS) + ["x"]),
                            st.one_of(st.text(max_size=10), st.integers(), st.none(), st.lists(st.integers()))))
def test_any_event_file(data: dict) -> None:  # type: ignore[type-arg]
    try:
        spec = eventfile.parse(data)
    except UserError as exc:
        assert "tidak sah" in str(exc)
    else:
        assert spec.id


@FAST
@given(change=st.dictionaries(st.sampled_from(["x", "y", "w", "h", "size", "font", "type", "text", "max_lines"]),
                              st.one_of(st.integers(-1000, 1000), st.text(max_size=8), st.none()), max_size=3))
def test_any_layout_element(tmp_path_factory, change: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    data = json.loads((layoutlib.builtin("sertifikat").base_dir / "sertifikat.json").read_text(encoding="utf-8"))
    data["pages"][0]["elements"][4].update(change)
    path = tmp_path_factory.mktemp("layout") / "l.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        layoutlib.load(path)
    except UserError as exc:
        assert "tidak sah" in str(exc)


def test_zip_bomb_like_garbage_is_refused(tmp_path: Path, demo_store: Store) -> None:
    path = tmp_path / "x.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<" + "a" * 1000)
    path.write_bytes(buf.getvalue())
    try:
        import_roster(demo_store, DEMO_EVENT_ID, path)
    except UserError as exc:
        assert "Excel" in str(exc)

