"""Check-ins: append-only, hash-chained, with undo as a new annulling row."""

from __future__ import annotations

from bimtek_desk.store import _rows
from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.device import identity, mint
from bimtek_desk.store.migrations import (
    CHAIN_FIELDS,
    GENESIS,
    chain_hash,
    typed_chain_hash,
)
from bimtek_desk.store.models import METHODS, CheckIn

_ANNULLED = "EXISTS (SELECT 1 FROM checkins u WHERE u.annuls = c.id)"
_LIVE = f"c.annuls IS NULL AND NOT {_ANNULLED}"
# The registration a check-in counts for: a walk-in registered on two laptops with one NIK
# was merged by sync into the kept record, whose registration replaced the other one.
EFFECTIVE = ("coalesce((SELECT r.replaced_by FROM registrations r JOIN people p ON p.id = r.person_id "
             "WHERE r.id = c.registration_id AND p.merged_into IS NOT NULL), c.registration_id)")


def annul_reasons(history: list[tuple[CheckIn, bool]]) -> dict[int, str]:
    """Annulled check-in id -> why.  Two laptops that undid the same check-in while apart
    each keep their undo row (sync merges both): then every reason is given, with its desk."""
    undos: dict[int, list[CheckIn]] = {}
    for c, _ in history:
        if c.annuls is not None:
            undos.setdefault(c.annuls, []).append(c)
    return {k: (v[0].reason or "") if len(v) == 1 else "; ".join(f"{u.reason or ''} ({u.desk})" for u in v)
            for k, v in undos.items()}


def has_merges(db: Database) -> bool:
    return db.scalar("SELECT 1 FROM people WHERE merged_into IS NOT NULL LIMIT 1") is not None


class CheckInRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _append(self, registration_id: int, session_id: int, desk: str, operator: str, method: str,
                annuls: int | None, reason: str | None, at: str | None) -> CheckIn:
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}")
        with self.db.transaction():
            # The chain runs per device (laptop): prev is this device's previous row.
            slot = identity(self.db).slot
            last = self.db.one("SELECT id, row_hash FROM checkins WHERE coalesce(device, 0) = ? "
                               "ORDER BY id DESC LIMIT 1", (slot,))
            new_id = mint(self.db, "checkins")[0]
            prev = GENESIS if last is None else last["row_hash"]
            row = (new_id, registration_id, session_id, at or now_iso(), desk, operator, method, annuls, reason)
            self.db.execute(
                f"INSERT INTO checkins ({CHAIN_FIELDS}, prev_hash, row_hash, device) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*row, prev, typed_chain_hash(prev, row), slot),
            )
        return CheckIn(*row)

    def record(self, registration_id: int, session_id: int, *, desk: str, operator: str, method: str,
               at: str | None = None) -> CheckIn:
        """Append a check-in; durable when this returns (outside an enclosing transaction)."""
        return self._append(registration_id, session_id, desk, operator, method, None, None, at)

    def annul(self, checkin_id: int, *, reason: str, desk: str, operator: str) -> CheckIn:
        """Cancel a check-in by appending a row that references it."""
        with self.db.transaction():
            original = self.get(checkin_id)
            return self._append(original.registration_id, original.session_id, desk, operator, original.method,
                                 checkin_id, reason, None)

    def get(self, checkin_id: int) -> CheckIn:
        row = self.db.one("SELECT * FROM checkins WHERE id = ?", (checkin_id,))
        if row is None:
            from bimtek_desk.errors import NotFound

            raise NotFound(f"Check-in {checkin_id} tidak ada.")
        return _rows.checkin(row)

    def current(self, registration_id: int, session_id: int) -> CheckIn | None:
        """The first check-in of this person for this session that is not annulled."""
        regs = "registration_id = ?"
        params: tuple[int, ...] = (registration_id,)
        if has_merges(self.db):
            regs = ("registration_id IN (SELECT ? UNION SELECT r.id FROM registrations r JOIN people p "
                    "ON p.id = r.person_id WHERE r.replaced_by = ? AND p.merged_into IS NOT NULL)")
            params = (registration_id, registration_id)
        row = self.db.one(
            f"SELECT * FROM checkins c WHERE {regs} AND session_id = ? AND {_LIVE} ORDER BY at, id LIMIT 1",
            (*params, session_id),
        )
        return None if row is None else _rows.checkin(row)

    def is_annulled(self, checkin_id: int) -> bool:
        return self.db.scalar("SELECT 1 FROM checkins WHERE annuls = ?", (checkin_id,)) is not None

    def annulled_among(self, checkin_ids: list[int]) -> set[int]:
        """Which of these check-ins have been annulled (an undo references them)."""
        if not checkin_ids:
            return set()
        marks = ",".join("?" * len(checkin_ids))
        return {int(r["annuls"]) for r in self.db.query(
            f"SELECT annuls FROM checkins WHERE annuls IN ({marks})", tuple(checkin_ids))}

    def present_count(self, session_id: int) -> int:
        """People with a live check-in for the session (each counted once)."""
        if has_merges(self.db):
            return int(self.db.scalar(
                f"SELECT count(DISTINCT e.reg) FROM (SELECT {EFFECTIVE} AS reg FROM checkins c "
                f"WHERE c.session_id = ? AND {_LIVE}) e JOIN registrations r ON r.id = e.reg WHERE r.status = 'active'",
                (session_id,)))
        return int(self.db.scalar(
            "SELECT count(DISTINCT c.registration_id) FROM checkins c "
            "JOIN registrations r ON r.id = c.registration_id "
            f"WHERE c.session_id = ? AND r.status = 'active' AND {_LIVE}", (session_id,)))

    def present_among(self, session_id: int, registration_ids: list[int]) -> set[int]:
        """Which of these registrations have a live check-in for the session."""
        if not registration_ids:
            return set()
        if has_merges(self.db):
            rows = self.db.query(f"SELECT DISTINCT {EFFECTIVE} FROM checkins c WHERE c.session_id = ? AND {_LIVE}",
                                 (session_id,))
            return {r[0] for r in rows} & set(registration_ids)
        marks = ",".join("?" * len(registration_ids))
        rows = self.db.query(f"SELECT DISTINCT c.registration_id FROM checkins c WHERE c.session_id = ? "
                             f"AND c.registration_id IN ({marks}) AND {_LIVE}", (session_id, *registration_ids))
        return {r[0] for r in rows}

    def present_ids(self, session_id: int) -> dict[int, CheckIn]:
        """registration id -> its first live check-in for the session."""
        rows = self.db.query(f"SELECT *, {EFFECTIVE} AS effective FROM checkins c WHERE c.session_id = ? AND {_LIVE} "
                             "ORDER BY at, id", (session_id,))
        out: dict[int, CheckIn] = {}
        for r in rows:
            out.setdefault(r["effective"], _rows.checkin(r))
        return out

    def history(self, event_id: str, session_id: int | None = None) -> list[tuple[CheckIn, bool]]:
        """Every check-in row of the event in order, with whether it was annulled."""
        sql = (f"SELECT c.*, {_ANNULLED} AS annulled FROM checkins c JOIN sessions s ON s.id = c.session_id "
               "WHERE s.event_id = ?")
        params: list[object] = [event_id]
        if session_id is not None:
            sql += " AND c.session_id = ?"
            params.append(session_id)
        return [(_rows.checkin(r), bool(r["annulled"])) for r in self.db.query(sql + " ORDER BY c.id", params)]

    def chain_heads(self) -> dict[int, tuple[int, str]]:
        """Per device (laptop slot): (its number of check-in rows, hash of its last
        one) — what an anchor records.  Each laptop's chain only grows, so a merge of
        other laptops' rows leaves these unchanged."""
        rows = self.db.query(
            "SELECT coalesce(device, 0) AS dev, count(*) AS n, "
            "(SELECT row_hash FROM checkins c2 WHERE coalesce(c2.device, 0) = coalesce(c.device, 0) "
            " ORDER BY c2.id DESC LIMIT 1) AS head "
            "FROM checkins c GROUP BY dev ORDER BY dev")
        return {int(r["dev"]): (int(r["n"]), r["head"] or GENESIS) for r in rows}

    def verify_chain(self, anchors: list[tuple[int, int, str, str]] | tuple[()] = ()) -> list[str]:
        """Problems in the hash chains (one per device), each naming the row; empty
        when intact.

        ``anchors`` are (device slot, row count, leading hex digits of the head hash,
        where the anchor comes from) recorded outside the database: that device's
        chain must still hold that many rows and its row at that count must carry
        that hash.
        """
        typed_from = int(self.db.scalar("SELECT value FROM chain_meta WHERE key = 'typed_from'") or 1)
        problems = []
        heads: dict[int, list[str]] = {}
        last: dict[int, tuple[str, int]] = {}  # one chain per device (laptop)
        for r in self.db.query(f"SELECT {CHAIN_FIELDS}, prev_hash, row_hash, coalesce(device, 0) AS dev "
                               "FROM checkins ORDER BY dev, id"):
            fields = tuple(r)[:9]
            prev, prev_id = last.get(r["dev"], (GENESIS, 0))
            if r["prev_hash"] != prev:
                problems.append(f"check-in {r['id']}: rantai putus setelah {prev_id} (baris dihapus atau disisipkan)")
            digest = typed_chain_hash if r["id"] >= typed_from else chain_hash
            if digest(r["prev_hash"], fields) != r["row_hash"]:
                problems.append(f"check-in {r['id']}: isi baris diubah (hash tidak cocok)")
            last[r["dev"]] = (r["row_hash"], r["id"])
            heads.setdefault(r["dev"], []).append(r["row_hash"])
        for dev, count, head, source in anchors:
            chain = heads.get(dev, [])
            where = "" if dev == 0 else f" laptop {dev}"
            if count > len(chain):
                problems.append(f"{count - len(chain)} baris check-in terakhir{where} hilang: {source} mencatat "
                                f"{count} baris, kini hanya {len(chain)} (baris dihapus)")
            elif not (chain[count - 1] if count else GENESIS).startswith(head.lower()):
                problems.append(f"rantai{where} tidak cocok dengan {source} pada baris ke-{count}: baris diubah, "
                                "dihapus atau rantai dihitung ulang")
        return problems
