"""One change signal (gui/change_watch.py): a check-in made in another process shows in
the header, the desk and the statistics within a second, and an idle window asks the
database nothing but whether it changed."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.gui.change_watch import ChangeWatch
from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.gui.scanner_filter import ScannerFilter
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID

CHILD = """
import sys
from bimtek_desk.desk.checkin import Desk, event_day_clock
from bimtek_desk.store import Store
with Store.open(sys.argv[1]) as s:
    ev = s.events.get(sys.argv[2])
    code = s.registrations.for_event(ev.id)[int(sys.argv[3])].badge_code
    print(Desk(s, ev, desk="Meja 9", session="REG", now=event_day_clock(ev)).scan(code).outcome.name)
"""


@pytest.fixture
def window(qtbot, demo_store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    scanner = ScannerFilter()
    QApplication.instance().installEventFilter(scanner)  # type: ignore[union-attr]
    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, desk="Meja 2", session="REG"), sound=False,
                   scanner=scanner)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    QApplication.instance().removeEventFilter(scanner)  # type: ignore[union-attr]


def test_a_checkin_in_another_process_shows_within_a_second(window: MainWindow, demo_db: Path,  # type: ignore[no-untyped-def]
                                                             qtbot) -> None:
    assert "REG (07:30): 0 hadir" in window.header.counts.text()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(demo_db), DEMO_EVENT_ID, "5"], capture_output=True,
                          text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "CHECKED_IN"
    seen = time.monotonic()
    qtbot.waitUntil(lambda: "REG (07:30): 1 hadir" in window.header.counts.text(), timeout=1000)
    qtbot.waitUntil(lambda: window.desk_panel.counter.text().startswith("1 /"), timeout=1000)
    assert time.monotonic() - seen < 1.0
    assert "(Meja 9)" in window.desk_panel.recent_model.index(0).data()


def test_an_idle_window_does_not_recount(window: MainWindow, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.wait(700)  # whatever the window did at its start is done
    counted: list[int] = []
    original = demo_store.checkins.present_count
    monkeypatch.setattr(demo_store.checkins, "present_count", lambda sid: counted.append(sid) or original(sid))
    qtbot.wait(2500)  # five looks of the watcher, nothing changed
    assert counted == []
    watch = ChangeWatch.of(demo_store)
    assert ChangeWatch.of(demo_store) is watch  # one watcher per database
    with demo_store.transaction():  # this window's own commit counts as a change too
        demo_store.audit.log("pin.fail", actor="uji", event_id=DEMO_EVENT_ID)
    with qtbot.waitSignal(watch.changed, timeout=1500):
        pass
    qtbot.waitUntil(lambda: bool(counted), timeout=1000)


def test_the_network_line_follows_sync_serve_without_a_timer_of_its_own(window: MainWindow, demo_store: Store,
                                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    """The desk's network line listens to the one watcher: it shows what `sync serve`
    wrote within a second, and clears when the serve stopped (its file went stale)."""
    import json
    import os

    from PySide6.QtCore import QTimer

    from bimtek_desk.sync.status import STALE_AFTER_S, peers_file

    button = window.desk_panel.sync_button
    assert button.findChildren(QTimer) == []  # no poller of its own
    assert button.network.text() == ""
    path = peers_file(demo_store.path)
    path.write_text(json.dumps({"peers": [{"peer": "10.0.0.5:8765", "slot": 2, "reachable": True,
                                           "last_merged_at": "2025-11-18T08:14:03.120+08:00"}]}))
    qtbot.waitUntil(lambda: button.network.text() == "Jaringan: Meja 2 ✓ 08:14:03", timeout=1500)
    old = time.time() - STALE_AFTER_S - 5  # the serve stopped: its file is no longer rewritten
    os.utime(path, (old, old))
    qtbot.waitUntil(lambda: button.network.text() == "", timeout=1500)
