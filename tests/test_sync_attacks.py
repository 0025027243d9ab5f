"""Issue #23: the stranger on the hotel Wi-Fi, the finder of a USB stick, the thief of a desk laptop.

Every test plays the attacker against the real thing (``sync serve`` processes on 127.0.0.1 only, the
files the app writes) and asserts what the attacker got: nothing.  Small and bounded: the demo's 175
people, a few seconds per test.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import apsw
import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.store import PersonData, Store
from bimtek_desk.store import device as devmod
from bimtek_desk.sync import bundle as bundlemod
from bimtek_desk.sync import changesets, net, seal, worker
from bimtek_desk.sync.bundle import BundleError
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.helpers.syncsetup import free_port, set_up_desk, start_serve, stop

NEW_NIK = "6371010101900001"  # a walk-in nobody else has


def secrets_of(db: Path) -> list[bytes]:
    """Every roster NIK and phone number, the event's badge secret and the PIN hash, as bytes to search for."""
    with Store.open(db) as s:
        rows = s.db.query("SELECT nik, phone FROM people")
        event = s.events.get(DEMO_EVENT_ID)
        out = [str(v).encode() for r in rows for v in r if v]
        out += [event.secret, event.secret.hex().encode(), str(event.settings["committee_pin"]).encode()]
    assert len(out) > 300
    return out


def leaked(data: bytes, needles: list[bytes]) -> list[bytes]:
    return [n for n in needles if n in data]


def raw_exchange(port: int, request: bytes, limit: int = 1 << 20) -> bytes:
    """Everything the server sends back to one request, as raw bytes."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(request)
        chunks = []
        while sum(map(len, chunks)) < limit:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} within {timeout} s")


def wait_ready(port: int) -> None:
    def up() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False
    wait_for(up, 30, "sync serve did not listen")


@pytest.fixture
def pair(demo_db: Path, tmp_path: Path) -> dict[str, Path]:
    """The committee laptop (the demo event) and Meja 1 set up from it."""
    desk_db = tmp_path / "meja1.sqlite3"
    set_up_desk(demo_db, desk_db, 1, tmp_path)
    return {"c": demo_db, "d1": desk_db}


# -- the stranger on the network --------------------------------------------------------------------------------


def test_a_stranger_without_the_key_gets_an_error_and_nothing_else(pair: dict[str, Path]) -> None:
    needles = secrets_of(pair["c"])
    with Store.open(pair["c"]) as s:
        device_id = devmod.identity(s.db).device_id
    needles += [DEMO_EVENT_ID.encode(), device_id.encode()]
    port = free_port()
    proc = start_serve(pair["c"], port, [])
    try:
        wait_ready(port)
        stranger_key = seal.Keys.new(DEMO_EVENT_ID)
        sealed_by_stranger, _ = net.request_body(stranger_key, None)
        attempts = [
            b"GET /status HTTP/1.1\r\nHost: x\r\n\r\n",
            f"GET /bundle/{DEMO_EVENT_ID} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
            b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
            b"POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
            b"POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: " + str(len(sealed_by_stranger)).encode()
            + b"\r\n\r\n" + sealed_by_stranger,
            b"POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n",
            b"garbage\r\n\r\n",
        ]
        received = b""
        for request in attempts:
            answer = raw_exchange(port, request)
            assert answer.startswith(b"HTTP/1.1 4"), answer[:60]
            assert answer.endswith(b"Content-Length: 0\r\nConnection: close\r\n\r\n"), answer  # an empty body
            received += answer
        assert leaked(received, needles) == []
        # a member (the same key) gets the bundle, sealed: the test would see a leak if there were one
        members, nonce = net.request_body(changesets.event_keys(str(pair["d1"]), DEMO_EVENT_ID), None)
        for _ in range(100):  # 503 until serve has made its first bundle (it listens before)
            answer = raw_exchange(port, b"POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                  + str(len(members)).encode() + b"\r\n\r\n" + members)
            if not answer.startswith(b"HTTP/1.1 503"):
                break
            time.sleep(0.1)
        assert answer.startswith(b"HTTP/1.1 200") and len(answer) > 10_000
        assert leaked(answer, needles) == []
    finally:
        stop([proc])
    assert b"Traceback" not in proc.stderr.read()  # type: ignore[union-attr]


def test_zeroconf_announces_a_random_name_and_no_event_or_device(pair: dict[str, Path]) -> None:
    """The announcement is built from the Node: checked without multicast (the service info itself)."""
    announced: list[object] = []

    class FakeZeroconf:
        def register_service(self, info: object) -> None:
            announced.append(info)

    import zeroconf

    keys = changesets.event_keys(str(pair["c"]), DEMO_EVENT_ID)
    node = net.Node(str(pair["c"]), DEMO_EVENT_ID, 0, "abcdef0123456789", 8765, [], keys)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(zeroconf, "Zeroconf", FakeZeroconf)
        m.setattr(zeroconf, "ServiceBrowser", lambda *a, **k: None)
        m.delenv(net.NO_DISCOVERY_ENV, raising=False)
        assert net._discovery(node) is not None
        net._discovery(node)
    first, second = announced
    for info in (first, second):
        text = repr(info.name).encode() + b"".join(k + (v or b"") for k, v in info.properties.items())
        assert DEMO_EVENT_ID.encode() not in text and b"abcdef0123456789" not in text
        assert info.properties == {b"k": keys.kid.encode()}
    assert first.name != second.name  # random on every start


# -- the USB stick -------------------------------------------------------------------------------------------------


def test_a_usb_bundle_and_a_setup_file_hold_nothing_readable(pair: dict[str, Path], tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    needles = secrets_of(pair["c"])
    stick = tmp_path / "stick"
    r = cli("--db", pair["c"], "sync", "export", "--event", DEMO_EVENT_ID, "--out", stick / "c.bkdsync")
    assert r.code == 0, r
    r = cli("--db", pair["c"], "sync", "export", "--event", DEMO_EVENT_ID, "--setup", "--out", stick / "m.bkdsetup")
    assert r.code == 0, r
    with Store.open(pair["d1"]) as s:  # a desk's bundle carries its walk-in's NIK: sealed too
        Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").walk_in(
            PersonData(name="Budi Santoso", nik=NEW_NIK, kelurahan="Kuin Utara", phone="081234567890"))
    r = cli("--db", pair["d1"], "sync", "export", "--event", DEMO_EVENT_ID, "--out", stick / "d1.bkdsync")
    assert r.code == 0, r
    for f in stick.iterdir():
        data = f.read_bytes()
        assert leaked(data, [*needles, NEW_NIK.encode(), b"081234567890", b"Budi", b"Nor Mawaddah"]) == [], f
        assert DEMO_EVENT_ID.encode() not in data


# -- a forged committee bundle ----------------------------------------------------------------------------------


def _forged(desk_db: Path, tables: dict[str, str], *, slot: int, private: bytes | None,
            edit: str | None = None) -> bytes:
    """A bundle made with everything a desk holds (the sync key, the NIK key, the committee's public
    key, the badge secret), claiming ``slot``; ``private`` is the signing key the forger has."""
    keys = changesets.event_keys(str(desk_db), DEMO_EVENT_ID)
    assert keys.committee_private is None  # a desk never holds it
    work = desk_db.with_name("forger.sqlite3")
    shutil.copy(desk_db, work)
    if edit:
        conn = apsw.Connection(str(work))
        conn.execute("DROP TRIGGER IF EXISTS checkins_no_update")
        conn.execute(edit)
        conn.close()
    header, cs, _ = changesets.export(str(work), DEMO_EVENT_ID, tables=tables, seq=10 ** 9)
    header.update(slot=slot)
    forger = seal.Keys(keys.event_id, keys.sync_key, keys.nik_key, keys.committee_public, private)
    if private is None:  # unsigned: sealed like a desk bundle, with the slot set to 0
        import json as _json
        import struct

        head = _json.dumps({"format": bundlemod.FORMAT, **header}, sort_keys=True).encode()
        inner = struct.pack(">I", len(head)) + head + cs
        aad = bundlemod.MAGIC + keys.kid.encode()
        return aad + keys.seal(inner, aad)
    return bundlemod.pack(header, cs, forger)


def test_a_committee_bundle_forged_with_everything_a_desk_knows_is_refused_whole(
        pair: dict[str, Path], tmp_path: Path) -> None:
    other_d = tmp_path / "meja2.sqlite3"
    set_up_desk(pair["c"], other_d, 2, tmp_path)
    attacker_private = seal.Keys.new(DEMO_EVENT_ID).committee_private
    takeover = ("UPDATE events SET settings = json_set(settings, '$.committee_pin', 'pbkdf2_sha256$1$00$00'), "
                "name = 'DIAMBIL ALIH'")
    tables = {"events": "1", "people": "1", "registrations": "1", "signing_keys": "1"}
    for victim in (other_d, pair["c"]):
        before = file_digest(victim)
        for private in (attacker_private, None):
            data = _forged(pair["d1"], tables, slot=0, private=private, edit=takeover)
            with pytest.raises(BundleError, match="tidak ditandatangani kunci panitia"):
                bundlemod.unpack(data, changesets.keyring(str(victim)))
        # and through the worker, as 'sync import' does: refused, one line, nothing changed
        forged = tmp_path / "panitia.bkdsync"
        forged.write_bytes(_forged(pair["d1"], tables, slot=0, private=attacker_private, edit=takeover))
        answer = worker._import({"db": str(victim), "files": [str(forged)], "slot": None})
        assert not answer["ok"] and "kunci panitia" in answer["results"][0]["message"]
        assert file_digest(victim) == before
    with Store.open(other_d) as s:
        assert s.events.get(DEMO_EVENT_ID).name != "DIAMBIL ALIH"


def test_a_desk_bundle_may_only_add_what_a_desk_makes(pair: dict[str, Path], tmp_path: Path) -> None:
    """Per table and per operation, for every sender: another table, a DELETE or an UPDATE refuses it whole."""
    before = file_digest(pair["c"])
    keys = changesets.event_keys(str(pair["d1"]), DEMO_EVENT_ID)
    with Store.open(pair["d1"]) as s:
        desk_device = devmod.identity(s.db).device_id
    for tables, reason in (({"audit_log": "1"}, "tabel 'audit_log'"), ({"events": "1"}, "tabel 'events'"),
                           ({"sessions": "1"}, "tabel 'sessions'")):
        # rows the forger has (taken from a committee database), sent as Meja 1
        header, cs, _ = changesets.export(str(pair["c"]), DEMO_EVENT_ID, tables=tables, seq=1)
        assert sum(header["rows"].values()) > 0
        header.update(slot=1, device=desk_device)
        data = bundlemod.pack(header, cs, keys)
        with pytest.raises(BundleError, match=reason):
            changesets.apply(str(pair["c"]), bundlemod.unpack(data, changesets.keyring(str(pair["c"]))),
                             new_device=worker._new_device)
    # a DELETE of registrations, recorded by a session like any changeset
    stage = apsw.Connection(":memory:")
    stage.execute("ATTACH ? AS src", (str(pair["d1"]),))
    stage.execute(apsw.Connection(str(pair["d1"]), flags=apsw.SQLITE_OPEN_READONLY).execute(
        "SELECT sql FROM sqlite_master WHERE name = 'registrations'").fetchone()[0])
    stage.execute("INSERT INTO main.registrations SELECT * FROM src.registrations")
    session = apsw.Session(stage, "main")
    session.attach(None)
    stage.execute("DELETE FROM main.registrations")
    cs = session.changeset()
    header = {"event": DEMO_EVENT_ID, "slot": 1, "device": "x", "schema": stage.execute(
        "PRAGMA src.user_version").fetchone()[0], "created_at": "2026-01-01T00:00:00+00:00", "rows": {}, "seq": 5}
    with pytest.raises(BundleError, match="DELETE pada tabel 'registrations'"):
        changesets.apply(str(pair["c"]), bundlemod.unpack(bundlemod.pack(header, cs, keys),
                                                          changesets.keyring(str(pair["c"]))),
                         new_device=worker._new_device)
    assert file_digest(pair["c"]) == before


def test_a_genuine_committee_bundle_with_another_table_is_refused_in_one_line(pair: dict[str, Path]) -> None:
    """Even the committee's signature does not carry the audit log's history or PIN attempts (this was
    'KeyError: audit_log' every round)."""
    before = file_digest(pair["d1"])
    for table in ("audit_log", "pin_attempts", "device", "sync_keys", "signing_secrets"):
        header, cs, keys = changesets.export(str(pair["c"]), DEMO_EVENT_ID, tables={table: "1"}, seq=1)
        if not header["rows"][table]:
            assert table in ("pin_attempts", "signing_secrets")  # none in the demo yet
            continue
        data = bundlemod.pack(header, cs, keys)
        result = changesets.apply_many(str(pair["d1"]), [bundlemod.unpack(data, changesets.keyring(str(pair["d1"])))],
                                       new_device=worker._new_device)[0]
        assert isinstance(result, BundleError) and f"tabel '{table}'" in result.message, (table, result)
        assert "\n" not in result.message
    assert file_digest(pair["d1"]) == before


def test_replay_and_far_future_dates_do_not_take_the_desk_over(pair: dict[str, Path]) -> None:
    from bimtek_desk.committee import pin as pinlib

    def committee_bundle(**header_changes: object) -> bytes:
        header, cs, keys = changesets.export(str(pair["c"]), DEMO_EVENT_ID)
        header.update(header_changes)
        return bundlemod.pack(header, cs, keys)

    def merge(data: bytes) -> object:
        return changesets.apply_many(str(pair["d1"]), [bundlemod.unpack(data, changesets.keyring(str(pair["d1"])))],
                                     new_device=worker._new_device)[0]

    old = committee_bundle()
    with Store.open(pair["c"]) as s:
        pinlib.change(s, DEMO_EVENT_ID, "181125", "571938", actor="panitia")
    new = committee_bundle()
    assert merge(new)["own"] is False  # type: ignore[index]
    before = file_digest(pair["d1"])
    merge(old)  # the replay: its rows are already here and its event row is older by sequence number
    with Store.open(pair["d1"]) as s:
        assert pinlib.verify_pin("571938", s.events.get(DEMO_EVENT_ID).settings["committee_pin"])
    # a bundle dated in the year 2999 (even one the committee signed, its clock wrong) is refused whole
    future = committee_bundle(created_at="2999-01-01T00:00:00+00:00")
    before = file_digest(pair["d1"])
    result = merge(future)
    assert isinstance(result, BundleError) and "masa depan" in result.message
    assert file_digest(pair["d1"]) == before
    # and a later genuine bundle is still newer: sequence numbers, not clocks
    with Store.open(pair["c"]) as s:
        pinlib.change(s, DEMO_EVENT_ID, "571938", "905718", actor="panitia")
    merge(committee_bundle())
    with Store.open(pair["d1"]) as s:
        assert pinlib.verify_pin("905718", s.events.get(DEMO_EVENT_ID).settings["committee_pin"])


# -- the stolen desk laptop ----------------------------------------------------------------------------------------


def test_a_desk_database_after_setup_and_a_day_of_scanning_holds_no_roster_nik(pair: dict[str, Path],
                                                                              tmp_path: Path) -> None:
    with Store.open(pair["c"]) as s:
        roster = [r[0] for r in s.db.query("SELECT nik FROM people WHERE nik IS NOT NULL")]
        known = s.people.by_nik(roster[7])
    with Store.open(pair["d1"]) as s:
        d = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG")
        for reg in s.registrations.for_event(DEMO_EVENT_ID)[:20]:
            assert d.check_in(reg.id).outcome.ok
        # a walk-in types a roster NIK: the desk finds the known person through the keyed hash
        assert s.people.by_nik(roster[7]).id == known.id  # type: ignore[union-attr]
        r = d.walk_in(PersonData(name=known.name, nik=roster[7], kelurahan=known.kelurahan))  # type: ignore[union-attr]
        assert r.registration.person.id == known.id  # type: ignore[union-attr]
        d.walk_in(PersonData(name="Budi Santoso", nik=NEW_NIK, kelurahan="Kuin Utara"))
        assert s.people.by_nik(NEW_NIK) is not None  # the NIK this desk collected stays
    # another desk's walk-in reaches Meja 1 (relayed through the committee) as a hash only
    d2 = tmp_path / "meja2.sqlite3"
    set_up_desk(pair["c"], d2, 2, tmp_path)
    with Store.open(d2) as s:
        Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 2", session="REG").walk_in(
            PersonData(name="Siti Aminah", nik="6371010101900002", kelurahan="Pelambuan"))
    for src, dst in (("d2", "c"), ("d1", "c"), ("c", "d1"), ("d2", "d1")):
        path = {"c": pair["c"], "d1": pair["d1"], "d2": d2}
        header, cs, keys = changesets.export(str(path[src]), DEMO_EVENT_ID)
        r = changesets.apply(str(path[dst]), bundlemod.unpack(bundlemod.pack(header, cs, keys),
                                                                changesets.keyring(str(path[dst]))),
                             new_device=worker._new_device)
    with Store.open(pair["c"]) as s:  # the committee keeps every NIK
        assert s.people.by_nik("6371010101900002") is not None and s.people.by_nik(NEW_NIK) is not None
        assert s.db.scalar("SELECT count(*) FROM people WHERE nik LIKE '#%'") == 0
    raw = b"".join(p.read_bytes() for p in pair["d1"].parent.glob(pair["d1"].name + "*"))
    assert len(raw) > 100_000
    assert leaked(raw, [n.encode() for n in [*roster, "6371010101900002"]]) == [], pair["d1"]
    with Store.open(pair["d1"]) as s:
        assert s.db.scalar("SELECT count(*) FROM people WHERE nik LIKE '#%'") >= len(roster)
        assert s.db.scalar("SELECT count(*) FROM sync_keys WHERE committee_private IS NOT NULL") == 0


# -- hostile peers: trickle, flood, idle connections, busy port ------------------------------------------------------


class HostilePeer:
    """A fake peer on loopback: 'trickle' sends a byte every 2 s, 'flood' a 600 MB answer."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.sent = 0
        threading.Thread(target=self.run, daemon=True).start()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                if self.mode == "trickle":
                    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100:
                        if self.stop.wait(2):
                            return
                        conn.sendall(bytes([byte]))
                else:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (600 * 2 ** 20))
                    block = b"\0" * 2 ** 20
                    for _ in range(600):
                        if self.stop.is_set():
                            return
                        conn.sendall(block)
                        self.sent += len(block)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def _peers(db: Path) -> dict[str, dict[str, object]]:
    try:
        return {p["peer"]: p for p in json.loads(net.peers_file(db).read_text())["peers"]}
    except (OSError, ValueError, KeyError):
        return {}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _checkin_ids(db: Path) -> set[int]:
    with Store.open(db) as s:
        return {r[0] for r in s.db.query("SELECT id FROM checkins")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the memory")
def test_a_trickling_and_a_flooding_peer_delay_nobody_and_cost_no_memory(pair: dict[str, Path]) -> None:
    trickle, flood = HostilePeer("trickle"), HostilePeer("flood")
    ports = {"c": free_port(), "d1": free_port()}
    hostile = [f"127.0.0.1:{trickle.port}", f"127.0.0.1:{flood.port}"]
    procs = [start_serve(pair["c"], ports["c"], [f"127.0.0.1:{ports['d1']}", *hostile]),
             start_serve(pair["d1"], ports["d1"], [f"127.0.0.1:{ports['c']}", *hostile])]
    try:
        wait_for(lambda: all(p.get("last_merged_at") for db, other in (("c", "d1"), ("d1", "c"))
                             for p in [_peers(pair[db]).get(f"127.0.0.1:{ports[other]}", {})]), 30,
                 "the honest laptops did not merge each other")
        with Store.open(pair["d1"]) as s:
            reg = s.registrations.for_event(DEMO_EVENT_ID)[9].id
            ci = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(reg).checkin
        t0 = time.monotonic()
        wait_for(lambda: ci.id in _checkin_ids(pair["c"]), 5, "the check-in did not reach the committee")
        assert time.monotonic() - t0 < 5
        # the hostile peers are shown with their reason (⚠ on the desk), and the flood cost no memory
        wait_for(lambda: all(p.get("message") for p in (_peers(pair["d1"]).get(h, {}) for h in hostile)), 20,
                 "the hostile peers were not reported")
        seen = _peers(pair["d1"])
        assert "terlalu lambat" in str(seen[hostile[0]]["message"])
        assert "lebih dari" in str(seen[hostile[1]]["message"])
        assert all(_rss_mb(p.pid) < 300 for p in procs)
        assert all(p.poll() is None for p in procs)
    finally:
        trickle.close()
        flood.close()
        stop(procs)
    for p in procs:
        assert b"Traceback" not in p.stderr.read()  # type: ignore[union-attr]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="limits the server's open files")
def test_a_thousand_idle_connections_do_not_stop_honest_sync(pair: dict[str, Path]) -> None:
    """The desk's server may hold 256 files here: a connection per idle socket would run out (the
    old server had no cap and no timeout) and it would stop answering, while the desk showed ✓."""
    ports = {"c": free_port(), "d1": free_port()}
    procs = [start_serve(pair["c"], ports["c"], [f"127.0.0.1:{ports['d1']}"]),
             start_serve(pair["d1"], ports["d1"], [f"127.0.0.1:{ports['c']}"], max_files=256)]
    idle: list[socket.socket] = []
    try:
        wait_for(lambda: bool(_peers(pair["c"]).get(f"127.0.0.1:{ports['d1']}", {}).get("last_merged_at")), 30,
                 "the committee did not merge the desk")
        for _ in range(1000):  # the stranger opens them and sends nothing
            try:
                idle.append(socket.create_connection(("127.0.0.1", ports["d1"]), timeout=2))
            except OSError:
                break
        assert len(idle) >= 500
        with Store.open(pair["d1"]) as s:
            reg = s.registrations.for_event(DEMO_EVENT_ID)[3].id
            ci = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(reg).checkin
        wait_for(lambda: ci.id in _checkin_ids(pair["c"]), 5, "the check-in did not reach the committee")
        assert all(p.poll() is None for p in procs)
    finally:
        for s in idle:
            s.close()
        stop(procs)
    err = procs[1].stderr.read()  # type: ignore[union-attr]
    assert b"Traceback" not in err


def test_a_busy_port_says_so_in_one_line(pair: dict[str, Path]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "bimtek_desk", "--db", str(pair["c"]), "sync", "serve", "--event",
                            DEMO_EVENT_ID, "--listen", "127.0.0.1", "--port", str(port)],
                           capture_output=True, text=True, timeout=60,
                           env={**os.environ, net.NO_DISCOVERY_ENV: "1"})
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and f"Port {port} sudah dipakai" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr + r.stdout


# -- the laptop's identity and the PIN -------------------------------------------------------------------------------


def test_renaming_the_laptop_or_switching_wi_fi_off_never_stops_checkins(pair: dict[str, Path],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import uuid

    monkeypatch.setattr(socket, "gethostname", lambda: "laptop-baru-namanya")
    monkeypatch.setattr(uuid, "getnode", lambda: 0x0242AC110099)  # another adapter (a dock, USB tethering)
    with Store.open(pair["d1"]) as s:
        s.db._device = None  # type: ignore[attr-defined]
        assert devmod.identity(s.db).slot == 1
        d = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG")
        assert d.check_in(s.registrations.for_event(DEMO_EVENT_ID)[0].id).outcome.ok


def test_a_device_file_from_an_older_version_is_still_this_laptops(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(devmod.DEVICE_FILE_ENV, str(tmp_path / "device-ids.txt"))
    (tmp_path / "device-ids.txt").write_text(f"abc123@{devmod.legacy_fingerprint()}\n")
    assert devmod._known_here("abc123")
    assert f"abc123@{devmod.machine_fingerprint()}" in (tmp_path / "device-ids.txt").read_text()  # upgraded
    monkeypatch.setattr(devmod, "os_machine_id", lambda: "another-machine")
    assert not devmod._known_here("abc123") or devmod.legacy_fingerprint() in (tmp_path / "device-ids.txt").read_text()
    assert devmod.machine_fingerprint() != hashlib.sha256(b"x").hexdigest()[:16]


def test_weak_pins_are_refused_with_the_reason_and_old_hashes_are_upgraded(demo_db: Path) -> None:
    from bimtek_desk.committee import pin as pinlib
    from bimtek_desk.errors import UserError
    from bimtek_desk.store.vocabulary import Purpose

    for weak, why in (("181125", "tanggal"), ("251118", "tanggal"), ("18112025", "tanggal"), ("20251118", "tanggal"),
                      ("123456", "berurutan"), ("987654", "berurutan"), ("111111", "sama"), ("121212", "diulang"),
                      ("123123", "diulang")):
        with pytest.raises(UserError, match=why):
            pinlib.hash_pin(weak)
    assert pinlib.weakness("571938") is None and pinlib.weakness("905718") is None
    stored = pinlib.hash_pin("571938")
    assert stored.startswith("pbkdf2_sha256$600000$")
    with Store.open(demo_db) as s:
        s.events.update_settings(DEMO_EVENT_ID, {"committee_pin": pinlib._hash("181125", 120_000)})
        pinlib.authorize(s, DEMO_EVENT_ID, "181125", actor="uji", purpose=Purpose.NIK_SHOW)
        upgraded = s.events.get(DEMO_EVENT_ID).settings["committee_pin"]
        assert upgraded.startswith("pbkdf2_sha256$600000$") and pinlib.verify_pin("181125", upgraded)


# -- a member turned hostile: the decompression bomb (issue #24) -------------------------------------------------


def _with_tail(desk_db: Path, tail: bytes, declared: int) -> bytes:
    """Meja 1's genuine bundle, sealed with the event's key as Meja 1 would, whose compressed part is
    ``tail`` declaring ``declared`` bytes: what a member (a stolen desk laptop) can send."""
    import struct

    header, cs, keys = changesets.export(str(desk_db), DEMO_EVENT_ID)
    head = json.dumps({"format": bundlemod.FORMAT, **header, "raw": declared}, sort_keys=True).encode()
    inner = struct.pack(">I", len(head)) + head + cs[:header["clear"]] + tail
    aad = bundlemod.MAGIC + keys.kid.encode()
    return aad + keys.seal(inner, aad)


def test_a_decompression_bomb_from_a_member_is_refused_before_memory_grows(pair: dict[str, Path],
                                                                          tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Check-ins travel compressed; a bundle whose compressed part expands to 256 MB (from 250 KB) is
    refused with the database unchanged, whether it declares a small size or the real one, and the
    receiver never holds more than what it declared (at most MAX_CHANGESET)."""
    import tracemalloc
    import zlib

    with Store.open(pair["d1"]) as s:
        d = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG")
        for r in s.registrations.for_event(DEMO_EVENT_ID)[:50]:
            assert d.check_in(r.id).outcome.ok
    z = zlib.compressobj(9)
    zeros = bytes(2 ** 20)
    bomb = b"".join(z.compress(zeros) for _ in range(256)) + z.flush()
    assert len(bomb) < 300_000
    ring = changesets.keyring(str(pair["c"]))
    before = file_digest(pair["c"])
    for declared, reason in ((12_000, "rusak"), (256 * 2 ** 20, "batas")):
        data = _with_tail(pair["d1"], bomb, declared)
        tracemalloc.start()
        try:
            with pytest.raises(BundleError, match=reason):
                bundlemod.unpack(data, ring)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < len(data) * 3 + 2 ** 20, peak  # the sealed bundle, opened once: never the 256 MB
        (tmp_path / "bomb.bkdsync").write_bytes(data)
        r = cli("--db", pair["c"], "sync", "import", tmp_path / "bomb.bkdsync")
        assert r.code != 0 and reason in r.out + r.err, r
        assert file_digest(pair["c"]) == before
    genuine = bundlemod.unpack(bundlemod.pack(*changesets.export(str(pair["d1"]), DEMO_EVENT_ID)), ring)
    assert changesets.apply(str(pair["c"]), genuine, new_device=worker._new_device)["new_checkins"] == 50


def test_check_ins_travel_compressed_and_come_out_identical(pair: dict[str, Path]) -> None:
    with Store.open(pair["d1"]) as s:
        d = Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG")
        for r in s.registrations.for_event(DEMO_EVENT_ID):
            assert d.check_in(r.id).outcome.ok
    header, cs, keys = changesets.export(str(pair["d1"]), DEMO_EVENT_ID, part="checkins", seq=0)
    assert header["clear"] == 0 and len(cs) > 30_000
    data = bundlemod.pack(header, cs, keys)
    assert len(data) < len(cs) // 3  # 175 check-ins: ~38 KB as rows
    assert bundlemod.unpack(data, changesets.keyring(str(pair["c"]))).changeset == cs
