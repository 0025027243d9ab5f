"""Check-ins on the wrong day (issue #13 item 17): the event's time zone decides the
day and the session; outside the event's days the desk says so in amber and records
nothing unless the committee allows it (PIN, audited)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bimtek_desk.desk.checkin import Desk, Outcome, event_zone
from bimtek_desk.errors import UserError
from bimtek_desk.events.demo import DEMO_PIN
from bimtek_desk.store import PersonData, Store
from tests.conftest import DEMO_EVENT_ID

WITA = ZoneInfo("Asia/Makassar")


def _desk(store: Store, when: dt.datetime, **kw: object) -> Desk:
    return Desk(store, store.events.get(DEMO_EVENT_ID), now=lambda: when, **kw)  # type: ignore[arg-type]


def test_rehearsal_the_day_before_records_nothing(demo_store: Store) -> None:
    desk = _desk(demo_store, dt.datetime(2025, 11, 17, 9, 0, tzinfo=WITA), session="REG")
    code = demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or ""
    r = desk.scan(code)
    assert r.outcome is Outcome.WRONG_DAY and not r.outcome.ok and r.checkin is None
    assert "TIDAK dicatat" in r.message and "17 November 2025" in r.message
    assert demo_store.db.scalar("SELECT count(*) FROM checkins") == 0
    assert demo_store.scans.recent(DEMO_EVENT_ID, 1)[0].status == "wrong_day"


def test_walk_in_on_the_wrong_day_registers_nobody(demo_store: Store) -> None:
    desk = _desk(demo_store, dt.datetime(2025, 11, 19, 9, 0, tzinfo=WITA), session="REG")
    before = demo_store.registrations.count(DEMO_EVENT_ID)
    r = desk.walk_in(PersonData(name="Datang Besok"))
    assert r.outcome is Outcome.WRONG_DAY and demo_store.registrations.count(DEMO_EVENT_ID) == before


def test_the_committee_allows_today_with_the_pin(demo_store: Store) -> None:
    desk = _desk(demo_store, dt.datetime(2025, 11, 17, 9, 0, tzinfo=WITA), session="REG")
    code = demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or ""
    with pytest.raises(UserError, match="PIN panitia salah"):
        desk.allow_today(reason="tanggal acara dimajukan", pin="000000")
    assert desk.scan(code).outcome is Outcome.WRONG_DAY
    desk.allow_today(reason="tanggal acara dimajukan", pin=DEMO_PIN)
    r = desk.scan(code)
    assert r.outcome is Outcome.CHECKED_IN and r.checkin is not None
    entry = demo_store.audit.entries(DEMO_EVENT_ID)[0]
    assert (entry.action, entry.detail["date"], entry.detail["reason"]) == (
        "checkin.wrong_day", "2025-11-17", "tanggal acara dimajukan")


def test_the_permission_outlives_a_restart_of_the_desk(demo_store: Store) -> None:
    """Issue #15: after a restart the desk asked again for a day the committee had already allowed."""
    monday = dt.datetime(2025, 11, 17, 9, 0, tzinfo=WITA)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    _desk(demo_store, monday, session="REG", desk="Meja 2").allow_today(reason="gladi bersih", pin=DEMO_PIN)
    again = _desk(demo_store, monday, session="REG", desk="Meja 2")  # the laptop was restarted
    assert again.is_event_day() and again.scan(regs[0].badge_code or "").outcome is Outcome.CHECKED_IN
    # Allowing it again asks nothing and logs nothing: no PIN needed, no second entry.
    again.allow_today(reason="", pin=None)
    assert [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)].count("checkin.wrong_day") == 1
    # Another desk, or the next day, was not allowed.
    assert _desk(demo_store, monday, session="REG", desk="Meja 1").scan(
        regs[1].badge_code or "").outcome is Outcome.WRONG_DAY
    # allowed from elsewhere (the CLI) while this desk's window is open: the window sees it at the next scan
    window = _desk(demo_store, monday, session="REG", desk="Meja 3")
    assert window.scan(regs[2].badge_code or "").outcome is Outcome.WRONG_DAY
    _desk(demo_store, monday, session="REG", desk="Meja 3").allow_today(reason="gladi bersih", pin=DEMO_PIN)
    assert window.scan(regs[2].badge_code or "").outcome is Outcome.CHECKED_IN
    tuesday_after = dt.datetime(2025, 11, 19, 9, 0, tzinfo=WITA)
    assert not _desk(demo_store, tuesday_after, session="REG", desk="Meja 2").is_event_day()


def test_on_the_event_day_allowing_asks_no_pin(demo_store: Store) -> None:
    desk = _desk(demo_store, dt.datetime(2025, 11, 18, 9, 0, tzinfo=WITA), session="REG")
    assert desk.allow_today(reason="", pin=None) == dt.date(2025, 11, 18)
    assert not [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "checkin.wrong_day"]


def test_time_zone_of_the_event_not_of_the_laptop(demo_store: Store) -> None:
    # 23:30 UTC on the 17th is 07:30 on the 18th in Banjarmasin: the event's day, REG.
    laptop_utc = dt.datetime(2025, 11, 17, 23, 30, tzinfo=dt.UTC)
    desk = _desk(demo_store, laptop_utc)
    assert desk.session.key == "REG" and desk.is_event_day()
    r = desk.scan(demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or "")
    assert r.outcome is Outcome.CHECKED_IN and r.checkin is not None
    assert r.checkin.at.startswith("2025-11-18T07:30") and r.checkin.at.endswith("+08:00")
    assert event_zone(demo_store.events.get(DEMO_EVENT_ID)).utcoffset(laptop_utc) == dt.timedelta(hours=8)


def test_cli_checkin_on_the_wrong_day(cli, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.desk import checkin as desklib

    monkeypatch.setattr(desklib.Desk, "__init__", _real_init)  # the real clock: 2026 is not the event's year
    with Store.open(demo_db) as s:
        code = s.registrations.for_event(DEMO_EVENT_ID)[0].badge_code
    r = cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG")
    assert r.code == 1 and "BUKAN HARI ACARA" in r.out
    r = cli("--db", demo_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG",
            "--allow-other-day", "uji coba", "--pin", DEMO_PIN)
    assert r.code == 0 and "BERHASIL" in r.out


_real_init = Desk.__init__  # before the conftest fixture puts every desk on the event's day


def test_desk_screen_is_amber_and_the_committee_can_allow(qtbot, demo_store: Store, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tmp_path) -> None:
    from bimtek_desk.gui.desk.panel import DeskPanel

    desk = _desk(demo_store, dt.datetime(2025, 11, 17, 9, 0, tzinfo=WITA), session="REG")
    panel = DeskPanel(desk, sound=False)
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    code = demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or ""
    r = panel.handle_scan(code)
    assert r.outcome is Outcome.WRONG_DAY
    assert panel.status.severity == "wrongday" and panel.status.title.text() == "BUKAN HARI ACARA"
    assert "Ctrl+Shift+H" in panel.status.message.text()
    assert panel.grab().save(str(tmp_path / "wrong_day.png"))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    answers = iter([("000000", True), ("", False)])  # a wrong PIN is asked again; then cancelled
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    assert not panel.allow_today(reason="gladi bersih")
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (DEMO_PIN, True))
    assert panel.allow_today(reason="gladi bersih")
    assert panel.handle_scan(code).outcome is Outcome.CHECKED_IN
