"""People present at both of the demo's sessions (REG and M3): what makes a certificate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bimtek_desk.desk.checkin import Desk, Outcome
from bimtek_desk.store import Store
from bimtek_desk.store.models import Registration
from tests.conftest import DEMO_EVENT_ID


def attend(store: Store, regs: Iterable[Registration], sessions: tuple[str, ...] = ("REG", "M3"),
           event_id: str = DEMO_EVENT_ID, **desk_args: Any) -> Store:
    """Check each of ``regs`` in at each of ``sessions``, as a desk does (``desk_args``:
    its name, operator …); each must be recorded."""
    event = store.events.get(event_id)
    regs = list(regs)
    for key in sessions:
        desk = Desk(store, event, session=key, **desk_args)
        for r in regs:
            outcome = desk.check_in(r.id).outcome
            assert outcome is Outcome.CHECKED_IN, (r.person.name, key, outcome)
    return store
