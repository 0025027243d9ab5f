"""The store under attack and accident (issue #13): the hash chain and its anchors,
backups of a damaged file, restore while in use, permissions, a 0-byte file,
masked NIKs in 'event show', hostile event files."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.store import Store, StoreError, anchor, backups
from bimtek_desk.store.migrations import GENESIS, typed_chain_hash
from tests.conftest import DEMO_EVENT_ID, file_digest


def _check_in(db: Path, n: int) -> None:
    with Store.open(db) as s:
        desk = Desk(s, s.events.get(DEMO_EVENT_ID), session="REG")
        for r in s.registrations.for_event(DEMO_EVENT_ID)[:n]:
            desk.check_in(r.id)


def _ids(db: Path) -> list[int]:
    """The check-in ids in order (minted per laptop, n*16 + slot: not 1, 2, 3 …)."""
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT id FROM checkins ORDER BY id")]
    finally:
        con.close()


def _tamper(db: Path, *sql: str) -> None:
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER IF EXISTS checkins_no_update")
    con.execute("DROP TRIGGER IF EXISTS checkins_no_delete")
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def _recompute_chain(db: Path) -> None:
    """What someone who has read the source does after editing a row."""
    con = sqlite3.connect(db)
    prev = GENESIS
    rows = con.execute("SELECT id, registration_id, session_id, at, desk, operator, method, annuls, reason "
                       "FROM checkins ORDER BY id").fetchall()
    for row in rows:
        h = typed_chain_hash(prev, row)
        con.execute("UPDATE checkins SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, h, row[0]))
        prev = h
    con.commit()
    con.close()


# -- 6. the hash chain -------------------------------------------------------------------


def test_annuls_null_to_empty_string_is_detected(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo_db, 5)
    with Store.open(demo_db) as s:
        before = s.checkins.present_count(s.events.session(DEMO_EVENT_ID, "REG").id)
    third = _ids(demo_db)[2]
    _tamper(demo_db, f"UPDATE checkins SET annuls = '' WHERE id = {third}")
    with Store.open(demo_db) as s:  # the attack works: one person fewer present
        assert s.checkins.present_count(s.events.session(DEMO_EVENT_ID, "REG").id) == before - 1
    r = cli("--db", demo_db, "audit", "verify")
    assert r.code == 1 and f"check-in {third}: isi baris diubah" in r.out


def test_deleted_last_rows_are_caught_by_the_printed_anchor(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo_db, 6)
    printed = cli("--db", demo_db, "audit", "verify").out.split("Jangkar kini: ")[1].strip()
    assert printed.startswith("6-")
    _tamper(demo_db, f"DELETE FROM checkins WHERE id > {_ids(demo_db)[3]}")
    assert cli("--db", demo_db, "audit", "verify").code == 0  # without an anchor this cannot be seen
    r = cli("--db", demo_db, "audit", "verify", "--anchor", printed)
    assert r.code == 1 and "2 baris check-in terakhir hilang" in r.out


def test_anchor_beside_a_backup_is_checked_without_being_asked(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo_db, 6)
    with Store.open(demo_db) as s:
        path = backups.take(s, "manual")
    assert path is not None and anchor.read_beside(path).parts[0][:2] == (0, 6)  # type: ignore[union-attr]
    _tamper(demo_db, f"DELETE FROM checkins WHERE id = {_ids(demo_db)[5]}")
    r = cli("--db", demo_db, "audit", "verify")
    assert r.code == 1 and f"cadangan {path.name} mencatat 6 baris" in r.out


def test_a_recomputed_chain_does_not_match_the_anchor(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo_db, 6)
    with Store.open(demo_db) as s:
        printed = anchor.current(s).text
    _tamper(demo_db, f"UPDATE checkins SET at = '2025-11-18T06:00:00.000+08:00' WHERE id = {_ids(demo_db)[1]}")
    _recompute_chain(demo_db)
    assert cli("--db", demo_db, "audit", "verify").code == 0  # internally consistent again
    r = cli("--db", demo_db, "audit", "verify", "--anchor", f"Jangkar audit {printed}")
    assert r.code == 1 and "rantai tidak cocok" in r.out
    assert cli("--db", demo_db, "audit", "verify", "--anchor", "bukan jangkar").code == 1


def test_anchor_is_printed_on_the_daftar_hadir_and_the_excel_export(cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from tests.pdfutil import page_texts

    _check_in(demo_db, 3)
    with Store.open(demo_db) as s:
        text = anchor.current(s).text
    pdf, xlsx = tmp_path / "dh.pdf", tmp_path / "x.xlsx"
    assert cli("--db", demo_db, "report", "daftar-hadir", "--event", DEMO_EVENT_ID, "--session", "REG",
               "--out", pdf).code == 0
    pages = page_texts(pdf)
    assert all(f"Jangkar audit {text}" in p for p in pages)
    assert cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", xlsx).code == 0
    wb = load_workbook(xlsx)
    assert all(ws.oddFooter.left.text == f"Jangkar audit {text}" for ws in wb.worksheets)


# -- 4. backups of a damaged database ------------------------------------------------------


def _corrupt(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\x0d" + b"\xff" * 200)


def test_a_damaged_database_is_not_backed_up_and_the_good_backup_survives(demo_db: Path) -> None:
    with Store.open(demo_db) as s:
        good = backups.take(s, "otomatis")
    before = backups.list_backups(demo_db)
    assert good in [b.path for b in before]
    _corrupt(demo_db)
    with Store.open(demo_db) as s:
        assert backups.check(s) != "ok"
        for _ in range(3):
            with pytest.raises(StoreError, match="cadangan TIDAK dibuat"):
                backups.take(s, "otomatis")
    assert backups.list_backups(demo_db) == before


def test_pruning_never_removes_the_newest_good_backup(demo_db: Path) -> None:
    with Store.open(demo_db) as s:
        good = backups.take(s, "otomatis")
    assert good is not None
    # copies of damage made by an older version: more than KEEP of them, all newer
    before = len(backups.list_backups(demo_db))
    for n in range(backups.KEEP + 3):
        bad = backups.folder(demo_db) / f"{demo_db.stem}-209901{n + 1:02d}-000000-000000-otomatis.sqlite3"
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert len(backups.list_backups(demo_db)) == before + backups.KEEP + 3
    backups.prune(demo_db)
    left = [b.path for b in backups.list_backups(demo_db)]
    assert good in left and len(left) == before + backups.KEEP - 1 + 1
    assert backups.newest_good(demo_db).path == good  # type: ignore[union-attr]


# -- 5. restore while in use ----------------------------------------------------------------


def test_restore_is_refused_while_a_desk_has_the_file_open(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(demo_db) as s:
        backup = backups.take(s, "manual")
    _check_in(demo_db, 8)
    desk_store = Store.open(demo_db)  # the desk, idle between scans
    try:
        r = cli("--db", demo_db, "backup", "restore", backup, "--pin", DEMO_PIN)
        assert r.code == 1 and "sedang dibuka" in r.err
        assert desk_store.db.scalar("SELECT count(*) FROM checkins") == 8  # nothing vanished
    finally:
        desk_store.close()
    assert cli("--db", demo_db, "backup", "restore", backup, "--pin", DEMO_PIN).code == 0
    with Store.open(demo_db) as s:
        assert s.db.scalar("SELECT count(*) FROM checkins") == 0
        assert s.audit.entries(DEMO_EVENT_ID)[0].action == "backup.restore"


# -- 7. permissions ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_database_wal_backups_and_exports_are_private(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    try:
        db = tmp_path / "data" / "bimtek.sqlite3"
        assert cli("--db", db, "demo").code == 0
        assert cli("--db", db, "backup", "now").code == 0
        out = tmp_path / "x.xlsx"
        assert cli("--db", db, "export", "--event", DEMO_EVENT_ID, "--out", out).code == 0
        with Store.open(db):  # open: the -wal and -shm exist
            files = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), out, *backups.folder(db).iterdir()]
            modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files}
        assert set(modes.values()) == {0o600}, modes
        assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(backups.folder(db).stat().st_mode) == 0o700
        loose = tmp_path / "lama.sqlite3"  # a database made world-readable by an older version
        with Store.open(loose):
            pass
        loose.chmod(0o644)
        with Store.open(loose):
            pass
        assert stat.S_IMODE(loose.stat().st_mode) == 0o600
    finally:
        os.umask(old)


# -- 13. a 0-byte database ------------------------------------------------------------------------


def test_a_zero_byte_database_is_refused_and_backups_are_offered(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(demo_db) as s:
        backup = backups.take(s, "manual")
    demo_db.write_bytes(b"")
    r = cli("--db", demo_db, "event", "list")
    assert r.code == 1 and "kosong (0 byte)" in r.err and "backup restore" in r.err
    with pytest.raises(StoreError) as info:
        Store.open(demo_db)
    assert info.value.kind == "empty"
    assert demo_db.stat().st_size == 0  # not silently turned into a new database
    assert cli("--db", demo_db, "backup", "restore", backup, "--pin", DEMO_PIN).code == 0
    with Store.open(demo_db) as s:
        assert s.registrations.count(DEMO_EVENT_ID) == 175
    assert any(b.reason == "sebelum-pemulihan" and b.size == 0 for b in backups.list_backups(demo_db))


# -- 9. event show --json ------------------------------------------------------------------------


def test_event_show_masks_award_niks_and_never_prints_the_pin_hash(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "event", "show", DEMO_EVENT_ID, "--json")
    assert r.code == 0
    assert "6371052207669098" not in r.out and "pbkdf2" not in r.out
    niks = [a["nik"] for a in json.loads(r.out)["settings"]["awards"]]
    assert all("*" in n and len(n) == 16 for n in niks)
    r = cli("--db", demo_db, "event", "show", DEMO_EVENT_ID, "--json", "--show-nik", "--pin", DEMO_PIN)
    assert r.code == 0 and "6371052207669098" in r.out and "pbkdf2" not in r.out
    with Store.open(demo_db) as s:
        entry = s.audit.entries(DEMO_EVENT_ID)[0]
    assert (entry.action, entry.detail) == ("nik.show", {"where": "event show"})


# -- 11. hostile event files --------------------------------------------------------------------


@pytest.mark.parametrize("name, content, message", [
    ("deep.json", '{"a": ' + "[" * 50_000 + "]" * 50_000 + "}", "bersarang terlalu dalam"),
    ("deep.toml", "a = " + "[" * 50_000 + "]" * 50_000 + "\n", "bersarang terlalu dalam"),
    ("big.json", '{"id": "x", "n": ' + "9" * 5000 + "}", "angka terlalu panjang"),
    ("big.toml", 'id = "x"\nn = ' + "9" * 5000 + "\n", "angka terlalu panjang"),
])
def test_hostile_event_file_one_line_nothing_left(cli, tmp_path: Path, demo_db: Path,  # type: ignore[no-untyped-def]
                                                  name: str, content: str, message: str) -> None:
    folder = tmp_path / "acara"
    folder.mkdir()
    bad = folder / name
    bad.write_text(content)
    r = cli("--db", folder / "baru.sqlite3", "event", "load", bad)
    assert r.code == 1 and message in r.err and r.err.count("\n") == 1 and "Traceback" not in r.err
    assert [p.name for p in folder.iterdir()] == [name]  # no database, no temp file
    before = file_digest(demo_db)
    assert cli("--db", demo_db, "event", "load", bad).code == 1
    assert file_digest(demo_db) == before


def _as_schema_8(db: Path, *, break_row: int | None = None) -> None:
    """The file as the previous version left it: untyped chain hashes, no chain_meta."""
    from bimtek_desk.store.migrations import chain_hash

    con = sqlite3.connect(db)
    con.execute("DROP TABLE chain_meta")
    for later in ("DROP INDEX people_merged", "ALTER TABLE people DROP COLUMN merged_into",  # schema 10 (sync)
                  "ALTER TABLE checkins DROP COLUMN device", "DROP TABLE device", "DROP TABLE sync_peers",
                  "DROP TABLE payment_lists",  # schema 13 (the SPJ's payment lists)
                  "DROP TABLE IF EXISTS sync_keys"):  # schema 14 (sealed sync)
        con.execute(later)
    con.execute("DROP TRIGGER checkins_no_update")
    prev = GENESIS
    for row in con.execute("SELECT id, registration_id, session_id, at, desk, operator, method, annuls, reason "
                           "FROM checkins ORDER BY id").fetchall():
        h = chain_hash(prev, row)
        con.execute("UPDATE checkins SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, h, row[0]))
        prev = h
    if break_row is not None:
        con.execute("UPDATE checkins SET desk = 'Meja 9' WHERE id = ?", (break_row,))
    con.execute("CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins "
                "BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END")
    con.execute("PRAGMA user_version = 8")  # the step before the typed chain
    con.commit()
    con.close()


def test_upgrade_rehashes_an_intact_chain_with_types(demo_db: Path) -> None:
    _check_in(demo_db, 4)
    second = _ids(demo_db)[1]
    _as_schema_8(demo_db)
    with Store.open(demo_db) as s:
        assert s.db.scalar("SELECT value FROM chain_meta") == "1"
        assert s.checkins.verify_chain() == []
    _tamper(demo_db, f"UPDATE checkins SET annuls = '' WHERE id = {second}")
    with Store.open(demo_db) as s:
        assert s.checkins.verify_chain() == [f"check-in {second}: isi baris diubah (hash tidak cocok)"]


def test_upgrade_does_not_launder_a_broken_chain(demo_db: Path) -> None:
    _check_in(demo_db, 4)
    ids = _ids(demo_db)
    _as_schema_8(demo_db, break_row=ids[1])
    broken = [f"check-in {ids[1]}: isi baris diubah (hash tidak cocok)"]
    with Store.open(demo_db) as s:
        assert s.db.scalar("SELECT value FROM chain_meta") == str(ids[-1] + 1)
        assert s.checkins.verify_chain() == broken
        Desk(s, s.events.get(DEMO_EVENT_ID), session="M3").check_in(s.registrations.for_event(DEMO_EVENT_ID)[0].id)
        assert s.checkins.verify_chain() == broken  # the new row is typed, fine


def test_an_anchor_has_one_part_per_laptop_and_reads_back() -> None:
    one = anchor.parse("Jangkar audit 1234-9f3ac2d1e4b5a6f7")
    assert one.parts == ((0, 1234, "9f3ac2d1e4b5a6f7"),) and one.text == "1234-9f3ac2d1e4b5a6f7"
    several = anchor.Anchor(((0, 12, "a" * 16), (1, 80, "b" * 16), (2, 75, "c" * 16)))
    assert several.text == f"12-{'a' * 16} 1@80-{'b' * 16} 2@75-{'c' * 16}"
    assert anchor.parse(f"Jangkar audit {several.text}") == several


def test_a_backup_whose_anchor_cannot_be_written_is_still_taken(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Review finding: with anchors written through files.atomic_write (UserError), a full disk at the
    anchor aborted the backup, and with it a roster import."""
    from bimtek_desk.errors import UserError
    from bimtek_desk.system import files

    def full_disk(target, writer):  # type: ignore[no-untyped-def]
        raise UserError("Tidak dapat menulis: No space left on device.")

    monkeypatch.setattr(files, "atomic_write", full_disk)
    path = backups.take(demo_store, "uji")
    assert path is not None and path.is_file() and not path.with_name(path.name + ".jangkar").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names the holder from /proc")
def test_a_refused_restore_names_the_program_holding_the_file(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue #24: which program has the database open, where the platform says so."""
    import subprocess

    with Store.open(demo_db) as s:
        backup = backups.take(s, "manual")
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
                               "c.execute('SELECT count(*) FROM people').fetchall(); "
                               "c.execute('BEGIN'); c.execute('SELECT 1 FROM people').fetchall(); "
                               "print('ok', flush=True); time.sleep(60)", str(demo_db)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ok"  # type: ignore[union-attr]
        r = cli("--db", demo_db, "backup", "restore", backup, "--pin", DEMO_PIN)
        assert r.code == 1 and "sedang dibuka" in r.err and f"PID {holder.pid} (python" in r.err, r
    finally:
        holder.kill()
        holder.wait()
