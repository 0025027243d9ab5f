"""Roster import of a 10,000-row XLSX; badge-code lookup among 100,000 registrations."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Result, percentiles, synthetic_people, timed, write_xlsx
from bimtek_desk.roster.importer import import_roster
from bimtek_desk.scanning import codes
from bimtek_desk.store import PersonData, Store, eventfile
from bimtek_desk.system.resources import resource


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        xlsx = write_xlsx(tmpdir / "roster10k.xlsx", synthetic_people(10_000))
        spec = eventfile.load(resource("demo", "event.json"))

        runs = []
        for i in range(3):  # each into a fresh database; the median is reported
            with Store.open(tmpdir / f"import{i}.sqlite3") as store:
                store.events.upsert(spec)
                runs.append(timed(lambda store=store: import_roster(store, spec.id, xlsx)))  # type: ignore[misc]
                assert store.registrations.count(spec.id) == 10_000
        seconds = statistics.median(runs)
        results.append(Result("impor roster XLSX 10.000 baris (median 3x)", seconds, "s", "< 3 s", seconds < 3))

        with Store.open(tmpdir / "lookup.sqlite3") as store:
            event, _ = store.events.upsert(spec)
            people = synthetic_people(100_000, seed=11)
            with store.transaction():
                for nik, name, sex, birth, kel, kec, phone, tmt in people:
                    pid = store.people.add(PersonData(name, nik, sex, None, birth, kel, kec, phone, tmt))
                    store.registrations.register(event, pid)
            all_codes = [r[0] for r in store.db.query("SELECT code FROM badges")]
            sample = random.Random(3).sample(all_codes, 2000)
            lookups, full = [], []
            for code in sample:
                t0 = time.perf_counter()
                store.registrations.by_code(code)
                lookups.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                parsed = codes.parse(code)
                assert parsed is not None
                ev = store.events.by_tag(parsed.event_tag)
                assert ev is not None and parsed.verify(ev.secret)
                store.registrations.by_code(parsed.code)
                full.append((time.perf_counter() - t0) * 1000)
        p50, p99 = percentiles(lookups)
        results.append(Result("cari kode badge di 100.000 pendaftaran (p99)", p99, "ms", "< 1 ms", p99 < 1))
        results.append(Result("  … median", p50, "ms", "", None))
        p50, p99 = percentiles(full)
        results.append(Result("parse + HMAC + cari kode (p99)", p99, "ms", "< 1 ms", p99 < 1))
    return results
