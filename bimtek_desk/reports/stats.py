"""Live numbers for the Statistik area: presence per session and kecamatan,
arrivals over time, certificates earned so far."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Session


@dataclass(frozen=True)
class Stats:
    registered: int
    per_session: list[tuple[Session, int]]
    per_kecamatan: list[tuple[str, int, int]]  # (kecamatan, registered, present at the chosen session)
    arrivals: list[tuple[str, int]]  # ('07:40', count) per bucket at the chosen session
    eligible: int
    transport_people: int = 0  # people paid (or to be paid) transport, over every period, as the lists say
    transport_total: int = 0


def compute(store: Store, event: Event, session: Session | None = None, *, bucket_minutes: int = 10) -> Stats:
    from bimtek_desk.documents.issue import eligibility

    sessions = store.events.sessions(event.id)
    session = session or (sessions[0] if sessions else None)
    regs = store.registrations.for_event(event.id)
    per_session = [(s, store.checkins.present_count(s.id)) for s in sessions]
    present = store.checkins.present_ids(session.id) if session else {}
    registered: Counter[str] = Counter()
    came: Counter[str] = Counter()
    for r in regs:
        kec = r.person.kecamatan or "(kosong)"
        registered[kec] += 1
        if r.id in present:
            came[kec] += 1
    buckets: Counter[int] = Counter()
    for ci in present.values():
        t = dt.datetime.fromisoformat(ci.at)
        buckets[(t.hour * 60 + t.minute) // bucket_minutes * bucket_minutes] += 1
    timeline = range(min(buckets), max(buckets) + 1, bucket_minutes) if buckets else range(0)  # quiet spells too
    return Stats(
        registered=len(regs),
        per_session=per_session,
        per_kecamatan=[(k, registered[k], came[k]) for k in sorted(registered)],
        arrivals=[(f"{m // 60:02d}:{m % 60:02d}", buckets[m]) for m in timeline],
        eligible=sum(e.eligible for e in eligibility(store, event)),
        **_transport(store, event),
    )


def _transport(store: Store, event: Event) -> dict[str, int]:
    if not event.settings.get("transport"):
        return {}
    from bimtek_desk.reports import transport

    lists = transport.listed(store, event)
    return {"transport_people": sum(len(lst.payees) for lst in lists),
            "transport_total": sum(lst.total for lst in lists)}
