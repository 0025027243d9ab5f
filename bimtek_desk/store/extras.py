"""A registration's extra columns from the roster (RT/RW, address, jabatan …): [header, value] pairs.

Kept apart from people and registrations: they are shown in Peserta and exported to Excel, but never drawn on a
badge nor put in a QR, and no desk bundle carries them.  Values are stored as written; NIK-like ones are masked
where they are shown (``roster.extras.shown``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from bimtek_desk.store.db import Database

Extras = list[tuple[str, str]]


class ExtrasRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def set_many(self, items: Iterable[tuple[int, Extras]]) -> None:
        """Replace the extras of each registration (none: deleted), inside the caller's transaction."""
        rows = [(reg_id, json.dumps([list(p) for p in pairs], ensure_ascii=False)) for reg_id, pairs in items]
        if not rows:
            return
        self.db.executemany("DELETE FROM registration_extras WHERE registration_id = ?", [(r,) for r, _ in rows])
        self.db.executemany("INSERT INTO registration_extras (registration_id, extras) VALUES (?, ?)",
                            [(r, text) for r, text in rows if text != "[]"])

    def get_many(self, ids: list[int]) -> dict[int, Extras]:
        out: dict[int, Extras] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT registration_id, extras FROM registration_extras "
                                   f"WHERE registration_id IN ({marks})", chunk):
                out[row["registration_id"]] = _pairs(row["extras"])
        return out

    def headers(self, event_id: str) -> list[str]:
        """Every extra header of the event's active registrations, in the order the roster had them."""
        seen: dict[str, None] = {}
        for row in self.db.query("SELECT x.extras FROM registration_extras x JOIN registrations r "
                               "ON r.id = x.registration_id WHERE r.event_id = ? AND r.status = 'active' "
                               "ORDER BY r.roster_row IS NULL, r.roster_row, r.id", (event_id,)):
            for header, _value in _pairs(row["extras"]):
                seen.setdefault(header, None)
        return list(seen)


def _pairs(text: str) -> Extras:
    try:
        data = json.loads(text)
        return [(str(h), str(v)) for h, v in data]
    except (ValueError, TypeError):
        return []
