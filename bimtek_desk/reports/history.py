"""The check-in history, one line per check-in or undo, as the CLI's ``attendance``
(CSV/JSON/text) and the workbook's "Riwayat check-in" sheet both show it.

One rule for the badge code of a line: the registration's current badge, or, when it
has none any more (revoked with a cancelled or replaced registration), the last code
it held, so an auditor can still match the line to the badge that was scanned.
"""

from __future__ import annotations

from dataclasses import dataclass

from bimtek_desk.store import Store
from bimtek_desk.store.checkins import annul_reasons
from bimtek_desk.store.models import CheckIn, Registration


@dataclass(frozen=True)
class Line:
    checkin: CheckIn
    registration: Registration | None
    code: str | None
    session: str | None  # the session's key
    annulled: bool
    annul_reason: str | None  # why an annulled check-in was undone (every reason, if undone twice)

    @property
    def is_undo(self) -> bool:
        return self.checkin.annuls is not None


def badge_code(store: Store, reg: Registration) -> str | None:
    """The code a history names for a registration (see the module's note)."""
    return reg.badge_code or next((b.code for b in reversed(store.registrations.badges(reg.id))), None)


def lines(store: Store, event_id: str, session_id: int | None = None) -> list[Line]:
    """Every check-in and undo of the event (or of one session), oldest first."""
    keys = {s.id: s.key for s in store.events.sessions(event_id)}
    history = store.checkins.history(event_id, session_id)
    reasons = annul_reasons(history)
    regs = store.registrations.get_many(sorted({c.registration_id for c, _ in history}))
    codes = {r.id: badge_code(store, r) for r in regs.values()}
    return [Line(c, regs.get(c.registration_id), codes.get(c.registration_id), keys.get(c.session_id), annulled,
                 reasons.get(c.id) if annulled else None)
            for c, annulled in history]
