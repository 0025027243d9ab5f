"""The desk loses nothing: SIGKILL at random moments, two desks at once, a tampered
log, backups."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bimtek_desk.store import PersonData, Store, backups
from tests.conftest import DEMO_EVENT_ID

CHILD = Path(__file__).parent / "helpers" / "checkin_child.py"


def grow(db: Path, n: int) -> None:
    """Add n synthetic walk-in registrations to the demo event."""
    with Store.open(db) as s:
        event = s.events.get(DEMO_EVENT_ID)
        with s.transaction():
            for i in range(n):
                pid = s.people.add(PersonData(name=f"Peserta Uji {i}", kelurahan="Mawar"))
                s.registrations.register(event, pid, source="walk-in")


def spawn(db: Path, session: str, desk: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent))
    return subprocess.Popen([sys.executable, str(CHILD), str(db), DEMO_EVENT_ID, session, desk],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_check_in(demo_db: Path) -> None:
    grow(demo_db, 3000)
    rng = random.Random(20251118)
    acknowledged: dict[int, int] = {}
    kills = 0
    while kills < 20:
        child = spawn(demo_db, "REG", "Meja 1")
        time.sleep(rng.uniform(0.6, 1.4))  # start-up, then some check-ins
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        kills += 1
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0].isdigit():
                acknowledged[int(parts[0])] = int(parts[1])
    assert len(acknowledged) > 100, "the child should have checked people in between kills"
    con = sqlite3.connect(demo_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = dict(con.execute("SELECT id, registration_id FROM checkins").fetchall())
    con.close()
    missing = {cid: reg for cid, reg in acknowledged.items() if rows.get(cid) != reg}
    assert missing == {}
    with Store.open(demo_db) as s:
        assert s.checkins.verify_chain() == []
        session = s.events.session(DEMO_EVENT_ID, "REG")
        assert s.checkins.present_count(session.id) == len(rows)  # nobody twice


@pytest.mark.slow
def test_two_desks_on_one_database_count_once(demo_db: Path) -> None:
    grow(demo_db, 600)
    a, b = spawn(demo_db, "REG", "Meja 1"), spawn(demo_db, "REG", "Meja 2")
    out_a, err_a = a.communicate(timeout=120)
    out_b, err_b = b.communicate(timeout=120)
    assert a.returncode == b.returncode == 0, err_a + err_b
    new_a = [line for line in out_a.splitlines() if not line.startswith("already")]
    new_b = [line for line in out_b.splitlines() if not line.startswith("already")]
    with Store.open(demo_db) as s:
        session = s.events.session(DEMO_EVENT_ID, "REG")
        total = s.registrations.count(DEMO_EVENT_ID)
        assert s.checkins.present_count(session.id) == total == len(new_a) + len(new_b)
        desks = {c.desk for c, _ in s.checkins.history(DEMO_EVENT_ID)}
        assert s.db.scalar("SELECT count(*) FROM checkins") == total  # no duplicate rows
        assert s.checkins.verify_chain() == []
    assert desks <= {"Meja 1", "Meja 2"}


def test_audit_verify_cli_names_the_row(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk

    with Store.open(demo_db) as s:
        desk = Desk(s, s.events.get(DEMO_EVENT_ID), session="REG")
        ids = [desk.check_in(r.id).checkin.id for r in s.registrations.for_event(DEMO_EVENT_ID)[:5]]  # type: ignore[union-attr]
    assert cli("--db", demo_db, "audit", "verify").code == 0
    con = sqlite3.connect(demo_db)
    con.execute("DROP TRIGGER checkins_no_update")
    con.execute("UPDATE checkins SET at = '2025-11-18T06:00:00.000+08:00' WHERE id = ?", (ids[2],))
    con.commit()
    con.close()
    r = cli("--db", demo_db, "audit", "verify")
    assert r.code == 1 and f"check-in {ids[2]}: isi baris diubah" in r.out


def test_backups_list_and_restore(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", demo_db, "backup", "now").code == 0
    items = backups.list_backups(demo_db)
    assert items and items[0].reason == "manual"
    with Store.open(demo_db) as s:
        s.people.add(PersonData(name="Ditambahkan Setelah Cadangan"))
    r = cli("--db", demo_db, "backup", "restore", items[0].path)
    assert r.code == 1 and "PIN" in r.err  # a restore needs the committee PIN
    r = cli("--db", demo_db, "backup", "restore", items[0].path, "--pin", "181125")
    assert r.code == 0
    with Store.open(demo_db) as s:
        assert s.db.scalar("SELECT count(*) FROM people WHERE name = 'Ditambahkan Setelah Cadangan'") == 0
    assert any(b.reason == "sebelum-pemulihan" for b in backups.list_backups(demo_db))
    bad = demo_db.parent / "bukan.sqlite3"
    bad.write_bytes(b"bukan basis data")
    r = cli("--db", demo_db, "backup", "restore", bad, "--pin", "181125")
    assert r.code == 1 and "bukan cadangan" in r.err


def test_backup_pruning_keeps_the_newest(demo_store: Store) -> None:
    for _ in range(backups.KEEP + 5):
        backups.take(demo_store, "otomatis")
    kinds = [b.reason for b in backups.list_backups(demo_store.path)]
    assert kinds.count("otomatis") == backups.KEEP


def test_deleted_database_file_is_noticed(demo_db: Path) -> None:
    from bimtek_desk.desk.checkin import Desk, Outcome

    with Store.open(demo_db) as s:
        desk = Desk(s, s.events.get(DEMO_EVENT_ID), session="REG")
        regs = s.registrations.for_event(DEMO_EVENT_ID)
        assert desk.check_in(regs[0].id).outcome is Outcome.CHECKED_IN
        moved = demo_db.with_name("dipindah.sqlite3")
        demo_db.rename(moved)
        result = desk.check_in(regs[1].id)
        assert result.outcome is Outcome.DB_ERROR and "dipindahkan" in result.message
    # The acknowledged check-in waits in the '-wal' file beside the old name:
    # moving the database back, as the message says, brings it back.
    moved.rename(demo_db)
    with Store.open(demo_db) as s:
        assert s.db.scalar("SELECT count(*) FROM checkins") == 1
        assert s.db.scalar("PRAGMA integrity_check") == "ok"


def test_full_disk_is_a_clear_error_and_nothing_is_shown_ok(demo_db: Path) -> None:
    from bimtek_desk.desk.checkin import Desk, Outcome

    with Store.open(demo_db) as s:
        desk = Desk(s, s.events.get(DEMO_EVENT_ID), session="REG")
        regs = s.registrations.for_event(DEMO_EVENT_ID)
        pages = s.db.scalar("PRAGMA page_count")
        s.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as a full disk
        outcomes = [desk.check_in(r.id).outcome for r in regs[:120]]
        assert Outcome.DB_ERROR in outcomes
        failed = outcomes.index(Outcome.DB_ERROR)
        assert all(o is Outcome.CHECKED_IN for o in outcomes[:failed])
        result = desk.check_in(regs[failed].id)
        assert result.outcome is Outcome.DB_ERROR and "Disk penuh" in result.message
        s.db.execute("PRAGMA max_page_count = 1073741823")
        assert s.checkins.present_count(desk.session.id) == failed  # exactly the acknowledged ones
        assert s.db.scalar("PRAGMA integrity_check") == "ok"
