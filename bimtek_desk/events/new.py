"""Events into the store: from a few facts (a committee without an event file:
a simple agenda to complete in the Acara area), or from an event file."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

from bimtek_desk.committee.pin import Grant, Purpose, authorize, hash_pin
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store, eventfile
from bimtek_desk.store.models import Event


def suggest_id(short_name: str, date: dt.date) -> str:
    """'Bimtek PSM 2026' on 2026-03-10 -> 'bimtek-psm-2026'; the year is added if missing."""
    text = unicodedata.normalize("NFKD", short_name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:50].strip("-") or "acara"
    if str(date.year) not in slug:
        slug = f"{slug}-{date.year}"
    return slug if len(slug) >= 3 else f"acara-{slug}"


def document(*, event_id: str, name: str, short_name: str, organizer: str, venue: str, city: str,
             date: dt.date) -> dict[str, Any]:
    return {
        "format": eventfile.FORMAT, "id": event_id, "name": name, "short_name": short_name,
        "organizer": organizer, "venue": venue, "city": city, "date": date.isoformat(),
        "agenda": [
            {"key": "REG", "start": "07:30", "end": "08:30", "jp": 0, "attendance": True,
             "counts_for_certificate": True, "label": "Registrasi", "title": "Registrasi peserta"},
            {"key": "BUKA", "start": "08:30", "end": "09:00", "jp": 0, "title": "Pembukaan"},
            {"key": "M1", "start": "09:00", "end": "10:30", "jp": 2, "title": "Materi 1"},
        ],
        "eligibility": {"rule": "all"},
    }


def create(store: Store, data: dict[str, Any], pin: str, *, actor: str = "panitia") -> Event:
    """Validate and store a new event with its committee PIN; an existing id is refused."""
    spec = eventfile.parse(data, source="Acara baru")
    if any(e.id == spec.id for e in store.events.all()):
        raise UserError(f"Acara '{spec.id}' sudah ada; pilih kode lain.")
    pin_hash = hash_pin(pin)
    with store.transaction():
        event, _ = store.events.upsert(spec)
        store.events.update_settings(event.id, {"committee_pin": pin_hash})
        store.audit.log("event.create", actor=actor, event_id=event.id)
    return store.events.get(event.id)


def from_file(store: Store, path: str | Path, *, actor: str, expect_id: str | None = None,
              pin: str | Grant | None = None) -> tuple[Event, bool]:
    """Create or update the event an event file describes (audited); with
    ``expect_id``, a file for another event is refused.  Changing an event that
    has a committee PIN needs that PIN.  Returns (event, created)."""
    spec = eventfile.load(path)
    if expect_id is not None and spec.id != expect_id:
        raise UserError(f"Berkas ini untuk acara '{spec.id}', bukan '{expect_id}'.")
    existing = next((e for e in store.events.all() if e.id == spec.id), None)
    if existing is not None and existing.settings.get("committee_pin"):
        authorize(store, spec.id, pin, actor=actor, purpose=Purpose.EVENT_LOAD)
    with store.transaction():
        event, created = store.events.upsert(spec)
        store.audit.log("event.create" if created else "event.update", actor=actor, event_id=event.id,
                        file=Path(path).name)
    return event, created
