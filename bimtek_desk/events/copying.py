"""A new event from a previous one: trainings repeat every year."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store, eventfile
from bimtek_desk.store.models import Event


def unconfirmed_in_a_copy(data: dict[str, Any]) -> list[str]:
    """What a copy must have confirmed again, whatever the source had confirmed: the facts
    that depend on the date or on people — who signs (each role the event names, and
    the transport's sign-offs), JP and materials, the number patterns (their year, their
    classification), the transport amount (the year's SSH), and the title when it names
    a year.  The source's own unconfirmed entries stay."""
    from bimtek_desk.documents import drafts

    out = [str(e) for e in data.get("unconfirmed") or []]
    wanted = [f"signatories.{role}" for role in data.get("signatories") or {}]
    if data.get("agenda"):
        wanted.append("agenda.jp")
    if data.get("numbering"):
        wanted.append("numbering")
    if data.get("transport"):
        wanted.append("transport.amount")
    if drafts.years_in(str(data.get("name", ""))) or drafts.years_in(str(data.get("short_name", ""))):
        wanted.append("name")
    return out + [e for e in wanted if e not in out]


def copy_event(store: Store, source: Event, new_id: str, new_date: dt.date, *, short_name: str | None = None,
               name: str | None = None, with_roster: bool = False, actor: str = "panitia") -> Event:
    """Settings, sessions, texts and signatories carry over; dates move to ``new_date``;
    the new event gets its own secret key and code tag.  Everything that depends on
    the date or on people starts unconfirmed (:func:`unconfirmed_in_a_copy`), so the
    copy prints DRAF until the committee has looked again.  Its documents continue the
    number series of their patterns (a series belongs to its pattern across all
    events), so no number is ever given twice."""
    if any(e.id == new_id for e in store.events.all()):
        raise UserError(f"Acara '{new_id}' sudah ada.")
    shift = new_date - source.date_start
    data = {k: v for k, v in source.settings.items() if k in eventfile.FILE_KEYS}
    data["id"] = new_id
    data["date"] = new_date.isoformat()
    if "date_end" in data:
        data["date_end"] = (dt.date.fromisoformat(data["date_end"]) + shift).isoformat()
    for item in data.get("agenda", []):
        if "date" in item:
            item["date"] = (dt.date.fromisoformat(item["date"]) + shift).isoformat()
    if short_name:
        data["short_name"] = short_name
    if name:
        data["name"] = name
    data.pop("awards", None)  # awards are for one ceremony
    data["unconfirmed"] = unconfirmed_in_a_copy(data)
    spec = eventfile.parse(data, source="Acara baru")
    with store.transaction():
        event, _ = store.events.upsert(spec)
        pin = source.settings.get("committee_pin")
        if pin:
            event = store.events.update_settings(event.id, {"committee_pin": pin})
        copied = 0
        if with_roster:
            people = [(r.person.id, r.role, r.roster_row) for r in store.registrations.for_event(source.id)]
            copied = len(store.registrations.register_new(event, people))
        store.audit.log("event.copy", actor=actor, event_id=event.id, source=source.id, roster=copied)
    return store.events.get(event.id)
