"""The bundled demo event: Bimtek PSM Kota Banjarmasin 2025, 175 participants."""

from __future__ import annotations

from bimtek_desk.committee.pin import hash_pin
from bimtek_desk.roster.importer import ImportReport, import_roster
from bimtek_desk.store import Store, eventfile
from bimtek_desk.store.models import Event
from bimtek_desk.system.resources import resource

DEMO_EVENT = resource("demo", "event.json")
DEMO_ROSTER = resource("demo", "roster_psm_175.xlsx")
DEMO_PIN = "181125"  # the demo's committee PIN (README: the event's date); a real event sets its own


def load_demo(store: Store) -> tuple[Event, ImportReport]:
    """Load (or refresh) the demo event and its roster.  Idempotent."""
    event, _ = store.events.upsert(eventfile.load(DEMO_EVENT))
    if not event.settings.get("committee_pin"):
        event = store.events.update_settings(event.id, {"committee_pin": hash_pin(DEMO_PIN, policy=False)})
    report = import_roster(store, event.id, DEMO_ROSTER, actor="demo")
    return event, report
