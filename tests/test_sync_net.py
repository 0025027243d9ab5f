"""The network mode over loopback: three ``sync serve`` processes with --peer; a
check-in on one shows on the other two within 5 s."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.store import Store
from bimtek_desk.store import device as devmod
from bimtek_desk.sync import net
from bimtek_desk.sync.status import peers_file
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.syncsetup import free_port, set_up_desk, start_serve, stop


@pytest.fixture
def three(demo_db: Path, tmp_path: Path) -> Iterator[dict[str, Path]]:
    dbs = {"c": demo_db, "d1": tmp_path / "d1.sqlite3", "d2": tmp_path / "d2.sqlite3"}
    for slot, name in ((1, "d1"), (2, "d2")):
        set_up_desk(demo_db, dbs[name], slot, tmp_path)
    ports = {n: free_port() for n in dbs}
    procs = []
    for n, db in dbs.items():
        peers = [f"127.0.0.1:{ports[m]}" for m in dbs if m != n]
        procs.append(start_serve(db, ports[n], peers))
    try:
        yield dbs
    finally:
        stop(procs)


def _checkin_ids(db: Path) -> set[int]:
    with Store.open(db) as s:
        return {r[0] for r in s.db.query("SELECT id FROM checkins")}


def test_a_checkin_reaches_the_other_two_within_5_s(three: dict[str, Path]) -> None:
    deadline = time.monotonic() + 30  # the processes start and see each other
    while time.monotonic() < deadline:
        files = [peers_file(db) for db in three.values()]
        if all(f.exists() for f in files) and all(
                len([p for p in json.loads(f.read_text())["peers"] if p["reachable"] and p["last_merged_at"]]) == 2
                for f in files):
            break
        time.sleep(0.2)
    else:
        pytest.fail("the three laptops did not see each other")
    with Store.open(three["d1"]) as s:
        reg = s.registrations.for_event(DEMO_EVENT_ID)[9].id
        ci = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(reg).checkin
    t0 = time.monotonic()
    waiting = {"c", "d2"}
    while waiting and time.monotonic() - t0 < 5:
        waiting = {n for n in waiting if ci.id not in _checkin_ids(three[n])}
        time.sleep(0.1)
    assert not waiting, f"not arrived within 5 s on {waiting}"
    status = json.loads(peers_file(three["c"]).read_text())
    assert {p["slot"] for p in status["peers"]} == {1, 2}


def test_a_busy_database_never_stops_serve(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An apsw.BusyError (another connection held the file) used to escape the round and
    end 'sync serve' for good; now the round notes it and the next one retries."""
    import threading

    import apsw

    from bimtek_desk.sync import changesets

    desk_db = tmp_path / "d1.sqlite3"
    set_up_desk(demo_db, desk_db, 1, tmp_path)
    with Store.open(desk_db) as s:
        Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(
            s.registrations.for_event(DEMO_EVENT_ID)[3].id)
    # the export waits for a lock held for a moment instead of failing at once
    holder = apsw.Connection(str(desk_db))
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.3, lambda: (holder.execute("COMMIT"), holder.close())).start()
    header, _, _ = changesets.export(str(desk_db), DEMO_EVENT_ID)
    assert header["rows"]["checkins"] == 1

    port = free_port()
    server = net.Node(str(desk_db), DEMO_EVENT_ID, 1, "desk-one", port, [],
                      changesets.event_keys(str(desk_db), DEMO_EVENT_ID))
    server.refresh_own()
    sock = net.listen("127.0.0.1", port)
    server.start_server(sock)
    try:
        with Store.open(demo_db) as s:
            dev = devmod.identity(s.db)
        node = net.Node(str(demo_db), DEMO_EVENT_ID, dev.slot, dev.device_id, free_port(), [f"127.0.0.1:{port}"],
                        changesets.event_keys(str(demo_db), DEMO_EVENT_ID))

        def busy(*args: object, **kwargs: object) -> object:
            raise apsw.BusyError("database is locked")

        with monkeypatch.context() as m:
            m.setattr(changesets, "export", busy)
            m.setattr(changesets, "apply_many", busy)
            node.round(wait=5)  # neither its own bundle nor the merge: no exception
        info = node.seen[f"127.0.0.1:{port}"]
        assert info["reachable"] and "dicoba lagi" in info["message"] and info["etag"] is None
        node.round(wait=5)  # the next round merges
        assert info["message"] is None and info["last_merged_at"] and info["etag"] == server.etag
        with Store.open(demo_db) as s:
            assert s.db.scalar("SELECT count(*) FROM checkins") == 1
    finally:
        sock.close()


def test_serve_says_a_refused_bundle_once_per_reason(capsys: pytest.CaptureFixture[str]) -> None:
    info: dict[str, object] = {"peer": "10.0.0.5:8765", "message": None}
    for message in ("Dua laptop memakai slot 2.", "Dua laptop memakai slot 2.", "Bundel rusak."):
        net.Node._refused(info, message)
    err = capsys.readouterr().err.splitlines()
    assert err == ["peringatan: 10.0.0.5:8765: Dua laptop memakai slot 2.",
                   "peringatan: 10.0.0.5:8765: Bundel rusak."]
    assert info["message"] == "Bundel rusak."


def test_a_pull_brings_only_what_the_asker_lacks(demo_db: Path, tmp_path: Path) -> None:
    """Issue #24: the request carries the asker's newest check-in per slot and its copy of the base
    part; the answer is the check-ins after that (and the base only when it changed)."""
    from bimtek_desk.sync import changesets

    desk_db = tmp_path / "d1.sqlite3"
    set_up_desk(demo_db, desk_db, 1, tmp_path)
    with Store.open(desk_db) as s:
        d = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG")
        for reg in s.registrations.for_event(DEMO_EVENT_ID)[:150]:
            d.check_in(reg.id)
    port = free_port()
    server = net.Node(str(desk_db), DEMO_EVENT_ID, 1, "desk-one", port, [],
                      changesets.event_keys(str(desk_db), DEMO_EVENT_ID))
    server.refresh_own()
    sock = net.listen("127.0.0.1", port)
    server.start_server(sock)
    try:
        with Store.open(demo_db) as s:
            dev = devmod.identity(s.db)
        node = net.Node(str(demo_db), DEMO_EVENT_ID, dev.slot, dev.device_id, free_port(), [f"127.0.0.1:{port}"],
                        changesets.event_keys(str(demo_db), DEMO_EVENT_ID))
        node.round(wait=5)
        first = node.bytes_in
        assert len(_checkin_ids(demo_db)) == 150 and first > 5_000
        node.round(wait=5)  # nothing new: a few bytes
        nothing = node.bytes_in - first
        assert nothing < 200
        with Store.open(desk_db) as s:
            reg = s.registrations.for_event(DEMO_EVENT_ID)[160].id
            new = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(reg).checkin
        server.refresh_own()  # the base part is unchanged: only the one check-in travels
        node.round(wait=5)
        one = node.bytes_in - first - nothing
        assert new.id in _checkin_ids(demo_db) and len(_checkin_ids(demo_db)) == 151
        assert one < first / 10, (one, first)
        assert node.seen[f"127.0.0.1:{port}"]["message"] is None
    finally:
        sock.close()


def test_a_late_joiner_named_on_one_laptop_is_heard_by_all(demo_db: Path, tmp_path: Path) -> None:
    """Issue #24: a desk set up later and started with one --peer (the committee) is pulled from by
    the committee (its request says where it serves) and by the others (the committee names it)."""
    dbs = {"c": demo_db, "d1": tmp_path / "d1.sqlite3", "late": tmp_path / "late.sqlite3"}
    set_up_desk(demo_db, dbs["d1"], 1, tmp_path)
    ports = {n: free_port() for n in dbs}
    procs = [start_serve(dbs["c"], ports["c"], [f"127.0.0.1:{ports['d1']}"]),
             start_serve(dbs["d1"], ports["d1"], [f"127.0.0.1:{ports['c']}"], capture=True)]
    try:
        set_up_desk(demo_db, dbs["late"], 5, tmp_path)
        procs.append(start_serve(dbs["late"], ports["late"], [f"127.0.0.1:{ports['c']}"]))
        with Store.open(dbs["late"]) as s:
            reg = s.registrations.for_event(DEMO_EVENT_ID)[11].id
            ci = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 5", session="REG").check_in(reg).checkin
        t0 = time.monotonic()
        while time.monotonic() - t0 < 15 and ci.id not in _checkin_ids(dbs["d1"]):
            time.sleep(0.2)
        assert ci.id in _checkin_ids(dbs["d1"]), "the late joiner was not heard by Meja 1"

        def pulls_late() -> bool:  # Meja 1 itself pulls from the late joiner (not only through the committee)
            try:
                status = json.loads(peers_file(dbs["d1"]).read_text())
            except (OSError, ValueError):
                return False
            return any(p["peer"] == f"127.0.0.1:{ports['late']}" and p["last_merged_at"] for p in status["peers"])

        while time.monotonic() - t0 < 15 and not pulls_late():
            time.sleep(0.2)
        assert pulls_late(), "Meja 1 never learned the late joiner's address"
    finally:
        stop(procs)
    assert not peers_file(dbs["d1"]).exists()  # a stopped serve leaves no stale "reachable"
    # the serve window says what happens: one line per change
    out = procs[1].stdout.read().decode()  # type: ignore[union-attr]
    # named by the committee, or asking Meja 1 itself (it learned Meja 1 from the committee): either way heard
    assert f"anggota baru: 127.0.0.1:{ports['late']} (" in out, out
    assert "1 check-in baru digabung" in out, out  # from Meja 5 or relayed by the committee, whichever first
    assert f"127.0.0.1:{ports['c']}: terjangkau" in out, out


def test_a_peer_whose_clock_is_an_hour_off_is_a_standing_warning(demo_db: Path, tmp_path: Path) -> None:
    from bimtek_desk.sync import changesets

    desk_db = tmp_path / "d1.sqlite3"
    set_up_desk(demo_db, desk_db, 1, tmp_path)
    port = free_port()
    server = net.Node(str(desk_db), DEMO_EVENT_ID, 1, "desk-one", port, [],
                      changesets.event_keys(str(desk_db), DEMO_EVENT_ID))
    server.clock = lambda: time.time() - 3600  # type: ignore[method-assign]  # an hour behind
    server.refresh_own()
    sock = net.listen("127.0.0.1", port)
    server.start_server(sock)
    try:
        with Store.open(demo_db) as s:
            dev = devmod.identity(s.db)
        node = net.Node(str(demo_db), DEMO_EVENT_ID, dev.slot, dev.device_id, free_port(), [f"127.0.0.1:{port}"],
                        changesets.event_keys(str(demo_db), DEMO_EVENT_ID))
        node.round(wait=5)
        info = node.seen[f"127.0.0.1:{port}"]
        assert "60 menit lebih lambat" in info["clock"] and info["last_merged_at"]  # merged, and warned
        node.round(wait=5)
        assert info["clock"]  # standing, not said once
        server.clock = time.time  # type: ignore[method-assign]
        node.round(wait=5)
        assert info["clock"] is None
    finally:
        sock.close()


def test_a_changed_roster_row_travels_alone(demo_db: Path, tmp_path: Path) -> None:
    """Issue #24: the committee's base part (every person) changed in one row: an asker holding the previous
    version receives that row, not the whole roster again."""
    from bimtek_desk.sync import changesets

    desk_db = tmp_path / "d1.sqlite3"
    set_up_desk(demo_db, desk_db, 1, tmp_path)
    with Store.open(demo_db) as s:
        dev = devmod.identity(s.db)
    port = free_port()
    committee = net.Node(str(demo_db), DEMO_EVENT_ID, dev.slot, dev.device_id, port, [],
                         changesets.event_keys(str(demo_db), DEMO_EVENT_ID))
    committee.refresh_own()
    sock = net.listen("127.0.0.1", port)
    committee.start_server(sock)
    try:
        with Store.open(desk_db) as s:
            desk_dev = devmod.identity(s.db)
        desk = net.Node(str(desk_db), DEMO_EVENT_ID, 1, desk_dev.device_id, free_port(), [f"127.0.0.1:{port}"],
                        changesets.event_keys(str(desk_db), DEMO_EVENT_ID))
        desk.round(wait=5)
        full = desk.bytes_in
        assert full > 50_000  # the whole roster once
        with Store.open(demo_db) as s:
            pid = s.registrations.for_event(DEMO_EVENT_ID)[4].person.id
            with s.transaction():
                s.people.update(pid, {"kelurahan": "Kelayan Luar"})
        committee.refresh_own()
        desk.round(wait=5)
        one = desk.bytes_in - full
        assert one < 3_000, one
        with Store.open(desk_db) as s:
            assert s.people.get(pid).kelurahan == "Kelayan Luar"
        assert desk.seen[f"127.0.0.1:{port}"]["message"] is None
    finally:
        sock.close()


def test_the_status_file_never_follows_a_planted_link(tmp_path: Path) -> None:
    """Issue 28: one temp-then-rename (system/files.atomic_write): an unpredictable temporary name, so a
    link planted where a fixed one was (``<db>.peers.tmp``) is never written through."""
    db = tmp_path / "meja.sqlite3"
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    (tmp_path / "meja.sqlite3.peers.tmp").symlink_to(victim)
    node = net.Node(str(db), DEMO_EVENT_ID, 1, "dev", 9, [], None)  # type: ignore[arg-type]  # no key needed
    node.write_status()
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert json.loads(peers_file(db).read_text(encoding="utf-8"))["slot"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meja.sqlite3.peers.json", "meja.sqlite3.peers.tmp",
                                                          "victim.txt"]


def test_a_bundle_exported_onto_a_folder_says_so_and_leaves_nothing_behind(demo_db: Path, tmp_path: Path,
                                                                           cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    r = cli("--db", demo_db, "sync", "export", "--event", DEMO_EVENT_ID, "--out", folder)
    assert r.code != 0 and "adalah folder" in r.out + r.err, r
    assert list(tmp_path.glob("**/*.tmp")) == [] and list(folder.iterdir()) == []
