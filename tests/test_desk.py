import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bimtek_desk.desk.checkin import Desk, Outcome, default_session
from bimtek_desk.errors import UserError
from bimtek_desk.scanning import codes
from bimtek_desk.store import PersonData, Store
from tests.conftest import DEMO_EVENT_ID

WITA = dt.timezone(dt.timedelta(hours=8))


def at(hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2025, 11, 18, h, m, tzinfo=WITA)


def make_desk(store: Store, session: str | None = "REG", **kw) -> Desk:  # type: ignore[no-untyped-def]
    return Desk(store, store.events.get(DEMO_EVENT_ID), desk="Meja 1", operator="Rina", session=session, **kw)


def first_code(store: Store, n: int = 0) -> str:
    code = store.registrations.for_event(DEMO_EVENT_ID)[n].badge_code
    assert code
    return code


def test_default_session_follows_the_clock(demo_store: Store) -> None:
    sessions = demo_store.events.sessions(DEMO_EVENT_ID)
    assert default_session(sessions, at("07:45")).key == "REG"
    assert default_session(sessions, at("06:00")).key == "REG"
    assert default_session(sessions, at("10:00")).key == "M3"  # next one today
    assert default_session(sessions, at("13:10")).key == "M3"
    assert default_session(sessions, at("17:00")).key == "M3"
    assert make_desk(demo_store, None, now=lambda: at("13:30")).session.key == "M3"


def test_scan_checks_in_then_reports_already(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    code = first_code(demo_store)
    r1 = desk.scan(code)
    assert r1.outcome is Outcome.CHECKED_IN and r1.title == "BERHASIL"
    assert r1.registration is not None and r1.registration.person.name == "Nor Mawaddah"
    r2 = desk.scan(code.lower())
    assert r2.outcome is Outcome.ALREADY and r2.title == "SUDAH HADIR"
    assert r2.checkin == r1.checkin and "Sudah tercatat hadir pukul" in r2.message
    assert desk.present() == 1 and desk.registered() == 175
    statuses = [e.status for e in demo_store.scans.recent(DEMO_EVENT_ID)]
    assert statuses == ["already", "checked_in"]


def test_check_in_is_durable_when_reported(demo_db: Path) -> None:
    with Store.open(demo_db) as s:
        result = make_desk(s).scan(first_code(s, 3))
        assert result.outcome is Outcome.CHECKED_IN
        # Another connection (another process) sees it at once: it is committed.
        other = sqlite3.connect(demo_db)
        assert other.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1
        other.close()


@pytest.mark.parametrize("mutate, outcome", [
    (lambda code, ev: code[:-2] + ("00" if code[-2:] != "00" else "11"), Outcome.FORGED),
    (lambda code, ev: codes.make(codes.Kind.BADGE, ev.code_tag, 9999, ev.secret), Outcome.UNKNOWN),
    (lambda code, ev: codes.make(codes.Kind.BADGE, "ZZZZ", 1, b"x" * 32), Outcome.OTHER_EVENT),
    (lambda code, ev: "https://example.org/tiket/123", Outcome.NOT_A_BADGE),
    (lambda code, ev: codes.make(codes.Kind.DOCUMENT, ev.code_tag, 1, ev.secret), Outcome.DOCUMENT),
])
def test_refused_scans_check_nobody_in(demo_store: Store, mutate, outcome: Outcome) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(demo_store)
    r = desk.scan(mutate(first_code(demo_store), desk.event))
    assert r.outcome is outcome and not r.outcome.ok
    assert desk.present() == 0
    assert demo_store.scans.recent(DEMO_EVENT_ID)[0].status == outcome.value


def test_replaced_badge(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.registrations.reissue_badge(desk.event, reg.id, "hilang")
    r = desk.scan(reg.badge_code or "")
    assert r.outcome is Outcome.REPLACED and "hilang" in r.message
    assert desk.present() == 0


def test_read_only_database_never_says_ok(demo_db: Path) -> None:
    demo_db.chmod(0o444)
    try:
        with Store.open(demo_db) as s:
            desk = make_desk(s)
            r = desk.scan(first_code(s))
            assert r.outcome is Outcome.DB_ERROR and "TIDAK tersimpan" in r.message
            assert desk.present() == 0
    finally:
        demo_db.chmod(0o644)


def test_camera_repeats_are_ignored_for_a_few_seconds(demo_store: Store) -> None:
    clock = [100.0]
    desk = make_desk(demo_store, monotonic=lambda: clock[0])
    code = first_code(demo_store)
    assert desk.scan(code, "camera").outcome is Outcome.CHECKED_IN
    clock[0] += 1
    assert desk.scan(code, "camera").outcome is Outcome.IGNORED
    clock[0] += 10
    assert desk.scan(code, "camera").outcome is Outcome.ALREADY
    assert desk.scan(code, "scanner").outcome is Outcome.ALREADY  # the scanner is never deduplicated


def test_walk_in_registers_and_checks_in(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    r = desk.walk_in(PersonData(name="Siti Rahmah", kelurahan="Mawar", phone="081234567890"))
    assert r.outcome is Outcome.CHECKED_IN and r.registration is not None
    assert r.registration.source == "walk-in" and r.registration.badge_code
    assert desk.registered() == 176 and desk.present() == 1
    assert demo_store.checkins.get(r.checkin.id).method == "walk-in"  # type: ignore[union-attr]
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "desk.walk_in"
    with pytest.raises(UserError):
        desk.walk_in(PersonData(name=" "))


def test_substitute_takes_the_place(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    old = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    with pytest.raises(UserError, match="kelurahan yang sama"):
        desk.substitute(old.id, PersonData(name="Orang Lain", kelurahan="Mawar"), "sakit")
    r = desk.substitute(old.id, PersonData(name="Rahmah Pengganti"), "sakit")
    assert r.outcome is Outcome.CHECKED_IN and r.registration is not None
    assert r.registration.person.kelurahan == old.person.kelurahan
    assert desk.scan(old.badge_code or "").outcome is Outcome.REPLACED
    assert desk.registered() == 175
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "registration.replace"


def test_undo_needs_the_pin_and_keeps_the_row(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    r = desk.scan(first_code(demo_store))
    assert r.checkin is not None
    with pytest.raises(UserError, match="PIN panitia salah"):
        desk.undo(r.checkin.id, reason="salah orang", pin="0000")
    with pytest.raises(UserError, match="PIN panitia belum diisi"):
        desk.undo(r.checkin.id, reason="salah orang", pin=None)
    assert desk.present() == 1
    undo = desk.undo(r.checkin.id, reason="salah orang", pin="181125")
    assert undo.annuls == r.checkin.id and desk.present() == 0
    assert demo_store.checkins.get(r.checkin.id) == r.checkin  # the original row stays
    with pytest.raises(UserError, match="sudah dibatalkan"):
        desk.undo(r.checkin.id, reason="lagi", pin="181125")
    again = desk.scan(first_code(demo_store))
    assert again.outcome is Outcome.CHECKED_IN  # can check in again after an undo


def test_two_windows_undoing_the_same_checkin_write_one_undo(demo_store: Store, demo_db: Path) -> None:
    """Review finding: with undos no longer unique (schema 11, for two laptops apart), the desk window
    and the committee window on one file both pressing F4 wrote two undo rows: the check came first,
    outside the write lock."""
    import threading

    from bimtek_desk.committee.pin import Grant, Purpose

    first = make_desk(demo_store).scan(first_code(demo_store)).checkin
    assert first is not None
    grant = Grant(DEMO_EVENT_ID, Purpose.CHECKIN_ANNUL)
    outcome: list[object] = []
    threads: list[threading.Thread] = []

    def other_window_presses_f4(checkin_id: int) -> None:
        with Store.open(demo_store.path) as other:  # its own connection to the same file
            outcome.append(_try(lambda: make_desk(other).undo(checkin_id, reason="juga salah", pin=grant)))

    real_annul = demo_store.checkins.annul

    def annul_while_the_other_window_presses_f4(checkin_id, **kw):  # type: ignore[no-untyped-def]
        undo = real_annul(checkin_id, **kw)  # written, not yet committed
        t = threading.Thread(target=other_window_presses_f4, args=(checkin_id,))
        threads.append(t)
        t.start()
        t.join(0.5)  # the other window is now waiting (for the lock, or already past its check)
        return undo

    demo_store.checkins.annul = annul_while_the_other_window_presses_f4  # type: ignore[method-assign]
    make_desk(demo_store).undo(first.id, reason="salah orang", pin=grant)
    demo_store.checkins.annul = real_annul  # type: ignore[method-assign]
    threads[0].join(60)  # a busy machine may be slow to open the other connection
    assert isinstance(outcome[0], UserError) and "sudah dibatalkan" in str(outcome[0])
    assert demo_store.db.scalar("SELECT count(*) FROM checkins WHERE annuls = ?", (first.id,)) == 1


def _try(fn):  # type: ignore[no-untyped-def]
    try:
        return fn()
    except UserError as exc:
        return exc


def test_sessions_are_independent(demo_store: Store) -> None:
    code = first_code(demo_store)
    assert make_desk(demo_store, "REG").scan(code).outcome is Outcome.CHECKED_IN
    assert make_desk(demo_store, "M3").scan(code).outcome is Outcome.CHECKED_IN
    assert make_desk(demo_store, "m3").scan(code).outcome is Outcome.ALREADY


def test_log_checkpoints_wait_for_tidy_after_the_results(demo_db: Path, tmp_path: Path) -> None:
    """With checkpoints deferred (the window's desk), a check-in is committed in the
    write-ahead log, and only tidy() (run once the result is on screen) copies the log
    into the database file, every CHECKPOINT_EVERY check-ins."""
    import shutil

    def in_database_file() -> int:  # what the main file alone holds, without its log
        alone = tmp_path / "alone.sqlite3"
        shutil.copyfile(demo_db, alone)
        con = sqlite3.connect(alone)
        try:
            return int(con.execute("SELECT count(*) FROM checkins").fetchone()[0])
        finally:
            con.close()

    with Store.open(demo_db) as s:
        desk = make_desk(s)
        desk.defer_checkpoints()
        assert s.db.scalar("PRAGMA wal_autocheckpoint") == 10_000  # SQLite's own only as a safety net
        desk.CHECKPOINT_EVERY = 3
        for n in range(2):
            assert desk.scan(first_code(s, n)).outcome is Outcome.CHECKED_IN
        desk.tidy()  # fewer than CHECKPOINT_EVERY: nothing yet
        other = sqlite3.connect(demo_db)
        assert other.execute("SELECT count(*) FROM checkins").fetchone()[0] == 2  # committed
        other.close()
        assert in_database_file() == 0
        assert desk.scan(first_code(s, 2)).outcome is Outcome.CHECKED_IN
        assert in_database_file() == 0  # the check-in itself did not checkpoint
        desk.tidy()
        assert in_database_file() == 3
