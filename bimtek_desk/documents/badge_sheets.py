"""Badges for many people at once (the Dokumen area): whom, and which were made.

Qt-free, like :mod:`bimtek_desk.documents.issue`: choose the registrations (prepare,
with the store), turn them into plain :class:`~bimtek_desk.documents.badges.BadgeData` (the
render in a worker needs no database), and log what was saved or printed.  A badge
counts as made once its code went into a saved PDF or to a printer (``badge.print``
in the audit log, with the codes): "not yet printed" are the active badges whose
code never did (a walk-in's, a reissued one's).
"""

from __future__ import annotations

import enum

from bimtek_desk.documents import badges
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Registration


class Who(enum.Enum):
    ALL = "all"
    UNPRINTED = "unprinted"
    CHOSEN = "chosen"


def printed_codes(store: Store, event_id: str) -> set[str]:
    """Badge codes already saved in a PDF or sent to a printer from the window."""
    out: set[str] = set()
    for detail in store.audit.details("badge.print", event_id):
        out.update(c for c in detail.get("codes", ()) if isinstance(c, str))
    return out


def choose(store: Store, event: Event, who: Who, chosen: list[int] | None = None) -> list[Registration]:
    """The active registrations with a badge, in name order (as on the roster's sheets)."""
    regs = [r for r in store.registrations.for_event(event.id, order="name") if r.badge_code]
    if who is Who.UNPRINTED:
        done = printed_codes(store, event.id)
        regs = [r for r in regs if r.badge_code not in done]
    elif who is Who.CHOSEN:
        wanted = set(chosen or ())
        regs = [r for r in regs if r.id in wanted]
    if not regs:
        raise UserError({Who.ALL: "Belum ada peserta dengan badge.",
                         Who.UNPRINTED: "Semua badge sudah pernah dibuat (disimpan atau dicetak).",
                         Who.CHOSEN: "Belum ada peserta yang dipilih di daftar."}[who])
    return regs


def sheet_data(event: Event, regs: list[Registration]) -> list[badges.BadgeData]:
    return [badges.badge_data(event, r) for r in regs]


def pages(count: int, layout: str) -> int:
    per = len(badges.LAYOUTS[layout].slots)
    return (count + per - 1) // per


def log_made(store: Store, event: Event, regs: list[Registration], *, how: str, where: str, layout: str,
             actor: str) -> None:
    """Record that these badges went into a PDF (``how='pdf'``) or to a printer."""
    with store.transaction():
        store.audit.log("badge.print", actor=actor, event_id=event.id, how=how, where=where, layout=layout,
                        count=len(regs), codes=[r.badge_code for r in regs if r.badge_code])
