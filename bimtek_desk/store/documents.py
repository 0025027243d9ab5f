"""Issued certificates and plaques: numbers assigned once, never changed or reused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from bimtek_desk.scanning import codes
from bimtek_desk.store.checkins import EFFECTIVE
from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.eventfile import format_number
from bimtek_desk.store.models import Event


@dataclass(frozen=True)
class Document:
    id: int
    event_id: str
    doc_type: str  # 'sertifikat' | 'piagam'
    registration_id: int | None
    award_id: int | None
    seq: int
    number: str
    code: str
    issued_at: str


def _doc(r: sqlite3.Row) -> Document:
    return Document(r["id"], r["event_id"], r["doc_type"], r["registration_id"], r["award_id"],
                    r["seq"], r["number"], r["code"], r["issued_at"])


class DocumentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def issue(self, event: Event, doc_type: str, pattern: str, *, registration_id: int | None = None,
              award_id: int | None = None, date: dt.date | None = None) -> tuple[Document, bool]:
        """The document for this holder, numbered the first time it is asked for.

        Returns (document, new).  A number, once given, stays with its holder.  The
        serial comes from the pattern's series, shared by every event using that
        pattern; a number that any document already carries is skipped, so no two
        documents in the database ever carry the same number.
        """
        column, holder = ("registration_id", registration_id) if registration_id is not None else ("award_id", award_id)
        with self.db.transaction():
            row = self.db.one(f"SELECT * FROM documents WHERE event_id = ? AND doc_type = ? AND {column} = ?",
                              (event.id, doc_type, holder))
            if row is not None:
                return _doc(row), False
            seq = int(self.db.scalar("SELECT coalesce(max(seq), 0) FROM documents WHERE event_id = ? "
                                     "AND doc_type = ?", (event.id, doc_type)))
            seq = max(seq, int(self.db.scalar("SELECT coalesce(max(last_seq), 0) FROM number_series "
                                              "WHERE pattern = ?", (pattern,)))) + 1
            for _ in range(100_000):
                number = format_number(pattern, seq=seq, date=date or event.date_end, event_id=event.id)
                if self.db.one("SELECT 1 FROM documents WHERE number = ?", (number,)) is None:
                    break
                seq += 1
            else:
                from bimtek_desk.errors import UserError

                raise UserError(f"Pola nomor '{pattern}' tidak menghasilkan nomor baru (perlu {{seq}}).")
            self.db.execute("INSERT INTO number_series (pattern, last_seq) VALUES (?, ?) ON CONFLICT (pattern) "
                            "DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)", (pattern, seq))
            doc_id = int(self.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM documents"))
            # The short code carries the document's serial as its number does (…/001/… -> BDS-…-001-…; a
            # piagam's BDP-…-001-…): the tag, the letter and the serial are unique together in a database.
            code = codes.make(codes.document_kind(doc_type), event.code_tag, seq, event.secret)
            self.db.execute(
                "INSERT INTO documents (id, event_id, doc_type, registration_id, award_id, seq, number, code, "
                "issued_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (doc_id, event.id, doc_type, registration_id, award_id, seq, number, code, now_iso()),
            )
            return self.get(doc_id), True

    def get(self, doc_id: int) -> Document:
        row = self.db.one("SELECT * FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            from bimtek_desk.errors import NotFound

            raise NotFound(f"Dokumen {doc_id} tidak ada.")
        return _doc(row)

    def by_code(self, code: str) -> Document | None:
        row = self.db.one("SELECT * FROM documents WHERE code = ?", (code,))
        return None if row is None else _doc(row)

    def for_event(self, event_id: str, doc_type: str | None = None) -> list[Document]:
        sql, params = "SELECT * FROM documents WHERE event_id = ?", [event_id]
        if doc_type:
            sql += " AND doc_type = ?"
            params.append(doc_type)
        return [_doc(r) for r in self.db.query(sql + " ORDER BY doc_type, seq", params)]

    def log_print(self, doc_ids: list[int], action: str, detail: str = "") -> None:
        """Record that documents were rendered, printed or reprinted."""
        at = now_iso()
        self.db.executemany("INSERT INTO document_prints (document_id, at, action, detail) VALUES (?,?,?,?)",
                            [(d, at, action, detail) for d in doc_ids])

    def prints(self, doc_id: int) -> list[tuple[str, str, str]]:
        rows = self.db.query("SELECT at, action, detail FROM document_prints WHERE document_id = ? ORDER BY id",
                             (doc_id,))
        return [(r[0], r[1], r[2]) for r in rows]

    # -- eligibility overrides -----------------------------------------------------------

    def override(self, registration_id: int, eligible: bool, reason: str, actor: str) -> None:
        self.db.execute("INSERT INTO eligibility_overrides (registration_id, eligible, reason, actor, at) "
                        "VALUES (?,?,?,?,?)", (registration_id, int(eligible), reason, actor, now_iso()))

    def overrides(self, event_id: str) -> dict[int, tuple[bool, str]]:
        """registration id -> (eligible, reason), the latest decision per person."""
        rows = self.db.query(
            "SELECT o.registration_id, o.eligible, o.reason FROM eligibility_overrides o "
            "JOIN registrations r ON r.id = o.registration_id WHERE r.event_id = ? ORDER BY o.id", (event_id,))
        return {r[0]: (bool(r[1]), r[2]) for r in rows}

    def attendance_matrix(self, event_id: str) -> dict[int, set[int]]:
        """registration id -> ids of the sessions with a live check-in."""
        rows = self.db.query(
            f"SELECT DISTINCT {EFFECTIVE}, c.session_id FROM checkins c JOIN sessions s ON s.id = c.session_id "
            "WHERE s.event_id = ? AND c.annuls IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.annuls = c.id)", (event_id,))
        out: dict[int, set[int]] = {}
        for reg_id, session_id in rows:
            out.setdefault(reg_id, set()).add(session_id)
        return out
