"""Registrations (a person in an event, with a role) and their badge codes."""

from __future__ import annotations

from bimtek_desk.errors import NotFound, UserError
from bimtek_desk.scanning import codes
from bimtek_desk.store import _rows
from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.device import mint
from bimtek_desk.store.models import Badge, Event, Registration
from bimtek_desk.store.search import SearchIndex, SearchRow

ORDERS = {
    "roster": "r.roster_row IS NULL, r.roster_row, r.id",
    "name": "p.search_key, r.id",
    "kelurahan": "p.kecamatan, p.kelurahan, p.search_key, r.id",
    "id": "r.id",
}


class RegistrationRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- creating -------------------------------------------------------------

    def register(self, event: Event, person_id: int, role: str = "PESERTA", *, source: str = "roster",
                 roster_row: int | None = None) -> tuple[int, bool]:
        """Register a person (or keep the existing active registration).

        Returns (registration_id, created).  A new registration gets its badge.
        """
        row = self.db.one(
            "SELECT id, role, roster_row FROM registrations WHERE event_id = ? AND person_id = ? AND status = 'active'",
            (event.id, person_id),
        )
        if row is not None:
            if row["role"] != role or (roster_row is not None and row["roster_row"] != roster_row):
                self.db.execute("UPDATE registrations SET role = ?, roster_row = coalesce(?, roster_row) WHERE id = ?",
                                (role, roster_row, row["id"]))
            return row["id"], False
        new_id = mint(self.db, "registrations")[0]
        self.db.execute(
            "INSERT INTO registrations (id, event_id, person_id, role, source, roster_row, created_at) "
            "VALUES (?,?,?,?,?,?,?)",
            (new_id, event.id, person_id, role, source, roster_row, now_iso()),
        )
        self._issue_badge(event, new_id)
        return new_id, True

    def register_new(self, event: Event, people: list[tuple[int, str, int | None]], *,
                     source: str = "roster") -> list[int]:
        """Register people who have no registration in the event yet, with their
        badges, in bulk (inside the caller's transaction).  ``people`` holds
        (person_id, role, roster_row)."""
        if not people:
            return []
        now = now_iso()
        reg_ids = mint(self.db, "registrations", len(people))
        badge_ids = mint(self.db, "badges", len(people))
        regs, badges = [], []
        for n, (person_id, role, roster_row) in enumerate(people):
            regs.append((reg_ids[n], event.id, person_id, role, source, roster_row, now))
            serial = badge_ids[n]
            badges.append((serial, reg_ids[n], codes.make(codes.Kind.BADGE, event.code_tag, serial, event.secret),
                           now))
        self.db.executemany("INSERT INTO registrations (id, event_id, person_id, role, source, roster_row, "
                            "created_at) VALUES (?,?,?,?,?,?,?)", regs)
        self.db.executemany("INSERT INTO badges (id, registration_id, code, issued_at) VALUES (?,?,?,?)", badges)
        return [r[0] for r in regs]

    def _issue_badge(self, event: Event, registration_id: int) -> str:
        serial = mint(self.db, "badges")[0]
        code = codes.make(codes.Kind.BADGE, event.code_tag, serial, event.secret)
        self.db.execute("INSERT INTO badges (id, registration_id, code, issued_at) VALUES (?,?,?,?)",
                        (serial, registration_id, code, now_iso()))
        return code

    def reissue_badge(self, event: Event, registration_id: int, reason: str) -> str:
        """Revoke the current badge and issue a new code (a lost badge)."""
        if not reason.strip():
            raise UserError("Alasan cetak ulang badge wajib diisi.")
        with self.db.transaction():
            reg = self.get(registration_id)
            if reg.event_id != event.id or reg.status != "active":
                raise UserError("Badge hanya dapat dicetak ulang untuk pendaftaran aktif di acara ini.")
            self.db.execute(
                "UPDATE badges SET revoked_at = ?, revoke_reason = ? WHERE registration_id = ? AND revoked_at IS NULL",
                (now_iso(), reason.strip(), registration_id),
            )
            return self._issue_badge(event, registration_id)

    def set_role(self, registration_id: int, role: str) -> None:
        self.db.execute("UPDATE registrations SET role = ? WHERE id = ?", (role, registration_id))

    def replace(self, event: Event, registration_id: int, new_person_id: int, *, reason: str) -> int:
        """A substitute takes over a place: the old registration and its badge stop working."""
        with self.db.transaction():
            old = self.get(registration_id)
            if old.status != "active" or old.event_id != event.id:
                raise UserError("Hanya peserta aktif di acara ini yang dapat diganti.")
            now = now_iso()
            self.db.execute("UPDATE badges SET revoked_at = ?, revoke_reason = ? "
                            "WHERE registration_id = ? AND revoked_at IS NULL",
                            (now, f"diganti: {reason}", registration_id))
            self.db.execute("UPDATE registrations SET status = 'replaced' WHERE id = ?", (registration_id,))
            new_id, created = self.register(event, new_person_id, old.role, source="substitute")
            if not created:
                raise UserError("Pengganti sudah terdaftar di acara ini.")
            self.db.execute("UPDATE registrations SET replaced_by = ? WHERE id = ?", (new_id, registration_id))
            return new_id

    # -- reading ----------------------------------------------------------------

    def get(self, registration_id: int) -> Registration:
        row = self.db.one(f"{_rows.REGISTRATION_SELECT} WHERE r.id = ?", (registration_id,))
        if row is None:
            raise NotFound(f"Pendaftaran {registration_id} tidak ada.")
        return _rows.registration(row)

    def by_code(self, code: str) -> tuple[Badge, Registration] | None:
        """The badge with exactly this canonical code (current or revoked)."""
        row = self.db.one("SELECT * FROM badges WHERE code = ?", (code,))
        if row is None:
            return None
        return _rows.badge(row), self.get(row["registration_id"])

    def search_rows(self, event_id: str) -> list[SearchRow]:
        """What :class:`bimtek_desk.store.search.SearchIndex` needs, for active registrations."""
        rows = self.db.query(
            "SELECT r.id, p.search_key, p.kelurahan, p.phone, b.code FROM registrations r "
            "JOIN people p ON p.id = r.person_id "
            "LEFT JOIN badges b ON b.registration_id = r.id AND b.revoked_at IS NULL "
            "WHERE r.event_id = ? AND r.status = 'active'", (event_id,))
        return [SearchRow(r[0], r[1], (r[2] or "").lower(), r[3] or "", r[4] or "") for r in rows]

    def search(self, event_id: str, text: str, limit: int | None = None) -> list[int]:
        """Registration ids matching a search, in name order (a one-off index)."""
        return SearchIndex(self.search_rows(event_id)).query(text, limit)

    def revision(self) -> int:
        """Bumped by triggers on every change to people, registrations or badges."""
        return int(self.db.scalar("SELECT n FROM revisions WHERE name = 'roster'"))

    def for_event(self, event_id: str, *, search: str = "", order: str = "roster", active_only: bool = True,
             codes_in: list[str] | None = None, limit: int | None = None) -> list[Registration]:
        where, params = self._where(event_id, search, active_only)
        if codes_in:
            where += f" AND b.code IN ({','.join('?' * len(codes_in))})"
            params += [codes.normalise(c) for c in codes_in]
        sql = f"{_rows.REGISTRATION_SELECT} WHERE {where} ORDER BY {ORDERS[order]}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_rows.registration(r) for r in self.db.query(sql, params)]

    def ids(self, event_id: str, *, search: str = "", order: str = "roster", active_only: bool = True) -> list[int]:
        """Registration ids only, for lazily filled table models."""
        where, params = self._where(event_id, search, active_only)
        sql = ("SELECT r.id FROM registrations r JOIN people p ON p.id = r.person_id "
               "LEFT JOIN badges b ON b.registration_id = r.id AND b.revoked_at IS NULL "
               f"WHERE {where} ORDER BY {ORDERS[order]}")
        return [r[0] for r in self.db.query(sql, params)]

    def get_many(self, ids: list[int]) -> dict[int, Registration]:
        out: dict[int, Registration] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.db.query(f"{_rows.REGISTRATION_SELECT} WHERE r.id IN ({','.join('?' * len(chunk))})", chunk)
            out.update((r["id"], _rows.registration(r)) for r in rows)
        return out

    def person_ids(self, event_id: str) -> set[int]:
        """People with an active registration in the event."""
        rows = self.db.query("SELECT person_id FROM registrations WHERE event_id = ? AND status = 'active'",
                             (event_id,))
        return {r[0] for r in rows}

    def effective_ids(self, event_id: str) -> dict[int, int]:
        """Registration id -> the one its check-ins count for now: a registration of a record
        that sync merged into another gives way to the kept record's (as ``checkins.EFFECTIVE``)."""
        rows = self.db.query("SELECT r.id, CASE WHEN p.merged_into IS NOT NULL THEN r.replaced_by END "
                             "FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.event_id = ?",
                             (event_id,))
        return {r[0]: r[1] or r[0] for r in rows}

    def count(self, event_id: str, *, role: str | None = None) -> int:
        sql = "SELECT count(*) FROM registrations WHERE event_id = ? AND status = 'active'"
        params: list[object] = [event_id]
        if role:
            sql += " AND role = ?"
            params.append(role)
        return int(self.db.scalar(sql, params))

    def badges(self, registration_id: int) -> list[Badge]:
        rows = self.db.query("SELECT * FROM badges WHERE registration_id = ? ORDER BY id", (registration_id,))
        return [_rows.badge(r) for r in rows]

    def _where(self, event_id: str, search: str, active_only: bool) -> tuple[str, list[object]]:
        where = "r.event_id = ?"
        params: list[object] = [event_id]
        if active_only:
            where += " AND r.status = 'active'"
        if search.strip():
            ids = self.search(event_id, search)
            where += f" AND r.id IN ({','.join(map(str, ids)) or 'NULL'})"
        return where, params
