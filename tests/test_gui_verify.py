"""A keyboard-wedge scanner typing a certificate's signed QR (base45: spaces and $%*+-./:)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bimtek_desk.documents import issue
from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final
from tests.test_gui_desk import Typist, window  # noqa: F401 (window is a fixture)


@pytest.fixture(autouse=True)
def _final_documents(request: pytest.FixtureRequest) -> None:
    """The demo is a DRAF until its examples are confirmed; signed QRs are for final documents."""
    if "demo_store" in request.fixturenames:
        make_final(request.getfixturevalue("demo_store"), DEMO_EVENT_ID)


def scan(text: str) -> None:
    """Type ``text`` as a scanner does, every character with its own key (Shift symbols included)."""
    typist = Typist()
    for ch in text:
        typist.t += 3
        typist.key(ord(ch.upper()), ch)
    typist.t += 3
    typist.key(0x01000004, "\r")  # Qt.Key_Return


def payload(store: Store, n: int) -> tuple[str, str]:
    event = store.events.get(DEMO_EVENT_ID)
    reg = store.registrations.for_event(DEMO_EVENT_ID)[n]
    store.documents.override(reg.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(store, event)
    job = next(j for j in jobs if j.document.registration_id == reg.id)
    return job.context["verify_payload"], reg.person.name


def test_signed_qr_into_the_search_box_is_a_certificate(window: MainWindow, demo_store: Store) -> None:  # noqa: F811
    panel = window.desk_panel
    text, name = payload(demo_store, 0)
    scan(text)
    assert panel.status.title.text() == "QR SERTIFIKAT"
    assert panel.status.severity == "info"
    assert panel.search.text() == ""  # the burst was taken back out of the search box
    assert panel.counter.text() == "0 / 175 hadir"


def test_spaces_in_a_burst_do_not_press_the_focused_button(window: MainWindow, demo_store: Store,  # noqa: F811
                                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    burst = "BD1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE JJ.-30GWO"  # base45, with a space and $%*+-./:
    for target in (panel.sound_box, panel.walk_in_button):
        target.setFocus()
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is t)
        before = panel.sound_box.isChecked()
        with qtbot.assert_not_emitted(panel.walk_in_button.clicked):
            scan(burst)
        assert panel.sound_box.isChecked() == before
        assert panel.status.title.text() == "QR SERTIFIKAT"
    text, _ = payload(demo_store, 1)
    scan(text)
    assert panel.status.title.text() == "QR SERTIFIKAT"


def test_committee_revokes_the_previewed_certificate(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from bimtek_desk.desk.verify import verify_text
    from bimtek_desk.gui.documents.panel import DocumentsPanel
    from bimtek_desk.gui.documents.revoke import RevokeDialog

    text, _ = payload(demo_store, 0)  # person 0 now has a numbered certificate
    panel = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    panel.holder_box.setCurrentIndex(1)  # not numbered yet
    assert not panel.revoke_selected() and "belum bernomor" in panel.status.text()
    panel.holder_box.setCurrentIndex(0)
    seen: list[str] = []

    def answer() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, RevokeDialog):
            QTimer.singleShot(20, answer)
            return
        d._try_accept()
        seen.append(d.error.text())  # no reason
        d.reason.setText("nama salah tulis")
        d.pin.setText("0000")
        d._try_accept()
        QTimer.singleShot(50, lambda: answer2())

    def answer2() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, RevokeDialog):
            QTimer.singleShot(20, answer2)
            return
        seen.append(d.error.text())  # wrong PIN, said in the dialog
        d.pin.setText("181125")
        d._try_accept()
        if d.isVisible():  # never leave a modal dialog open: the test would hang
            d.reject()

    QTimer.singleShot(0, answer)
    assert panel.revoke_selected()
    assert seen[0] == "Alasan wajib diisi." and seen[1].startswith("PIN panitia salah.")
    assert verify_text(demo_store, text).message.startswith("DICABUT")
    assert "Dicabut: Nomor" in panel.status.text()
    (entry,) = [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "document.revoke"]
    assert entry.actor == "panitia" and entry.detail["reason"] == "nama salah tulis"


def test_verification_page_from_the_documents_area(qtbot, demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    panel = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    assert not panel.save_verify_page(tmp_path / "v.html") and "Belum ada kunci" in panel.status.text()
    payload(demo_store, 0)  # a numbered certificate: the office's key exists now
    assert panel.save_verify_page(tmp_path / "v.html")
    (key,) = demo_store.signing.keys()
    assert f'"kid":"{key.kid}"' in (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "v.html" in panel.status.text()


def test_recent_scans_and_last_line_say_whose_certificate_not_its_raw_qr(window: MainWindow, demo_store: Store) -> None:  # noqa: F811
    panel = window.desk_panel
    text, name = payload(demo_store, 0)
    panel.handle_scan(text)
    panel.status._fade_to_idle()  # a quiet spell: 'Terakhir: …' in small print
    assert panel.status.message.text() == f"Terakhir: QR SERTIFIKAT · ASLI — Sertifikat a.n. {name}"
    panel.handle_scan("https://example.com/this-is-not-a-badge-at-all/and-it-goes-on-for-a-while")
    panel.refresh_counts()
    rows = [panel.recent_model.index(r).data() for r in range(panel.recent_model.rowCount())]
    assert "QR SERTIFIKAT" in rows[1] and f"ASLI — Sertifikat a.n. {name}" in rows[1]
    assert not any("BD1:" in row for row in rows)
    assert "https://example.com/this-is-not…" in rows[0] and "a-while" not in rows[0]
