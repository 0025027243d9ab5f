"""Committee edits of one participant: correct the data, or replace them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bimtek_desk.desk import lookup
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.roster import edit
from bimtek_desk.store import PersonData, Store
from tests.conftest import DEMO_EVENT_ID, file_digest


def first(store: Store, n: int = 0):  # type: ignore[no-untyped-def]
    return store.registrations.for_event(DEMO_EVENT_ID)[n]


def test_edit_changes_the_person_and_the_role_and_is_audited(demo_store: Store) -> None:
    reg = first(demo_store)
    revision = demo_store.registrations.revision()
    data = dataclasses.replace(edit.person_data(reg.person), name="Hj. Nor Mawaddah, S.Pd.", phone="081211112222",
                               kelurahan="Mawar", kecamatan="Banjarmasin Tengah")
    changed = edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, "NARASUMBER", pin=DEMO_PIN)
    assert changed == ["kecamatan", "kelurahan", "name", "phone", "role"]
    again = demo_store.registrations.get(reg.id)
    assert (again.person.name, again.person.phone, again.role) == ("Hj. Nor Mawaddah, S.Pd.", "081211112222",
                                                                   "NARASUMBER")
    assert demo_store.registrations.revision() != revision  # search indexes see the new name
    assert demo_store.registrations.search(DEMO_EVENT_ID, "mawaddah mawar") == [reg.id]
    entry = demo_store.audit.entries(DEMO_EVENT_ID)[0]
    assert entry.action == "person.edit" and entry.detail["changes"]["role"] == ["PESERTA", "NARASUMBER"]
    assert edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, "NARASUMBER", pin=DEMO_PIN) == []  # nothing new: no entry
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].id == entry.id


def test_nik_change_is_checked_and_never_logged_in_full(demo_store: Store) -> None:
    reg, other = first(demo_store), first(demo_store, 1)
    base = edit.person_data(reg.person)
    with pytest.raises(UserError, match="sudah dipakai oleh"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, dataclasses.replace(base, nik=other.person.nik), "PESERTA",
                  pin=DEMO_PIN)
    with pytest.raises(UserError, match="16 digit"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, dataclasses.replace(base, nik="637105"), "PESERTA",
                  pin=DEMO_PIN)
    new_nik = "6371050101900001"
    assert edit.edit(demo_store, DEMO_EVENT_ID, reg.id, dataclasses.replace(base, nik=new_nik), "PESERTA",
                     pin=DEMO_PIN) == ["nik"]
    detail = str(demo_store.audit.entries(DEMO_EVENT_ID)[0].detail)
    assert new_nik not in detail and str(reg.person.nik) not in detail and "637105******0001" in detail


def test_refused_edit_leaves_the_file_unchanged(demo_store: Store, demo_db: Path) -> None:
    reg = first(demo_store)
    before = file_digest(demo_db)
    for data, role in ((dataclasses.replace(edit.person_data(reg.person), name=" "), "PESERTA"),
                       (edit.person_data(reg.person), "TAMU")):
        with pytest.raises(UserError):
            edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, role, pin=DEMO_PIN)
    assert file_digest(demo_db) == before


def test_substitute_from_the_roster(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    old = first(demo_store)
    with pytest.raises(UserError, match="kelurahan yang sama"):
        edit.substitute(demo_store, event, old.id, PersonData(name="Orang Lain", kelurahan="Mawar"), "sakit",
                        actor="panitia")
    new_id = edit.substitute(demo_store, event, old.id, PersonData(name="Rahmah Pengganti"), "sakit",
                             actor="panitia")
    new = demo_store.registrations.get(new_id)
    assert new.person.kelurahan == old.person.kelurahan and new.badge_code and new.badge_code != old.badge_code
    assert demo_store.registrations.get(old.id).status == "replaced"
    assert lookup.resolve(demo_store, event, old.badge_code or "").status is lookup.Status.REPLACED
    assert lookup.resolve(demo_store, event, new.badge_code).status is lookup.Status.VALID
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "registration.replace"
    with pytest.raises(UserError, match="Hanya peserta aktif"):
        edit.substitute(demo_store, event, old.id, PersonData(name="Lagi"), "salah", actor="panitia")
