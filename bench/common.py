"""Shared helpers for the benchmarks: synthetic data and a timing table."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.idn import wilayah
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event

FIRST = ("Ahmad Muhammad Siti Nur Rahmat Hidayat Fauzi Noor Rina Dewi Yusuf Abdul Fatimah Hasan Aisyah "
         "Rudi Salmah Ridwan Herlina Jannah Rahman Arsyad Gazali Mahmudah Syarif Anwar Zainab").split()
KELURAHAN = list(wilayah.KECAMATAN_OF)


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: str
    ok: bool | None  # None: no target

    def row(self) -> str:
        verdict = "" if self.ok is None else ("OK" if self.ok else "LEBIH LAMBAT")
        return f"{self.name:<58} {self.value:>10.3f} {self.unit:<8} {self.target:<14} {verdict}"


def synthetic_people(n: int, seed: int = 7) -> list[tuple[str, str, str, dt.date, str, str, str, int]]:
    """(nik, name, sex, birth, kelurahan, kecamatan, phone, tmt) with unique, valid NIKs."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sex = rng.choice("LP")
        birth = dt.date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28))
        day = birth.day + (40 if sex == "P" else 0)
        kel = rng.choice(KELURAHAN)
        kec = wilayah.KECAMATAN_OF[kel]
        serial = i % 10000
        district = 1 + (i // 10000) % 5
        nik = f"6371{district:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
        # make NIKs unique beyond 10,000 by varying the regency digits
        if i >= 50000:
            nik = f"6372{nik[4:]}"
        name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {i}"
        out.append((nik, name.rsplit(' ', 1)[0] + " " + chr(65 + i % 26) * 2 + str(i), sex, birth, kel, kec,
                    f"08{rng.randint(10**9, 10**10 - 1)}", rng.randint(1990, 2024)))
    return out


def percentiles(samples: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), qs[98]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def write_xlsx(path: Path, people: list[tuple[Any, ...]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()  # shared strings, as Excel itself writes
    ws = wb.active
    assert ws is not None  # a new workbook has its one sheet
    ws.title = "Data PSM"
    ws.append(["No", "NIK", "Nama", "L/P", "Tanggal Lahir", "Kelurahan", "Kecamatan", "No HP", "TMT"])
    for i, (nik, name, sex, birth, kel, kec, phone, tmt) in enumerate(people, start=1):
        ws.append([i, nik, name, sex, birth.isoformat(), kel, kec, phone, tmt])
    wb.save(path)
    return path


def logo_png(colour: str = "#1E3A8A") -> bytes:
    """A stand-in for the committee's official logo (200×240 px, opaque)."""
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", (200, 240), "white")
    ImageDraw.Draw(im).ellipse((20, 20, 180, 220), fill=colour)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def choose_logo(store: Store, event_id: str) -> None:
    """The stand-in logo chosen in the event's settings, as the committee chooses its own."""
    from bimtek_desk.render import images

    ref = store.events.put_image(images.check(logo_png(), "lambang.png"))
    store.events.update_settings(event_id, {"logo": ref})


def make_final(store: Store, event_id: str, *, pin: str = "181125", actor: str = "bench") -> Event:
    """A logo chosen and every example field confirmed (PIN, audited), as a committee does
    before printing: documents then carry real numbers and signed QR codes, no DRAF."""
    from bimtek_desk.documents import drafts

    choose_logo(store, event_id)
    event = store.events.get(event_id)
    signatories = dict(event.settings.get("signatories") or {})
    missing = {role: sig for role, sig in EXAMPLE_SIGN_OFFS.items() if not (signatories.get(role) or {}).get("name")}
    if event.settings.get("transport") and missing:  # the demo names no PPTK nor Bendahara: a committee would
        event = store.events.update_settings(event_id, {"signatories": {**signatories, **missing}})
    if drafts.unconfirmed(event):
        event = drafts.confirm(store, event, None, pin=pin, actor=actor)
    return event


# The transport list's sign-offs as a committee fills them in before printing (test and bench data).
EXAMPLE_SIGN_OFFS = {
    "pptk": {"title_line": "Pejabat Pelaksana Teknis Kegiatan,", "name": "Hj. Siti Aminah, S.E., M.M.",
             "nip": "19800101 200501 2 001"},
    "treasurer": {"title_line": "Bendahara Pengeluaran,", "name": "Rudi Hartono", "nip": "19810202 200601 1 002"},
}


def final_demo(store: Store) -> Event:
    """Load the demo event and make it final (:func:`make_final`); the benches measure
    final documents."""
    from bimtek_desk.documents import drafts
    from bimtek_desk.events.demo import DEMO_PIN, load_demo

    event, _ = load_demo(store)
    event = make_final(store, event.id, pin=DEMO_PIN)
    for doc_type in ("sertifikat", "piagam", "daftar-hadir", "transport"):
        assert not drafts.is_draft(event, doc_type), (doc_type, drafts.notice(event, doc_type))
    return event
