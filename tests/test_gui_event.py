"""The Acara area: every part of the event edited in place, validated like a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from bimtek_desk.documents import issue
from bimtek_desk.gui.event.agenda import AgendaModel, normal_time
from bimtek_desk.gui.event.panel import EventPanel
from bimtek_desk.render import images
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID, file_digest


@pytest.fixture
def panel(qtbot, demo_store: Store, monkeypatch) -> EventPanel:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))  # the PIN
    p = EventPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(p)
    return p


def without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    return value


def test_saving_without_changes_keeps_the_event(panel: EventPanel, demo_store: Store) -> None:
    before = demo_store.events.get(DEMO_EVENT_ID).settings
    assert panel.agenda.model.rowCount() == 10 and panel.venue.text() == "Hotel Nasa Banjarmasin"
    assert panel.save()
    after = demo_store.events.get(DEMO_EVENT_ID).settings
    assert without_none(after) == without_none(before)


def test_main_facts_validate_in_place(panel: EventPanel, demo_store: Store) -> None:
    panel.short_name.setText("")
    assert not panel.save()
    assert "Nama singkat: terlalu pendek" in panel.errors.text()
    assert demo_store.events.get(DEMO_EVENT_ID).short_name == "Bimtek PSM 2025"  # unchanged
    panel.short_name.setText("Bimtek PSM 2025 (revisi)")
    panel.transport.setValue(175000)
    panel.unit.setText("")  # an optional field emptied is removed
    assert panel.save()
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert event.short_name == "Bimtek PSM 2025 (revisi)" and event.settings["transport"]["amount"] == 175000
    assert "unit" not in event.settings
    assert event.settings.get("committee_pin")  # app-owned settings survive the edit
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "event.edit"


def test_agenda_edits_sessions_times_and_jp(panel: EventPanel, demo_store: Store) -> None:
    model = panel.agenda.model
    m1 = next(r for r, i in enumerate(model.items) if i["key"] == "M1")
    assert model.setData(model.index(m1, 5), "3")
    row = model.add(len(model.items) - 1)
    for col, value in ((0, "sore"), (1, "16.00"), (2, "1630"), (3, "Absen sore"), (8, "Absen sore")):
        model.setData(model.index(row, col), value)
    assert model.setData(model.index(row, 6), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.items[row] == {"key": "SORE", "start": "16:00", "end": "16:30", "title": "Absen sore",
                                "label": "Absen sore", "jp": 0, "attendance": True, "counts_for_certificate": True}
    assert panel.save()
    event = demo_store.events.get(DEMO_EVENT_ID)
    sessions = {s.key: s for s in demo_store.events.sessions(event.id)}
    assert set(sessions) == {"REG", "M3", "SORE"} and sessions["SORE"].start_time == "16:00"
    materials = {m["key"]: m["jp"] for m in issue.assets(event)["materials"]}
    assert materials["M1"] == 3  # the certificate's MATERI page uses it


def test_agenda_error_selects_the_row(panel: EventPanel, demo_store: Store) -> None:
    digest = demo_store.events.get(DEMO_EVENT_ID).settings["agenda"]
    model = panel.agenda.model
    model.setData(model.index(3, 2), "09:00")  # ends before it starts
    panel.pages.setCurrentIndex(0)
    assert not panel.save()
    assert "Sesi baris 4, Selesai: jam selesai harus setelah jam mulai" in panel.errors.text()
    assert panel.pages.currentIndex() == 1 and panel.agenda.view.currentIndex().row() == 3
    assert demo_store.events.get(DEMO_EVENT_ID).settings["agenda"] == digest


def test_agenda_rows_move_and_go(panel: EventPanel) -> None:
    model = panel.agenda.model
    keys = [i["key"] for i in model.items]
    assert model.move(1, +1) == 2 and [i["key"] for i in model.items][1:3] == [keys[2], keys[1]]
    assert model.move(0, -1) == 0
    model.remove(0)
    assert len(model.items) == len(keys) - 1


def test_normal_time() -> None:
    assert [normal_time(t) for t in ("9.45", "9:45", "0945", " 13 : 05 ", "25:00", "x")] == \
        ["09:45", "09:45", "09:45", "13:05", "25:00", "x"]


def png_file(path: Path, size: tuple[int, int] = (300, 120)) -> Path:
    im = Image.new("RGBA", size, (0, 0, 0, 0))
    for x in range(20, size[0] - 20):
        im.putpixel((x, size[1] // 2 + (x % 17) - 8), (20, 20, 120, 255))
    im.save(path)
    return path


def test_signatory_with_signature_and_stamp(panel: EventPanel, demo_store: Store, tmp_path: Path) -> None:
    box = panel.signatories.boxes["certificate"]
    box.name.setText("Dr. Hj. Siti Aminah, M.Si.")
    box.nip.setText("19700101  199503 2 001")  # extra spaces are tidied
    assert box.signature.choose(png_file(tmp_path / "ttd.png"))
    assert box.stamp.choose(png_file(tmp_path / "cap.png", (200, 200)))
    assert not box.signature.thumb.pixmap().isNull()
    assert panel.save()
    event = demo_store.events.get(DEMO_EVENT_ID)
    sig = event.settings["signatories"]["certificate"]
    assert sig["name"] == "Dr. Hj. Siti Aminah, M.Si." and sig["nip"] == "19700101 199503 2 001"
    assert images.is_ref(sig["signature_image"]) and images.digest(sig["signature_image"]) in event.images
    assert issue.assets(event)["signatories"]["certificate"]["stamp_image"][:8] == b"\x89PNG\r\n\x1a\n"
    (tmp_path / "ttd.png").unlink()  # the database holds the picture, not the path
    assert images.digest(sig["signature_image"]) in demo_store.events.get(DEMO_EVENT_ID).images
    box.signature.set_value(None, changed=True)
    assert panel.save()
    assert demo_store.events.get(DEMO_EVENT_ID).settings["signatories"]["certificate"]["signature_image"] is None


def test_bad_image_is_refused_and_nothing_changes(panel: EventPanel, demo_db: Path, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"%PDF-1.7 ini surat, bukan logo")
    before = file_digest(demo_db)
    assert not panel.logo.choose(fake)
    assert "bukan gambar PNG atau JPEG" in panel.errors.text() and panel.logo.value is None
    assert file_digest(demo_db) == before


def test_bad_nip_and_number_pattern_are_named(panel: EventPanel, demo_store: Store) -> None:
    panel.signatories.boxes["attendance"].nip.setText("1975")
    assert not panel.save()
    assert "Penandatangan daftar hadir, NIP: format tidak sesuai" in panel.errors.text()
    assert panel.pages.currentIndex() == 2
    panel.signatories.boxes["attendance"].nip.setText("")
    panel.numbering["certificate"].setText("400/{nomor}/Dinsos")
    assert "harus memuat [nomor urut]" in panel.number_examples["certificate"].text()
    assert not panel.save()
    assert "Nomor sertifikat: harus memuat {seq}" in panel.errors.text() and panel.pages.currentIndex() == 3
    panel.numbering["certificate"].setText("400.9.12/{seq:03d}/Dinsos/{month_roman}/{year}")
    assert panel.number_examples["certificate"].text().endswith("400.9.12/007/Dinsos/XI/2025")
    assert panel.save()
    assert demo_store.events.get(DEMO_EVENT_ID).settings["numbering"]["certificate"].startswith("400.9.12/{seq")


def test_agenda_model_passes_modeltester(qtmodeltester: ModelTester, demo_store: Store) -> None:
    model = AgendaModel()
    model.set_items(demo_store.events.get(DEMO_EVENT_ID).settings["agenda"])
    qtmodeltester.check(model, force_py=True)
    model.add(2)
    model.move(0, 1)
    qtmodeltester.check(model, force_py=True)
