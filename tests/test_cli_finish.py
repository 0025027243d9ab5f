"""The committee finishes an event from the command line alone: every hint names the
command that helps, the logo and the signatures are chosen there too (PIN, audited),
and the documents come out final."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID, file_digest
from tests.helpers.attend import attend
from tests.helpers.final import logo_png
from tests.pdfutil import decode_qr, page_texts

PIN = "181125"


def _settings(db: Path) -> dict:  # type: ignore[type-arg]
    with sqlite3.connect(db) as con:
        return json.loads(con.execute("SELECT settings FROM events WHERE id = ?", (DEMO_EVENT_ID,)).fetchone()[0])


def test_confirm_all_then_the_logo_from_the_cli_makes_documents_final(cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    done = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID, "--all", "--pin", PIN)
    assert done.code == 0
    # confirming is not enough while the logo is the stand-in, and the hint says what is
    assert "sertifikat: DRAF" in done.out
    assert f"Selanjutnya: bimtek-desk event image {DEMO_EVENT_ID} logo" in done.out

    logo = tmp_path / "lambang kota.png"
    logo.write_bytes(logo_png())
    set_logo = cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, "logo", logo, "--pin", PIN)
    assert set_logo.code == 0, set_logo.err
    shown = cli("--db", demo_db, "event", "confirm", DEMO_EVENT_ID)
    assert "sertifikat: final" in shown.out and "daftar hadir: final" in shown.out
    # the demo names no PPTK nor Bendahara: the payment list stays DRAF, and the hint says to fill them in
    transport = next(line for line in shown.out.splitlines() if "transport" in line)
    assert "DRAF" in transport and "PPTK" in transport
    assert "Selanjutnya: isi yang kosong" in shown.out and "event confirm" not in shown.out.split("Selanjutnya:")[1]

    with Store.open(demo_db) as store:
        attend(store, store.registrations.for_event(DEMO_EVENT_ID)[:1])
        entry = store.audit.newest("event.edit", DEMO_EVENT_ID)
        assert entry is not None and entry.detail["image"] == "logo" and entry.actor == "cli"
    out = tmp_path / "sertifikat.pdf"
    made = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", out)
    assert made.code == 0 and "DRAF" not in made.out
    text = page_texts(out)[0]
    assert "DRAF" not in text and "400.9.12/001/" in text
    assert decode_qr(out, pages=[0])[0][0].startswith("BD1:")  # signed: a final certificate


def test_a_draft_notice_names_each_command(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(demo_db) as store:
        attend(store, store.registrations.for_event(DEMO_EVENT_ID)[:1])
    made = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", tmp_path / "c.pdf")
    assert made.code == 0
    hint = next(line for line in made.out.splitlines() if line.startswith("DRAF"))
    assert f"bimtek-desk event confirm {DEMO_EVENT_ID} " in hint
    assert f"bimtek-desk event image {DEMO_EVENT_ID} logo" in hint


def test_signature_and_stamp_of_a_signatory(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    image = tmp_path / "ttd.png"
    image.write_bytes(logo_png())
    ok = cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, "signature", image, "--signatory", "certificate",
             "--pin", PIN)
    assert ok.code == 0, ok.err
    ref = _settings(demo_db)["signatories"]["certificate"]["signature_image"]
    assert ref.startswith("image:")
    removed = cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, "signature", "-", "--signatory", "certificate",
                  "--pin", PIN)
    assert removed.code == 0 and "dihapus" in removed.out
    assert _settings(demo_db)["signatories"]["certificate"]["signature_image"] is None


def test_bad_image_wrong_pin_or_unknown_signatory_change_nothing(cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    good, bad = tmp_path / "logo.png", tmp_path / "palsu.png"
    good.write_bytes(logo_png())
    bad.write_bytes(b"%PDF-1.7 not a picture")
    before, logo_before = file_digest(demo_db), _settings(demo_db).get("logo")
    for args, said in (
        (("logo", bad, "--pin", PIN), "bukan gambar PNG atau JPEG"),
        (("logo", tmp_path / "tidak-ada.png", "--pin", PIN), "tidak"),
        (("stamp", good, "--pin", PIN), "--signatory"),
        (("stamp", good, "--signatory", "bupati", "--pin", PIN), "belum ada di acara ini"),
    ):
        result = cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, *args)
        assert result.code == 1 and said in result.err and "Traceback" not in result.err, (args, result.err)
    assert file_digest(demo_db) == before
    wrong = cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, "logo", good, "--pin", "999999")
    assert wrong.code == 1 and "PIN" in wrong.err
    assert _settings(demo_db).get("logo") == logo_before
    with Store.open(demo_db, readonly=True) as store:
        assert store.audit.newest("event.edit", DEMO_EVENT_ID) is None  # nothing was changed


def test_certificates_with_nobody_eligible_say_what_to_do(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", demo_db, "certificates", "--event", DEMO_EVENT_ID, "--out", tmp_path / "c.pdf")
    assert result.code == 1
    assert "?" not in result.err
    assert f"bimtek-desk eligibility --event {DEMO_EVENT_ID}" in result.err and "checkin" in result.err
    assert not (tmp_path / "c.pdf").exists()


def test_verify_page_before_the_first_final_certificate(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", demo_db, "verify-page", "--out", tmp_path / "v.html")
    assert result.code == 1
    assert "final" in result.err and "event confirm" in result.err
    assert not (tmp_path / "v.html").exists()


def test_badges_with_the_stand_in_logo_say_draf_and_how_to_finish(cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "badge.pdf"
    made = cli("--db", demo_db, "badges", "--event", DEMO_EVENT_ID, "--out", out)
    assert made.code == 0 and f"bimtek-desk event image {DEMO_EVENT_ID} logo" in made.out
    assert "DRAF" in page_texts(out)[0]
    logo = tmp_path / "lambang.png"
    logo.write_bytes(logo_png())
    assert cli("--db", demo_db, "event", "image", DEMO_EVENT_ID, "logo", logo, "--pin", PIN).code == 0
    again = cli("--db", demo_db, "badges", "--event", DEMO_EVENT_ID, "--out", out)
    assert again.code == 0 and "DRAF" not in again.out and "DRAF" not in page_texts(out)[0]
