"""Is this certificate or plaque genuine?  Answered offline from the database."""

from __future__ import annotations

from dataclasses import dataclass

from bimtek_desk.idn.dates import long_date
from bimtek_desk.scanning import codes
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
    short: str | None = None  # the verdict in two lines, for the desk's result panel

    @property
    def brief(self) -> str:
        return self.short or self.message


def _short(verdict: str, doc_type: str, holder: str, number: str) -> str:
    del number  # the desk's panel has two lines: the verdict and whose document it is
    return f"{verdict} — {DOC_NAMES.get(doc_type, doc_type)} a.n. {holder.rstrip('.')}."


def verify_parsed(store: Store, parsed: codes.Parsed) -> Verification:
    if parsed.kind not in codes.DOCUMENT_KINDS:
        return Verification(False, "Ini kode badge peserta, bukan kode verifikasi sertifikat.")
    event = store.events.by_tag(parsed.event_tag)
    if event is None:
        return Verification(False, "TIDAK DAPAT DIVERIFIKASI: kode dari acara yang tidak ada di basis data ini.")
    if not parsed.verify(event.secret):
        if parsed.serial == 0 and parsed.verify(codes.DRAFT_SECRET):  # a committee's proof print, not a forgery
            return Verification(False, "DRAF — cetakan contoh tanpa nomor, bukan dokumen resmi: tidak dapat "
                                       "diverifikasi.", short="DRAF — bukan dokumen resmi.")
        return Verification(False, "PALSU: tanda tangan digital kode tidak cocok.")
    doc = store.documents.by_code(parsed.code)
    if doc is None:
        return Verification(False, "TIDAK TERDAFTAR: kode sah tetapi dokumen ini tidak pernah diterbitkan di sini.")
    holder = _holder(store, doc)
    kind = DOC_NAMES.get(doc.doc_type, doc.doc_type)
    revoked = store.signing.revocation(doc.id)
    if revoked is not None:
        return Verification(False, f"DICABUT — {kind} Nomor {doc.number} atas nama {holder} telah dicabut: "
                                   f"{revoked.reason}.", doc, holder, event.name,
                            _short("DICABUT", doc.doc_type, holder, doc.number))
    message = (f"ASLI — {kind} Nomor {doc.number} atas nama {holder}, {event.name}, "
               f"{long_date(event.date_start)}, {event.venue}.")
    return Verification(True, message, doc, holder, event.name, _short("ASLI", doc.doc_type, holder, doc.number))


def _holder(store: Store, doc: Document) -> str:
    if doc.registration_id is not None:
        return store.registrations.get(doc.registration_id).person.name
    award = next(a for a in store.events.awards(doc.event_id) if a.id == doc.award_id)
    person = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
    return person.name if person else award.recipient_name


def verify_signed(store: Store, text: str) -> Verification:
    """A signed QR (BD1:) checked against the public keys and revocations in this database."""
    from bimtek_desk.signing import issuer, verifier

    result = verifier.verify(text, issuer.key_list(store))
    claims, key = result.claims, result.key
    if claims is None or key is None:
        return Verification(False, result.message)
    doc = next((d for e in store.events.all() if issuer.issuer_of(e) == key.issuer and e.date_start == claims.date
                for d in store.documents.for_event(e.id, claims.doc_type) if d.number == claims.number), None)
    holder = _holder(store, doc) if doc is not None else claims.name
    short = _short(result.verdict.value, claims.doc_type, claims.name, claims.number)
    return Verification(result.genuine, result.message, doc, holder, claims.event, short)


def verify_text(store: Store, text: str) -> Verification:
    """A short verification code (BDS…) or a signed QR payload (BD1:…)."""
    from bimtek_desk.signing import looks_signed

    if looks_signed(text):
        return verify_signed(store, text)
    parsed = codes.parse(text.strip())
    if parsed is None:
        return Verification(False, "Bukan kode verifikasi bimtek-desk.")
    return verify_parsed(store, parsed)
