"""One set of rules for a person (#13 items 10 and 16): the import, the desk's
walk-in and substitute, and the committee's edit all use roster.rules."""

from __future__ import annotations

import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn import wilayah
from bimtek_desk.roster import edit, rules
from bimtek_desk.store import PersonData, Store
from tests.conftest import DEMO_EVENT_ID

NIK = "6371052207669098"


def make_desk(store: Store) -> Desk:
    return Desk(store, store.events.get(DEMO_EVENT_ID), desk="Meja 1", operator="Rina", session="REG")


@pytest.mark.parametrize("written", [
    "６３７１０５２２０７６６９０９８",  # full-width, as an Asian keyboard types it
    "٦٣٧١٠٥٢٢٠٧٦٦٩٠٩٨",  # Arabic-Indic
    "۶۳۷۱۰۵۲۲۰۷۶۶۹۰۹۸",  # Extended Arabic-Indic (Persian)
    " 6371 0522 0766 9098 ",
])
def test_nik_in_any_digits_is_one_ascii_nik(written: str) -> None:
    assert niklib.validate(written) == NIK


@pytest.mark.parametrize("written, fragment", [
    ("637105220766909²", "selain angka"),  # a superscript is not a digit
    ("' OR 1=1 --", "selain angka"),
    ("63710522076690\x0098", r"U\+0000"),
])
def test_nik_other_characters_refused(written: str, fragment: str) -> None:
    with pytest.raises(niklib.NikError, match=fragment):
        niklib.validate(written)


def test_nik_in_messages_is_masked_unless_asked() -> None:
    with pytest.raises(niklib.NikError) as exc:
        niklib.validate("9971011101900001")
    assert "9971011101900001" not in str(exc.value) and "997101******0001" in str(exc.value)
    with pytest.raises(niklib.NikError, match="9971011101900001"):
        niklib.validate("9971011101900001", show=True)


def test_three_spellings_of_one_nik_are_one_person_at_the_desk(demo_store: Store) -> None:
    desk = make_desk(demo_store)
    before = demo_store.db.scalar("SELECT count(*) FROM people")
    for written in ("６３７１０５２２０７６６０００１", "٦٣٧١٠٥٢٢٠٧٦٦٠٠٠١", "6371052207660001"):
        desk.walk_in(PersonData(name="Herman Baru", nik=written, kelurahan="Mawar"))
    assert demo_store.db.scalar("SELECT count(*) FROM people") == before + 1
    assert demo_store.people.by_nik("6371052207660001") is not None


@pytest.mark.parametrize("person, fragment", [
    (PersonData(name="Siti", nik="' OR 1=1 --"), "NIK"),
    (PersonData(name="Siti\x00Rahmah"), "karakter kendali"),
    (PersonData(name="Siti Rahmah", sex="X"), "Jenis kelamin 'X'"),
    (PersonData(name="Siti Rahmah", kelurahan="Kampung Antah"), "Kelurahan 'Kampung Antah' tidak dikenal"),
    (PersonData(name="Siti Rahmah", phone="12ab"), "Nomor HP '12ab'"),
    (PersonData(name=" "), "Nama wajib diisi"),
])
def test_walk_in_refuses_bad_data_with_one_message_and_writes_nothing(demo_store: Store, person: PersonData,
                                                                     fragment: str) -> None:
    desk = make_desk(demo_store)
    people = demo_store.db.scalar("SELECT count(*) FROM people")
    audit = len(demo_store.audit.entries(DEMO_EVENT_ID))
    with pytest.raises(UserError, match=fragment):
        desk.walk_in(person)
    assert demo_store.db.scalar("SELECT count(*) FROM people") == people
    assert len(demo_store.audit.entries(DEMO_EVENT_ID)) == audit


def test_walk_in_stores_the_tidy_form(demo_store: Store) -> None:
    r = make_desk(demo_store).walk_in(PersonData(name="  Siti   Rahmah ", kelurahan="kel. sei baru",
                                                  phone="+62 812-3456-7890"))
    p = r.registration.person  # type: ignore[union-attr]
    assert (p.name, p.kelurahan, p.kecamatan, p.phone) == ("Siti Rahmah", "Sungai Baru", "Banjarmasin Tengah",
                                                           "081234567890")


def test_substitute_and_edit_use_the_same_rules(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    with pytest.raises(UserError, match="Nomor HP"):
        edit.substitute(demo_store, event, reg.id, PersonData(name="Pengganti", phone="0812"), "sakit",
                        actor="t")
    with pytest.raises(UserError, match="karakter kendali"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, PersonData(name="A\x07B"), "PESERTA", pin=DEMO_PIN)
    with pytest.raises(UserError, match="tidak dikenal di Kota Banjarmasin"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, PersonData(name=reg.person.name, kelurahan="Guntung Payung"),
                  "PESERTA", pin=DEMO_PIN)
    assert demo_store.registrations.get(reg.id).person == reg.person


def test_import_keeps_what_a_form_refuses() -> None:
    raw = {"name": "Siti Rahmah", "kelurahan": "Guntung Payung", "phone": "0511-3355"}
    typed = rules.check(raw, regions=wilayah.BANJARMASIN, typed=True)
    bulk = rules.check(raw, regions=wilayah.BANJARMASIN)
    assert {p.field for p in typed.errors} == {"kelurahan", "phone"}
    assert not bulk.errors and bulk.person.kelurahan == "Guntung Payung" and bulk.person.phone == "0511-3355"


def test_regions_follow_the_event() -> None:
    assert rules.check({"name": "A B", "kelurahan": "Guntung Payung"}, regions=None).problems == []
    banjarbaru = wilayah.for_event("Banjarbaru", {"wilayah": {"Landasan Ulin": ["Guntung Payung"]}})
    checked = rules.check({"name": "A B", "kelurahan": "guntung payung"}, regions=banjarbaru)
    assert not checked.problems and checked.person.kecamatan == "Landasan Ulin"
    assert wilayah.for_event("Kota Banjarmasin") is wilayah.BANJARMASIN


def test_dialogs_show_the_core_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.desk.dialogs import PersonForm

    form = PersonForm("Peserta baru", None)
    qtbot.addWidget(form)
    form.name.setText("Siti Rahmah")
    form.kelurahan.setCurrentText("Kampung Antah")
    form.phone.setText("0812")
    form._try_accept()
    assert "Kelurahan 'Kampung Antah' tidak dikenal di Kota Banjarmasin" in form.error.text()
    assert not form.result()
    form.kelurahan.setCurrentText("Mawar")
    form._try_accept()
    assert "Nomor HP '0812'" in form.error.text()
