"""The scan log: every string the desk read, accepted or not."""

from __future__ import annotations

from dataclasses import dataclass

from bimtek_desk.store.db import Database, now_iso


@dataclass(frozen=True)
class ScanEntry:
    id: int
    at: str
    session_id: int | None
    desk: str
    operator: str
    method: str
    text: str
    status: str
    registration_id: int | None
    checkin_id: int | None
    name: str | None  # the registration's person, when known


class ScanLogRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log(self, event_id: str, session_id: int | None, *, desk: str, operator: str, method: str, text: str,
            status: str, registration_id: int | None = None, checkin_id: int | None = None,
            at: str | None = None) -> int:
        cur = self.db.execute(
            "INSERT INTO scan_log (event_id, session_id, at, desk, operator, method, text, status, registration_id, "
            "checkin_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (event_id, session_id, at or now_iso(), desk, operator, method, text[:64], status, registration_id,
             checkin_id),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def recent(self, event_id: str, limit: int = 20, session_id: int | None = None) -> list[ScanEntry]:
        sql = ("SELECT s.*, p.name AS person_name FROM scan_log s "
               "LEFT JOIN registrations r ON r.id = s.registration_id LEFT JOIN people p ON p.id = r.person_id "
               "WHERE s.event_id = ?")
        params: list[object] = [event_id]
        if session_id is not None:
            sql += " AND s.session_id = ?"
            params.append(session_id)
        rows = self.db.query(sql + " ORDER BY s.id DESC LIMIT ?", (*params, limit))
        return [ScanEntry(r["id"], r["at"], r["session_id"], r["desk"], r["operator"], r["method"], r["text"],
                          r["status"], r["registration_id"], r["checkin_id"], r["person_name"]) for r in rows]
