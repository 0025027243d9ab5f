"""One number series per pattern across all events (issue #16 item 2)."""

from __future__ import annotations

import datetime as dt

from bimtek_desk.documents import issue
from bimtek_desk.events.copying import copy_event
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final


def test_two_events_with_one_pattern_never_share_a_number(demo_store: Store) -> None:
    first = demo_store.events.get(DEMO_EVENT_ID)
    # A second event on the same day with the same pattern: the old code gave it /001 again.
    second = copy_event(demo_store, first, "bimtek-psm-bjm-2025-b", first.date_start, with_roster=True)
    assert issue.pattern(second, "sertifikat") == issue.pattern(first, "sertifikat")
    numbers = []
    for event in (second, first):
        for reg in demo_store.registrations.for_event(event.id)[:3]:
            doc, _ = demo_store.documents.issue(event, "sertifikat", issue.pattern(event, "sertifikat"),
                                                registration_id=reg.id)
            numbers.append(doc.number)
    assert numbers[:3] == [f"400.9.12/{n:03d}/Dayasos-Dinsos/XI/2025" for n in (1, 2, 3)]
    assert numbers[3:] == [f"400.9.12/{n:03d}/Dayasos-Dinsos/XI/2025" for n in (4, 5, 6)]
    everything = [d.number for e in (first, second) for d in demo_store.documents.for_event(e.id)]
    assert len(everything) == len(set(everything)) == 6


def test_next_years_copy_continues_the_series(demo_store: Store) -> None:
    make_final(demo_store, DEMO_EVENT_ID)
    first = demo_store.events.get(DEMO_EVENT_ID)
    award_docs = issue.plaque_jobs(demo_store, first)
    assert [j.document.number for j in award_docs] == ["400.9.12/001/PH-Dinsos/XI/2025",
                                                       "400.9.12/002/PH-Dinsos/XI/2025"]
    nxt = copy_event(demo_store, first, "bimtek-psm-bjm-2026", dt.date(2026, 11, 17), with_roster=True)
    reg = demo_store.registrations.for_event(nxt.id)[0]
    doc, new = demo_store.documents.issue(nxt, "piagam", issue.pattern(nxt, "piagam"), registration_id=reg.id)
    assert new and doc.number == "400.9.12/003/PH-Dinsos/XI/2026"
    again, new = demo_store.documents.issue(nxt, "piagam", issue.pattern(nxt, "piagam"), registration_id=reg.id)
    assert not new and again.number == doc.number  # stays with its holder


def test_a_number_already_given_by_hand_is_skipped(demo_store: Store) -> None:
    """Even when the series table lags (e.g. an event file changed the pattern back),
    a number that a document carries is never given again."""
    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(event.id)
    pattern = issue.pattern(event, "sertifikat")
    demo_store.documents.issue(event, "sertifikat", pattern, registration_id=regs[0].id)
    demo_store.db.execute("DELETE FROM number_series")
    other = copy_event(demo_store, event, "lain", event.date_start, with_roster=True)
    doc, _ = demo_store.documents.issue(other, "sertifikat", pattern,
                                        registration_id=demo_store.registrations.for_event(other.id)[0].id)
    assert doc.number == "400.9.12/002/Dayasos-Dinsos/XI/2025"


def test_upgrade_fills_the_series_from_issued_documents(demo_db) -> None:  # type: ignore[no-untyped-def]
    """A database from before number series (schema 5) continues its numbers after the upgrade."""
    import sqlite3

    with Store.open(demo_db) as store:
        make_final(store, DEMO_EVENT_ID)
        event = store.events.get(DEMO_EVENT_ID)
        issue.plaque_jobs(store, event)
    con = sqlite3.connect(demo_db)
    con.execute("DROP TABLE number_series")
    for later in ("signing_secrets", "revocations", "signing_keys", "pin_attempts", "chain_meta"):  # schemas 7-9
        con.execute(f"DROP TABLE {later}")
    for later in ("DROP INDEX people_merged", "ALTER TABLE people DROP COLUMN merged_into",  # schema 10 (sync)
                  "ALTER TABLE checkins DROP COLUMN device", "DROP TABLE device", "DROP TABLE sync_peers",
                  "DROP TABLE payment_lists",  # schema 13 (the SPJ's payment lists)
                  "DROP TABLE IF EXISTS sync_keys"):  # schema 14 (sealed sync)
        con.execute(later)
    con.execute("DROP INDEX documents_number")
    con.execute("PRAGMA user_version = 5")
    con.commit()
    con.close()
    with Store.open(demo_db) as store:
        rows = store.db.query("SELECT pattern, last_seq FROM number_series")
        assert [tuple(r) for r in rows] == [("400.9.12/{seq:03d}/PH-Dinsos/{month_roman}/{year}", 2)]
        other = copy_event(store, store.events.get(DEMO_EVENT_ID), "lain", dt.date(2025, 11, 18), with_roster=True)
        reg = store.registrations.for_event(other.id)[0]
        doc, _ = store.documents.issue(other, "piagam", issue.pattern(other, "piagam"), registration_id=reg.id)
        assert doc.number == "400.9.12/003/PH-Dinsos/XI/2025"
