"""One PIN policy for the window and the CLI: failures audited, a growing wait after
five in a row (kept in the database, so a restart does not reset it), new PINs of
at least six digits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bimtek_desk.committee import pin as pinlib
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID


class Clock:
    def __init__(self) -> None:
        self.t = dt.datetime(2025, 11, 18, 1, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(pinlib, "clock", c)
    return c


def _try(store: Store, value: str) -> str:
    try:
        pinlib.authorize(store, DEMO_EVENT_ID, value, actor="cli", purpose=pinlib.Purpose.NIK_SHOW)
    except UserError as exc:
        return str(exc)
    return "ok"


def test_waits_grow_after_five_failures_and_survive_a_restart(demo_db: Path, clock: Clock) -> None:
    with Store.open(demo_db) as store:
        for n in range(1, 6):
            assert "PIN panitia salah" in _try(store, "000000"), n
        # the fifth failure starts a 30-second wait: even the right PIN is not checked
        assert "Coba lagi dalam 30 detik" in _try(store, DEMO_PIN)
    clock.advance(29)
    with Store.open(demo_db) as store:  # a new process: the count is in the file
        assert "Coba lagi dalam 1 detik" in _try(store, DEMO_PIN)
        clock.advance(1)
        assert "60 detik" in _try(store, "111111")  # the sixth failure: 60 s
        clock.advance(59)
        assert "dikunci" in _try(store, DEMO_PIN)
        clock.advance(1)
        assert "120 detik" in _try(store, "222222")
        clock.advance(120)
        assert _try(store, DEMO_PIN) == "ok"  # a right PIN resets the count
        assert "Sisa 4 kali" in _try(store, "000000")
        log = [e.action for e in store.audit.entries(DEMO_EVENT_ID)]
    assert log.count("pin.fail") == 8 and log.count("pin.locked") == 3


def test_wait_schedule() -> None:
    assert [pinlib.wait_after(n) for n in range(1, 10)] == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    assert pinlib.wait_after(60) == 24 * 3600


def test_cli_brute_force_is_slowed_down(cli, demo_db: Path, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    for guess in range(5):
        r = cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--show-nik", "--pin", f"{guess:06d}")
        assert r.code == 1 and "PIN panitia salah" in r.err and r.out == ""
    r = cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--show-nik", "--pin", DEMO_PIN)
    assert r.code == 1 and "Coba lagi dalam 30 detik" in r.err and "6371" not in r.out
    clock.advance(30)
    r = cli("--db", demo_db, "participants", "--event", DEMO_EVENT_ID, "--show-nik", "--pin", DEMO_PIN)
    assert r.code == 0 and "6371" in r.out


def test_new_pins_have_six_digits(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    for bad in ("2025", "12345", "１２３４５６", "12345a"):
        r = cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", DEMO_PIN, "--new", bad)
        assert r.code == 1 and "6–12 angka" in r.err, bad
    assert cli("--db", demo_db, "pin", "--event", DEMO_EVENT_ID, "--old", DEMO_PIN, "--new", "908172").code == 0
    with Store.open(demo_db) as store:
        assert pinlib.verify_pin("908172", store.events.get(DEMO_EVENT_ID).settings["committee_pin"])
        assert [e.action for e in store.audit.entries(DEMO_EVENT_ID)][0] == "pin.change"


@pytest.mark.parametrize("argv", [
    ["event", "show", DEMO_EVENT_ID, "--json", "--show-nik"],
    ["badge-reissue", "{code}", "--event", DEMO_EVENT_ID, "--reason", "hilang"],
    ["eligibility", "--event", DEMO_EVENT_ID, "--set", "{code}", "--reason", "izin", "--value", "ya"],
    ["export", "--event", DEMO_EVENT_ID, "--out", "{tmp}/x.xlsx", "--show-nik"],
    ["report", "daftar-hadir", "--event", DEMO_EVENT_ID, "--session", "REG", "--out", "{tmp}/d.pdf", "--show-nik"],
    ["event", "load", "{event_file}"],
])
def test_every_sensitive_cli_command_needs_the_pin(cli, demo_db: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   argv: list[str]) -> None:
    from bimtek_desk.events.demo import DEMO_EVENT

    with Store.open(demo_db) as store:
        code = store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code
    filled = [a.format(code=code, tmp=tmp_path, event_file=DEMO_EVENT) for a in argv]
    refused = cli("--db", demo_db, *filled)
    assert refused.code == 1 and "PIN panitia" in refused.err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.xlsx"))
    with Store.open(demo_db) as store:
        actions = [e.action for e in store.audit.entries(DEMO_EVENT_ID)]
    assert "nik.show" not in actions and "badge.reissue" not in actions and "event.update" not in actions
    assert cli("--db", demo_db, *filled, "--pin", DEMO_PIN).code == 0
