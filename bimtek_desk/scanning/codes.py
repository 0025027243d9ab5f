"""Signed, opaque codes for badges and document verification.

A code is plain upper-case ASCII letters and digits, so that any keyboard-wedge
scanner types it correctly and the QR stays in alphanumeric mode (version 2 at
error-correction level H)::

    BD B 7KQ2 00D X9F2KQ4M
    |  | |    |   +-- 40-bit truncated HMAC-SHA256 with the event's secret key
    |  | |    +------ serial: the badge's (or document's) row id, base32, 3+ chars
    |  | +----------- event tag: 4 random base32 chars, unique per database
    |  +------------- kind: B = badge, S = certificate/plaque verification
    +---------------- app prefix

The body is Crockford base32 (no I, L, O, U), so a person typing a code from a
damaged badge cannot confuse 0/O or 1/I/L; the parser maps those back.  No name
and no NIK are inside.  The printed form groups the characters with dashes; the
parser ignores dashes, spaces and case (a scanner with Caps Lock on types lower
case).

This module only does the arithmetic.  Whether a well-formed code belongs to
this event, is revoked, or is unknown is decided with the store
(:mod:`bimtek_desk.checkin` and :mod:`bimtek_desk.store`).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
PREFIX = "BD"
TAG_LEN = 4
MAC_LEN = 8
MIN_SERIAL_LEN = 3
_FIXED = len(PREFIX) + 1 + TAG_LEN + MAC_LEN


class Kind(enum.Enum):
    BADGE = "B"
    DOCUMENT = "S"  # a certificate (sertifikat); before issue 25 also plaques, whose old codes stay valid
    PLAQUE = "P"  # an award plaque (piagam)


DOCUMENT_KINDS = (Kind.DOCUMENT, Kind.PLAQUE)
#: the key of a draft document's code (serial 0): it verifies as nothing, and the desk says so
DRAFT_SECRET = b"draft"


def document_kind(doc_type: str) -> Kind:
    """The letter a document's short code carries: S for a sertifikat, P for a piagam."""
    return Kind.PLAQUE if doc_type == "piagam" else Kind.DOCUMENT


def b32encode(n: int, width: int = 1) -> str:
    out = []
    while n:
        n, r = divmod(n, 32)
        out.append(ALPHABET[r])
    return "".join(reversed(out)).rjust(width, "0")


def b32decode(text: str) -> int:
    n = 0
    for c in text:
        n = n * 32 + _VALUE[c]
    return n


def new_event_tag() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(TAG_LEN))


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def _mac(secret: bytes, body: str) -> str:
    digest = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    return b32encode(int.from_bytes(digest[:5], "big"), MAC_LEN)


def make(kind: Kind, event_tag: str, serial: int, secret: bytes) -> str:
    """The code as the QR carries it, e.g. 'BDB7KQ200DX9F2KQ4M'."""
    body = f"{PREFIX}{kind.value}{event_tag}{b32encode(serial, MIN_SERIAL_LEN)}"
    return body + _mac(secret, body)


def pretty(code: str) -> str:
    """The printed, hand-typeable form: 'BDB-7KQ2-00D-X9F2-KQ4M'."""
    head, tag = code[:3], code[3:7]
    serial, mac = code[7:-MAC_LEN], code[-MAC_LEN:]
    return f"{head}-{tag}-{serial}-{mac[:4]}-{mac[4:]}"


@dataclass(frozen=True)
class Parsed:
    """A string that has the shape of one of our codes (MAC not yet checked)."""

    kind: Kind
    event_tag: str
    serial: int
    code: str  # canonical form

    def verify(self, secret: bytes) -> bool:
        body, mac = self.code[:-MAC_LEN], self.code[-MAC_LEN:]
        return hmac.compare_digest(_mac(secret, body), mac)


_STRIP = re.compile(r"[\s\-_.]")


def normalise(text: str) -> str:
    """Upper-case and drop separators; map O/I/L to 0/1 in the base32 part."""
    text = _STRIP.sub("", text).upper()
    if len(text) > 3:
        text = text[:3] + text[3:].translate(str.maketrans("OIL", "011"))
    return text


def parse(text: str) -> Parsed | None:
    """Read a scanned or typed string.  None means: not one of our codes at all."""
    code = normalise(text)
    if len(code) < _FIXED + MIN_SERIAL_LEN or len(code) > _FIXED + 12:
        return None
    if not code.startswith(PREFIX) or not code.isascii() or not code.isalnum():
        return None
    try:
        kind = Kind(code[2])
    except ValueError:
        return None
    rest = code[3:]
    if any(c not in _VALUE for c in rest):
        return None
    tag, serial = rest[:TAG_LEN], rest[TAG_LEN:-MAC_LEN]
    return Parsed(kind, tag, b32decode(serial), code)
