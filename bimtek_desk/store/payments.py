"""Payment lists for the SPJ (the transport list): per event and payment period a first
list and, for people who came after it was made, supplementary ones (part 2, 3 …), each
numbered when made final and never changed.  A second print of a part is a copy of it,
with the same number and the same people; a supplement names only people on no earlier
part; so nobody is paid twice."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from bimtek_desk.store.db import Database, now_iso


@dataclass(frozen=True)
class PaymentList:
    id: int
    event_id: str
    kind: str  # 'transport'
    period: str  # '2025-11-18' (a day) or 'acara' (once for the whole event)
    part: int  # 1 the list, 2 … supplements
    number: str
    amount: int  # per person
    payees: list[tuple[int, str]]  # (registration id, the basis printed: the sessions attended)
    total: int
    created_at: str
    actor: str


def _row(r: sqlite3.Row) -> PaymentList:
    payees = [(int(i), str(basis)) for i, basis in json.loads(r["payees"])]
    return PaymentList(r["id"], r["event_id"], r["kind"], r["period"], r["part"], r["number"],
                       r["amount"], payees, r["total"], r["created_at"], r["actor"])


class PaymentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def parts(self, event_id: str, kind: str, period: str) -> list[PaymentList]:
        """The period's lists, the first one first."""
        return [_row(r) for r in self.db.query("SELECT * FROM payment_lists WHERE event_id = ? AND kind = ? "
                                               "AND period = ? ORDER BY part", (event_id, kind, period))]

    def for_event(self, event_id: str, kind: str = "transport") -> list[PaymentList]:
        return [_row(r) for r in self.db.query("SELECT * FROM payment_lists WHERE event_id = ? AND kind = ? "
                                               "ORDER BY period, part", (event_id, kind))]

    def record(self, event_id: str, kind: str, period: str, part: int, *, number_prefix: str, amount: int,
               payees: list[tuple[int, str]], actor: str) -> tuple[PaymentList, bool]:
        """Part ``part`` of the period, recorded now if it is not yet: (list, new).  A part
        is recorded only after the one before it.  The number is ``{prefix}-{n:02d}``, n
        counting the event's lists of this kind."""
        with self.db.transaction():
            made = self.parts(event_id, kind, period)
            if part <= len(made):
                return made[part - 1], False
            if part != len(made) + 1:
                raise ValueError(f"part {part} after {len(made)}")
            seq = int(self.db.scalar("SELECT count(*) FROM payment_lists WHERE event_id = ? AND kind = ?",
                                     (event_id, kind))) + 1
            number = f"{number_prefix}-{seq:02d}"
            self.db.execute(
                "INSERT INTO payment_lists (event_id, kind, period, part, number, amount, payees, total, created_at, "
                "actor) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (event_id, kind, period, part, number, int(amount), json.dumps(payees), int(amount) * len(payees),
                 now_iso(), actor))
            return self.parts(event_id, kind, period)[part - 1], True
