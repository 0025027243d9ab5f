"""The signed QR payload: ``BD1:`` + base45(COSE_Sign1(CBOR claims)).

Pure: no database, no Qt.  ``docs/verification.md`` is the normative description;
this module and that file must say the same thing (tests check the examples).

COSE_Sign1 (RFC 9052 §4.2), tagged 18::

    18([ protected: bstr .cbor {1: -8, 4: kid},   ; alg EdDSA, key id (2 bytes)
         unprotected: {},
         payload: bstr .cbor claims,
         signature: bstr (64 bytes, Ed25519 over Sig_structure) ])

    Sig_structure = ["Signature1", protected, h'', payload]

Claims, a CBOR map with small integer keys (so the QR stays small)::

    1: document type (1 = sertifikat, 2 = piagam); absent = 1
    2: number as printed (text)
    3: holder's name as printed (text)
    4: event (its short name, text)
    5: event date, days since 1970-01-01 (unsigned)
    6: JP (unsigned; certificates only)

No NIK, ever.  The issuer is the owner of the key named by ``kid``: the public key
list says who that is, and the protected header (signed) binds it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass

import base45
import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from bimtek_desk.signing import PREFIX, looks_signed

COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
HDR_ALG, HDR_KID = 1, 4
KID_LEN = 2  # bytes; shown as 4 hex digits.  A collision is harmless: a verifier tries every key with that id
QR_LEVEL = "M"  # error correction of the printed QR
MIN_SYMBOL_MM = 30.0  # printed width of the symbol (quiet zone not counted)
MIN_MODULE_MM = 30.0 / 57  # a version 10 symbol at 30 mm: about 2 px per module in a 100 dpi photo
EPOCH = dt.date(1970, 1, 1)
MAX_TEXT = 4296  # the most text one QR symbol holds (version 40, alphanumeric): longer never came from a QR
ED25519_L = 2**252 + 27742317777372353535851937790883648493  # the order of the Ed25519 base point

DOC_TYPES = {1: "sertifikat", 2: "piagam"}
DOC_CODES = {v: k for k, v in DOC_TYPES.items()}
DOC_LABELS = {"sertifikat": "Sertifikat", "piagam": "Piagam penghargaan"}

C_TYPE, C_NUMBER, C_NAME, C_EVENT, C_DATE, C_JP = 1, 2, 3, 4, 5, 6


class FormatError(ValueError):
    """Not a well-formed BD1 payload (the message says what is wrong, in Indonesian)."""


@dataclass(frozen=True)
class Claims:
    doc_type: str  # 'sertifikat' | 'piagam'
    number: str
    name: str
    event: str
    date: dt.date
    jp: int | None = None

    def to_cbor(self) -> bytes:
        m: dict[int, object] = {C_NUMBER: self.number, C_NAME: self.name, C_EVENT: self.event,
                                C_DATE: (self.date - EPOCH).days}
        if self.doc_type != "sertifikat":  # absent means sertifikat: two bytes less in every certificate
            m[C_TYPE] = DOC_CODES[self.doc_type]
        if self.jp is not None:
            m[C_JP] = self.jp
        return cbor2.dumps(m, canonical=True)

    @classmethod
    def from_cbor(cls, data: bytes) -> Claims:
        m = _load_whole(data, "isi QR")
        if not isinstance(m, Mapping):
            raise FormatError("isi QR rusak (bukan peta CBOR)")
        try:
            doc_type = DOC_TYPES[m.get(C_TYPE, 1)]
            number, name, event, days = m[C_NUMBER], m[C_NAME], m[C_EVENT], m[C_DATE]
            jp = m.get(C_JP)
        except (KeyError, TypeError) as exc:
            raise FormatError("isi QR tidak lengkap") from exc
        if not (isinstance(number, str) and isinstance(name, str) and isinstance(event, str)
                and type(days) is int and 0 <= days < 80_000 and (jp is None or type(jp) is int)
                and type(m.get(C_TYPE, 1)) is int):  # an integer, not True nor 1.0
            raise FormatError("isi QR tidak sesuai format")
        return cls(doc_type, number, name, event, EPOCH + dt.timedelta(days=days), jp)


@dataclass(frozen=True)
class Signed:
    """A decoded COSE_Sign1 whose signature is not yet checked."""

    kid: bytes
    protected: bytes
    payload: bytes
    signature: bytes

    @property
    def kid_hex(self) -> str:
        return self.kid.hex()

    def sig_structure(self) -> bytes:
        return cbor2.dumps(["Signature1", self.protected, b"", self.payload])

    def verify(self, public_key: Ed25519PublicKey) -> bool:
        try:
            public_key.verify(self.signature, self.sig_structure())
        except InvalidSignature:
            return False
        return True

    def claims(self) -> Claims:
        return Claims.from_cbor(self.payload)


def sign(claims: Claims, private_key: Ed25519PrivateKey, kid: bytes) -> str:
    """The QR text for ``claims``, signed with ``private_key`` under key id ``kid``."""
    protected = cbor2.dumps({HDR_ALG: ALG_EDDSA, HDR_KID: kid}, canonical=True)
    payload = claims.to_cbor()
    unsigned = Signed(kid, protected, payload, b"")
    signature = private_key.sign(unsigned.sig_structure())
    cose = cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))
    return PREFIX + base45.b45encode(cose).decode("ascii")


def _load_whole(data: bytes, what: str) -> object:
    """One CBOR item that is all of ``data``: trailing bytes are refused, as the page refuses them."""
    stream = io.BytesIO(data)
    try:
        obj = cbor2.CBORDecoder(stream).decode()
    except Exception as exc:  # cbor2 raises several types for garbage
        raise FormatError(f"{what} rusak (CBOR tidak sah)") from exc
    if stream.tell() != len(data):
        raise FormatError(f"{what} rusak (sisa data setelah CBOR)")
    return obj


def _is_lower_s(signature: bytes) -> bool:
    """RFC 8032 §5.1.7: S (the signature's second half, little-endian) must be below L;
    an S ≥ L is a second, malleable form of a valid signature, refused by both verifiers."""
    return int.from_bytes(signature[32:], "little") < ED25519_L


def decode(text: str) -> Signed:
    """Read a QR text into its parts; FormatError when it is not a well-formed payload."""
    if len(text) > MAX_TEXT + 1024 or len(text := text.strip()) > MAX_TEXT:  # before any decoding: no 30 MB text
        raise FormatError(f"terlalu panjang untuk sebuah QR (lebih dari {MAX_TEXT} huruf)")
    if not looks_signed(text):
        raise FormatError("bukan QR verifikasi bimtek-desk (tidak diawali BD1:)")
    body = text[len(PREFIX):].upper()  # base45 has no lower case; Caps Lock or a phone may change case
    try:
        raw = base45.b45decode(body)
    except ValueError as exc:
        raise FormatError("isi QR rusak (base45 tidak sah)") from exc
    obj = _load_whole(raw, "isi QR")
    if isinstance(obj, cbor2.CBORTag):
        if obj.tag != COSE_SIGN1_TAG:
            raise FormatError("isi QR bukan COSE_Sign1")
        obj = obj.value
    if not (isinstance(obj, (list, tuple)) and len(obj) == 4 and isinstance(obj[0], bytes)
            and isinstance(obj[1], Mapping)
            and isinstance(obj[2], bytes) and isinstance(obj[3], bytes)):
        raise FormatError("isi QR bukan COSE_Sign1")
    protected, unprotected, payload, signature = obj
    if len(unprotected):
        raise FormatError("header COSE tak terlindung harus kosong")
    header = _load_whole(protected, "header COSE") if protected else {}
    if not isinstance(header, Mapping):
        raise FormatError("algoritme tanda tangan bukan EdDSA (Ed25519)")
    alg = header.get(HDR_ALG)
    if type(alg) is not int or alg != ALG_EDDSA:  # -8.0 or True are not -8
        raise FormatError("algoritme tanda tangan bukan EdDSA (Ed25519)")
    kid = header.get(HDR_KID)  # protected, so the key id is signed too
    if not isinstance(kid, bytes) or len(signature) != 64:
        raise FormatError("header COSE tanpa id kunci atau tanda tangan bukan Ed25519")
    if not _is_lower_s(signature):
        raise FormatError("tanda tangan Ed25519 tidak kanonik (S ≥ L)")
    return Signed(kid, protected, payload, signature)
