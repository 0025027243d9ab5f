"""What a scanned or typed string is, for a given event.

Every string gets exactly one :class:`Status` and an Indonesian message that a
desk volunteer can act on.  Nothing here writes to the database.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bimtek_desk.idn.dates import long_date, stamp
from bimtek_desk.scanning import codes
from bimtek_desk.signing import looks_signed
from bimtek_desk.store import Store
from bimtek_desk.store.models import Badge, Event, Registration


class Status(enum.Enum):
    VALID = "valid"
    UNKNOWN = "unknown"          # well signed, but no such badge in this database
    FORGED = "forged"            # bad MAC
    OTHER_EVENT = "other_event"  # a badge of another event (or of an event not in this database)
    REPLACED = "replaced"        # re-issued badge or substituted participant
    NOT_A_BADGE = "not_a_badge"  # not one of our codes at all
    DOCUMENT = "document"        # a certificate/plaque verification code


@dataclass(frozen=True)
class Resolution:
    status: Status
    text: str
    message: str
    registration: Registration | None = None
    badge: Badge | None = None
    other_event: Event | None = None
    parsed: codes.Parsed | None = None


def resolve(store: Store, event: Event, text: str) -> Resolution:
    text = text.strip()
    if looks_signed(text):  # a certificate's or plaque's signed QR (BD1:…)
        return Resolution(Status.DOCUMENT, text, "Ini QR sertifikat/piagam, bukan badge.")
    parsed = codes.parse(text)
    if parsed is None:
        return Resolution(Status.NOT_A_BADGE, text, "Bukan kode badge bimtek-desk. Pindai QR pada badge peserta.")
    if parsed.kind in codes.DOCUMENT_KINDS:
        return Resolution(Status.DOCUMENT, text, "Ini kode verifikasi sertifikat/piagam, bukan badge.", parsed=parsed)
    # The desk's own event is the usual case: no need to read it again on every scan.
    owner = event if parsed.event_tag == event.code_tag else store.events.by_tag(parsed.event_tag)
    if owner is None:
        return Resolution(Status.OTHER_EVENT, text,
                          "Badge dari acara lain yang tidak ada di basis data ini. Cari nama peserta di kotak Cari.",
                          parsed=parsed)
    if not parsed.verify(owner.secret):
        return Resolution(Status.FORGED, text, "Kode badge PALSU atau rusak (tanda tangan digital tidak cocok). "
                          "Jangan catat hadir; antar ke meja panitia.", parsed=parsed)
    if owner.id != event.id:
        return Resolution(Status.OTHER_EVENT, text,
                          f"Badge untuk acara lain: {owner.short_name} ({long_date(owner.date_start)}). "
                          "Cari nama peserta di kotak Cari.",
                          other_event=owner, parsed=parsed)
    found = store.registrations.by_code(parsed.code)
    if found is None:
        return Resolution(Status.UNKNOWN, text,
                          "Kode sah tetapi tidak terdaftar di basis data ini (basis data lama atau laptop lain?). "
                          "Cari nama peserta di kotak Cari.",
                          parsed=parsed)
    badge, reg = found
    if reg.status == "replaced":
        new = store.registrations.get(reg.replaced_by) if reg.replaced_by else None
        if new is not None and new.status == "active" and store.people.merged_into(reg.person.id) == new.person.id:
            # the same walk-in registered on two laptops, merged by sync: this badge still works
            return Resolution(Status.VALID, text, "Badge sah (data ganda dari meja lain sudah digabung).",
                              registration=new, badge=badge, parsed=parsed)
        who = f" oleh {new.person.name}" if new else ""
        return Resolution(Status.REPLACED, text,
                          f"Peserta {reg.person.name} sudah digantikan{who}; badge ini tidak berlaku.",
                          registration=reg, badge=badge, parsed=parsed)
    if badge.revoked_at:
        when = stamp(badge.revoked_at, "minute")
        return Resolution(Status.REPLACED, text,
                          f"Badge lama: sudah dicetak ulang ({when}, {badge.revoke_reason}). Minta badge terbaru.",
                          registration=reg, badge=badge, parsed=parsed)
    return Resolution(Status.VALID, text, "Badge sah.", registration=reg, badge=badge, parsed=parsed)
