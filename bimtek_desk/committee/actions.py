"""Audited committee actions that have no other home in the core.

Each one: the PIN policy, one transaction, one audit entry.  (Others live with
their feature and follow the same pattern: ``Desk.undo``, ``documents.issue.decide``,
``events.new.from_file``, ``pin.change``, ``restore.restore_backup``, ``roster.edit``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bimtek_desk.committee.pin import Grant, Purpose, authorize
from bimtek_desk.errors import UserError
from bimtek_desk.render import images
from bimtek_desk.store import Store
from bimtek_desk.store.eventfile import EventSpec
from bimtek_desk.store.models import Event, Registration


def registration_for(store: Store, event: Event, registration_id: int, pin: str | Grant | None, *, actor: str,
                     purpose: Purpose) -> Registration:
    """The first steps of an audited action on one participant: the PIN for ``purpose``,
    then the registration, refused when it belongs to another event."""
    authorize(store, event.id, pin, actor=actor, purpose=purpose)
    reg = store.registrations.get(registration_id)
    if reg.event_id != event.id:
        raise UserError(f"{reg.person.name} tidak terdaftar di acara ini.")
    return reg


def disclose_nik(store: Store, event_id: str, pin: str | Grant | None, *, actor: str, where: str,
                 **detail: Any) -> Grant:
    """Full NIKs are personal data: the PIN, and one line in the audit log saying where
    they were shown (``where``: 'Peserta', 'daftar hadir', 'export', …)."""
    grant = authorize(store, event_id, pin, actor=actor, purpose=Purpose.NIK_SHOW)
    with store.transaction():
        store.audit.log("nik.show", actor=actor, event_id=event_id, where=where, **detail)
    return grant


def reissue_badge(store: Store, event: Event, registration_id: int, reason: str, pin: str | Grant | None, *,
                  actor: str) -> str:
    """A lost badge: a new code (the old one is refused at the desk).  Returns the new code."""
    if not reason.strip():
        raise UserError("Alasan cetak ulang badge wajib diisi.")
    reg = registration_for(store, event, registration_id, pin, actor=actor, purpose=Purpose.BADGE_REISSUE)
    with store.transaction():
        new_code = store.registrations.reissue_badge(event, registration_id, reason.strip())
        store.audit.log("badge.reissue", actor=actor, event_id=event.id, registration=registration_id,
                        old=reg.badge_code, new=new_code, reason=reason.strip())
    return new_code


def save_event(store: Store, spec: EventSpec, pin: str | Grant | None, *, actor: str,
               new_images: tuple[images.Picture, ...] = ()) -> Event:
    """The committee's edit of an event (its facts, sessions, signatories, images)."""
    authorize(store, spec.id, pin, actor=actor, purpose=Purpose.EVENT_EDIT)
    with store.transaction():
        for picture in new_images:
            store.events.put_image(picture)
        event, _ = store.events.upsert(spec)
        store.audit.log("event.edit", actor=actor, event_id=event.id)
    return event


def choose_layout(store: Store, event: Event, doc_type: str, value: str, pin: str | Grant | None, *,
                  actor: str) -> Event:
    """Which layout a document type is drawn with ('builtin' or a checked layout file)."""
    from bimtek_desk.store.eventfile import edited

    authorize(store, event.id, pin, actor=actor, purpose=Purpose.LAYOUT_CHOOSE)
    layouts = dict(event.settings.get("layouts") or {})
    layouts[doc_type] = value
    with store.transaction():
        store.events.upsert(edited(event, {"layouts": layouts}))
        store.audit.log("layout.choose", actor=actor, event_id=event.id, doc_type=doc_type, layout=value)
    return store.events.get(event.id)


IMAGE_KINDS = ("logo", "signature", "stamp")
_IMAGE_KEYS = {"signature": "signature_image", "stamp": "stamp_image"}
_IMAGE_WORDS = {"logo": "logo", "signature": "tanda tangan", "stamp": "stempel"}


def set_image(store: Store, event: Event, kind: str, path: str | Path | None, pin: str | Grant | None, *,
              actor: str, signatory: str | None = None) -> Event:
    """The event's logo, or a signatory's scanned signature or stamp (``path`` None removes
    it).  A bad file is refused before the PIN is asked and nothing changes."""
    if kind not in IMAGE_KINDS:
        raise UserError(f"Jenis gambar '{kind}' tidak dikenal (pilih: {', '.join(IMAGE_KINDS)}).")
    picture = images.read(path) if path is not None else None
    settings: dict[str, Any]
    if kind == "logo":
        settings = {"logo": picture.ref if picture else None}
    else:
        roles = dict(event.settings.get("signatories") or {})
        if not signatory:
            raise UserError(f"Sebutkan penandatangannya: --signatory ({', '.join(roles) or 'belum ada'}).")
        if signatory not in roles:
            raise UserError(f"Penandatangan '{signatory}' belum ada di acara ini (yang ada: "
                            f"{', '.join(roles) or 'belum ada'}); isi dulu di Acara → Penandatangan.")
        roles[signatory] = dict(roles[signatory]) | {_IMAGE_KEYS[kind]: picture.ref if picture else None}
        settings = {"signatories": roles}
    authorize(store, event.id, pin, actor=actor, purpose=Purpose.EVENT_EDIT)
    with store.transaction():
        if picture is not None:
            store.events.put_image(picture)
        event = store.events.update_settings(event.id, settings)
        detail = {"image": _IMAGE_WORDS[kind], "signatory": signatory,
                  "file": Path(path).name if path is not None else None}
        store.audit.log("event.edit", actor=actor, event_id=event.id,
                        **{k: v for k, v in detail.items() if v is not None})
    return event
