"""People: one row per human, matched across events by NIK."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from bimtek_desk.errors import NotFound
from bimtek_desk.idn import names
from bimtek_desk.store import _rows
from bimtek_desk.store.db import Database, now_iso
from bimtek_desk.store.device import mint
from bimtek_desk.store.models import Person

FIELDS = ("nik", "name", "sex", "birth_place", "birth_date", "kelurahan", "kecamatan", "phone", "service_start_year")


@dataclass(frozen=True)
class PersonData:
    """What an import or a form says about a person (no id yet)."""

    name: str
    nik: str | None = None
    sex: str | None = None
    birth_place: str | None = None
    birth_date: dt.date | None = None
    kelurahan: str | None = None
    kecamatan: str | None = None
    phone: str | None = None
    service_start_year: int | None = None

    def values(self) -> dict[str, object]:
        return {
            "nik": self.nik, "name": names.tidy(self.name), "sex": self.sex, "birth_place": self.birth_place,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None, "kelurahan": self.kelurahan,
            "kecamatan": self.kecamatan, "phone": self.phone, "service_start_year": self.service_start_year,
        }


NIK_HASH_PREFIX = "#"


def nik_hash(nik_key: bytes, nik: str) -> str:
    """A NIK as a desk holds it (issue #23): keyed and one-way, the same for the same NIK on
    every laptop of the event, so a walk-in's typed NIK still finds the known person."""
    if nik.startswith(NIK_HASH_PREFIX):
        return nik
    return NIK_HASH_PREFIX + hmac.new(nik_key, nik.strip().encode(), hashlib.sha256).hexdigest()[:32]


class PeopleRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, person_id: int) -> Person:
        row = self.db.one("SELECT * FROM people WHERE id = ?", (person_id,))
        if row is None:
            raise NotFound(f"Orang dengan id {person_id} tidak ada.")
        return _rows.person(row)

    def merged_into(self, person_id: int) -> int | None:
        """The record this one was merged into (the same NIK made on two laptops), if any."""
        return self.db.scalar("SELECT merged_into FROM people WHERE id = ?", (person_id,))

    def by_nik(self, nik: str) -> Person | None:
        """The person with this NIK; on a desk also the one whose NIK it holds only as a
        keyed hash (issue #23: a roster NIK never reaches a desk)."""
        forms = self.nik_forms(nik)
        row = self.db.one(f"SELECT * FROM people WHERE nik IN ({', '.join('?' * len(forms))}) ORDER BY id LIMIT 1",
                          tuple(forms))
        return None if row is None else _rows.person(row)

    def nik_forms(self, nik: str) -> list[str]:
        """A NIK as typed and as each event key of this laptop hashes it."""
        if nik.startswith(NIK_HASH_PREFIX):
            return [nik]
        if self.db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'sync_keys'") is None:
            return [nik]  # a database being upgraded, before the step that makes the table
        return [nik, *(nik_hash(bytes(r[0]), nik) for r in self.db.query("SELECT nik_key FROM sync_keys"))]

    def add(self, data: PersonData) -> int:
        now = now_iso()
        v = data.values()
        new_id = mint(self.db, "people")[0]
        self.db.execute(
            f"INSERT INTO people (id, {', '.join(FIELDS)}, search_key, created_at, updated_at) "
            f"VALUES (?, {', '.join('?' * len(FIELDS))}, ?, ?, ?)",
            (new_id, *(v[f] for f in FIELDS), names.search_key(v["name"]), now, now),
        )
        return new_id

    def add_many(self, people: list[PersonData]) -> list[int]:
        """Insert many new people at once (inside the caller's transaction); their ids."""
        if not people:
            return []
        now = now_iso()
        ids = mint(self.db, "people", len(people))
        rows = []
        for n, data in enumerate(people):
            v = data.values()
            rows.append((ids[n], *(v[f] for f in FIELDS), names.search_key(str(v["name"])), now, now))
        self.db.executemany(
            f"INSERT INTO people (id, {', '.join(FIELDS)}, search_key, created_at, updated_at) "
            f"VALUES (?, {', '.join('?' * len(FIELDS))}, ?, ?, ?)", rows)
        return ids

    def upsert(self, data: PersonData) -> tuple[int, str]:
        """Insert, or update the person with the same NIK.

        Returns (person_id, 'new' | 'updated' | 'same').  A field the new data
        leaves empty does not erase what is stored.
        """
        existing = None
        if data.nik:
            forms = self.nik_forms(data.nik)
            existing = self.db.one(f"SELECT * FROM people WHERE nik IN ({', '.join('?' * len(forms))}) "
                                   "ORDER BY id LIMIT 1", tuple(forms))
        if existing is None:
            return self.add(data), "new"
        v = data.values()
        changes = {f: v[f] for f in FIELDS if v[f] is not None and v[f] != existing[f]}
        if not changes:
            return existing["id"], "same"
        self.update(existing["id"], changes)
        return existing["id"], "updated"

    def update(self, person_id: int, changes: dict[str, object]) -> None:
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown person fields {unknown}")
        if "name" in changes:
            changes = changes | {"name": names.tidy(str(changes["name"]))}
        sets = ", ".join(f"{f} = ?" for f in changes)
        extra = []
        if "name" in changes:
            sets += ", search_key = ?"
            extra.append(names.search_key(str(changes["name"])))
        self.db.execute(f"UPDATE people SET {sets}, updated_at = ? WHERE id = ?",
                        (*changes.values(), *extra, now_iso(), person_id))
