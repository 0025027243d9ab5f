import json
import sqlite3
from pathlib import Path

import pytest

from bimtek_desk.store import SCHEMA_VERSION
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.rosters import messy_xlsx


def test_demo_is_idempotent_and_prints_id_last(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = cli("--db", db_path, "demo")
    assert first.code == 0 and first.out.strip().splitlines()[-1] == DEMO_EVENT_ID
    second = cli("--db", db_path, "demo")
    assert second.code == 0 and second.out.strip().splitlines()[-1] == DEMO_EVENT_ID
    assert "Peserta terdaftar: 175" in second.out
    listed = cli("--db", db_path, "event", "list")
    assert [line.split("\t")[0] for line in listed.out.splitlines()] == [DEMO_EVENT_ID]


def test_event_show_json_lists_sessions(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "event", "show", DEMO_EVENT_ID, "--json")
    data = json.loads(r.out)
    assert data["registered"] == 175
    assert [(s["key"], s["counts_for_certificate"]) for s in data["sessions"]] == [("REG", True), ("M3", True)]
    assert all(isinstance(s["id"], int) for s in data["sessions"])


def test_participants_json_masks_nik(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json").out)
    assert len(rows) == 175
    assert {"code", "name", "nik", "sex", "kelurahan", "kecamatan", "phone", "role"} <= set(rows[0])
    assert all("*" in r["nik"] and len(r["nik"]) == 16 for r in rows)
    refused = cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json", "--show-nik")
    assert refused.code == 1 and "PIN" in refused.err and refused.out == ""  # the window asks too: one policy
    full = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json", "--show-nik",
                          "--pin", "181125").out)
    assert full[0]["nik"] == "6371054301689467"
    con = sqlite3.connect(demo_db)
    assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'nik.show'").fetchone()[0] == 1
    con.close()


def test_participants_search(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json", "--search",
                          "hairul").out)
    assert {r["name"] for r in rows} == {"Hairul Anwar", "Khairul Anwar"}


def test_roster_import_cli(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = messy_xlsx(tmp_path / "psm.xlsx", numeric_nik_row=True)
    before = file_digest(demo_db)
    dry = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--dry-run")
    assert dry.code == 0 and "GALAT Baris 12 [NIK]" in dry.out and "tidak ada yang disimpan" in dry.out
    refused = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID)
    assert refused.code == 1 and "impor ditolak" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert file_digest(demo_db) == before
    done = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID, "--skip-invalid")
    assert done.code == 0 and "Dilewati (--skip-invalid): baris 12" in done.out
    assert len(json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json").out)) == 181


@pytest.mark.parametrize("name, content", [
    ("kosong.xlsx", b""),
    ("laporan.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
    ("tanpa-judul.csv", b"x;y;z\n1;2;3\nfoo;bar;baz\n"),
])
def test_bad_roster_files_leave_db_byte_identical(cli, demo_db: Path, tmp_path: Path, name: str,  # type: ignore[no-untyped-def]
                                                   content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = file_digest(demo_db)
    r = cli("--db", demo_db, "roster", "import", bad, "--event", DEMO_EVENT_ID)
    assert r.code == 1 and r.err.startswith("galat: ") and len(r.err.strip().splitlines()) == 1
    assert "Traceback" not in r.err
    assert file_digest(demo_db) == before


def test_read_only_database(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = messy_xlsx(tmp_path / "psm.xlsx")
    demo_db.chmod(0o444)
    try:
        before = file_digest(demo_db)
        r = cli("--db", demo_db, "roster", "import", path, "--event", DEMO_EVENT_ID)
        assert r.code == 1 and "hanya-baca" in r.err
        assert cli("--db", demo_db, "event", "list").code == 0  # reading still works
        assert file_digest(demo_db) == before
    finally:
        demo_db.chmod(0o644)


def test_newer_database(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(demo_db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = file_digest(demo_db)
    for args in (["demo"], ["event", "list"], ["roster", "import", messy_xlsx(tmp_path / "p.xlsx"), "--event", "x"]):
        r = cli("--db", demo_db, *args)
        assert r.code == 1 and "lebih baru" in r.err
    assert file_digest(demo_db) == before


def test_user_errors_are_one_line(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args in (["event", "show", "tidak-ada"], ["participants", "--event", "tidak-ada"],
                 ["event", "load", tmp_path / "tidak-ada.json"], ["roster"], ["roster", "import"],
                 ["participants"], ["audit", "log", "--event", "tidak-ada"]):
        r = cli("--db", demo_db, *args)
        assert r.code == 1, args
        assert r.err.startswith("galat: ") and len(r.err.strip().splitlines()) == 1, r.err


def test_event_load_reports_field(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "acara.json"
    f.write_text('{"format": "bimtek-desk/event-1", "id": "X"}', encoding="utf-8")
    r = cli("--db", db_path, "event", "load", f)
    assert r.code == 1 and "id: format tidak sesuai" in r.err and "venue: wajib diisi" in r.err


def test_module_entry_point(demo_db: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bimtek_desk", "--db", str(demo_db), "event", "list"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith(DEMO_EVENT_ID)


def test_checkin_and_attendance(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json").out)
    code = rows[0]["code"]
    r = cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG")
    assert r.code == 0 and r.out.startswith("BERHASIL: Nor Mawaddah") and "REG: 1 / 175 hadir" in r.out
    r = cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG")
    assert r.code == 0 and r.out.startswith("SUDAH HADIR")
    r = cli("--db", demo_db, "checkin", code[:-1] + ("0" if code[-1] != "0" else "1"), "--event", DEMO_EVENT_ID,
            "--session", "REG")
    assert r.code == 1 and r.out.startswith("KODE PALSU")
    r = cli("--db", demo_db, "checkin", "bukan kode", "--event", DEMO_EVENT_ID, "--session", "REG")
    assert r.code == 1 and r.out.startswith("BUKAN BADGE")
    r = cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "XX")
    assert r.code == 1 and "Sesi 'XX' tidak ada" in r.err
    att = json.loads(cli("--db", demo_db, "attendance", "--event", DEMO_EVENT_ID, "--json").out)
    assert len(att) == 1
    a = att[0]
    assert (a["code"], a["name"], a["session"], a["desk"], a["operator"], a["annulled"]) == (
        code, "Nor Mawaddah", "REG", "Meja 1", "cli", False)  # the laptop's desk name (none set: Meja 1)
    csv_out = cli("--db", demo_db, "attendance", "--event", DEMO_EVENT_ID, "--session", "M3", "--csv").out
    assert csv_out.splitlines()[0].startswith("checkin_id,code,name") and len(csv_out.splitlines()) == 1


def test_attendance_shows_annulled(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.store import Store

    with Store.open(demo_db) as s:
        desk = Desk(s, s.events.get(DEMO_EVENT_ID), session="REG")
        r = desk.scan(s.registrations.for_event(DEMO_EVENT_ID)[1].badge_code or "")
        desk.undo(r.checkin.id, reason="salah pindai", pin="181125")  # type: ignore[union-attr]
    att = json.loads(cli("--db", demo_db, "attendance", "--event", DEMO_EVENT_ID, "--json").out)
    assert [(a["annulled"], a["annul_reason"]) for a in att] == [(True, "salah pindai")]


def test_pin_change(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", "1111", "--new", "571938").code == 1
    assert cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", "181125", "--new", "12").code == 1
    assert cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", "181125", "--new", "571938").code == 0
    assert cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", "571938", "--new", "905718").code == 0


def test_event_copy_for_next_year(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "event", "copy", DEMO_EVENT_ID, "bimtek-psm-bjm-2026", "--date", "2026-11-17",
            "--short-name", "Bimtek PSM 2026", "--with-roster")
    assert r.code == 0 and r.out.strip().splitlines()[-1] == "bimtek-psm-bjm-2026"
    shown = json.loads(cli("--db", demo_db, "event", "show", "bimtek-psm-bjm-2026", "--json").out)
    assert shown["registered"] == 175 and shown["date_start"] == "2026-11-17" and shown["awards"] == []
    assert [s["key"] for s in shown["sessions"]] == ["REG", "M3"]
    old = json.loads(cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--json").out)
    new = json.loads(cli("--db", demo_db, "participants", "--event", "bimtek-psm-bjm-2026", "--json").out)
    assert {p["name"] for p in old} == {p["name"] for p in new}
    assert not {p["code"] for p in old} & {p["code"] for p in new}  # new badges, new event tag
    r = cli("--db", demo_db, "event", "copy", DEMO_EVENT_ID, "bimtek-psm-bjm-2026", "--date", "2026-11-17")
    assert r.code == 1 and "sudah ada" in r.err
    r = cli("--db", demo_db, "event", "copy", DEMO_EVENT_ID, "x2", "--date", "17-11-2026")
    assert r.code == 1 and "Tanggal" in r.err


def test_event_load_names_presensi_sessions_and_warns_of_jp(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'Sesi presensi' (not 'absen'); JP that disagree with the agenda's times are said at load time."""
    from bimtek_desk.system.resources import resource

    data = json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))
    m1 = next(item for item in data["agenda"] if item["key"] == "M1")
    m1["jp"] = 3  # 09.45–11.15 is 90 minutes: 2 JP of 45
    f = tmp_path / "acara.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    r = cli("--db", db_path, "event", "load", f)
    assert r.code == 0, r
    assert "Sesi presensi: " in r.out and "absen" not in r.out.lower()
    assert "peringatan: JP tidak cocok" in r.out and "M1: 3 JP" in r.out
    assert r.out.strip().splitlines()[-1] == data["id"]  # the id stays the last line
    assert "Sesi presensi (id," in cli("--db", db_path, "event", "show", data["id"]).out


def test_pin_commands_without_a_terminal_say_so_in_one_line(demo_db: Path) -> None:
    """No --pin and no terminal to ask on (a script, a scheduled job): one line, no traceback."""
    import subprocess
    import sys

    for args in (["event", "confirm", DEMO_EVENT_ID, "--all"], ["pin", "--event", DEMO_EVENT_ID, "--new", "123456"]):
        r = subprocess.run([sys.executable, "-m", "bimtek_desk", "--db", str(demo_db), *args], capture_output=True,
                           text=True, stdin=subprocess.DEVNULL, start_new_session=True)
        assert r.returncode == 1 and r.stderr == "galat: PIN panitia belum diisi.\n", (args, r.stderr)


def test_audit_log_limit_must_be_positive(cli, demo_db) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "audit", "log", "--event", DEMO_EVENT_ID, "--limit", "-5")
    assert r.code == 1 and "harus bilangan bulat 1 atau lebih" in r.err and not r.out
    r = cli("--db", demo_db, "audit", "log", "--event", DEMO_EVENT_ID, "--limit", "1")
    assert r.code == 0 and len(r.out.strip().splitlines()) == 1


def test_desk_with_an_unknown_event_says_so_before_any_window(cli, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bimtek_desk.gui.app as app

    monkeypatch.setattr(app, "run", lambda **kw: pytest.fail("the window was started"))
    r = cli("--db", demo_db, "desk", "--event", "tidak-ada")
    assert r.code == 1 and "Acara 'tidak-ada' tidak ada" in r.err


def test_argparse_speaks_indonesian_unless_english_is_asked(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.code == 0 and r.out.startswith("pemakaian: bimtek-desk")
    assert "tampilkan bantuan ini lalu keluar" in r.out and "tampilkan versi program lalu keluar" in r.out
    assert "show this help" not in r.out and "options:" not in r.out
    r = cli("desk")
    assert r.code == 1 and "argumen berikut wajib diisi: --event" in r.err
    r = cli("--lang", "en", "desk")
    assert r.code == 1 and "the following arguments are required: --event" in r.err
    r = cli("--help")  # and back: nothing of the English run stays behind
    assert r.out.startswith("pemakaian:")
