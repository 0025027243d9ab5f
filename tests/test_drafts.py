"""The draft guard (issue #16 item 1): while a field a document uses is unconfirmed,
or the logo is the placeholder, every page says DRAF, no number is spent, and what
remains is listed; the committee confirms with the PIN (audited)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bimtek_desk.desk.verify import verify_text
from bimtek_desk.documents import drafts, issue
from bimtek_desk.errors import UserError
from bimtek_desk.reports import attendance, transport
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend
from tests.helpers.final import choose_logo, make_final
from tests.pdfutil import decode_qr, page_texts


@pytest.fixture
def attended(demo_store: Store) -> Store:
    return attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID)[:4])


def _documents(store: Store) -> int:
    return int(store.db.scalar("SELECT count(*) FROM documents"))


def test_demo_documents_are_drafts_and_spend_no_number(attended: Store, tmp_path: Path) -> None:
    event = attended.events.get(DEMO_EVENT_ID)
    pending = {p.entry for p in drafts.pending(event, "sertifikat")}
    assert pending == {"signatories.certificate", "numbering", "agenda.jp", "logo"}
    jobs, _ = issue.certificate_jobs(attended, event)
    out = tmp_path / "s.pdf"
    issue.write(attended, event, "sertifikat", jobs, out=out)
    texts = page_texts(out)
    assert len(texts) == 8 and all("DRAF" in t for t in texts)  # every page, front and back
    assert all("Nomor: DRAF" in t for t in texts[::2])
    assert _documents(attended) == 0 and int(attended.db.scalar("SELECT count(*) FROM document_prints")) == 0
    payload = decode_qr(out, pages=[0])[0][0]
    v = verify_text(attended, payload)
    assert not v.genuine and v.message.startswith("DRAF")  # a draft verifies as nothing, and says it is a draft
    files = issue.render_files(issue.renderer_for(event, "sertifikat")[0], jobs, split_dir=tmp_path / "wa")
    assert [f.name for f in files][0].startswith("DRAF 001 ")


def test_confirming_removes_the_watermark_and_numbers_for_real(attended: Store, tmp_path: Path) -> None:
    make_final(attended, DEMO_EVENT_ID)
    event = attended.events.get(DEMO_EVENT_ID)
    assert drafts.pending(event, "sertifikat") == [] and drafts.unconfirmed(event) == []
    jobs, _ = issue.certificate_jobs(attended, event)
    out = tmp_path / "s.pdf"
    issue.write(attended, event, "sertifikat", jobs, out=out)
    texts = page_texts(out)
    assert not any("DRAF" in t for t in texts)
    assert "Nomor: 400.9.12/001/Dayasos-Dinsos/XI/2025" in texts[0] and _documents(attended) == 4
    assert all(not item.get("unconfirmed") for item in event.settings["agenda"])
    entry = next(e for e in attended.audit.entries(DEMO_EVENT_ID) if e.action == "event.confirm")
    assert set(entry.detail["fields"]) == {"signatories.certificate", "signatories.plaque", "signatories.attendance",
                                           "numbering", "agenda.jp", "transport.amount"}


def test_the_logo_alone_keeps_a_draft(attended: Store) -> None:
    event = attended.events.get(DEMO_EVENT_ID)
    event = drafts.confirm(attended, event, None, pin="181125", actor="test")
    assert [p.entry for p in drafts.pending(event, "piagam")] == ["logo"]
    with pytest.raises(UserError, match="dipilih"):
        drafts.confirm(attended, event, ["logo"], pin="181125", actor="test")
    choose_logo(attended, DEMO_EVENT_ID)
    assert not drafts.is_draft(attended.events.get(DEMO_EVENT_ID), "piagam")


def test_confirm_needs_the_pin_and_names_real_fields(attended: Store) -> None:
    event = attended.events.get(DEMO_EVENT_ID)
    with pytest.raises(UserError, match="PIN"):
        drafts.confirm(attended, event, ["numbering"], pin="1111", actor="test")
    with pytest.raises(UserError, match="Tidak ada yang perlu dikonfirmasi"):
        drafts.confirm(attended, event, ["warna"], pin="181125", actor="test")
    assert drafts.unconfirmed(attended.events.get(DEMO_EVENT_ID)) == drafts.unconfirmed(event)
    choose_logo(attended, DEMO_EVENT_ID)
    event = drafts.confirm(attended, attended.events.get(DEMO_EVENT_ID), ["numbering", "signatories.plaque"],
                           pin="181125", actor="x")
    assert "numbering" not in drafts.unconfirmed(event)
    assert drafts.is_draft(event, "sertifikat") and not drafts.is_draft(event, "piagam")  # piagam uses no other


def test_reports_carry_the_watermark_until_confirmed(attended: Store, tmp_path: Path) -> None:
    event = attended.events.get(DEMO_EVENT_ID)
    session = attended.events.session(DEMO_EVENT_ID, "REG")
    attendance.render(attended, event, session, tmp_path / "dh.pdf")
    transport.render(attended, event, tmp_path / "tr.pdf")
    assert all("DRAF" in t for t in page_texts(tmp_path / "dh.pdf"))
    assert all("DRAF" in t for t in page_texts(tmp_path / "tr.pdf"))
    make_final(attended, DEMO_EVENT_ID)
    event = attended.events.get(DEMO_EVENT_ID)
    attendance.render(attended, event, session, tmp_path / "dh2.pdf")
    transport.render(attended, event, tmp_path / "tr2.pdf")
    assert not any("DRAF" in t for t in page_texts(tmp_path / "dh2.pdf") + page_texts(tmp_path / "tr2.pdf"))


def test_cli_lists_what_remains_and_confirms(attended: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    attended.close()
    r = cli("--db", demo_db, "plaques", "--event", DEMO_EVENT_ID, "--out", tmp_path / "p.pdf")
    assert r.code == 0 and "DRAF\tHerman" in r.out
    assert "belum dikonfirmasi: penandatangan piagam; pola nomor; logo" in r.out
    r = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID)
    assert r.code == 0 and "sertifikat: DRAF — penandatangan sertifikat; pola nomor; JP dan materi" in r.out
    r = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID, "numbering", "--pin", "9999")
    assert r.code == 1 and "PIN" in r.err
    r = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID, "--all", "--pin", "181125")
    assert r.code == 0 and "Belum dikonfirmasi: tidak ada" in r.out and "piagam: DRAF — logo" in r.out
    # Confirmed is not signed: the transport list still names who must sign it.
    assert ("daftar penerimaan transport: DRAF — PPTK/PA (daftar transport): nama dan NIP belum diisi "
            "(Acara → Penandatangan); Bendahara Pengeluaran (daftar transport): nama dan NIP belum diisi") in r.out


def test_dokumen_area_lists_and_confirms(qtbot, attended: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.documents.panel import DocumentsPanel

    panel = DocumentsPanel(attended, attended.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    assert panel.pending.text() == ("DRAF — belum dikonfirmasi: penandatangan sertifikat; pola nomor; JP dan materi; "
                                    "logo (masih gambar contoh: pilih lambang resmi di Acara)")
    assert not panel.confirm_button.isHidden()
    qtbot.waitUntil(lambda: panel.preview_doc.pageCount() == 2)
    assert "DRAF" in panel.preview_doc.getAllText(0).text()
    asked: list[str] = []

    def answer(pin: str):  # type: ignore[no-untyped-def]
        def get_text(parent, title, label, *a, **k):  # type: ignore[no-untyped-def]
            asked.append(label)
            return pin, True
        return get_text

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", answer("0000"))
    assert not panel.confirm_pending() and "PIN" in panel.status.text()
    assert "• pola nomor" in asked[0] and "logo" not in asked[0]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", answer("181125"))
    assert panel.confirm_pending()
    assert panel.pending.text() == "DRAF — belum dikonfirmasi: logo (masih gambar contoh: pilih lambang resmi di Acara)"
    assert panel.confirm_button.isHidden()  # a logo is chosen in Acara, not confirmed
    event = attended.events.get(DEMO_EVENT_ID)
    assert "signatories.attendance" in drafts.unconfirmed(event)  # only what certificates use
    assert attended.audit.entries(DEMO_EVENT_ID)[0].action == "event.confirm"
    choose_logo(attended, DEMO_EVENT_ID)
    panel.reload()
    assert panel.pending.isHidden()


def test_an_event_file_without_unconfirmed_fields_is_final(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from bench.common import EXAMPLE_SIGN_OFFS
    from bimtek_desk.system.resources import resource
    from tests.helpers.final import logo_png

    data = json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))
    data.pop("unconfirmed")
    for item in data["agenda"]:
        item.pop("unconfirmed", None)
    (tmp_path / "lambang.png").write_bytes(logo_png())
    data["logo"] = str(tmp_path / "lambang.png")
    data["signatories"] |= EXAMPLE_SIGN_OFFS
    (tmp_path / "acara.json").write_text(json.dumps(data), encoding="utf-8")
    assert cli("--db", demo_db, "event", "load", tmp_path / "acara.json", "--pin", "181125").code == 0
    r = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID)
    assert "Belum dikonfirmasi: tidak ada" in r.out and "DRAF" not in r.out


def test_acara_lists_examples_and_confirms_them(qtbot, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.gui.event.panel import EventPanel

    demo_store.events.update_settings(DEMO_EVENT_ID, {"transport": {"amount": 150000, "sign_offs": ["treasurer"]}})
    panel = EventPanel(demo_store, demo_store.events.get(DEMO_EVENT_ID))
    qtbot.addWidget(panel)
    assert not panel.examples.isHidden()
    assert "pola nomor" in panel.examples.label.text() and "besaran uang transport" in panel.examples.label.text()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("181125", True))
    assert panel.examples.confirm()
    assert panel.examples.isHidden() and drafts.unconfirmed(demo_store.events.get(DEMO_EVENT_ID)) == []
    assert demo_store.audit.entries(DEMO_EVENT_ID)[0].action == "event.confirm"
    assert panel.save()  # saving the Acara keeps the transport's sign-offs from the event file
    transport_settings = demo_store.events.get(DEMO_EVENT_ID).settings["transport"]
    assert transport_settings["sign_offs"] == ["treasurer"] and transport_settings["amount"] == 150000
