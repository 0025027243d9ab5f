"""Row-to-record converters shared by the repositories."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from bimtek_desk.store.models import (
    Award,
    Badge,
    CheckIn,
    Event,
    Person,
    Registration,
    Session,
)

PERSON_COLS = (
    "p.id AS p_id, p.nik, p.name, p.sex, p.birth_place, p.birth_date, p.kelurahan, "
    "p.kecamatan, p.phone, p.service_start_year"
)
REGISTRATION_SELECT = (
    "SELECT r.id, r.event_id, r.role, r.status, r.source, r.roster_row, r.replaced_by, "
    f"{PERSON_COLS}, b.code AS badge_code "
    "FROM registrations r JOIN people p ON p.id = r.person_id "
    "LEFT JOIN badges b ON b.registration_id = r.id AND b.revoked_at IS NULL"
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def event(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], name=row["name"], short_name=row["short_name"],
        date_start=dt.date.fromisoformat(row["date_start"]), date_end=dt.date.fromisoformat(row["date_end"]),
        venue=row["venue"], city=row["city"], code_tag=row["code_tag"],
        settings=json.loads(row["settings"]), secret=bytes(row["secret"]),
    )


def session(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"], event_id=row["event_id"], key=row["key"], label=row["label"],
        date=dt.date.fromisoformat(row["date"]), start_time=row["start_time"], end_time=row["end_time"],
        counts_for_certificate=bool(row["counts_for_certificate"]), position=row["position"],
    )


def person(row: sqlite3.Row) -> Person:
    keys = row.keys()
    return Person(
        id=row["p_id"] if "p_id" in keys else row["id"], nik=row["nik"], name=row["name"], sex=row["sex"],
        birth_place=row["birth_place"], birth_date=_date(row["birth_date"]), kelurahan=row["kelurahan"],
        kecamatan=row["kecamatan"], phone=row["phone"], service_start_year=row["service_start_year"],
    )


def registration(row: sqlite3.Row) -> Registration:
    return Registration(
        id=row["id"], event_id=row["event_id"], person=person(row), role=row["role"], status=row["status"],
        source=row["source"], roster_row=row["roster_row"], badge_code=row["badge_code"],
        replaced_by=row["replaced_by"],
    )


def badge(row: sqlite3.Row) -> Badge:
    return Badge(row["id"], row["registration_id"], row["code"], row["issued_at"], row["revoked_at"],
                 row["revoke_reason"])


def checkin(row: sqlite3.Row) -> CheckIn:
    return CheckIn(row["id"], row["registration_id"], row["session_id"], row["at"], row["desk"],
                   row["operator"], row["method"], row["annuls"], row["reason"],
                   (row["device"] or 0) if "device" in row.keys() else 0)


def award(row: sqlite3.Row) -> Award:
    return Award(row["id"], row["event_id"], row["recipient_nik"], row["recipient_name"], row["title"],
                 row["citation"], row["years_of_service"], row["position"])
