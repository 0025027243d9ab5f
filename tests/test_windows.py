"""The Windows code paths, tested here with a monkeypatched platform: where the data
lives, printing through the Windows spooler, and QtMultimedia missing on Windows
'N' editions without the Media Feature Pack.  (Reserved file names such as CON or
NUL are the document file names' business: tests/test_documents.py.)"""

from __future__ import annotations

import platform
import sys
from pathlib import PureWindowsPath

import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store, default_path
from bimtek_desk.system import datadir, multimedia, printers
from tests.conftest import DEMO_EVENT_ID


def test_data_lives_in_the_local_not_the_roaming_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\Siti Nur'aini\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\Siti Nur'aini\AppData\Roaming")
    local = PureWindowsPath(r"C:\Users\Siti Nur'aini\AppData\Local\bimtek-desk")
    assert PureWindowsPath(str(datadir.user_data_dir("win32"))) == local  # (joined with / off Windows)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("BIMTEK_DESK_DB", raising=False)
    assert PureWindowsPath(str(default_path())) == local / "bimtek-desk.sqlite3"


def test_data_folder_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert datadir.user_data_dir("linux") == tmp_path / "bimtek-desk"
    monkeypatch.setenv("BIMTEK_DESK_DB", str(tmp_path / "x.sqlite3"))
    assert default_path() == tmp_path / "x.sqlite3"


@pytest.mark.parametrize("name", ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)",
                                  "OneNote for Windows 10", "Fax", "Send To OneNote 2016"])
def test_windows_virtual_printers_are_refused(name: str) -> None:
    assert "Simpan PDF" in (printers.refusal(name, "win32") or "")
    assert printers.refusal(name, "linux") is None


@pytest.mark.parametrize("name", ["EPSON L3210 Series", "HP LaserJet Pro M404", "Faxless Printer"])
def test_real_windows_printers_are_taken(name: str) -> None:
    assert printers.refusal(name, "win32") is None


def test_printing_through_the_windows_spooler(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The queue check the print job runs before each document, as on Windows."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from bimtek_desk.gui.documents import printing

    class Info:  # what QPrinterInfo answers on a Windows laptop with the PDF printer as default
        def isNull(self) -> bool:
            return False

        def printerName(self) -> str:
            return "Microsoft Print to PDF"

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(printing.QPrinterInfo, "printerInfo", staticmethod(lambda name: Info()))
    with pytest.raises(UserError, match="printer virtual Windows.*Simpan PDF"):
        printing.make_printer("Microsoft Print to PDF")
    monkeypatch.setattr(printing.QPrinterInfo, "printerInfo", staticmethod(lambda name: QPrinterInfo()))
    with pytest.raises(UserError, match="tidak ditemukan.*Print Spooler"):  # the spooler service stopped
        printing.make_printer("EPSON L3210 Series")


def test_windows_n_without_media_feature_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails as it does there
    monkeypatch.setattr(platform, "win32_edition", lambda: "ProfessionalN")
    support = multimedia.camera_support("win32")
    assert not support.available
    assert "edisi 'N'" in support.reason and "Media Feature Pack" in support.reason
    monkeypatch.setattr(platform, "win32_edition", lambda: "Professional")
    assert "edisi 'N'" not in multimedia.camera_support("win32").reason
    assert "pustaka multimedia Qt" in multimedia.camera_support("linux").reason


def test_desk_without_qtmultimedia_says_so_and_keeps_checking_in(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from bimtek_desk.desk.checkin import Desk, Outcome
    from bimtek_desk.gui.desk.panel import DeskPanel

    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platform, "win32_edition", lambda: "CoreN")
    event = demo_store.events.get(DEMO_EVENT_ID)
    panel = DeskPanel(Desk(demo_store, event, session="REG"), sound=True)
    qtbot.addWidget(panel)
    panel.toggle_camera()  # F7
    assert panel.camera is None
    assert "tidak tersedia" in panel.camera_button.text()
    assert panel.camera_label.text() == "Windows N: pasang Media Feature Pack."
    assert "Fitur opsional" in panel.camera_button.toolTip()  # how to fix it
    code = demo_store.registrations.for_event(DEMO_EVENT_ID)[0].badge_code
    panel.handle_scan(code, "scanner")  # plays a tone: silently none here
    assert panel.last_result is not None and panel.last_result.outcome is Outcome.CHECKED_IN
    assert not panel.sounds.enabled
    assert not panel.sound_box.isChecked() and not panel.sound_box.isEnabled()  # not a ticked "Suara" that is silent
    assert "Media Feature Pack" in panel.sound_box.toolTip()
