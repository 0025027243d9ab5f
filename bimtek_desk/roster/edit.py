"""Committee changes to one participant: correct their data, or hand their place
to a substitute.  Both are audited; the desk's F3 uses the same substitution.
Correcting data needs the committee PIN (the substitution is the desk's F3 too)."""

from __future__ import annotations

import dataclasses

from bimtek_desk.committee.pin import Grant, Purpose, authorize
from bimtek_desk.errors import NotFound, UserError
from bimtek_desk.idn import nik as niklib
from bimtek_desk.roster import rules
from bimtek_desk.store import PersonData, Store
from bimtek_desk.store.models import ROLES, Event, Person

EDITABLE = ("name", "nik", "sex", "birth_place", "birth_date", "kelurahan", "kecamatan", "phone",
            "service_start_year")


def person_data(p: Person) -> PersonData:
    return PersonData(name=p.name, nik=p.nik, sex=p.sex, birth_place=p.birth_place, birth_date=p.birth_date,
                      kelurahan=p.kelurahan, kecamatan=p.kecamatan, phone=p.phone,
                      service_start_year=p.service_start_year)


def person_id_for(store: Store, person: PersonData) -> int:
    """The person with this NIK if known, else a new one (inside a transaction)."""
    existing = store.people.by_nik(person.nik) if person.nik else None
    return existing.id if existing else store.people.add(person)


def _shown(field: str, value: object) -> object:
    """What the audit log keeps of a value: never a full NIK."""
    if field == "nik":
        return niklib.mask(str(value)) if value else None
    return value if value is None or isinstance(value, int | str) else str(value)


def edit(store: Store, event_id: str, registration_id: int, data: PersonData, role: str, *,
         pin: str | Grant | None, actor: str = "panitia") -> list[str]:
    """Correct a participant's data and role (committee PIN); returns the fields that changed.

    The person is one human across events, so a corrected name is corrected
    everywhere.  A NIK already used by someone else is refused.
    """
    authorize(store, event_id, pin, actor=actor, purpose=Purpose.PERSON_EDIT)
    reg = store.registrations.get(registration_id)
    if reg.event_id != event_id:
        raise NotFound(f"Pendaftaran {registration_id} bukan dari acara '{event_id}'.")
    data = rules.require(data, regions=rules.regions_of(store.events.get(event_id)))
    if role not in ROLES:
        raise UserError(f"Peran harus salah satu dari {', '.join(ROLES)}.")
    if data.nik:
        other = store.people.by_nik(data.nik)
        if other is not None and other.id != reg.person.id:
            raise UserError(f"NIK {niklib.mask(data.nik)} sudah dipakai oleh {other.name}.")
    before, after = person_data(reg.person).values(), data.values()
    changes = {f: after[f] for f in EDITABLE if after[f] != before[f]}
    changed = sorted(changes) + (["role"] if role != reg.role else [])
    if not changed:
        return []
    with store.transaction():
        if changes:
            store.people.update(reg.person.id, changes)
        if role != reg.role:
            store.registrations.set_role(registration_id, role)
        store.audit.log("person.edit", actor=actor, event_id=event_id, registration=registration_id,
                        person=reg.person.id, changes={
                            f: [_shown(f, before[f]), _shown(f, after[f])] for f in changes
                        } | ({"role": [reg.role, role]} if role != reg.role else {}))
    return changed


def substitute(store: Store, event: Event, registration_id: int, person: PersonData, reason: str, *,
               actor: str) -> int:
    """A substitute from the same kelurahan takes a registered person's place: the
    old registration and badge stop working, the new one gets its own badge.
    Returns the new registration id.  Runs in the caller's transaction if any."""
    if not reason.strip():
        raise UserError("Alasan penggantian wajib diisi.")
    person = rules.require(person, regions=rules.regions_of(event))
    old = store.registrations.get(registration_id)
    if person.kelurahan and old.person.kelurahan and person.kelurahan != old.person.kelurahan:
        raise UserError(f"Pengganti harus dari kelurahan yang sama ({old.person.kelurahan}).")
    if not person.kelurahan:
        person = dataclasses.replace(person, kelurahan=old.person.kelurahan, kecamatan=old.person.kecamatan)
    with store.transaction():
        new_id = store.registrations.replace(event, registration_id, person_id_for(store, person), reason=reason)
        store.audit.log("registration.replace", actor=actor, event_id=event.id, replaced=registration_id,
                        replaced_name=old.person.name, by=new_id, name=person.name, reason=reason)
    return new_id
