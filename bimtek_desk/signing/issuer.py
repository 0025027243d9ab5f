"""What signing needs from the database: the issuing office's key (made on first
use), rotation, signing a document's QR, the public key list, and revocation.

The issuer is the event's ``organizer`` (e.g. "Dinas Sosial Kota Banjarmasin"): one
key per office, whatever the event.  Rotation retires the active key (it keeps
verifying: its public half stays in every exported list) and makes a new one.
Every committee action here is one function that checks the PIN, opens the
transaction and writes the audit entry; the window and the CLI call the same one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bimtek_desk.committee.pin import Grant, Purpose, authorize
from bimtek_desk.errors import UserError
from bimtek_desk.signing import cose
from bimtek_desk.signing.keys import (
    KeyList,
    PublicKey,
    Revoked,
    kid_for,
    new_key_pair,
    private_key,
)
from bimtek_desk.store import Store
from bimtek_desk.store import device as devmod
from bimtek_desk.store.documents import Document
from bimtek_desk.store.models import Event
from bimtek_desk.store.signing import KeyRow, RevocationRow

NO_KEY_YET = ("Belum ada kunci tanda tangan: kunci dibuat saat sertifikat atau piagam final (bukan DRAF) yang "
              "pertama dicetak. Selesaikan dulu yang membuat dokumen masih DRAF ('bimtek-desk event confirm "
              "ID' menunjukkan apa saja), lalu cetak sertifikat.")


def issuer_of(event: Event) -> str:
    return event.organizer.strip() or "bimtek-desk"


@dataclass(frozen=True)
class Signer:
    kid: bytes
    issuer: str
    key: Ed25519PrivateKey

    @property
    def kid_hex(self) -> str:
        return self.kid.hex()

    def sign(self, claims: cose.Claims) -> str:
        return cose.sign(claims, self.key, self.kid)


def _new_key(store: Store, issuer: str) -> KeyRow:
    private, public = new_key_pair()
    kid = kid_for(public).hex()
    store.signing.add_key(kid, issuer, public, private)
    row = store.signing.active_key(issuer)
    assert row is not None and row.kid == kid
    return row


def _committee_only(store: Store, issuer: str) -> None:
    slot = devmod.identity(store.db).slot
    if slot != devmod.COMMITTEE:
        raise UserError(f"Laptop meja ini (slot {slot}) tidak menandatangani dokumen {issuer}: sertifikat dan piagam "
                        "ditandatangani dan dicetak di laptop panitia; kunci publiknya datang lewat sinkron.")


def signer(store: Store, event: Event) -> Signer:
    """The active key of the event's issuing office, made (and logged) on first use;
    only on the committee laptop (a desk's own key would sign numbers that clash with
    the committee's, under a key nobody published)."""
    issuer = issuer_of(event)
    _committee_only(store, issuer)
    row = store.signing.active_key(issuer)
    if row is None:
        with store.transaction():
            row = store.signing.active_key(issuer)  # another window may have just made it
            if row is None:
                row = _new_key(store, issuer)
                store.audit.log("signing.key_created", actor="bimtek-desk", event_id=event.id, issuer=issuer,
                                kid=row.kid)
    raw = store.signing.private_key(row.kid)
    if raw is None:
        raise UserError(f"Kunci tanda tangan {row.kid} ({issuer}) tidak punya kunci privat di laptop ini: "
                        "rotasi kunci (bimtek-desk keys rotate) sebelum mencetak.")
    return Signer(bytes.fromhex(row.kid), issuer, private_key(raw))


def rotate(store: Store, event: Event, *, pin: str | Grant | None, actor: str) -> KeyRow:
    """Retire the office's active key and make a new one (PIN; audited).  Documents
    signed with the old key keep verifying."""
    issuer = issuer_of(event)
    _committee_only(store, issuer)
    authorize(store, event.id, pin, actor=actor, purpose=Purpose.KEY_ROTATE)
    with store.transaction():
        old = store.signing.active_key(issuer)
        if old is not None:
            store.signing.retire(old.kid)
        row = _new_key(store, issuer)
        store.audit.log("signing.key_rotated", actor=actor, event_id=event.id, issuer=issuer, kid=row.kid,
                        old_kid=old.kid if old else None)
    return row


def claims(event: Event, doc: Document, ctx: Mapping[str, str]) -> cose.Claims:
    """What the QR of ``doc`` says: its type and number, the name and event as printed."""
    jp = int(ctx["jp_total"]) if doc.doc_type == "sertifikat" and ctx.get("jp_total", "").isdigit() else None
    return cose.Claims(doc.doc_type, doc.number, ctx["name"], event.short_name, event.date_start, jp)


def sign_context(signer_: Signer, event: Event, doc: Document, ctx: dict[str, str]) -> dict[str, str]:
    """Put the signed payload into a document's context (``verify_payload``, which the
    layouts' QR shows, and ``key_id``, printed small beside it)."""
    ctx["verify_payload"] = signer_.sign(claims(event, doc, ctx))
    ctx["key_id"] = signer_.kid_hex
    return ctx


def key_list(store: Store) -> KeyList:
    """Every issuer's public keys in this database (retired ones too) and the revocations."""
    keys = tuple(PublicKey(k.kid, k.issuer, k.public_key, k.created_at, k.retired_at) for k in store.signing.keys())
    return KeyList(keys, tuple(_revoked(r) for r in store.signing.revocations()))


def _revoked(r: RevocationRow) -> Revoked:
    import datetime as dt

    days = (dt.date.fromisoformat(r.event_date) - cose.EPOCH).days
    return Revoked(r.issuer.strip() or "bimtek-desk", cose.DOC_CODES[r.doc_type], r.number, days, r.reason, r.at)


def find_document(store: Store, event: Event, number: str) -> Document:
    wanted = " ".join(number.split())
    doc = next((d for d in store.documents.for_event(event.id) if d.number == wanted), None)
    if doc is None:
        raise UserError(f"Nomor dokumen '{wanted}' tidak ada di acara ini.")
    return doc


def revoke(store: Store, event: Event, number: str, reason: str, *, pin: str | Grant | None,
           actor: str) -> RevocationRow:
    """The committee revokes one certificate or plaque (PIN, reason; audited).  The
    next verification page and ``verify`` say DICABUT."""
    if not reason.strip():
        raise UserError("Alasan pencabutan wajib diisi.")
    if devmod.identity(store.db).slot != devmod.COMMITTEE:
        # a desk's revocation would never reach the others: only the committee's bundle carries them
        raise UserError("Pencabutan dokumen dilakukan di laptop panitia; laptop meja menerimanya lewat sinkron.")
    authorize(store, event.id, pin, actor=actor, purpose=Purpose.DOCUMENT_REVOKE)
    doc = find_document(store, event, number)
    if store.signing.revocation(doc.id) is not None:
        raise UserError(f"Dokumen Nomor {doc.number} sudah dicabut.")
    with store.transaction():
        store.signing.revoke(doc.id, reason.strip(), actor)
        store.audit.log("document.revoke", actor=actor, event_id=event.id, document=doc.id, number=doc.number,
                        doc_type=doc.doc_type, reason=reason.strip())
    row = store.signing.revocation(doc.id)
    assert row is not None
    return row
