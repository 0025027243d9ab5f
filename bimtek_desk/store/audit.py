"""The audit log: who did what, when.  Read by the committee in the app."""

from __future__ import annotations

import json
from typing import Any

from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.models import AuditEntry


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log(self, action: str, *, actor: str, event_id: str | None = None, **detail: Any) -> None:
        """Write one entry (inside the caller's transaction); ``action`` must be in the vocabulary."""
        from bimtek_desk.store.vocabulary import (
            ACTIONS,  # plain data, no further imports
        )

        if action not in ACTIONS:
            raise ValueError(f"audit action {action!r} is not in committee.vocabulary.ACTIONS")
        self.db.execute(
            "INSERT INTO audit_log (at, event_id, actor, action, detail) VALUES (?,?,?,?,?)",
            (now_iso(), event_id, actor, action, json.dumps(detail, ensure_ascii=False, default=str)),
        )

    def newest(self, action: str, event_id: str, **detail: object) -> AuditEntry | None:
        """The newest ``action`` entry of the event whose detail holds these values."""
        sql = "SELECT * FROM audit_log WHERE action = ? AND event_id = ?"
        params: list[object] = [action, event_id]
        for key, value in detail.items():
            if not key.isidentifier():
                raise ValueError(f"bad detail key {key!r}")
            sql += f" AND json_extract(detail, '$.{key}') = ?"
            params.append(value)
        rows = self.db.query(sql + " ORDER BY id DESC LIMIT 1", params)
        return self._entry(rows[0]) if rows else None

    def details(self, action: str, event_id: str) -> list[dict[str, Any]]:
        """The detail of every ``action`` entry of the event, oldest first."""
        rows = self.db.query("SELECT detail FROM audit_log WHERE action = ? AND event_id = ? ORDER BY id",
                             (action, event_id))
        return [json.loads(r[0]) for r in rows]

    def entries(self, event_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_log"
        params: list[object] = []
        if event_id:
            sql += " WHERE event_id = ? OR event_id IS NULL"
            params.append(event_id)
        rows = self.db.query(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(r: Any) -> AuditEntry:
        return AuditEntry(r["id"], r["at"], r["event_id"], r["actor"], r["action"], json.loads(r["detail"]))
