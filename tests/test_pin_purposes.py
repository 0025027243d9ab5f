"""A committee PIN grant is good for one purpose only: the PIN asked to show NIKs does
not revoke a document.  The dialog names the purpose in the interface's language."""

from __future__ import annotations

import dataclasses

import pytest

from bimtek_desk.committee import actions
from bimtek_desk.committee import pin as pinlib
from bimtek_desk.committee.pin import Purpose
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.roster import edit
from bimtek_desk.store import Store, vocabulary
from tests.conftest import DEMO_EVENT_ID


def _grant(store: Store, purpose: Purpose) -> pinlib.Grant:
    return pinlib.authorize(store, DEMO_EVENT_ID, DEMO_PIN, actor="panitia", purpose=purpose)


def test_a_grant_to_show_niks_does_not_revoke_a_document(demo_store: Store) -> None:
    from bimtek_desk.documents import issue
    from bimtek_desk.signing import issuer
    from tests.helpers.final import make_final

    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    (job,), _ = issue.certificate_jobs(demo_store, event)
    number = job.document.number
    show_nik = actions.disclose_nik(demo_store, DEMO_EVENT_ID, DEMO_PIN, actor="panitia", where="Peserta")
    assert show_nik.purpose is Purpose.NIK_SHOW
    with pytest.raises(UserError, match="untuk «menampilkan NIK lengkap», bukan untuk «mencabut dokumen»"):
        issuer.revoke(demo_store, event, number, "salah nama", pin=show_nik, actor="panitia")
    assert demo_store.signing.revocations() == []
    # no PIN was typed: nothing is counted against the committee
    assert demo_store.pin_attempts.state(DEMO_EVENT_ID) == (0, None)
    assert "pin.fail" not in [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)]
    # the grant still opens what it was asked for, and a grant to revoke revokes
    actions.disclose_nik(demo_store, DEMO_EVENT_ID, show_nik, actor="panitia", where="Laporan")
    revoke = _grant(demo_store, Purpose.DOCUMENT_REVOKE)
    assert issuer.revoke(demo_store, event, number, "salah nama", pin=revoke, actor="panitia").number == number


def test_a_grant_of_another_event_is_refused_with_its_own_message(demo_store: Store) -> None:
    other = pinlib.Grant("acara-lain", Purpose.NIK_SHOW)
    with pytest.raises(UserError, match="untuk acara lain"):
        actions.disclose_nik(demo_store, DEMO_EVENT_ID, other, actor="panitia", where="Peserta")


def test_the_person_edit_grant_covers_the_nik_in_its_form_but_not_the_reverse(demo_store: Store) -> None:
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    data = dataclasses.replace(edit.person_data(reg.person), phone="081211112222")
    with pytest.raises(UserError, match="PIN panitia belum diisi"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, reg.role, pin=None)
    nik_grant = _grant(demo_store, Purpose.NIK_SHOW)
    with pytest.raises(UserError, match="bukan untuk «mengubah data peserta»"):
        edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, reg.role, pin=nik_grant)
    assert demo_store.registrations.get(reg.id).person.phone == reg.person.phone
    edit_grant = _grant(demo_store, Purpose.PERSON_EDIT)
    actions.disclose_nik(demo_store, DEMO_EVENT_ID, edit_grant, actor="panitia", where="Ubah data peserta")
    assert edit.edit(demo_store, DEMO_EVENT_ID, reg.id, data, reg.role, pin=edit_grant) == ["phone"]
    assert [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)][:2] == ["person.edit", "nik.show"]


def test_purposes_are_keys_and_the_audit_log_keeps_the_indonesian_words(demo_store: Store) -> None:
    with pytest.raises(TypeError, match="Purpose"):
        pinlib.authorize(demo_store, DEMO_EVENT_ID, DEMO_PIN, actor="cli", purpose="menampilkan NIK lengkap")  # type: ignore[arg-type]
    assert {p.value for p in Purpose} <= set(vocabulary.ACTIONS)  # a key is the audit action it opens
    assert len({p.label for p in Purpose}) == len(Purpose)
    with pytest.raises(UserError, match="PIN panitia salah"):
        pinlib.authorize(demo_store, DEMO_EVENT_ID, "000000", actor="cli", purpose=Purpose.DOCUMENT_REVOKE)
    (entry,) = [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "pin.fail"]
    assert entry.detail["purpose"] == "mencabut dokumen"
    assert "untuk: mencabut dokumen" in vocabulary.describe(entry.detail)


# -- the window --------------------------------------------------------------------------


def test_every_purpose_has_a_dialog_label_equal_to_the_core_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from bimtek_desk.gui.app import install_translation
    from bimtek_desk.gui.pin_dialog import purpose_label

    app = QApplication.instance()
    translator = install_translation(app, None)
    try:
        assert {p: purpose_label(p) for p in Purpose} == {p: p.label for p in Purpose}
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def test_english_pin_dialog(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QWidget

    from bimtek_desk.gui.app import install_translation
    from bimtek_desk.gui.pin_dialog import ask_pin, purpose_label

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda parent, title, label, *a, **k: (asked.append((title, label)) or DEMO_PIN, True))
    parent = QWidget()
    qtbot.addWidget(parent)
    app = QApplication.instance()
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        grant = ask_pin(parent, demo_store, DEMO_EVENT_ID, Purpose.NIK_SHOW)
        english = {p: purpose_label(p) for p in Purpose}
    finally:
        app.removeTranslator(translator)
    assert grant is not None and grant.purpose is Purpose.NIK_SHOW
    assert asked == [("Committee PIN", "Committee PIN for: showing full NIKs")]
    untranslated = [p for p in Purpose if english[p] == p.label]
    assert untranslated == []


def test_acara_asks_the_pin_for_saving_and_again_for_loading_a_file(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    from bimtek_desk.events.demo import DEMO_EVENT
    from bimtek_desk.gui.event.panel import EventPanel

    asked: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda parent, title, label, *a, **k: (asked.append(label) or DEMO_PIN, True))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(DEMO_EVENT), ""))
    panel = EventPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    panel.venue.setText("Hotel Nasa, Banjarmasin")
    assert panel.save()
    panel.venue.setText("Hotel Nasa Banjarmasin")
    assert panel.save()  # the grant is kept for a few minutes of editing
    panel._ask_load()  # but it does not load an event file: that is asked for itself
    assert asked == ["PIN panitia untuk: mengubah data acara", "PIN panitia untuk: mengubah acara dari berkas"]
    actions_ = [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)]
    assert actions_[:3] == ["event.update", "event.edit", "event.edit"] and "pin.fail" not in actions_
