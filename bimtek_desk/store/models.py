"""Plain records handed out by the store.  No behaviour beyond convenience."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ROLES = ("PESERTA", "PANITIA", "NARASUMBER")
METHODS = ("scanner", "camera", "manual", "walk-in", "cli")


@dataclass(frozen=True)
class EventFacts:
    """What names and places an event: the same in the event file (EventSpec) and the store (Event)."""

    id: str
    name: str
    short_name: str
    date_start: dt.date
    date_end: dt.date
    venue: str
    city: str


@dataclass(frozen=True, kw_only=True)
class Event(EventFacts):
    """A stored event: its facts, the tag and secret of its codes, its settings and images."""

    code_tag: str
    settings: dict[str, Any]
    secret: bytes = field(repr=False, compare=False)
    # Stored images the settings refer to ('image:<sha256>'), by digest.
    images: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    @property
    def organizer(self) -> str:
        return str(self.settings.get("organizer", ""))


@dataclass(frozen=True)
class SessionSpec:
    """A session (an attendance point) as an event file describes it, before it is stored."""

    key: str
    label: str
    date: dt.date
    start_time: str
    end_time: str
    counts_for_certificate: bool
    position: int


@dataclass(frozen=True, kw_only=True)
class Session(SessionSpec):
    """A stored session: the spec with its row id and its event."""

    id: int
    event_id: str


@dataclass(frozen=True)
class Person:
    id: int
    nik: str | None
    name: str
    sex: str | None
    birth_place: str | None
    birth_date: dt.date | None
    kelurahan: str | None
    kecamatan: str | None
    phone: str | None
    service_start_year: int | None


@dataclass(frozen=True)
class Registration:
    id: int
    event_id: str
    person: Person
    role: str
    status: str
    source: str
    roster_row: int | None
    badge_code: str | None  # the current badge, None once replaced
    replaced_by: int | None = None


@dataclass(frozen=True)
class Badge:
    id: int
    registration_id: int
    code: str
    issued_at: str
    revoked_at: str | None
    revoke_reason: str | None


@dataclass(frozen=True)
class CheckIn:
    id: int
    registration_id: int
    session_id: int
    at: str
    desk: str
    operator: str
    method: str
    annuls: int | None
    reason: str | None
    device: int = 0  # the slot of the laptop that recorded it (0 = committee)


@dataclass(frozen=True)
class Award:
    id: int
    event_id: str
    recipient_nik: str | None
    recipient_name: str
    title: str
    citation: str
    years_of_service: int | None
    position: int


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    event_id: str | None
    actor: str
    action: str
    detail: dict[str, Any]
