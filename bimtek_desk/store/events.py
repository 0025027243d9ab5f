"""Events, their sessions (attendance points) and awards."""

from __future__ import annotations

import copy
import json
from typing import Any

from bimtek_desk.errors import NotFound
from bimtek_desk.render import images
from bimtek_desk.scanning import codes
from bimtek_desk.store import _rows
from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.eventfile import FILE_KEYS, EventSpec
from bimtek_desk.store.models import Award, Event, Session


class EventRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def upsert(self, spec: EventSpec) -> tuple[Event, bool]:
        """Create the event or update it from a newer description.

        The secret key and code tag are made once and never change, so badges
        printed earlier stay valid.  Sessions are matched by key; a session that
        disappeared from the file is kept if it already has check-ins.
        Returns (event, created).
        """
        now = now_iso()
        with self.db.transaction():
            stored = self.db.scalar("SELECT settings FROM events WHERE id = ?", (spec.id,))
            exists = stored is not None
            # Keys the event file does not define (the committee PIN, images chosen in
            # the app) belong to the app and survive a reload of the file.
            old = json.loads(stored) if exists else {}
            kept = {k: v for k, v in old.items() if k not in FILE_KEYS}
            settings = json.dumps(_keep_stored_images(old, spec.settings) | kept, ensure_ascii=False,
                                  sort_keys=True)
            if exists:
                self.db.execute(
                    "UPDATE events SET name=?, short_name=?, date_start=?, date_end=?, venue=?, city=?, "
                    "settings=?, updated_at=? WHERE id=?",
                    (spec.name, spec.short_name, spec.date_start.isoformat(), spec.date_end.isoformat(),
                     spec.venue, spec.city, settings, now, spec.id),
                )
            else:
                tag = codes.new_event_tag()
                while self.db.scalar("SELECT 1 FROM events WHERE code_tag = ?", (tag,)):
                    tag = codes.new_event_tag()
                self.db.execute(
                    "INSERT INTO events (id, name, short_name, date_start, date_end, venue, city, code_tag, "
                    "secret, settings, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (spec.id, spec.name, spec.short_name, spec.date_start.isoformat(), spec.date_end.isoformat(),
                     spec.venue, spec.city, tag, codes.new_secret(), settings, now, now),
                )
            self._sync_sessions(spec)
            self._sync_awards(spec)
        return self.get(spec.id), not exists

    def _sync_sessions(self, spec: EventSpec) -> None:
        keys = [s.key for s in spec.sessions]
        for s in spec.sessions:
            self.db.execute(
                "INSERT INTO sessions (event_id, key, label, date, start_time, end_time, "
                "counts_for_certificate, position) VALUES (?,?,?,?,?,?,?,?) "
                "ON CONFLICT (event_id, key) DO UPDATE SET label=excluded.label, date=excluded.date, "
                "start_time=excluded.start_time, end_time=excluded.end_time, "
                "counts_for_certificate=excluded.counts_for_certificate, position=excluded.position",
                (spec.id, s.key, s.label, s.date.isoformat(), s.start_time, s.end_time,
                 int(s.counts_for_certificate), s.position),
            )
        placeholders = ",".join("?" * len(keys))
        self.db.execute(
            f"DELETE FROM sessions WHERE event_id = ? AND key NOT IN ({placeholders}) "
            "AND id NOT IN (SELECT session_id FROM checkins)",
            (spec.id, *keys),
        )

    def _sync_awards(self, spec: EventSpec) -> None:
        for pos, a in enumerate(spec.awards):
            title = a.get("title", "Piagam Penghargaan")
            self.db.execute(
                "INSERT INTO awards (event_id, recipient_nik, recipient_name, title, citation, "
                "years_of_service, position) VALUES (?,?,?,?,?,?,?) "
                "ON CONFLICT (event_id, recipient_name, title) DO UPDATE SET recipient_nik=excluded.recipient_nik, "
                "citation=excluded.citation, years_of_service=excluded.years_of_service, position=excluded.position",
                (spec.id, a.get("nik"), a["name"], title, a.get("citation", ""), a.get("years"), pos),
            )

    def _event(self, row: Any) -> Event:
        event = _rows.event(row)
        wanted = [images.digest(r) for r in images.refs(event.settings)]
        if wanted:
            marks = ",".join("?" * len(wanted))
            event.images.update((r["sha256"], bytes(r["data"])) for r in self.db.query(
                f"SELECT sha256, data FROM images WHERE sha256 IN ({marks})", tuple(wanted)))
        return event

    def get(self, event_id: str) -> Event:
        row = self.db.one("SELECT * FROM events WHERE id = ?", (event_id,))
        if row is None:
            known = ", ".join(e.id for e in self.all()) or "belum ada"
            raise NotFound(f"Acara '{event_id}' tidak ada di basis data (acara yang ada: {known}).")
        return self._event(row)

    def by_tag(self, tag: str) -> Event | None:
        row = self.db.one("SELECT * FROM events WHERE code_tag = ?", (tag,))
        return None if row is None else self._event(row)

    def all(self) -> list[Event]:
        return [self._event(r) for r in self.db.query("SELECT * FROM events ORDER BY date_start DESC, id")]

    def put_image(self, picture: images.Picture) -> str:
        """Store an image once (by content); returns the reference for the settings."""
        self.db.execute("INSERT OR IGNORE INTO images (sha256, mime, data, added_at) VALUES (?,?,?,?)",
                        (images.digest(picture.ref), picture.mime, picture.data, now_iso()))
        return picture.ref

    def update_settings(self, event_id: str, changes: dict[str, Any]) -> Event:
        with self.db.transaction():
            settings = self.get(event_id).settings | changes
            self.db.execute("UPDATE events SET settings = ?, updated_at = ? WHERE id = ?",
                            (json.dumps(settings, ensure_ascii=False, sort_keys=True), now_iso(), event_id))
        return self.get(event_id)

    def sessions(self, event_id: str) -> list[Session]:
        rows = self.db.query("SELECT * FROM sessions WHERE event_id = ? ORDER BY date, position", (event_id,))
        return [_rows.session(r) for r in rows]

    def session(self, event_id: str, key: str | int) -> Session:
        """A session by its key ('REG', case-insensitive) or numeric id."""
        text = str(key).strip()
        if text.isdigit():
            row = self.db.one("SELECT * FROM sessions WHERE event_id = ? AND id = ?", (event_id, int(text)))
        else:
            row = self.db.one("SELECT * FROM sessions WHERE event_id = ? AND key = ?", (event_id, text.upper()))
        if row is None:
            known = ", ".join(s.key for s in self.sessions(event_id)) or "belum ada"
            raise NotFound(f"Sesi '{key}' tidak ada di acara '{event_id}' (sesi yang ada: {known}).")
        return _rows.session(row)

    def awards(self, event_id: str) -> list[Award]:
        rows = self.db.query("SELECT * FROM awards WHERE event_id = ? ORDER BY position, id", (event_id,))
        return [_rows.award(r) for r in rows]


def _keep_stored_images(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Images chosen in the app survive reloading an event file that does not name them."""
    out = copy.deepcopy(new)
    if images.is_ref(old.get("logo")) and "logo" not in out:
        out["logo"] = old["logo"]
    for role, sig in (old.get("signatories") or {}).items():
        target = (out.get("signatories") or {}).get(role)
        if target is None:
            continue
        for key in images.SIGNATURE_KEYS:
            if images.is_ref(sig.get(key)) and key not in target:
                target[key] = sig[key]
    return out
