"""Signing keys, the BD1 payload, revocation, `verify` and the desk's view of a signed QR."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import base45
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from bimtek_desk.desk.checkin import Desk, Outcome
from bimtek_desk.desk.verify import verify_text
from bimtek_desk.documents import issue
from bimtek_desk.errors import UserError
from bimtek_desk.render import qr
from bimtek_desk.scanning.wedge import WedgeParser
from bimtek_desk.signing import cose, issuer, keys, verifier
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final
from tests.test_qr import _raster as raster


@pytest.fixture(autouse=True)
def _final_documents(request: pytest.FixtureRequest) -> None:
    """The demo is a DRAF until its examples are confirmed; signed QRs are for final documents."""
    if "demo_store" in request.fixturenames:
        make_final(request.getfixturevalue("demo_store"), DEMO_EVENT_ID)

DEMO_NUMBER = "400.9.12/175/Dayasos-Dinsos/XI/2025"
PRIVATE, PUBLIC = keys.new_key_pair()
KID = keys.kid_for(PUBLIC)
KEYS = keys.KeyList((keys.PublicKey(KID.hex(), "Dinas Sosial Kota Banjarmasin", PUBLIC),))


def claims(name: str = "Nor Mawaddah", number: str = DEMO_NUMBER) -> cose.Claims:
    return cose.Claims("sertifikat", number, name, "Bimtek PSM 2025", dt.date(2025, 11, 18), 6)


def sign(c: cose.Claims) -> str:
    return cose.sign(c, keys.private_key(PRIVATE), KID)


# -- the payload -----------------------------------------------------------------------

# Letters, the marks Indonesian names carry, and the titles around them.
NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,'-", min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(name=NAME)
def test_names_up_to_60_characters_keep_version_10_at_level_m(name: str) -> None:
    text = sign(claims(name))
    m = qr.matrix_level(text, cose.QR_LEVEL)  # as the renderer draws it
    assert cose.QR_LEVEL == "M" and qr.version(m) <= 10, (len(name), len(text))
    assert verifier.verify(text, KEYS).claims == claims(name)


def test_longest_name_qr_decodes_and_prints_at_least_30_mm() -> None:
    text = sign(claims("Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si"))  # 60 characters
    m = qr.matrix_level(text, cose.QR_LEVEL)
    assert qr.version(m) == 10 and len(m) == 57 + 8
    size = qr.size_for(m, cose.MIN_SYMBOL_MM, cose.MIN_MODULE_MM)
    assert size * 57 / 65 >= 30 - 1e-9
    import zxingcpp

    (found,) = zxingcpp.read_barcodes(raster(m, 3))
    assert found.text == text and found.ec_level == "M"


def test_every_single_byte_change_is_refused() -> None:
    text = sign(claims())
    raw = base45.b45decode(text[4:])
    for i in range(len(raw)):
        for bit in (0x01, 0x80):
            edited = bytearray(raw)
            edited[i] ^= bit
            result = verifier.verify("BD1:" + base45.b45encode(bytes(edited)).decode(), KEYS)
            assert result.verdict is verifier.Verdict.NOT_GENUINE, (i, bit, result.message)


def test_verdicts_and_messages() -> None:
    text = sign(claims())
    ok = verifier.verify(text, KEYS)
    assert ok.genuine and ok.message.startswith(
        f"ASLI — Sertifikat Nomor {DEMO_NUMBER}, a.n. Nor Mawaddah, Bimtek PSM 2025, 18 November 2025, 6 JP")
    assert verifier.verify("  " + text.lower() + "\n", KEYS).genuine  # Caps Lock, stray whitespace
    other_private, other_public = keys.new_key_pair()
    stranger = cose.sign(claims(), keys.private_key(other_private), keys.kid_for(other_public))
    assert "penerbit tidak dikenal" in verifier.verify(stranger, KEYS).message
    same_kid = cose.sign(claims(), keys.private_key(other_private), KID)  # a forger who copies the key id
    assert "tidak cocok" in verifier.verify(same_kid, KEYS).message
    revoked = keys.KeyList(KEYS.keys, (keys.Revoked("Dinas Sosial Kota Banjarmasin", 1, DEMO_NUMBER, 20410, "salah",
                                                    ""),))
    r = verifier.verify(text, revoked)
    assert r.verdict is verifier.Verdict.REVOKED and r.message.startswith("DICABUT") and "salah" in r.message
    for junk in ("", "BD1:", "BD1:%%%", "BD1:AB", "HTTPS://EXAMPLE.ORG", "BD1:" + base45.b45encode(b"\xa0").decode()):
        bad = verifier.verify(junk, KEYS)
        assert bad.verdict is verifier.Verdict.NOT_GENUINE and bad.message.startswith("TIDAK ASLI")


def test_plaque_claims_have_no_jp_and_say_piagam() -> None:
    c = cose.Claims("piagam", "400.9.12/001/PH-Dinsos/XI/2025", "HERMAN", "Bimtek PSM 2025", dt.date(2025, 11, 18))
    r = verifier.verify(sign(c), KEYS)
    assert r.claims == c and r.message.startswith("ASLI — Piagam penghargaan Nomor") and " JP" not in r.message


def test_wedge_parser_takes_base45_characters() -> None:
    text = sign(claims())
    assert set(text[4:]) <= set(base45.BASE45_CHARSET) and " " in base45.BASE45_CHARSET
    p = WedgeParser()
    t = 1000.0
    for ch in text:
        p.feed_char(ch, t)
        t += 5
    assert p.feed_terminator(t) == text


# -- keys in the database --------------------------------------------------------------


def test_key_made_on_first_use_rotation_keeps_old_documents_verifying(demo_store: Store, cli,  # type: ignore[no-untyped-def]
                                                                     demo_db: Path, tmp_path: Path) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert demo_store.signing.keys() == []
    first = issuer.signer(demo_store, event)
    assert issuer.signer(demo_store, event).kid == first.kid  # one key per office, made once
    assert [e.action for e in demo_store.audit.entries(DEMO_EVENT_ID)].count("signing.key_created") == 1
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event)
    old_payload = jobs[0].context["verify_payload"]
    assert jobs[0].context["key_id"] == first.kid_hex

    with pytest.raises(UserError, match="PIN panitia salah"):
        issuer.rotate(demo_store, event, pin="0000", actor="test")
    r = cli("--db", demo_db, "keys", "rotate", "--event", DEMO_EVENT_ID, "--pin", "181125")
    assert r.code == 0, r
    demo_store.close()
    store = Store.open(demo_db)
    try:
        rows = store.signing.keys()
        assert len(rows) == 2 and rows[0].retired_at and rows[1].retired_at is None
        jobs, _ = issue.certificate_jobs(store, event)
        assert jobs[0].context["key_id"] == rows[1].kid != first.kid_hex
        assert cose.decode(jobs[0].context["verify_payload"]).kid_hex == rows[1].kid
        assert verify_text(store, old_payload).genuine  # signed by the retired key
        assert verify_text(store, jobs[0].context["verify_payload"]).genuine
        assert "signing.key_rotated" in [e.action for e in store.audit.entries(DEMO_EVENT_ID)]
    finally:
        store.close()
    r = cli("--db", demo_db, "keys", "list")
    assert r.code == 0 and "pensiun" in r.out and "aktif" in r.out


def test_private_key_never_leaves(demo_store: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event = demo_store.events.get(DEMO_EVENT_ID)
    s = issuer.signer(demo_store, event)
    private = demo_store.signing.private_key(s.kid_hex)
    assert private is not None
    secrets = [private.hex(), keys.b64url(private), private.hex().upper()]
    r = cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "k.json")
    assert r.code == 0
    exported = (tmp_path / "k.json").read_text(encoding="utf-8")
    data = json.loads(exported)
    assert set(data["keys"][0]) == {"kid", "issuer", "alg", "crv", "kty", "x", "created", "retired"}  # no "d"
    shown = cli("--db", demo_db, "event", "show", DEMO_EVENT_ID, "--json").out
    for text in (exported, shown):
        assert not any(x in text for x in secrets)
    # the private half is in one table only, which the public listing does not read
    assert all(private not in (k.public_key,) for k in demo_store.signing.keys())


def test_export_public_without_keys_and_bad_key_files(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "k.json")
    assert r.code == 1 and "Belum ada kunci" in r.err
    for content in ("{", "[]", json.dumps({"format": "bimtek-desk/public-keys-1", "keys": [{"kid": "zz"}]})):
        (tmp_path / "bad.json").write_text(content, encoding="utf-8")
        r = cli("--db", tmp_path / "none.sqlite3", "verify", sign(claims()), "--public-key", tmp_path / "bad.json")
        assert r.code == 1 and r.err.startswith("galat: ") and "Traceback" not in r.err and r.err.count("\n") == 1


# -- revocation ------------------------------------------------------------------------


def test_revoke_needs_pin_and_reason_is_audited_and_shows_everywhere(demo_store: Store, cli,  # type: ignore[no-untyped-def]
                                                                     demo_db: Path) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    (job,), _ = issue.certificate_jobs(demo_store, event)
    number, payload, short = job.document.number, job.context["verify_payload"], job.document.code
    with pytest.raises(UserError, match="PIN panitia salah"):
        issuer.revoke(demo_store, event, number, "salah nama", pin="1111", actor="test")
    with pytest.raises(UserError, match="Alasan"):
        issuer.revoke(demo_store, event, number, "  ", pin="181125", actor="test")
    with pytest.raises(UserError, match="tidak ada di acara ini"):
        issuer.revoke(demo_store, event, "999/XX", "salah", pin="181125", actor="test")
    assert demo_store.signing.revocations() == []
    row = issuer.revoke(demo_store, event, f"  {number} ", "salah nama", pin="181125", actor="panitia")
    assert row.number == number and row.reason == "salah nama"
    with pytest.raises(UserError, match="sudah dicabut"):
        issuer.revoke(demo_store, event, number, "lagi", pin="181125", actor="test")
    (entry,) = [e for e in demo_store.audit.entries(DEMO_EVENT_ID) if e.action == "document.revoke"]
    assert entry.actor == "panitia" and entry.detail["number"] == number and entry.detail["reason"] == "salah nama"
    for text in (payload, short):
        v = verify_text(demo_store, text)
        assert not v.genuine and v.message.startswith("DICABUT")
    r = cli("--db", demo_db, "verify", payload)
    assert r.code == 1 and r.out.startswith("DICABUT")


# -- the verify command ----------------------------------------------------------------


def test_verify_with_public_key_needs_no_database(demo_store: Store, cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    demo_store.documents.override(reg.id, True, "uji", "test")
    (job,), _ = issue.certificate_jobs(demo_store, event)
    payload = job.context["verify_payload"]
    cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "k.json")
    nowhere = tmp_path / "tidak-ada" / "db.sqlite3"
    r = cli("--db", nowhere, "verify", payload, "--public-key", tmp_path / "k.json")
    assert r.code == 0 and r.out.startswith("ASLI — Sertifikat Nomor") and "Nor Mawaddah" in r.out
    assert not nowhere.parent.exists()  # no database was made
    r = cli("--db", nowhere, "verify", payload[:-3] + "000", "--public-key", tmp_path / "k.json")
    assert r.code == 1 and r.out.startswith("TIDAK ASLI")
    r = cli("--db", nowhere, "verify", job.document.code, "--public-key", tmp_path / "k.json")
    assert r.code == 1 and "BD1:" in r.err  # a short code needs the issuing database
    r = cli("--db", nowhere, "verify")
    assert r.code == 1 and "--image" in r.err

    photo = Image.new("L", (600, 500), 255)  # a photo of the QR with paper around it
    photo.paste(raster(qr.matrix_level(payload), 4), (100, 50))
    photo.save(tmp_path / "foto.png")
    r = cli("--db", nowhere, "verify", "--image", tmp_path / "foto.png", "--public-key", tmp_path / "k.json")
    assert r.code == 0 and r.out.startswith("ASLI"), r
    r = cli("--db", demo_db, "verify", "--image", tmp_path / "foto.png")
    assert r.code == 0 and r.out.startswith("ASLI"), r
    Image.new("L", (300, 300), 255).save(tmp_path / "kosong.png")
    (tmp_path / "bukan.png").write_text("bukan gambar", encoding="utf-8")
    for name, words in (("kosong.png", "Tidak ada kode QR"), ("bukan.png", "bukan gambar"),
                        ("hilang.png", "tidak ada")):
        r = cli("--db", demo_db, "verify", "--image", tmp_path / name)
        assert r.code == 1 and words in r.err, r


# -- the desk --------------------------------------------------------------------------


def test_desk_reports_a_signed_qr_as_a_certificate(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[2]
    demo_store.documents.override(reg.id, True, "uji", "test")
    (job,), _ = issue.certificate_jobs(demo_store, event)
    payload = job.context["verify_payload"]
    desk = Desk(demo_store, event, session="REG")
    for text in (payload, payload.lower()):
        result = desk.scan(text)
        assert result.outcome is Outcome.DOCUMENT and result.message.startswith("ASLI"), result
        assert reg.person.name in result.message
    i = len(payload) - 10  # inside the signature; always a different character
    edited = desk.scan(payload[:i] + ("0" if payload[i] != "0" else "1") + payload[i + 1:])
    assert edited.outcome is Outcome.DOCUMENT and edited.message.startswith("TIDAK ASLI")
    assert demo_store.checkins.present_count(desk.session.id) == 0  # nobody was checked in


def test_only_the_signing_repository_reads_private_keys() -> None:
    """An export, a bundle or a future sync must never carry a private key: the table that
    holds them is named in the signing repository (and its migration) and nowhere else."""
    root = Path(__file__).resolve().parent.parent / "bimtek_desk"
    readers = {p.relative_to(root).as_posix() for p in root.rglob("*.py")
               if "signing_secrets" in p.read_text(encoding="utf-8").replace("``signing_secrets``", "")}
    assert readers == {"store/signing.py", "store/migrations.py"}


@settings(max_examples=150, deadline=None)
@given(body=st.text(alphabet=base45.BASE45_CHARSET + "abc\n\t#é", max_size=400) | st.binary(max_size=300).map(
    lambda b: base45.b45encode(b).decode()))
def test_any_bd1_text_gets_a_verdict_never_an_exception(body: str) -> None:
    result = verifier.verify("BD1:" + body, KEYS)
    assert result.verdict is verifier.Verdict.NOT_GENUINE and result.message.startswith("TIDAK ASLI")
