"""Bahasa Indonesia is the source language; English comes from resources/i18n."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bimtek_desk.desk.checkin import Desk, Outcome
from bimtek_desk.gui.app import install_translation
from bimtek_desk.gui.desk.panel import DeskPanel
from bimtek_desk.store import Store
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID

TS = resource("i18n", "bimtek_desk_en.ts")


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).iter("message")}


def test_every_message_is_translated() -> None:
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_ts_covers_every_string_in_the_gui(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    gui = sorted(str(p) for p in (Path(__file__).parent.parent / "bimtek_desk" / "gui").rglob("*.py"))
    subprocess.run([lupdate, *gui, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) - sources(TS) == set(), "run pyside6-lupdate and translate the new strings"


def test_english_desk(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        panel = DeskPanel(Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG"), sound=False)
        qtbot.addWidget(panel)
        assert panel.status.title.text() == "READY TO SCAN"
        assert panel.counter.text() == "0 / 175 present"
        result = panel.handle_scan(demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or "")
        assert result.outcome is Outcome.CHECKED_IN and panel.status.title.text() == "CHECKED IN"
    finally:
        app.removeTranslator(translator)


def test_indonesian_by_default(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    translator = install_translation(app, None)
    assert translator is not None
    try:
        panel = DeskPanel(Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG"), sound=False)
        qtbot.addWidget(panel)
        assert panel.status.title.text() == "SIAP MEMINDAI"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    finally:
        app.removeTranslator(translator)


def test_numbers_and_dates_follow_the_language(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QLocale

    app, previous = QApplication.instance(), QLocale()
    try:
        app.removeTranslator(install_translation(app, None))
        assert QLocale().toString(150000) == "150.000"
        assert QLocale().toString(QDate(2025, 11, 18), "d MMMM yyyy") == "18 November 2025"
        assert QLocale().toString(QDate(2025, 8, 17), "dddd") == "Minggu"
        translator = install_translation(app, "en")
        assert QLocale().toString(150000) == "150,000"
        app.removeTranslator(translator)
    finally:
        QLocale.setDefault(previous)


def test_english_recent_scans(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Walk-through in English: the last-scans list still said BERHASIL and DIBATALKAN."""
    from bimtek_desk.events.demo import DEMO_PIN

    app = QApplication.instance()
    translator = install_translation(app, "en")
    try:
        panel = DeskPanel(Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG"), sound=False)
        qtbot.addWidget(panel)
        regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
        first = panel.handle_scan(regs[0].badge_code or "").checkin
        panel.handle_scan(regs[1].badge_code or "")
        panel.desk.undo(first.id, reason="salah orang", pin=DEMO_PIN)
        panel.refresh_counts()
        lines = [panel.recent_model.index(i).data() for i in range(panel.recent_model.rowCount())]
        assert "CHECKED IN" in lines[0] and "UNDONE" in lines[-1], lines
        assert not any("BERHASIL" in line or "DIBATALKAN" in line for line in lines)
    finally:
        app.removeTranslator(translator)
