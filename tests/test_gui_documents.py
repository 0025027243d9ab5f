"""The Dokumen area: preview, background render with progress and cancel, printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinterInfo

from bimtek_desk.gui.documents.panel import DocumentsPanel
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend
from tests.helpers.cups import PrivateCups
from tests.helpers.final import make_final
from tests.pdfutil import page_count


@pytest.fixture
def panel(qtbot, demo_store: Store) -> DocumentsPanel:  # type: ignore[no-untyped-def]
    make_final(demo_store, DEMO_EVENT_ID)  # the draft guard has its own tests
    attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:20])
    p = DocumentsPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(p)
    return p


def test_preview_is_the_real_page_without_using_a_number(panel: DocumentsPanel, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert panel.summary.text() == "20 dari 175 memenuhi syarat"
    assert panel.holder_box.count() == 175
    qtbot.waitUntil(lambda: panel.preview_doc.pageCount() == 2)
    assert "Nor Mawaddah" in panel.preview_doc.getAllText(0).text()
    assert "nomor diberikan saat dicetak" in panel.preview_doc.getAllText(0).text()
    assert demo_store.documents.for_event(DEMO_EVENT_ID) == []  # a preview issues no number
    panel.type_box.setCurrentIndex(1)
    assert panel.holder_box.count() == 2
    qtbot.waitUntil(lambda: "HERMAN" in panel.preview_doc.getAllText(0).text())


def test_save_all_in_background(panel: DocumentsPanel, demo_store: Store, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sertifikat.pdf"
    job = panel.save_all(target)
    assert job is not None and not panel.progress.isHidden()
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: panel.progress.isHidden())
    assert page_count(target) == 40
    assert "Selesai: 20 dokumen" in panel.status.text()
    docs = demo_store.documents.for_event(DEMO_EVENT_ID, "sertifikat")
    assert len(docs) == 20 and all(demo_store.documents.prints(d.id)[0][1] == "render" for d in docs)


def test_cancel_keeps_the_complete_files_and_says_so(panel: DocumentsPanel, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "wa"
    job = panel.save_split(folder)
    assert job is not None
    job.progress.connect(lambda done, total: job.cancel() if done >= 3 else None)
    failed: list[str] = []
    job.failed.connect(failed.append)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    kept = sorted(folder.glob("*.pdf"))
    assert failed == [] and 3 <= len(kept) < 20 and not list(folder.glob(".*"))
    assert all(page_count(p) == 2 for p in kept)  # each kept file is whole
    assert panel.status.text() == f"Dibatalkan: {len(kept)} dari 20 berkas tersimpan di {folder}."
    logged = [d for d in demo_store.documents.for_event(DEMO_EVENT_ID, "sertifikat")
              if demo_store.documents.prints(d.id)]
    assert len(logged) == len(kept)  # the kept files are logged as rendered, no others


def test_cancel_of_one_pdf_keeps_nothing(panel: DocumentsPanel, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "semua.pdf"
    job = panel.save_all(target)
    assert job is not None
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert not target.exists() and not list(tmp_path.glob(".*"))
    assert panel.status.text() == "Dibatalkan: tidak ada berkas yang disimpan."


def test_real_print_job_arrives_as_a_file(panel: DocumentsPanel, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                          cups: PrivateCups) -> None:
    out = cups.add_queue("BIMTEK-PDF")
    assert "BIMTEK-PDF" in QPrinterInfo.availablePrinterNames()
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[3]
    job = panel.print_to("BIMTEK-PDF", only=[reg.id])
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: cups.idle() and bool(list(out.glob("*.prn"))), timeout=30000)
    jobs = list(out.glob("*.prn"))
    assert len(jobs) == 1
    assert page_count(jobs[0]) == 2  # front and back of one certificate
    doc = next(d for d in demo_store.documents.for_event(DEMO_EVENT_ID) if d.registration_id == reg.id)
    assert [a for _, a, _ in demo_store.documents.prints(doc.id)] == ["print"]


def test_missing_printer_says_so_and_logs_nothing(panel: DocumentsPanel, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    job = panel.print_to("PRINTER-YANG-MATI", only=[demo_store.registrations.for_event(DEMO_EVENT_ID)[0].id])
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=30000) as blocker:
        pass
    assert "tidak ditemukan" in blocker.args[0]
    docs = demo_store.documents.for_event(DEMO_EVENT_ID)
    assert all(demo_store.documents.prints(d.id) == [] for d in docs)
    assert "Gagal" in panel.status.text()


@pytest.mark.parametrize("how", ["deleted", "stopped"])
def test_printer_that_goes_away_mid_job_names_the_pages_not_printed(qtbot, tmp_path: Path, how: str,  # type: ignore[no-untyped-def]
                                                                    cups: PrivateCups) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from bimtek_desk.gui.documents.printing import print_documents

    queue = f"BIMTEK-TEST-{how}"
    cups.add_queue(queue)
    pdf = tmp_path / "enam.pdf"
    c = Canvas(str(pdf))
    for n in range(12):  # six two-page documents
        c.drawString(100, 700, f"halaman {n + 1}")
        c.showPage()
    c.save()

    def pull_the_plug(done: int, total: int) -> None:
        if done == 4:  # after the second document
            cups.run(*(["lpadmin", "-x", queue] if how == "deleted" else ["cupsdisable", queue]))

    try:
        result = print_documents(pdf, queue, pages_per_document=2, progress=pull_the_plug, dpi=50)
    finally:
        cups.remove_queue(queue)
    assert (result.documents_printed, result.pages_printed, result.pages_total) == (2, 4, 12)
    assert not result.complete
    assert "Dokumen 3–6 (halaman 5–12) tidak dicetak" in (result.error or "")
    assert ("tidak ditemukan" if how == "deleted" else "dihentikan") in (result.error or "")


def test_only_documents_that_reached_the_queue_are_logged(panel: DocumentsPanel, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    from bimtek_desk.gui.documents import printing

    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)[:3]
    stopped = printing.PrintResult(2, 6, False, 1, "Printer 'X' tidak ditemukan. Dokumen 2–3 (halaman 3–6) tidak "
                                                   "dicetak; dokumen 1–1 sudah terkirim.")
    monkeypatch.setattr("bimtek_desk.gui.documents.panel.print_documents", lambda *a, **k: stopped)
    job = panel.print_to("X", only=[r.id for r in regs])
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    printed = [d.registration_id for d in demo_store.documents.for_event(DEMO_EVENT_ID)
               if demo_store.documents.prints(d.id)]
    assert printed == [regs[0].id]
    assert "halaman 3–6" in panel.status.text()


def test_choose_a_layout_file_and_back(panel: DocumentsPanel, demo_store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      monkeypatch) -> None:
    import json

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))  # the PIN

    from bimtek_desk.documents import issue
    from bimtek_desk.system.resources import resource
    from tests.pdfutil import page_texts

    data = json.loads(resource("layouts", "sertifikat.json").read_text(encoding="utf-8"))
    data["pages"][0]["elements"][6]["text"] = "Nomor registrasi: {number}"
    mine = tmp_path / "sertifikat-dinsos.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    assert panel.use_layout(str(mine))
    assert panel.layout_box.currentText() == "sertifikat-dinsos.json"
    event = demo_store.events.get(DEMO_EVENT_ID)
    renderer, _ = issue.renderer_for(event, "sertifikat")
    out = tmp_path / "a.pdf"
    renderer.render_one(issue.preview_context(demo_store, event, "sertifikat", panel.holder_box.currentData()), out)
    assert "Nomor registrasi:" in page_texts(out)[0]
    assert not panel.use_layout(str(resource("layouts", "piagam.json")))  # a plaque layout for certificates
    assert "bukan sertifikat" in panel.status.text()
    assert demo_store.events.get(DEMO_EVENT_ID).settings["layouts"]["sertifikat"] == str(mine)
    assert panel.use_layout("builtin") and panel.layout_box.currentText() == "Bawaan"


def test_committee_decision_with_pin_and_reason(panel: DocumentsPanel, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bimtek_desk.documents import issue
    from bimtek_desk.gui.documents.decision import DecisionDialog

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    answers = iter([("0000", True), ("", False)])  # a wrong PIN is asked again; then cancelled
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    assert not panel.decide_selected()  # wrong PIN: nothing asked, nothing stored
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))
    row_not_eligible = next(i for i in range(panel.holder_box.count()) if "TIDAK" in panel.holder_box.itemText(i))
    panel.holder_box.setCurrentIndex(row_not_eligible)
    holder = panel.holder_box.currentData()
    seen: list[str] = []

    def answer() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, DecisionDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append("eligible proposed" if d.eligible() else "not eligible proposed")
        d._try_accept()
        seen.append(d.error.text())
        d.reason.setText("sakit, izin tertulis Kabid Dayasos")
        d._try_accept()
        if d.isVisible():  # never leave a modal dialog open: the test would hang
            d.reject()

    QTimer.singleShot(0, answer)
    assert panel.decide_selected()
    assert seen == ["eligible proposed", "Alasan wajib diisi."]  # the other answer is proposed; a reason is needed
    row = next(e for e in issue.eligibility(demo_store, demo_store.events.get(DEMO_EVENT_ID))
               if e.registration.id == holder)
    assert row.eligible and row.overridden and "izin tertulis" in row.reason
    assert panel.summary.text() == "21 dari 175 memenuhi syarat"
    assert panel.holder_box.currentData() == holder  # the preview stays on that person
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "eligibility.override"


def test_print_button_opens_the_print_dialog(panel: DocumentsPanel, monkeypatch,  # type: ignore[no-untyped-def]
                                             cups: PrivateCups) -> None:
    cups.add_queue("BIMTEK-DEFAULT", default=True)
    from bimtek_desk.gui.documents import panel as panel_module

    opened: list[str] = []

    class FakeDialog:
        def __init__(self, printer, parent) -> None:  # type: ignore[no-untyped-def]
            opened.append(printer.printerName())

        def exec(self) -> int:
            return 0  # the user cancels: nothing is printed

    monkeypatch.setattr(panel_module, "QPrintDialog", FakeDialog)
    panel._ask_print()
    assert opened == ["BIMTEK-DEFAULT"] and panel.job is None
