"""Is this certificate or plaque genuine?  Answered offline from the database."""

from __future__ import annotations

from dataclasses import dataclass

from bimtek_desk import codes
from bimtek_desk.idn.dates import long_date
from bimtek_desk.store import Store
from bimtek_desk.store.documents import Document

DOC_NAMES = {"sertifikat": "Sertifikat", "piagam": "Piagam penghargaan"}


@dataclass(frozen=True)
class Verification:
    genuine: bool
    message: str
    document: Document | None = None
    holder: str | None = None
    event_name: str | None = None


def verify_parsed(store: Store, parsed: codes.Parsed) -> Verification:
    if parsed.kind is not codes.Kind.DOCUMENT:
        return Verification(False, "Ini kode badge peserta, bukan kode verifikasi sertifikat.")
    event = store.events.by_tag(parsed.event_tag)
    if event is None:
        return Verification(False, "TIDAK DAPAT DIVERIFIKASI: kode dari acara yang tidak ada di basis data ini.")
    if not parsed.verify(event.secret):
        return Verification(False, "PALSU: tanda tangan digital kode tidak cocok.")
    doc = store.documents.by_code(parsed.code)
    if doc is None:
        return Verification(False, "TIDAK TERDAFTAR: kode sah tetapi dokumen ini tidak pernah diterbitkan di sini.")
    if doc.registration_id is not None:
        holder = store.registrations.get(doc.registration_id).person.name
    else:
        award = next(a for a in store.events.awards(doc.event_id) if a.id == doc.award_id)
        person = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
        holder = person.name if person else award.recipient_name
    kind = DOC_NAMES.get(doc.doc_type, doc.doc_type)
    message = (f"ASLI — {kind} Nomor {doc.number} atas nama {holder}, {event.name}, "
               f"{long_date(event.date_start)}, {event.venue}.")
    return Verification(True, message, doc, holder, event.name)


def verify_text(store: Store, text: str) -> Verification:
    parsed = codes.parse(text.strip())
    if parsed is None:
        return Verification(False, "Bukan kode verifikasi bimtek-desk.")
    return verify_parsed(store, parsed)
