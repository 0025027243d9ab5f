"""Payment lists for the SPJ (the transport list): one per event and payment period,
numbered when first made final and never changed, so a second print is a copy of the
first, with the same number and the same people, and nobody is paid twice."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bimtek_desk.store.db import Database, now_iso


@dataclass(frozen=True)
class PaymentList:
    id: int
    event_id: str
    kind: str  # 'transport'
    period: str  # '2025-11-18' (a day) or 'acara' (once for the whole event)
    number: str
    amount: int  # per person
    payees: list[tuple[int, str]]  # (registration id, the basis printed: the sessions attended)
    total: int
    created_at: str
    actor: str


def _row(r: object) -> PaymentList:
    payees = [(int(i), str(basis)) for i, basis in json.loads(r["payees"])]  # type: ignore[index]
    return PaymentList(r["id"], r["event_id"], r["kind"], r["period"], r["number"], r["amount"],  # type: ignore[index]
                       payees, r["total"], r["created_at"], r["actor"])  # type: ignore[index]


class PaymentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, event_id: str, kind: str, period: str) -> PaymentList | None:
        row = self.db.one("SELECT * FROM payment_lists WHERE event_id = ? AND kind = ? AND period = ?",
                          (event_id, kind, period))
        return None if row is None else _row(row)

    def list(self, event_id: str, kind: str = "transport") -> list[PaymentList]:
        return [_row(r) for r in self.db.query("SELECT * FROM payment_lists WHERE event_id = ? AND kind = ? "
                                               "ORDER BY period", (event_id, kind))]

    def record(self, event_id: str, kind: str, period: str, *, number_prefix: str, amount: int,
               payees: list[tuple[int, str]], actor: str) -> tuple[PaymentList, bool]:
        """The list of this period, recorded now if it is the first: (list, new).  The
        number is ``{prefix}-{n:02d}``, n counting the event's lists of this kind."""
        with self.db.transaction():
            found = self.get(event_id, kind, period)
            if found is not None:
                return found, False
            seq = int(self.db.scalar("SELECT count(*) FROM payment_lists WHERE event_id = ? AND kind = ?",
                                     (event_id, kind))) + 1
            number = f"{number_prefix}-{seq:02d}"
            self.db.execute(
                "INSERT INTO payment_lists (event_id, kind, period, number, amount, payees, total, created_at, actor) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (event_id, kind, period, number, int(amount), json.dumps(payees), int(amount) * len(payees),
                 now_iso(), actor))
            made = self.get(event_id, kind, period)
            assert made is not None
            return made, True
