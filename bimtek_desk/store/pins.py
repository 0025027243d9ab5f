"""Failed committee-PIN attempts per event (the lockout survives a restart)."""

from __future__ import annotations

from bimtek_desk.store.db import Database


class PinAttemptRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def state(self, event_id: str) -> tuple[int, str | None]:
        """(failures since the last success, ISO UTC time before which no attempt is checked)."""
        row = self.db.one("SELECT failures, locked_until FROM pin_attempts WHERE event_id = ?", (event_id,))
        return (0, None) if row is None else (int(row["failures"]), row["locked_until"])

    def set(self, event_id: str, failures: int, locked_until: str | None) -> None:
        self.db.execute("INSERT INTO pin_attempts (event_id, failures, locked_until) VALUES (?,?,?) "
                        "ON CONFLICT (event_id) DO UPDATE SET failures = excluded.failures, "
                        "locked_until = excluded.locked_until", (event_id, failures, locked_until))
