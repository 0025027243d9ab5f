"""The bundle format (issue #23): a SQLite session changeset plus a small header,
sealed with the event's sync key, the committee's signed.

::

    b"BKDSYNC2" | key id (16 hex) | nonce (12) | ChaCha20-Poly1305( inner ), associated data = magic + key id
    inner = 4-byte header length | header (JSON) | changeset | Ed25519 signature (64, a committee bundle only)

Nothing of it is readable without the sync key: not the event, not the sender,
not one row.  The header (event, slot, device, the sender's sequence number, its
clock) is inside the seal, so it cannot be swapped between bundles; a committee
bundle is valid only with the committee's signature over header and changeset.
Pure Python, no SQLite.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.sync import seal as sealmod

MAGIC = b"BKDSYNC2"
OLD_MAGIC = b"BKDSYNC\n"
FORMAT = 2
KID_LEN = 16


class BundleError(UserError):
    """A bundle that is refused whole; the database is left as it was."""


@dataclass(frozen=True)
class Bundle:
    header: dict[str, Any]
    changeset: bytes
    keys: sealmod.Keys  # the event keys it was opened with

    @property
    def event_id(self) -> str:
        return str(self.header["event"])

    @property
    def slot(self) -> int:
        return int(self.header["slot"])

    @property
    def device_id(self) -> str:
        return str(self.header["device"])

    @property
    def seq(self) -> int:
        return int(self.header.get("seq", 0))


def pack(header: dict[str, Any], changeset: bytes, keys: sealmod.Keys) -> bytes:
    """Seal a bundle; a committee bundle (slot 0) is signed with the committee's key first."""
    head = json.dumps({"format": FORMAT, **header}, ensure_ascii=False, sort_keys=True).encode()
    inner = struct.pack(">I", len(head)) + head + changeset
    if int(header["slot"]) == 0:
        inner += keys.sign(inner)
    aad = MAGIC + keys.kid.encode()
    return aad + keys.seal(inner, aad)


def kid(data: bytes) -> str | None:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + KID_LEN:
        return None
    return data[len(MAGIC):len(MAGIC) + KID_LEN].decode("ascii", "replace")


def unpack(data: bytes, keyring: Mapping[str, sealmod.Keys], name: str = "bundel") -> Bundle:
    """Open and authenticate a bundle with one of this laptop's event keys; a committee
    bundle must carry the committee's signature.  Anything else is refused whole."""
    if data.startswith(OLD_MAGIC):
        raise BundleError(f"'{name}' dibuat oleh versi bimtek-desk yang lebih lama (bundel tanpa segel). Samakan "
                          "versi bimtek-desk di semua laptop.")
    k = kid(data)
    if k is None:
        raise BundleError(f"'{name}' bukan bundel sinkron bimtek-desk atau rusak.")
    keys = keyring.get(k)
    if keys is None:
        raise BundleError(f"'{name}' bukan bundel acara yang ada di laptop ini (kunci sinkron lain). Laptop baru "
                          "disiapkan dengan berkas penyiapan dari laptop panitia.")
    aad = data[:len(MAGIC) + KID_LEN]
    try:
        inner = keys.open(data[len(aad):], aad)
    except sealmod.SealError:
        raise BundleError(f"'{name}' telah diubah setelah dibuat atau rusak; ditolak seluruhnya.") from None
    try:
        (n,) = struct.unpack(">I", inner[:4])
        header = json.loads(inner[4:4 + n].decode())
    except (struct.error, UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"'{name}' rusak; ditolak seluruhnya.") from None
    if not isinstance(header, dict) or not {"event", "slot", "device", "schema", "seq", "created_at"} <= header.keys():
        raise BundleError(f"'{name}' rusak; ditolak seluruhnya.")
    if header.get("format") != FORMAT:
        raise BundleError(f"'{name}' dibuat dengan format bundel {header.get('format')}; versi ini mengenal "
                          f"format {FORMAT}. Samakan versi bimtek-desk di semua laptop.")
    if str(header["event"]) != keys.event_id:
        raise BundleError(f"'{name}' bukan dari acara ini; ditolak seluruhnya.")
    changeset = inner[4 + n:]
    if int(header["slot"]) == 0:
        body, signature = inner[:-sealmod.SIG], inner[-sealmod.SIG:]
        if len(inner) < 4 + n + sealmod.SIG or not keys.signed_by_committee(body, signature):
            raise BundleError(f"'{name}' mengaku dari laptop panitia tetapi tidak ditandatangani kunci panitia; "
                              "ditolak seluruhnya.")
        changeset = body[4 + n:]
    return Bundle(header, changeset, keys)
