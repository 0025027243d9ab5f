"""Issue 25 item 9: the verification page and ``verify`` under hostile input.  Both
verifiers refuse the same malformed payloads; any error on the page shows TIDAK ASLI
(never an earlier ASLI left standing); the embedded JSON is inert whatever the issuer,
number or revocation reason say.  What the attacker gets, every time: no ASLI."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import base45
import cbor2
import pytest

from bimtek_desk.signing import cose, keys, page, verifier
from bimtek_desk.signing.keys import KeyList, PublicKey, Revoked
from tests.helpers import pagejs

HOSTILE = '</script><!--<script>alert(1)</script>&amp;\u2028"\'<img src=x onerror=alert(2)>'
DATE = dt.date(2025, 11, 18)


@pytest.fixture(scope="module")
def world() -> dict[str, object]:
    """An issuer whose name, a number and a revocation reason are hostile; one genuine
    payload, one revoked, and the private key to sign malformed ones."""
    private, public = keys.new_key_pair()
    kid = keys.kid_for(public)
    issuer = "Dinas " + HOSTILE
    key_list = KeyList((PublicKey(kid.hex(), issuer, public, "2025-11-01T00:00:00" + HOSTILE,
                                  "2026-01-01T00:00:00" + HOSTILE),),
                       (Revoked(issuer, 1, "400/002/" + HOSTILE, (DATE - cose.EPOCH).days, "alasan " + HOSTILE,
                                "2025-11-20T10:00:00" + HOSTILE),))
    sk = keys.private_key(private)
    genuine = cose.sign(cose.Claims("sertifikat", "400/001/" + HOSTILE, "Nama " + HOSTILE, "Acara " + HOSTILE, DATE,
                                    6), sk, kid)
    revoked = cose.sign(cose.Claims("sertifikat", "400/002/" + HOSTILE, "Orang lain", "Acara", DATE, 6), sk, kid)
    return {"keys": key_list, "sk": sk, "kid": kid, "genuine": genuine, "revoked": revoked}


def _parts(text: str) -> list[object]:
    obj = cbor2.loads(base45.b45decode(text[4:]))
    return list(obj.value)


def _bd1(raw: bytes) -> str:
    return "BD1:" + base45.b45encode(raw).decode("ascii")


def _cose(protected: bytes, unprotected_raw: bytes, payload: bytes, signature: bytes) -> bytes:
    """COSE_Sign1 written byte by byte, so the unprotected map can hold what cbor2 would not write."""
    return (b"\xd2\x84" + cbor2.dumps(protected) + unprotected_raw + cbor2.dumps(payload) + cbor2.dumps(signature))


def hostile_payloads(world: dict[str, object]) -> dict[str, str]:
    protected, _, payload, signature = _parts(str(world["genuine"]))
    assert isinstance(protected, bytes) and isinstance(payload, bytes) and isinstance(signature, bytes)
    s = int.from_bytes(signature[32:], "little") + cose.ED25519_L  # the same signature, S + L: malleable
    high_s = signature[:32] + s.to_bytes(32, "little")
    float_alg = cbor2.dumps({1: -8.0, 4: world["kid"]})  # signed properly, but alg is a float
    sig_structure = cbor2.dumps(["Signature1", float_alg, b"", payload])
    float_signed = world["sk"].sign(sig_structure)  # type: ignore[attr-defined]
    raw = base45.b45decode(str(world["genuine"])[4:])
    return {
        "invalid UTF-8 in the unprotected map": _bd1(_cose(protected, b"\xa1\x01\x61\xff", payload, signature)),
        "a text in the unprotected map": _bd1(_cose(protected, b"\xa1\x04\x42ab", payload, signature)),
        "S >= L": _bd1(_cose(protected, b"\xa0", payload, high_s)),
        "trailing bytes after the COSE array": _bd1(raw + b"\x00"),
        "alg written as -8.0": _bd1(_cose(float_alg, b"\xa0", payload, float_signed)),
        "a 30 kB text": "BD1:" + "A" * 30_000,
    }


def test_the_cli_verifier_refuses_every_hostile_payload(world: dict[str, object]) -> None:
    key_list = world["keys"]
    assert isinstance(key_list, KeyList)
    assert verifier.verify(str(world["genuine"]), key_list).genuine  # the unaltered one is still ASLI
    for what, text in hostile_payloads(world).items():
        result = verifier.verify(text, key_list)
        assert result.verdict is verifier.Verdict.NOT_GENUINE and result.claims is None, what
        assert result.message.startswith("TIDAK ASLI — "), what


def test_the_s_ge_l_payload_would_verify_without_the_check(world: dict[str, object]) -> None:
    """The malleable signature is a real one (tweetnacl accepts it): only the S < L rule refuses it."""
    text = hostile_payloads(world)["S >= L"]
    with pytest.raises(cose.FormatError, match="S ≥ L"):
        cose.decode(text)


def test_a_huge_text_is_refused_before_it_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*a: object) -> bytes:
        raise AssertionError("decoded a text no QR can hold")

    monkeypatch.setattr(base45, "b45decode", never)
    for text in ("BD1:" + "A" * 30_000_000, " " * 6_000 + "BD1:AB"):
        with pytest.raises(cose.FormatError, match="terlalu panjang"):
            cose.decode(text)


def test_the_embedded_json_is_inert_and_reads_back(world: dict[str, object]) -> None:
    key_list = world["keys"]
    assert isinstance(key_list, KeyList)
    html = page.build(key_list)
    trust = pagejs.page_scripts(html)["trust"]
    assert isinstance(trust, str)
    assert "<" not in trust and ">" not in trust and "&" not in trust and "\u2028" not in trust
    assert json.loads(trust) == key_list.as_json()  # every hostile field back exactly as it was
    assert len(re.findall(r"<script\b", html)) == len(re.findall(r"</script>", html)) == 3


@pytest.mark.skipif(pagejs.NODE is None, reason="node is not installed (apt-get install nodejs)")
def test_the_page_refuses_the_same_and_never_leaves_asli_standing(world: dict[str, object], tmp_path: Path) -> None:
    key_list = world["keys"]
    assert isinstance(key_list, KeyList)
    out = tmp_path / "verifikasi.html"
    page.write(out, key_list)
    genuine = str(world["genuine"])
    hostile = hostile_payloads(world)
    sequence = []
    for text in hostile.values():
        sequence += [genuine, text]
    sequence += [genuine, str(world["revoked"])]
    results = pagejs.run(out, sequence)
    assert [r["error"] for r in results] == [None] * len(sequence)  # nothing escaped the page's handler
    for r in results[0::2]:  # the genuine one, before each hostile one and after the last
        assert (r["verdict"], r["cls"]) == ("ASLI", "asli"), r
    for what, r in zip(hostile, results[1::2], strict=False):  # each hostile one replaces the green: TIDAK ASLI
        assert (r["verdict"], r["cls"]) == ("TIDAK ASLI", "tidak-asli"), (what, r)
    first, last = results[0], results[-1]
    assert first["detail"] == (f"Sertifikat Nomor 400/001/{HOSTILE}, a.n. Nama {HOSTILE}, Acara {HOSTILE}, "
                               "18 November 2025, 6 JP.")
    assert last["verdict"] == "DICABUT"


@pytest.mark.skipif(pagejs.NODE is None, reason="node is not installed (apt-get install nodejs)")
def test_a_draft_code_reads_the_same_on_the_page_and_in_verify(world: dict[str, object], tmp_path: Path) -> None:
    """Item 7: a draft print's code is 'DRAF — cetakan contoh' in both verifiers."""
    from bimtek_desk.scanning import codes
    from bimtek_desk.scanning.codes import DRAFT_SECRET

    key_list = world["keys"]
    assert isinstance(key_list, KeyList)
    out = tmp_path / "verifikasi.html"
    page.write(out, key_list)
    draft = codes.make(codes.Kind.DOCUMENT, "7KQ2", 0, DRAFT_SECRET)
    r = pagejs.run(out, [str(world["genuine"]), codes.pretty(draft)])[-1]
    assert (r["verdict"], r["detail"], r["cls"]) == (
        "DRAF", "Cetakan contoh tanpa nomor, bukan dokumen resmi: tidak dapat diverifikasi.", "tidak-asli")
