import json
import sqlite3
from pathlib import Path

import pytest

from bimtek_desk.store import SCHEMA_VERSION, PersonData, Store, StoreError, eventfile
from bimtek_desk.store.db import APPLICATION_ID
from bimtek_desk.store.migrations import baseline_sql
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID, file_digest


def demo_spec():
    return eventfile.load(resource("demo", "event.json"))


def test_fresh_database_has_latest_schema_and_pragmas(db_path: Path) -> None:
    with Store.open(db_path) as s:
        assert s.db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert s.db.scalar("PRAGMA journal_mode") == "wal"
        assert s.db.scalar("PRAGMA synchronous") == 2  # FULL
        assert s.db.scalar("PRAGMA foreign_keys") == 1
        assert s.db.scalar("PRAGMA application_id") == APPLICATION_ID


def test_event_upsert_keeps_secret_and_sessions(store: Store) -> None:
    event, created = store.events.upsert(demo_spec())
    assert created
    assert [s.key for s in store.events.sessions(event.id)] == ["REG", "M3"]
    again, created = store.events.upsert(demo_spec())
    assert not created
    assert again.secret == event.secret and again.code_tag == event.code_tag
    assert [a.recipient_name for a in store.events.awards(event.id)] == ["Herman", "Alwi"]


def test_several_events_share_people_by_nik(store: Store) -> None:
    e1, _ = store.events.upsert(demo_spec())
    data = dict(demo_spec().settings, id="bimtek-psm-bjm-2026", date="2026-11-17")
    e2, _ = store.events.upsert(eventfile.parse(data))
    assert e1.code_tag != e2.code_tag
    pid, action = store.people.upsert(PersonData(name="Herman", nik="6371052207669098"))
    pid2, action2 = store.people.upsert(PersonData(name="Herman", nik="6371052207669098", phone="081322805385"))
    assert (action, action2, pid) == ("new", "updated", pid2)
    store.registrations.register(e1, pid)
    store.registrations.register(e2, pid)
    assert store.registrations.count(e1.id) == store.registrations.count(e2.id) == 1
    # Same name, different NIK: two people.
    other, _ = store.people.upsert(PersonData(name="Herman", nik="6371052207669099"))
    assert other != pid


def test_register_is_idempotent_and_issues_one_badge(store: Store) -> None:
    event, _ = store.events.upsert(demo_spec())
    pid = store.people.add(PersonData(name="Alwi", nik="6371021703719507"))
    reg_id, created = store.registrations.register(event, pid)
    again, created2 = store.registrations.register(event, pid)
    assert (created, created2, reg_id) == (True, False, again)
    reg = store.registrations.get(reg_id)
    assert reg.badge_code and reg.badge_code.startswith("BDB" + event.code_tag)
    assert store.registrations.by_code(reg.badge_code)[1].id == reg_id


def test_reissue_badge_revokes_old_code(store: Store) -> None:
    event, _ = store.events.upsert(demo_spec())
    pid = store.people.add(PersonData(name="Alwi", nik="6371021703719507"))
    reg_id, _ = store.registrations.register(event, pid)
    old = store.registrations.get(reg_id).badge_code
    new = store.registrations.reissue_badge(event, reg_id, "hilang")
    assert new != old and store.registrations.get(reg_id).badge_code == new
    badge, _ = store.registrations.by_code(old)
    assert badge.revoked_at and badge.revoke_reason == "hilang"


def test_checkins_are_append_only_and_chained(store: Store) -> None:
    event, _ = store.events.upsert(demo_spec())
    pid = store.people.add(PersonData(name="Alwi", nik="6371021703719507"))
    reg_id, _ = store.registrations.register(event, pid)
    reg_session = store.events.session(event.id, "reg")
    c = store.checkins.record(reg_id, reg_session.id, desk="Meja 1", operator="Rina", method="scanner")
    assert store.checkins.current(reg_id, reg_session.id) == c
    assert store.checkins.present_count(reg_session.id) == 1
    undo = store.checkins.annul(c.id, reason="salah orang", desk="Meja 1", operator="Rina")
    assert undo.annuls == c.id
    assert store.checkins.current(reg_id, reg_session.id) is None
    assert store.checkins.present_count(reg_session.id) == 0
    assert [(ci.id, annulled) for ci, annulled in store.checkins.history(event.id)] == [(c.id, True), (undo.id, False)]
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE checkins SET desk = 'x' WHERE id = ?", (c.id,))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("DELETE FROM checkins WHERE id = ?", (c.id,))
    assert store.checkins.verify_chain() == []


def test_chain_detects_edit_and_deletion(store: Store) -> None:
    event, _ = store.events.upsert(demo_spec())
    session = store.events.session(event.id, "REG")
    ids = []
    for i in range(3):
        pid = store.people.add(PersonData(name=f"Orang {i}", nik=f"637105220766909{i}"))
        reg_id, _ = store.registrations.register(event, pid)
        ids.append(store.checkins.record(reg_id, session.id, desk="M1", operator="op", method="manual").id)
    store.db.execute("DROP TRIGGER checkins_no_update")
    store.db.execute("DROP TRIGGER checkins_no_delete")
    store.db.execute("UPDATE checkins SET at = '2025-11-18T07:00:00.000+08:00' WHERE id = ?", (ids[0],))
    store.db.execute("DELETE FROM checkins WHERE id = ?", (ids[1],))
    problems = store.checkins.verify_chain()
    assert any(f"check-in {ids[0]}" in p and "diubah" in p for p in problems)
    assert any(f"check-in {ids[2]}" in p and "putus" in p for p in problems)


def test_transaction_rolls_back_everything(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.people.add(PersonData(name="A", nik="6371052207669001"))
            with store.transaction():
                store.people.add(PersonData(name="B", nik="6371052207669002"))
            raise RuntimeError
    assert store.db.scalar("SELECT count(*) FROM people") == 0


def test_nested_savepoint_rolls_back_inner_only(store: Store) -> None:
    with store.transaction():
        store.people.add(PersonData(name="A", nik="6371052207669001"))
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.people.add(PersonData(name="B", nik="6371052207669002"))
                raise RuntimeError
    assert [r[0] for r in store.db.query("SELECT name FROM people")] == ["A"]


# -- environment errors --------------------------------------------------------------


def test_newer_database_is_refused_unchanged(demo_db: Path) -> None:
    con = sqlite3.connect(demo_db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    before = file_digest(demo_db)
    with pytest.raises(StoreError, match="lebih baru") as err:
        Store.open(demo_db)
    assert err.value.kind == "toonew"
    assert file_digest(demo_db) == before


def test_not_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "roster.sqlite3"
    fake.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    before = file_digest(fake)
    with pytest.raises(StoreError, match="bukan basis data") as err:
        Store.open(fake)
    assert err.value.kind == "notadb"
    assert file_digest(fake) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="program lain"):
        Store.open(other)


def test_read_only_file_opens_read_only(demo_db: Path) -> None:
    demo_db.chmod(0o444)
    try:
        before = file_digest(demo_db)
        with Store.open(demo_db) as s:
            assert s.db.readonly
            assert s.registrations.count(DEMO_EVENT_ID) == 175
            with pytest.raises(StoreError, match="hanya-baca") as err:
                with s.transaction():
                    s.people.add(PersonData(name="X", nik="6371052207669001"))
            assert err.value.kind == "readonly"
        assert file_digest(demo_db) == before
    finally:
        demo_db.chmod(0o644)


def test_locked_database_gives_known_error(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.db.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="terkunci") as err:
                with s.transaction():
                    pass
            assert err.value.kind == "locked"
        finally:
            other.execute("ROLLBACK")
            other.close()


# -- migrations ------------------------------------------------------------------------


def make_v1(path: Path) -> None:
    """A database exactly as schema version 1 left it, with data."""
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(baseline_sql() + f"\nPRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = 1;")
    con.execute("INSERT INTO events VALUES ('ev-lama', 'Bimtek Lama', 'Lama', '2024-11-19', '2024-11-19', "
                "'Hotel', 'Banjarmasin', 'AAAA', x'00', '{}', 'now', 'now')")
    con.execute("INSERT INTO sessions (event_id, key, label, date) "
                "VALUES ('ev-lama', 'REG', 'Registrasi', '2024-11-19')")
    con.execute("INSERT INTO people (nik, name, search_key, created_at, updated_at) "
                "VALUES ('6371052207669098', 'Herman', ' herman ', 'now', 'now')")
    con.execute("INSERT INTO registrations (event_id, person_id, role, created_at) "
                "VALUES ('ev-lama', 1, 'PESERTA', 'now')")
    for i in range(3):
        con.execute("INSERT INTO checkins (registration_id, session_id, at, desk, operator, method) "
                    f"VALUES (1, 1, '2024-11-19T07:3{i}:00.000+08:00', 'Meja 1', 'Rina', 'scanner')")
    con.close()


def test_migration_from_version_1_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite3"
    make_v1(path)
    v1_bytes = path.read_bytes()
    with Store.open(path) as s:
        assert s.db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert s.db.scalar("SELECT count(*) FROM checkins") == 3
        assert s.checkins.verify_chain() == []
        assert s.db.scalar("SELECT count(*) FROM checkins WHERE row_hash IS NULL") == 0
        # the append-only trigger is back after the migration
        with pytest.raises(sqlite3.IntegrityError):
            s.db.execute("UPDATE checkins SET desk = 'x'")
    backups = list((tmp_path / "backups").glob("lama-*-sebelum-migrasi-v1.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM checkins").fetchone()[0] == 3
    con.close()
    assert len(v1_bytes) > 0


def test_failed_migration_leaves_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bimtek_desk.store import migrations

    path = tmp_path / "lama.sqlite3"
    make_v1(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE checkins ADD COLUMN prev_hash TEXT")
        raise sqlite3.OperationalError("boom")

    monkeypatch.setattr(migrations, "STEPS", [("rusak", broken)])
    with pytest.raises(sqlite3.OperationalError):
        Store.open(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = [r[1] for r in con.execute("PRAGMA table_info(checkins)")]
    assert "prev_hash" not in cols
    con.close()


def test_event_settings_json_roundtrip(store: Store) -> None:
    event, _ = store.events.upsert(demo_spec())
    assert event.settings["numbering"]["certificate"].startswith("400.9.12/")
    updated = store.events.update_settings(event.id, {"committee_pin_hash": "x"})
    assert updated.settings["committee_pin_hash"] == "x"
    assert json.loads(store.db.scalar("SELECT settings FROM events"))["id"] == event.id
