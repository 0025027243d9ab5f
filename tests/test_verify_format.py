"""docs/verification.md is enough to write a verifier: this one is written from it alone,
with a third-party COSE library (pycose) and the exported public key file, and it imports
nothing from bimtek_desk.signing.  It checks all 175 demo certificates as printed."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import base45
import cbor2
import pytest
from pycose.keys import OKPKey
from pycose.keys.curves import Ed25519
from pycose.messages import CoseMessage, Sign1Message

from bimtek_desk.documents import issue
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.attend import attend
from tests.helpers.final import make_final
from tests.pdfutil import decode_qr


@pytest.fixture(autouse=True)
def _final_documents(request: pytest.FixtureRequest) -> None:
    """The demo is a DRAF until its examples are confirmed; signed QRs are for final documents."""
    if "demo_store" in request.fixturenames:
        make_final(request.getfixturevalue("demo_store"), DEMO_EVENT_ID)

MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


def independent_verify(text: str, key_file: dict) -> str:  # type: ignore[type-arg]
    """§6 of docs/verification.md, step by step."""
    text = text.strip()
    if text[:4].upper() != "BD1:":
        return "TIDAK ASLI — bukan QR verifikasi"
    try:
        raw = base45.b45decode(text[4:].upper())
        msg = CoseMessage.decode(raw)
    except Exception:  # noqa: BLE001  # the verifier as docs/verification.md writes it: anything unreadable
        return "TIDAK ASLI — isi QR rusak"
    if not isinstance(msg, Sign1Message):
        return "TIDAK ASLI — isi QR rusak"
    header = cbor2.loads(cbor2.loads(raw).value[0])  # the protected header map, as sent
    if not isinstance(header, dict) or header.get(1) != -8 or not isinstance(header.get(4), bytes):
        return "TIDAK ASLI — bukan EdDSA"
    kid = header[4].hex()
    keys = [k for k in key_file["keys"] if k["kid"] == kid]
    if not keys:
        return "TIDAK ASLI — penerbit tidak dikenal"
    good = None
    for k in keys:
        x = base64.urlsafe_b64decode(k["x"] + "=" * (-len(k["x"]) % 4))
        assert hashlib.sha256(x).digest()[:2].hex() == k["kid"]
        msg.key = OKPKey(crv=Ed25519, x=x)
        try:
            if msg.verify_signature():
                good = k
                break
        except Exception:  # noqa: BLE001  # pycose raises various errors for a bad signature: not this key
            pass
    if good is None:
        return "TIDAK ASLI — tanda tangan digital tidak cocok"
    claims = cbor2.loads(msg.payload)
    doc_type, number, name, event, days = claims.get(1, 1), claims[2], claims[3], claims[4], claims[5]
    for r in key_file["revoked"]:
        if (r["issuer"], r["type"], r["number"], r["date"]) == (good["issuer"], doc_type, number, days):
            return f"DICABUT — {number}"
    date = dt.date(1970, 1, 1) + dt.timedelta(days=days)
    label = {1: "Sertifikat", 2: "Piagam penghargaan"}[doc_type]
    jp = f", {claims[6]} JP" if 6 in claims else ""
    return f"ASLI — {label} Nomor {number}, a.n. {name}, {event}, {date.day} {MONTHS[date.month - 1]} {date.year}{jp}"


@pytest.fixture
def everyone(demo_store: Store) -> Store:
    attend(demo_store, demo_store.registrations.for_event(DEMO_EVENT_ID))
    return demo_store


@pytest.mark.slow
def test_all_175_printed_certificates_verify_independently(everyone: Store, tmp_path: Path, cli,  # type: ignore[no-untyped-def]
                                                           demo_db: Path) -> None:
    """Render, rasterise at 150 dpi (pypdfium2), decode with zxing-cpp, verify with pycose."""
    event = everyone.events.get(DEMO_EVENT_ID)
    jobs, refused = issue.certificate_jobs(everyone, event)
    assert len(jobs) == 175 and not refused
    out = tmp_path / "sertifikat.pdf"
    issue.write(everyone, event, "sertifikat", jobs, out=out)
    r = cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "keys.json")
    assert r.code == 0, r
    key_file = json.loads((tmp_path / "keys.json").read_text(encoding="utf-8"))
    found = decode_qr(out, dpi=150, pages=list(range(0, 350, 2)))
    unread = [(n, found[n], jobs[n].context["verify_payload"]) for n in range(175) if len(set(found[n])) != 1]
    assert not unread, unread  # every page: one QR (zxing may report the same symbol twice)
    longest = max(range(175), key=lambda n: len(jobs[n].context["verify_payload"]))
    assert decode_qr(out, dpi=100, pages=[2 * longest]) == [[jobs[longest].context["verify_payload"]]]  # a phone photo
    for (text, *_), job in zip(found, jobs, strict=True):
        verdict = independent_verify(text, key_file)
        assert verdict == (f"ASLI — Sertifikat Nomor {job.document.number}, a.n. {job.context['name']}, "
                           f"Bimtek PSM 2025, 18 November 2025, 6 JP"), verdict
        assert text == job.context["verify_payload"]
        claims = cbor2.loads(cbor2.loads(base45.b45decode(text[4:])).value[2])
        assert set(claims) == {2, 3, 4, 5, 6}  # number, name, event, date, JP: no NIK, nothing else
        person = next(r for r in everyone.registrations.for_event(DEMO_EVENT_ID)
                      if r.id == job.document.registration_id)
        assert person.person.nik not in text and person.person.nik.encode() not in base45.b45decode(text[4:])


def test_one_byte_change_other_key_and_revoked(everyone: Store, tmp_path: Path, cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    event = everyone.events.get(DEMO_EVENT_ID)
    jobs, _ = issue.certificate_jobs(everyone, event)
    text = jobs[7].context["verify_payload"]
    cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "keys.json")
    key_file = json.loads((tmp_path / "keys.json").read_text(encoding="utf-8"))
    assert independent_verify(text, key_file).startswith("ASLI")
    assert independent_verify(text.lower(), key_file).startswith("ASLI")  # a scanner with Caps Lock on

    raw = bytearray(base45.b45decode(text[4:]))
    for i in range(len(raw)):  # every single-byte change is caught
        edited = bytearray(raw)
        edited[i] ^= 0x01
        verdict = independent_verify("BD1:" + base45.b45encode(bytes(edited)).decode(), key_file)
        assert verdict.startswith("TIDAK ASLI"), (i, verdict)

    other = json.loads(json.dumps(key_file))
    for k in other["keys"]:
        k["kid"] = "0000" if k["kid"] != "0000" else "0001"
    assert independent_verify(text, other) == "TIDAK ASLI — penerbit tidak dikenal"

    r = cli("--db", demo_db, "revoke", jobs[7].document.number, "--event", DEMO_EVENT_ID, "--reason", "salah nama",
            "--pin", "181125")
    assert r.code == 0, r
    cli("--db", demo_db, "keys", "export-public", "--out", tmp_path / "keys2.json")
    key_file = json.loads((tmp_path / "keys2.json").read_text(encoding="utf-8"))
    assert independent_verify(text, key_file) == f"DICABUT — {jobs[7].document.number}"
    assert independent_verify(jobs[8].context["verify_payload"], key_file).startswith("ASLI")


def test_the_documents_examples_are_right() -> None:
    """The public key list shown in docs/verification.md §5 is valid, its kid matches its key,
    and the date example is 18 November 2025."""
    from bimtek_desk.signing.keys import KeyList

    doc = (Path(__file__).resolve().parent.parent / "docs" / "verification.md").read_text(encoding="utf-8")
    example = doc.split("## 5.", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    key_list = KeyList.from_json(json.loads(example))
    assert len(key_list.keys) == 1 and key_list.revoked[0].date_days == 20410
    assert dt.date(1970, 1, 1) + dt.timedelta(days=20410) == dt.date(2025, 11, 18)
    assert "`84` `6A 5369676E617475726531`" in doc and b"Signature1".hex().upper() == "5369676E617475726531"


def recipe() -> dict[str, object]:
    """The Python block of docs/verification.md §9, run as written."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "verification.md").read_text(encoding="utf-8")
    code = doc.split("## 9.", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert "bimtek_desk" not in code
    namespace: dict[str, object] = {"__name__": "recipe"}
    exec(compile(code, "verification.md §9", "exec"), namespace)
    return namespace


class _Cbor2As6:
    """cbor2 as release 6 decodes: arrays as tuples (maps inside a tag as read-only mappings)."""

    def __init__(self) -> None:
        self.CBORTag, self.dumps = cbor2.CBORTag, cbor2.dumps

    @staticmethod
    def _frozen(item: object) -> object:
        import types

        if isinstance(item, list):
            return tuple(_Cbor2As6._frozen(i) for i in item)
        if isinstance(item, dict):
            return types.MappingProxyType({k: _Cbor2As6._frozen(v) for k, v in item.items()})
        if isinstance(item, cbor2.CBORTag):
            return cbor2.CBORTag(item.tag, _Cbor2As6._frozen(item.value))
        return item

    def CBORDecoder(self, stream):  # type: ignore[no-untyped-def]
        decoder = cbor2.CBORDecoder(stream)
        frozen = self._frozen

        class _D:
            def decode(self) -> object:
                return frozen(decoder.decode())

        return _D()


@pytest.mark.parametrize("as_cbor2_6", [False, True])
def test_the_documents_python_verifier_works(demo_store: Store, as_cbor2_6: bool) -> None:
    """Issue 25 item 8: the recipe verifies genuine QRs, says DICABUT for a revoked one and
    refuses edited and malformed ones, with arrays as lists (cbor2 5) or tuples (cbor2 6)."""
    from bimtek_desk.signing.issuer import key_list, revoke
    from tests.test_verify_hostile import hostile_payloads

    ns = recipe()
    if as_cbor2_6:
        ns["cbor2"] = _Cbor2As6()
    verify = ns["verify"]
    assert callable(verify)
    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)[:4]
    for r in regs:
        demo_store.documents.override(r.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event)
    revoke(demo_store, event, jobs[3].document.number, "salah nama", pin="181125", actor="test")
    key_file = key_list(demo_store).as_json()
    for job in jobs[:3]:
        assert verify(job.context["verify_payload"], key_file) == (
            f"ASLI — Sertifikat Nomor {job.document.number}, a.n. {job.context['name']}, Bimtek PSM 2025, "
            "18 November 2025, 6 JP")
    assert verify(jobs[3].context["verify_payload"], key_file) == f"DICABUT — {jobs[3].document.number}"
    raw = base45.b45decode(jobs[0].context["verify_payload"][4:])
    for i in range(len(raw)):
        edited = bytearray(raw)
        edited[i] ^= 0x01
        assert verify("BD1:" + base45.b45encode(bytes(edited)).decode(), key_file).startswith("TIDAK ASLI"), i
    world = {"genuine": jobs[0].context["verify_payload"], "kid": bytes.fromhex(key_file["keys"][0]["kid"]),
             "sk": _private_key(demo_store, key_file["keys"][0]["kid"])}
    for what, text in hostile_payloads(world).items():
        assert verify(text, key_file).startswith("TIDAK ASLI"), what


def _private_key(store: Store, kid: str):  # type: ignore[no-untyped-def]
    from bimtek_desk.signing import keys

    raw = store.signing.private_key(kid)
    assert raw is not None
    return keys.private_key(raw)
