"""Sync (issue #17): merging four desks' bundles of 5,000 check-ins each into a
database of 10,000 registrations; the bundle size of a 175-person event with two
sessions; the cost of sealing and opening a 5,000-person bundle (issue #23); a
desk's scan while merges run and the provincial rehearsal (issue #24).  The engine
runs in this process only while no stdlib sqlite3 connection has the file open;
the CLI line goes through the worker process.  Each part runs alone:
``python -m bench.bench_sync provincial`` (parts: see PARTS)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result, percentiles, synthetic_people, timed
from bimtek_desk.events.demo import load_demo
from bimtek_desk.store import PersonData, Store, eventfile
from bimtek_desk.store import device as devmod
from bimtek_desk.sync import bundle, changesets, seal, worker
from bimtek_desk.system.resources import resource

EVENT = "bimtek-psm-bjm-2025"


def _export(path: Path) -> bytes:
    header, cs, keys = changesets.export(str(path), EVENT)
    return bundle.pack(header, cs, keys)


def _ring(path: Path) -> dict[str, seal.Keys]:
    return changesets.keyring(str(path))


def _merge(path: Path, data: bytes, slot: int | None = None, setup_from: Path | None = None) -> dict:
    """A desk is set up with the keys its setup file gives it (the committee's, without the private key)."""
    if setup_from is not None:
        k = changesets.event_keys(str(setup_from), EVENT)
        ring = {k.kid: seal.Keys(k.event_id, k.sync_key, k.nik_key, k.committee_public)}
    else:
        ring = _ring(path)
    return changesets.apply(str(path), bundle.unpack(data, ring), slot=slot, new_device=worker._new_device)


def _committee5000(tmpdir: Path) -> Path:
    """The committee laptop of a provincial event: 5,000 people registered (made once per run)."""
    path = tmpdir / "c5000.sqlite3"
    if path.exists():
        return path
    spec = eventfile.load(resource("demo", "event.json"))
    with Store.open(path) as s:
        event, _ = s.events.upsert(spec)
        with s.transaction():
            ids = s.people.add_many([PersonData(name, nik, sex, None, birth, kel, kec, phone, tmt)
                                     for nik, name, sex, birth, kel, kec, phone, tmt in synthetic_people(5_000)])
            s.registrations.register_new(event, [(pid, "PESERTA", n) for n, pid in enumerate(ids, 2)])
        devmod.identity(s.db)
    return path


def _sealing(tmpdir: Path) -> list[Result]:
    """The cost of the seal (issue #23) on a 5,000-person committee bundle: sign + seal, open + verify."""
    path = _committee5000(tmpdir)
    header, cs, keys = changesets.export(str(path), EVENT)
    data = bundle.pack(header, cs, keys)
    ring = {keys.kid: keys}
    pack_s = min(timed(lambda: bundle.pack(header, cs, keys)) for _ in range(5))
    open_s = min(timed(lambda: bundle.unpack(data, ring)) for _ in range(5))
    return [Result("segel: tanda tangan + segel bundel panitia 5.000 peserta", pack_s * 1000, "ms", "", None),
            Result("segel: buka + periksa tanda tangan (5.000 peserta)", open_s * 1000, "ms", "", None),
            Result("  ukuran bundel panitia 5.000 peserta (tersegel)", len(data) / 1024, "KiB",
                   "< 1/4 batas tarik", len(data) * 4 < _max_bundle())]


def _remerge(tmpdir: Path, committee: Path) -> list[Result]:
    """Issue #24: the committee's bundle (10,000 people) changed in one row, merged again on a desk that has
    the rest: only that row is written, so the write lock is short; the comparison runs before it."""
    desk = tmpdir / "d3.sqlite3"
    _merge(desk, _export(committee))  # the desk has everything
    with Store.open(committee) as s:
        pid = s.registrations.for_event(EVENT)[123].person.id
        with s.transaction():
            s.people.update(pid, {"phone": "081100000001"})
    data = _export(committee)
    t0 = time.perf_counter()
    r = _merge(desk, data)
    total = time.perf_counter() - t0
    return [Result("gabung ulang bundel panitia 10.000 peserta, 1 baris berubah: kunci tulis", r["locked_ms"], "ms",
                   "< 50 ms", r["locked_ms"] < 50),
            Result("  seluruhnya (buka, banding di luar kunci, tulis)", total * 1000, "ms", "", None)]


_MERGER = """
import sys, time
from pathlib import Path
from bimtek_desk.sync import changesets
from bimtek_desk.sync import bundle, worker
db, files = sys.argv[1], sys.argv[2:]
ring = changesets.keyring(db)
for f in files:
    changesets.apply(db, bundle.unpack(Path(f).read_bytes(), ring), new_device=worker._new_device)
    time.sleep(0.05)
"""


def _deltas(tmpdir: Path, other: Path, name: str, regs: list[int], deltas: int, per_delta: int) -> list[Path]:
    """A desk's check-ins in M3 as the network would bring them to another laptop: ``per_delta`` at a time."""
    files = []
    for k in range(deltas):
        since = changesets.checkin_vector(str(other), EVENT)
        _checkins(other, regs[k * per_delta:(k + 1) * per_delta], "M3", name)
        header, cs, keys = changesets.export(str(other), EVENT, part="checkins", since=since, seq=0)
        files.append(tmpdir / f"delta-{other.stem}-{k}.bkdsync")
        files[-1].write_bytes(bundle.pack(header, cs, keys))
    return files


def _scans_during_merges(tmpdir: Path, deltas: int = 40, per_delta: int = 25) -> list[Result]:
    """Issue #24 item 3: a desk's own scan (check-in committed, synchronous=FULL) on Meja 1: quiet; while
    three other processes merge three desks' rushes into the same database at once (25 check-ins each,
    every ~50 ms: harsher than one 'sync serve' merging its three peers in turn); while 'sync import'
    merges a full bundle of 10,000 check-ins (a USB stick, a late joiner's first pull)."""
    from bimtek_desk.desk.checkin import Desk, event_day_clock

    desk = tmpdir / "d1.sqlite3"
    with Store.open(desk) as s:
        regs = [r.id for r in s.registrations.for_event(EVENT)]
    others = [tmpdir / f"d{k}.sqlite3" for k in (2, 3, 4)]
    rushes = [_deltas(tmpdir, o, f"Meja {k}", regs[4000 + 1000 * k:5000 + 1000 * k], deltas, per_delta)
              for k, o in enumerate(others, start=2)]
    # Meja 3 after it merged Meja 4: its full bundle holds both desks' check-ins
    ring = _ring(others[1])
    changesets.apply(str(others[1]), bundle.unpack(_export(others[2]), ring), new_device=worker._new_device)
    full = tmpdir / "full-d3.bkdsync"
    full.write_bytes(_export(others[1]))
    opened = bundle.unpack(full.read_bytes(), ring)
    rows_in = sum(opened.header["rows"].values())

    def scans(store: Store, chosen: list[int]) -> list[float]:
        event = store.events.get(EVENT)
        d = Desk(store, event, desk="Meja 1", session="M3", now=event_day_clock(event))
        out = []
        for r in chosen:
            t0 = time.perf_counter()
            result = d.check_in(r)
            assert result.outcome.ok, result.message
            out.append(time.perf_counter() - t0)
        return out

    def during(store: Store, procs: list[subprocess.Popen[bytes]], start: int) -> tuple[list[float], int]:
        """A scan every ~5 ms (a desk never scans faster) for as long as the merges run."""
        busy: list[float] = []
        n = start
        while any(p.poll() is None for p in procs) and n < 4000:
            busy += scans(store, [regs[n]])
            n += 1
            time.sleep(0.005)
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err
        return busy, n

    with Store.open(desk) as s:
        quiet = scans(s, regs[:200])
        mergers = [subprocess.Popen([sys.executable, "-c", _MERGER, str(desk), *map(str, files)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE) for files in rushes]
        rush, n = during(s, mergers, 200)
        before = s.db.scalar("SELECT count(*) FROM checkins")
        t0 = time.perf_counter()
        importer = subprocess.Popen([sys.executable, "-m", "bimtek_desk", "--db", str(desk), "sync", "import",
                                     str(full)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        imported, n = during(s, [importer], n)
        took = time.perf_counter() - t0
        new = s.db.scalar("SELECT count(*) FROM checkins") - before - len(imported)
    rows = []
    for label, xs in (("tenang", quiet), (f"3 meja menggabung arus ({3 * deltas} x {per_delta})", rush),
                      (f"impor bundel penuh {new:,} check-in", imported)):
        x50, x99 = percentiles(xs)
        rows += [Result(f"scan meja, {label}: p99", x99 * 1000, "ms", "< 50 ms", x99 < 0.05),
                 Result(f"  p50 ({len(xs)} scan, terlama {max(xs) * 1000:.1f} ms)", x50 * 1000, "ms", "", None)]
    rows.append(Result(f"  'sync import' bundel penuh {new:,} check-in, seluruhnya", took, "s", "", None))
    rows.append(Result(f"ukuran bundel penuh Meja 3 ({rows_in:,} baris), tersegel", full.stat().st_size / 1024,
                       "KiB", "", None))
    rows.append(Result("  tanpa kompresi (changeset)", len(opened.changeset) / 1024, "KiB", "", None))
    return rows


def _max_bundle() -> int:
    from bimtek_desk.sync import net

    return net.MAX_BUNDLE


def _checkins(path: Path, regs: list[int], session_key: str, desk: str) -> None:
    with Store.open(path) as s:
        session = s.events.session(EVENT, session_key)
        with s.transaction():
            for r in regs:
                s.checkins.record(r, session.id, desk=desk, operator="bench", method="scanner")


#: the parts of this bench, each runnable alone: ``python -m bench.bench_sync provincial scans``
PARTS = ("merge", "scans", "sealing", "provincial", "propagation")


def run(parts: tuple[str, ...] = PARTS) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        os.environ.setdefault(devmod.DEVICE_FILE_ENV, str(tmpdir / "device-ids.txt"))
        if not {"merge", "scans"} & set(parts):
            return results + _later_parts(tmpdir, parts)
        spec = eventfile.load(resource("demo", "event.json"))
        committee = tmpdir / "c.sqlite3"
        with Store.open(committee) as s:
            event, _ = s.events.upsert(spec)
            with s.transaction():
                ids = s.people.add_many([PersonData(name, nik, sex, None, birth, kel, kec, phone, tmt)
                                         for nik, name, sex, birth, kel, kec, phone, tmt in synthetic_people(10_000)])
                regs = s.registrations.register_new(event, [(pid, "PESERTA", n) for n, pid in enumerate(ids, 2)])
        setup = _export(committee)
        desks = []
        for slot in (1, 2, 3, 4):
            path = tmpdir / f"d{slot}.sqlite3"
            Store.open(path).close()
            _merge(path, setup, slot=slot, setup_from=committee)
            overlapping = (regs * 2)[(slot - 1) * 2500:(slot - 1) * 2500 + 5000]
            _checkins(path, overlapping, "REG", f"Meja {slot}")
            desks.append(_export(path))
        shutil.copy(committee, tmpdir / "c-copy.sqlite3")
        ring = _ring(committee)
        seconds = timed(lambda: changesets.apply_many(str(committee), [bundle.unpack(b, ring) for b in desks],
                                                      new_device=worker._new_device))
        with Store.open(committee) as s:
            assert s.db.scalar("SELECT count(*) FROM checkins") == 20_000
            assert s.checkins.present_count(s.events.session(EVENT, "REG").id) == 10_000
        results.append(Result("sinkron: gabung 4 bundel x 5.000 check-in ke 10.000 peserta", seconds, "s", "< 1 s",
                              seconds < 1))
        for n, b in enumerate(desks):
            (tmpdir / f"d{n}.bkdsync").write_bytes(b)
        env = dict(os.environ)
        t = timed(lambda: subprocess.run([sys.executable, "-m", "bimtek_desk", "--db", str(tmpdir / "c-copy.sqlite3"),
                                          "sync", "import", *(str(tmpdir / f"d{n}.bkdsync") for n in range(4))],
                                         check=True, capture_output=True, env=env))
        results.append(Result("  sama, lewat 'sync import' (proses sendiri, termasuk start)", t, "s", "", None))
        results.append(Result("  ukuran satu bundel meja (5.000 check-in)", len(desks[0]) / 1024, "KiB", "", None))

        demo = tmpdir / "demo.sqlite3"
        with Store.open(demo) as s:
            load_demo(s)
            devmod.identity(s.db)
        setup = _export(demo)
        desk = tmpdir / "demo-d1.sqlite3"
        Store.open(desk).close()
        _merge(desk, setup, slot=1, setup_from=demo)
        with Store.open(desk) as s:
            regs = [r.id for r in s.registrations.for_event(EVENT)]
        _checkins(desk, regs, "REG", "Meja 1")
        _checkins(desk, regs, "M3", "Meja 1")
        results.append(Result("ukuran bundel meja: 175 peserta x 2 sesi", len(_export(desk)) / 1024, "KiB", "", None))
        results.append(Result("ukuran bundel panitia (acara demo lengkap)", len(setup) / 1024, "KiB", "", None))
        if "merge" in parts:
            results += _remerge(tmpdir, committee)
        if "scans" in parts:
            results += _scans_during_merges(tmpdir)
        results += _later_parts(tmpdir, parts)
    return results


def _later_parts(tmpdir: Path, parts: tuple[str, ...]) -> list[Result]:
    results = []
    if "sealing" in parts:
        results += _sealing(tmpdir)
    if "provincial" in parts:
        results += _provincial(tmpdir)
    if "propagation" in parts:
        demo = tmpdir / "demo-net.sqlite3"
        with Store.open(demo) as s:
            load_demo(s)
            devmod.identity(s.db)
        results += _propagation(tmpdir, demo, _export(demo))
    return results


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _propagation(tmpdir: Path, committee: Path, setup: bytes, samples: int = 20, interval: float = 1.0) -> list[Result]:
    """Three 'sync serve' processes on 127.0.0.1 with --peer: time from a check-in on one
    laptop until it is in the other two databases."""
    dbs = [committee, tmpdir / "net-d1.sqlite3", tmpdir / "net-d2.sqlite3"]
    for slot, db in ((1, dbs[1]), (2, dbs[2])):
        Store.open(db).close()
        _merge(db, setup, slot=slot, setup_from=committee)
    ports = [_free_port() for _ in dbs]
    env = {**os.environ, "BIMTEK_DESK_NO_ZEROCONF": "1"}
    errs = [(tmpdir / f"serve-{n}.err").open("w+", encoding="utf-8") for n in range(len(dbs))]
    procs = [subprocess.Popen([sys.executable, "-m", "bimtek_desk", "--db", str(db), "sync", "serve", "--event", EVENT,
                               "--listen", "127.0.0.1", "--port", str(port), "--interval", str(interval),
                               *(a for q in ports if q != port for a in ("--peer", f"127.0.0.1:{q}"))],
                              env=env, stdout=subprocess.DEVNULL, stderr=err)
             for db, port, err in zip(dbs, ports, errs, strict=True)]
    delays = []
    died: list[str] = []
    try:
        time.sleep(3 * interval + 2)
        with Store.open(dbs[1]) as s:
            regs = [r.id for r in s.registrations.for_event(EVENT)][:samples]
            session = s.events.session(EVENT, "REG").id
        readers = [sqlite3.connect(f"file:{db}?mode=ro", uri=True) for db in (dbs[0], dbs[2])]
        for reg in regs:
            with Store.open(dbs[1]) as s:
                ci = s.checkins.record(reg, session, desk="Meja 1", operator="bench", method="scanner")
            t0 = time.perf_counter()
            waiting = set(range(len(readers)))
            while waiting and time.perf_counter() - t0 < 30:
                waiting = {i for i in waiting
                           if readers[i].execute("SELECT 1 FROM checkins WHERE id = ?", (ci.id,)).fetchone() is None}
                time.sleep(0.02)
            delays.append(time.perf_counter() - t0)
        for r in readers:
            r.close()
    finally:
        # a serve process that ended by itself (it used to, on a busy database) is a failure, not a slow sample
        died = [f"{db.name}: {err.name}" for p, db, err in zip(procs, dbs, errs, strict=True) if p.poll() is not None]
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=15)
        tracebacks = 0
        for err in errs:
            err.seek(0)
            tracebacks += err.read().count("Traceback")
            err.close()
    p50, p95 = percentiles(delays)
    return [Result(f"sinkron jaringan: check-in sampai di 2 laptop lain, p50 (tarik {interval:g} s)", p50, "s", "",
                   None),
            Result(f"sinkron jaringan: p95 ({samples} check-in, 127.0.0.1)", p95, "s", "< 5 s", p95 < 5),
            Result("  proses 'sync serve' yang berhenti sendiri", len(died), "", "0", not died),
            Result("  galat (traceback) di stderr 'sync serve'", tracebacks, "", "0", not tracebacks)]


def _serve(db: Path, port: int, peers: list[int], interval: float, err: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BIMTEK_DESK_NO_ZEROCONF": "1"}
    return subprocess.Popen([sys.executable, "-m", "bimtek_desk", "--db", str(db), "sync", "serve", "--event", EVENT,
                             "--listen", "127.0.0.1", "--port", str(port), "--interval", str(interval),
                             *(a for q in peers for a in ("--peer", f"127.0.0.1:{q}"))],
                            env=env, stdout=subprocess.DEVNULL, stderr=err)


def _cpu_rss(pid: int) -> tuple[float, float]:
    """(CPU seconds, resident MB) of a process, from /proc (Linux); zeros elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        rss = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("VmRSS:")) / 1024
    except (OSError, ValueError, IndexError, StopIteration):
        return 0.0, 0.0
    return cpu, rss


#: the provincial rush (issue #24), overridable for a longer run: BENCH_SYNC_ARRIVALS, BENCH_SYNC_SECONDS
ARRIVALS, SECONDS = 1_720, 120.0  # the rate (5,150 in 6 minutes), for two minutes


def _provincial(tmpdir: Path, desks: int = 8, interval: float = 2.0) -> list[Result]:
    """Issue #24's rehearsal on loopback: 5,000 people, the committee and ``desks`` desks, each with
    its own 'sync serve' (pull every ``interval`` s, --peer to every other: the hotel Wi-Fi mode), a
    rush of arrivals spread over the desks with 3 % of the people scanned again at another desk a few
    seconds to a minute later, and the last desk joining halfway naming only the committee (it was set
    up from the committee's file earlier and scans from the three-quarter mark).  Measured: the time
    from a check-in's commit until every laptop serving then has it (the late desk from 10 s after
    its start), the bytes pulled per round and per new check-in in each half of the rush, the desks'
    scan latency during it, the late desk heard by all, each serve's CPU and memory."""
    import random
    import threading

    from bimtek_desk.desk.checkin import Desk, event_day_clock

    arrivals = int(os.environ.get("BENCH_SYNC_ARRIVALS", ARRIVALS))
    seconds = float(os.environ.get("BENCH_SYNC_SECONDS", SECONDS))
    committee = _committee5000(tmpdir)
    setup = _export(committee)
    names = ["c", *(f"d{k}" for k in range(1, desks + 1))]
    dbs = {"c": committee, **{n: tmpdir / f"prov-{n}.sqlite3" for n in names[1:]}}
    for k, n in enumerate(names[1:], start=1):
        Store.open(dbs[n]).close()
        _merge(dbs[n], setup, slot=k, setup_from=committee)
    late_name = names[-1]
    first = names[:-1]
    ports = {n: _free_port() for n in names}
    errs = {n: (tmpdir / f"prov-{n}.err").open("w+", encoding="utf-8") for n in names}
    procs = {n: _serve(dbs[n], ports[n], [ports[m] for m in first if m != n], interval, errs[n]) for n in first}
    lock = threading.Lock()
    created: dict[int, tuple[float, str]] = {}  # check-in id -> (committed at, desk)
    pending: dict[str, dict[int, float]] = {n: {} for n in names}  # laptop -> check-ins it still lacks
    arrived: dict[str, dict[int, float]] = {n: {} for n in names}
    serving_since: dict[str, float] = {n: 0.0 for n in first}
    stop = threading.Event()

    def watch() -> None:
        readers: dict[str, sqlite3.Connection] = {}
        while not stop.is_set():
            for n, db in dbs.items():
                with lock:
                    ids = list(pending[n])
                if not ids:
                    continue
                try:
                    if n not in readers:
                        readers[n] = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                    got = [r[0] for r in readers[n].execute(
                        "SELECT id FROM checkins WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))]
                except sqlite3.Error:
                    readers.pop(n, None)
                    continue
                now = time.perf_counter()
                with lock:
                    for i in got:
                        pending[n].pop(i, None)
                        arrived[n][i] = now
            time.sleep(0.05)
        for r in readers.values():
            r.close()

    def pulled(who: list[str]) -> int:
        total = 0
        for n in who:
            with contextlib.suppress(OSError, ValueError, KeyError):
                total += int(json.loads(Path(f"{dbs[n]}.peers.json").read_text())["bytes_in"])
        return total

    watcher = threading.Thread(target=watch, daemon=True)
    scans: list[float] = []
    rng = random.Random(7)
    late: tuple[int, float] | None = None
    late_started = 1e18
    firsts: dict[int, str] = {}  # registration -> the desk that scanned it first
    again = recognised = 0
    marks: list[tuple[float, int, int]] = []  # (time, bytes pulled by the first laptops, check-ins so far)
    cpu0: dict[str, float] = {}
    stores: dict[str, Store] = {}
    try:
        time.sleep(3 * interval + 2)
        for n in first:  # the first contact (each desk learns the others) is not the rush
            serving_since[n] = time.perf_counter()
        marks.append((time.perf_counter(), pulled(first), 0))
        cpu0 = {n: _cpu_rss(p.pid)[0] for n, p in procs.items()}
        watcher.start()
        stores = {n: Store.open(dbs[n]) for n in names[1:]}
        scanners = {n: Desk(s, s.events.get(EVENT), desk=f"Meja {n[1:]}", session="REG",
                            now=event_day_clock(s.events.get(EVENT))) for n, s in stores.items()}
        regs = [r.id for r in stores["d1"].registrations.for_event(EVENT)]
        rng.shuffle(regs)
        t_start = time.perf_counter()
        fresh = iter(regs)
        for k in range(arrivals):
            active = names[1:] if k >= arrivals * 3 // 4 else names[1:-1]
            n = active[k % len(active)]
            seen_before = [r for r in list(firsts)[-600:-30] if firsts[r] != f"Meja {n[1:]}"]
            rescan = bool(seen_before) and rng.random() < 0.03
            reg = rng.choice(seen_before) if rescan else next(fresh)
            t0 = time.perf_counter()
            result = scanners[n].check_in(reg)
            scans.append(time.perf_counter() - t0)
            if rescan:
                again += 1
                recognised += (result.outcome.name == "ALREADY" and result.checkin is not None
                               and result.checkin.desk == firsts[reg])
            if result.checkin is not None and result.outcome.name == "CHECKED_IN":
                now = time.perf_counter()
                firsts.setdefault(reg, f"Meja {n[1:]}")
                with lock:
                    created[result.checkin.id] = (now, n)
                    for m in names:
                        if m != n:
                            pending[m][result.checkin.id] = now
                if n == late_name and late is None:
                    late = (result.checkin.id, now)
            if k == arrivals // 2:  # the late desk starts its serve, naming only the committee
                procs[late_name] = _serve(dbs[late_name], ports[late_name], [ports["c"]], interval, errs[late_name])
                serving_since[late_name] = time.perf_counter() + 10  # its join is measured on its own
                late_started = time.perf_counter()
                marks.append((late_started, pulled(first), len(created)))
            time.sleep(max(0.0, t_start + (k + 1) * seconds / arrivals - time.perf_counter()))
        rush_end = time.perf_counter()
        end = rush_end + 30
        while time.perf_counter() < end:
            with lock:
                if not any(pending[n] for n in names):
                    break
            time.sleep(0.2)
        time.sleep(interval + 0.5)
        marks.append((time.perf_counter(), pulled(first), len(created)))
        joined = pulled([late_name])
        cpu = {n: (_cpu_rss(p.pid)[0] - cpu0.get(n, 0.0), _cpu_rss(p.pid)[1]) for n, p in procs.items()}
        span = time.perf_counter() - marks[0][0]
    finally:
        stop.set()
        for st in stores.values():
            st.close()
        for p in procs.values():
            p.terminate()
        for p in procs.values():
            p.wait(timeout=15)
        tracebacks = 0
        for err in errs.values():
            err.seek(0)
            tracebacks += err.read().count("Traceback")
            err.close()
    delays = []
    for i, (t, origin) in created.items():
        to = [n for n in names if n != origin and serving_since.get(n, 1e18) <= t]
        delays.append(max((arrived[n].get(i, t + 60) for n in to), default=t) - t)
    p50, p95 = percentiles(delays)
    late_delay = (max(arrived[n].get(late[0], late[1] + 60) for n in names if n != late_name) - late[1]
                  if late else 60.0)
    catch_up = [arrived[late_name].get(i, 1e18) for i, (t, _) in created.items() if t < late_started]
    caught = max(catch_up) - late_started if catch_up else 0.0
    s50, s99 = percentiles(scans)
    halves = [(b1 - b0, c1 - c0, t1 - t0) for (t0, b0, c0), (t1, b1, c1) in zip(marks, marks[1:], strict=False)]
    per_row = [b / max(1, c) / len(first) for b, c, _ in halves]  # per new check-in, per receiving laptop
    per_round = [b / max(1.0, dt / interval) / len(first) for b, _, dt in halves]
    cores = [c / span for c, _ in cpu.values()]
    rate = arrivals / seconds
    shape = f"panitia + {desks} meja, {arrivals} datang dalam {seconds:g} s ({rate:.1f}/s)"
    return [Result(f"provinsi ({shape})", len(created), "check-in", "", None),
            Result("provinsi: check-in sampai di semua laptop, p50", p50, "s", "", None),
            Result("provinsi: check-in sampai di semua laptop, p95", p95, "s", "< 5 s", p95 < 5),
            Result(f"  terlama ({len(delays)} check-in, tarik tiap {interval:g} s)", max(delays), "s", "", None),
            Result("provinsi: byte ditarik per laptop per putaran, paruh 1", per_round[0], "B", "", None),
            Result("provinsi: byte ditarik per laptop per putaran, paruh 2", per_round[-1], "B", "", None),
            Result("provinsi: byte per check-in baru per laptop, paruh 1", per_row[0], "B", "< 5 KB",
                   per_row[0] < 5_000),
            Result("provinsi: byte per check-in baru per laptop, paruh 2", per_row[-1], "B", "~ paruh 1",
                   per_row[-1] < 1.5 * per_row[0] + 500),
            Result(f"provinsi: scan meja p99 selama arus ({len(scans)} scan)", s99 * 1000, "ms", "< 50 ms", s99 < 0.05),
            Result("  scan meja p50", s50 * 1000, "ms", "", None),
            Result(f"provinsi: scan lagi di meja lain dikenali + meja pertama ({again})", recognised, "",
                   f"= {again}", recognised == again),
            Result(f"provinsi: {late_name} terlambat (1 --peer) terdengar semua", late_delay, "s", "< 10 s",
                   late_delay < 10),
            Result(f"  {late_name}: punya semua check-in lama setelah", caught, "s", "", None),
            Result(f"  {late_name}: byte ditarik sejak bergabung", joined / 1024, "KiB", "", None),
            Result("  'sync serve' CPU rata-rata per laptop", sum(cores) / max(1, len(cores)), "inti", "", None),
            Result("  'sync serve' memori terbesar", max(r for _, r in cpu.values()), "MB", "", None),
            Result("  galat (traceback) di stderr 'sync serve'", tracebacks, "", "0", not tracebacks)]

if __name__ == "__main__":
    chosen = tuple(a for a in sys.argv[1:] if a in PARTS) or PARTS
    if set(sys.argv[1:]) - set(PARTS):
        raise SystemExit(f"bagian: {', '.join(PARTS)}")
    print(f"{'ukuran':<58} {'angka':>10} {'satuan':<8} {'target':<14} hasil")
    for r in run(chosen):
        print(r.row(), flush=True)
