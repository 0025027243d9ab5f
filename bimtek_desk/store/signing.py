"""Issuers' signing keys and revoked documents.

Public and private halves are in separate tables: ``signing_keys`` (public, may be
published, exported or synced) and ``signing_secrets`` (the private keys: nothing
that leaves this laptop — an export, a bundle, a sync — may read it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bimtek_desk.store.db import Database, now_iso


@dataclass(frozen=True)
class KeyRow:
    kid: str
    issuer: str
    public_key: bytes
    created_at: str
    retired_at: str | None


@dataclass(frozen=True)
class RevocationRow:
    document_id: int
    event_id: str
    doc_type: str
    number: str
    event_date: str  # ISO, the event's first day (as the QR carries it)
    issuer: str  # the event's organizer
    reason: str
    actor: str
    at: str


def _key(r: sqlite3.Row) -> KeyRow:
    return KeyRow(r["kid"], r["issuer"], bytes(r["public_key"]), r["created_at"], r["retired_at"])


class SigningRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def active_key(self, issuer: str) -> KeyRow | None:
        row = self.db.one("SELECT * FROM signing_keys WHERE issuer = ? AND retired_at IS NULL "
                          "ORDER BY created_at DESC, rowid DESC LIMIT 1", (issuer,))
        return None if row is None else _key(row)

    def keys(self) -> list[KeyRow]:
        return [_key(r) for r in self.db.query("SELECT * FROM signing_keys ORDER BY issuer, created_at, rowid")]

    def add_key(self, kid: str, issuer: str, public_key: bytes, private_key: bytes) -> None:
        self.db.execute("INSERT INTO signing_keys (kid, issuer, algorithm, public_key, created_at) "
                        "VALUES (?, ?, 'EdDSA', ?, ?)", (kid, issuer, public_key, now_iso()))
        self.db.execute("INSERT INTO signing_secrets (kid, private_key) VALUES (?, ?)", (kid, private_key))

    def retire(self, kid: str) -> None:
        self.db.execute("UPDATE signing_keys SET retired_at = ? WHERE kid = ? AND retired_at IS NULL",
                        (now_iso(), kid))

    def private_key(self, kid: str) -> bytes | None:
        row = self.db.one("SELECT private_key FROM signing_secrets WHERE kid = ?", (kid,))
        return None if row is None else bytes(row[0])

    # -- revocation --------------------------------------------------------------------

    def revoke(self, document_id: int, reason: str, actor: str) -> None:
        self.db.execute("INSERT INTO revocations (document_id, reason, actor, at) VALUES (?,?,?,?)",
                        (document_id, reason, actor, now_iso()))

    _REVOKED = ("SELECT v.document_id, d.event_id, d.doc_type, d.number, e.date_start, e.settings, v.reason, "
                "v.actor, v.at FROM revocations v JOIN documents d ON d.id = v.document_id "
                "JOIN events e ON e.id = d.event_id")

    def _revocation(self, r: sqlite3.Row) -> RevocationRow:
        import json

        settings = json.loads(r["settings"] or "{}")
        return RevocationRow(r["document_id"], r["event_id"], r["doc_type"], r["number"],
                             r["date_start"], str(settings.get("organizer", "")), r["reason"],
                             r["actor"], r["at"])

    def revocations(self) -> list[RevocationRow]:
        return [self._revocation(r) for r in self.db.query(self._REVOKED + " ORDER BY v.id")]

    def revocation(self, document_id: int) -> RevocationRow | None:
        row = self.db.one(self._REVOKED + " WHERE v.document_id = ?", (document_id,))
        return None if row is None else self._revocation(row)
