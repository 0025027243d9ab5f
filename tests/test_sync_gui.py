"""'Sinkron' in the desk window: the folder mode runs in the background and the
counts show the other laptop's check-ins."""

from __future__ import annotations

import json
from pathlib import Path

from bimtek_desk.committee.restore import restore_backup
from bimtek_desk.desk.checkin import Desk
from bimtek_desk.gui.desk.panel import DeskPanel
from bimtek_desk.store import Store
from bimtek_desk.sync import core
from bimtek_desk.sync.status import peers_file
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.syncsetup import set_up_desk


def test_sinkron_merges_a_folder_in_the_background(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    set_up_desk(demo_store, tmp_path / "meja3.sqlite3", 3, tmp_path)
    with Store.open(tmp_path / "meja3.sqlite3") as other:
        event = other.events.get(DEMO_EVENT_ID)
        for reg in other.registrations.for_event(DEMO_EVENT_ID)[:2]:
            assert Desk(other, event, desk="Meja 3", session="REG").check_in(reg.id).outcome.ok
        core.sync_folder(other, DEMO_EVENT_ID, folder)  # the other laptop leaves its bundle there
    event = demo_store.events.get(DEMO_EVENT_ID)
    panel = DeskPanel(Desk(demo_store, event, desk="Meja 1", session="REG"), sound=False)
    qtbot.addWidget(panel)
    assert panel.counter.text().startswith("0 /")
    job = panel.sync_button.run(str(folder))
    assert job is not None and not panel.sync_button.isEnabled()  # running off the UI thread
    with qtbot.waitSignal(panel.sync_button.merged, timeout=30000):
        pass
    assert panel.sync_button.isEnabled()
    assert panel.counter.text().startswith("2 /")
    assert "2 check-in baru" in panel.sync_button.status.text()
    assert len(list(folder.glob("*.bkdsync"))) == 2  # this laptop's bundle is there too


def test_desk_shows_the_laptops_the_network_mode_sees(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]

    panel = DeskPanel(Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG"),
                      sound=False)
    qtbot.addWidget(panel)
    panel.sync_button.show_network()
    assert panel.sync_button.network.text() == ""  # no sync serve running
    peers_file(demo_store.path).write_text(json.dumps({"peers": [
        {"peer": "10.0.0.5:8765", "slot": 2, "reachable": True, "last_merged_at": "2025-11-18T08:14:03.120+08:00"},
        {"peer": "10.0.0.6:8765", "slot": 0, "reachable": False, "last_merged_at": None}]}))
    panel.sync_button.show_network()
    assert panel.sync_button.network.text() == "Jaringan: Meja 2 ✓ 08:14:03 · Panitia ✗ –"
    # a refused bundle (review finding: it showed ✓ and the time of the last good merge, and nothing else)
    refusal = "Dua laptop berbeda memakai slot 2 (a1 dan b2): salah satu basis data adalah salinan. Bundel ditolak."
    peers_file(demo_store.path).write_text(json.dumps({"peers": [
        {"peer": "10.0.0.5:8765", "slot": 2, "reachable": True, "last_merged_at": "2025-11-18T08:14:03.120+08:00",
         "message": refusal},
        {"peer": "10.0.0.6:8765", "slot": 0, "reachable": True, "last_merged_at": "2025-11-18T08:15:00.000+08:00",
         "message": "basis data sedang dipakai; dicoba lagi"}]}))
    panel.sync_button.show_network()
    assert panel.sync_button.network.text() == "Jaringan: Meja 2 ⚠ 08:14:03 · Panitia ✓ 08:15:00"
    assert refusal in panel.sync_button.network.toolTip()
    assert not panel.banner.isHidden() and refusal in panel.banner.text()
    # a peer whose clock is wrong (issue #24): a standing ⚠ with the reason, though it merged fine
    clock = "jam laptop itu 120 menit lebih lambat dari laptop ini; samakan jam dan tanggal kedua laptop"
    peers_file(demo_store.path).write_text(json.dumps({"peers": [
        {"peer": "10.0.0.5:8765", "slot": 2, "reachable": True, "last_merged_at": "2025-11-18T08:16:00.000+08:00",
         "message": None, "clock": clock}]}))
    panel.sync_button.show_network()
    assert panel.sync_button.network.text() == "Jaringan: Meja 2 ⚠ 08:16:00"
    assert clock in panel.sync_button.network.toolTip() and clock in panel.banner.text()


def test_a_desk_restored_from_its_backup_says_to_merge_before_scanning(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    from bimtek_desk.events.demo import DEMO_PIN
    from bimtek_desk.store import backups

    committee = tmp_path / "c.bkdsync"
    desk_db = tmp_path / "meja1.sqlite3"
    set_up_desk(demo_store, desk_db, 1, tmp_path)
    core.export_bundle(demo_store, DEMO_EVENT_ID, committee)
    with Store.open(desk_db) as s:
        copy = backups.take(s, "uji")
        Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG").check_in(
            s.registrations.for_event(DEMO_EVENT_ID)[0].id)
    assert copy is not None
    restore_backup(desk_db, copy, pin=DEMO_PIN)
    with Store.open(desk_db) as s:
        panel = DeskPanel(Desk(s, s.events.get(DEMO_EVENT_ID), desk="Meja 1", session="REG"), sound=False)
        qtbot.addWidget(panel)
        panel.show()
        assert not panel.banner.isHidden() and "dipulihkan dari cadangan" in panel.banner.text()
        panel.handle_scan(s.registrations.for_event(DEMO_EVENT_ID)[1].badge_code or "")
        assert not panel.banner.isHidden()  # a scan's result does not take the warning away
        core.import_bundles(s, [committee])  # Sinkron…
        panel._poll_counts()
        assert panel.banner.isHidden()
        qtbot.wait(20)  # the deferred refresh after the scan, while the file is open
        panel.close()
