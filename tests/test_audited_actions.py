"""Every audited committee action has one home in the core: the window and the CLI
call it, and neither opens a transaction nor writes the audit log itself."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from bimtek_desk.committee import actions
from bimtek_desk.committee import pin as pinlib
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.store import Store, vocabulary
from tests.conftest import DEMO_EVENT_ID

ROOT = Path(__file__).resolve().parent.parent / "bimtek_desk"


def _offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = node.func.value
            if name == "transaction":
                found.append(f"{path.name}:{node.lineno} transaction()")
            if name == "log" and isinstance(owner, ast.Attribute) and owner.attr == "audit":
                found.append(f"{path.name}:{node.lineno} audit.log()")
            if name in ("execute", "executemany"):
                found.append(f"{path.name}:{node.lineno} {name}()")
            if name in ("scalar", "query", "one") and isinstance(owner, ast.Attribute) and owner.attr == "db":
                found.append(f"{path.name}:{node.lineno} db.{name}()")  # SQL lives in store/
    return found


def test_window_and_cli_neither_open_transactions_nor_write_the_audit_log() -> None:
    files = [*sorted((ROOT / "gui").rglob("*.py")), *sorted((ROOT / "cli").rglob("*.py"))]
    assert len(files) > 20
    offences = [o for f in files for o in _offences(f)]
    assert offences == []


def test_the_check_itself_finds_what_it_forbids(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(s):\n    with s.transaction():\n        s.store.audit.log('x', actor='a')\n"
                   "    s.db.scalar('SELECT 1')\n")
    assert sorted(_offences(bad)) == ["bad.py:2 transaction()", "bad.py:3 audit.log()", "bad.py:4 db.scalar()"]


def test_every_action_the_code_writes_has_an_indonesian_label() -> None:
    used: set[str] = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "log"
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "audit"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                used.add(node.args[0].value)
    assert used >= {"nik.show", "checkin.annul", "badge.reissue", "pin.fail"}
    assert used <= set(vocabulary.ACTIONS)
    assert vocabulary.label("checkin.annul") == "Check-in dibatalkan"


def test_an_unknown_action_is_refused_by_the_store(store: Store) -> None:
    with pytest.raises(ValueError, match="vocabulary"):
        store.audit.log("checkin.delete", actor="x")


def test_details_read_as_words_not_json() -> None:
    text = vocabulary.describe({"reason": "hilang", "eligible": False, "registration": 12})
    assert text == "alasan: hilang; layak: tidak; pendaftaran: 12"


def test_nik_disclosure_is_one_function_with_one_shape(demo_store: Store) -> None:
    with pytest.raises(UserError, match="PIN panitia salah"):
        actions.disclose_nik(demo_store, DEMO_EVENT_ID, "000000", actor="cli", where="export")
    grant = actions.disclose_nik(demo_store, DEMO_EVENT_ID, DEMO_PIN, actor="cli", where="export")
    actions.disclose_nik(demo_store, DEMO_EVENT_ID, grant, actor="panitia", where="Peserta")
    shown = [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "nik.show"]
    assert [(e.actor, e.detail) for e in shown] == [("panitia", {"where": "Peserta"}), ("cli", {"where": "export"})]
    failed = [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "pin.fail"]
    assert len(failed) == 1 and failed[0].detail["purpose"] == "menampilkan NIK lengkap"


def test_reissue_needs_the_pin_in_core(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    with pytest.raises(UserError, match="PIN"):
        actions.reissue_badge(demo_store, event, reg.id, "hilang", None, actor="cli")
    assert demo_store.registrations.get(reg.id).badge_code == reg.badge_code
    new = actions.reissue_badge(demo_store, event, reg.id, "hilang", DEMO_PIN, actor="cli")
    assert new != reg.badge_code
    entry = next(e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "badge.reissue")
    assert json.loads(json.dumps(entry.detail)) == {"registration": reg.id, "old": reg.badge_code, "new": new,
                                                     "reason": "hilang"}


def test_grant_of_another_event_is_not_accepted(demo_store: Store) -> None:
    other = pinlib.Grant("acara-lain", "x")
    with pytest.raises(UserError):
        actions.disclose_nik(demo_store, DEMO_EVENT_ID, other, actor="cli", where="x")


@pytest.mark.parametrize("action", ["reissue", "decide"])
def test_a_registration_of_another_event_is_refused_alike(demo_store: Store, action: str) -> None:
    """One home (committee.actions.registration_for): the PIN first, then the registration,
    refused with the same words when it belongs to another event, and nothing written."""
    from bimtek_desk.documents import issue
    from bimtek_desk.events.copying import copy_event

    event = demo_store.events.get(DEMO_EVENT_ID)
    other = copy_event(demo_store, event, "bimtek-lain-2026", event.date_start.replace(year=2026))
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    before = len(demo_store.audit.entries(other.id))
    with pytest.raises(UserError, match=f"^{reg.person.name} tidak terdaftar di acara ini"):
        if action == "reissue":
            actions.reissue_badge(demo_store, other, reg.id, "hilang", DEMO_PIN, actor="cli")
        else:
            issue.decide(demo_store, other, reg.id, False, "uji", actor="cli", pin=DEMO_PIN)
    assert demo_store.registrations.get(reg.id).badge_code == reg.badge_code
    assert demo_store.documents.overrides(DEMO_EVENT_ID) == {}
    assert len(demo_store.audit.entries(other.id)) == before
    with pytest.raises(UserError, match="PIN"):  # the PIN is asked before anything is looked up
        actions.registration_for(demo_store, other, reg.id, None, actor="cli", purpose=pinlib.Purpose.ELIGIBILITY)
