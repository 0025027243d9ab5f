"""The bundle format: a SQLite session changeset plus a small header, with an HMAC.

::

    b"BKDSYNC\\n"  | 4-byte header length | header (JSON, UTF-8) | changeset | 32-byte HMAC-SHA256

The HMAC covers everything before it and is keyed with a key derived from the
event's secret (the one that signs badge codes), so a bundle of another event
or one edited after it was written is refused whole.  Pure Python, no SQLite.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from typing import Any

from bimtek_desk.errors import UserError

MAGIC = b"BKDSYNC\n"
FORMAT = 1
MAC_LEN = 32


class BundleError(UserError):
    """A bundle that is refused whole; the database is left as it was."""


@dataclass(frozen=True)
class Bundle:
    header: dict[str, Any]
    changeset: bytes
    signed: bytes  # everything the MAC covers
    mac: bytes

    @property
    def event_id(self) -> str:
        return str(self.header["event"])

    @property
    def slot(self) -> int:
        return int(self.header["slot"])

    @property
    def device_id(self) -> str:
        return str(self.header["device"])

    def authentic(self, secret: bytes) -> bool:
        return hmac.compare_digest(hmac.new(key(secret), self.signed, hashlib.sha256).digest(), self.mac)


def key(secret: bytes) -> bytes:
    """The sync key of an event, separate from the badge-code key it is derived from."""
    return hmac.new(bytes(secret), b"bimtek-desk sync v1", hashlib.sha256).digest()


def pack(header: dict[str, Any], changeset: bytes, secret: bytes) -> bytes:
    head = json.dumps({"format": FORMAT, **header}, ensure_ascii=False, sort_keys=True).encode()
    signed = MAGIC + struct.pack(">I", len(head)) + head + changeset
    return signed + hmac.new(key(secret), signed, hashlib.sha256).digest()


def unpack(data: bytes, name: str = "bundel") -> Bundle:
    """Split a bundle (not yet authenticated: see :meth:`Bundle.authentic`)."""
    bad = BundleError(f"'{name}' bukan bundel sinkron bimtek-desk atau rusak.")
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4 + MAC_LEN:
        raise bad
    (n,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if start + n > len(data) - MAC_LEN:
        raise bad
    try:
        header = json.loads(data[start:start + n].decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise bad from None
    if not isinstance(header, dict) or not {"event", "slot", "device", "schema"} <= header.keys():
        raise bad
    if header.get("format") != FORMAT:
        raise BundleError(f"'{name}' dibuat dengan format bundel {header.get('format')}; versi ini mengenal "
                          f"format {FORMAT}. Samakan versi bimtek-desk di semua laptop.")
    return Bundle(header, data[start + n:-MAC_LEN], data[:-MAC_LEN], data[-MAC_LEN:])
