"""The bundle format (issue #23): a SQLite session changeset plus a small header,
sealed with the event's sync key, the committee's signed.

::

    b"BKDSYNC2" | key id (16 hex) | nonce (12) | ChaCha20-Poly1305( inner ), associated data = magic + key id
    inner = 4-byte header length | header (JSON) | changeset | Ed25519 signature (64, a committee bundle only)
    changeset = its first ``clear`` bytes as they are | the rest (the check-ins) zlib-compressed

Only the check-ins are compressed (a 10,000-check-in bundle: 2.2 MB becomes ~0.4 MB): no text
an outsider chooses shares their stream with anything secret (docs/sync-security.md, "Compression"),
while people's rows, where a walk-in's own name sits beside others' data, stay as they are.  The
compressed part declares its size, at most ``MAX_CHANGESET``; one that would grow past what it
declares is refused before it does (a decompression bomb costs the receiver nothing).

Nothing of it is readable without the sync key: not the event, not the sender,
not one row.  The header (event, slot, device, the sender's sequence number, its
clock) is inside the seal, so it cannot be swapped between bundles; a committee
bundle is valid only with the committee's signature over header and changeset.
Pure Python, no SQLite.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.sync import seal as sealmod

MAGIC = b"BKDSYNC2"
OLD_MAGIC = b"BKDSYNC\n"
FORMAT = 3  # 3: the check-ins compressed
KID_LEN = 16
#: the most a bundle's compressed part may expand to: 64 MB, some 280,000 check-ins
MAX_CHANGESET = 64 * 1024 * 1024


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
    """Seal a bundle; a committee bundle (slot 0) is signed with the committee's key first.
    ``header["clear"]`` (set by the export) is where the check-ins start: what follows is
    compressed; without it nothing is."""
    clear = min(len(changeset), int(header.get("clear", len(changeset))))
    tail = changeset[clear:]
    meta = {k: v for k, v in header.items() if k not in ("clear", "raw")}
    head = json.dumps({"format": FORMAT, **meta, "clear": clear, "raw": len(tail)}, ensure_ascii=False,
                      sort_keys=True).encode()
    inner = struct.pack(">I", len(head)) + head + changeset[:clear] + (zlib.compress(tail, 6) if tail else b"")
    if int(header["slot"]) == 0:
        inner += keys.sign(inner)
    aad = MAGIC + keys.kid.encode()
    return aad + keys.seal(inner, aad)


def _expand(data: bytes, size: int, name: str) -> bytes:
    """The compressed part, expanded to exactly the ``size`` it declares (at most MAX_CHANGESET):
    never more memory than that, however it was made."""
    broken = BundleError(f"'{name}' rusak (bagian terkompresi tidak sesuai); ditolak seluruhnya.")
    if not 0 <= size <= MAX_CHANGESET:
        raise BundleError(f"'{name}' mengaku berisi {size:,} byte, lebih dari batas {MAX_CHANGESET // 2 ** 20} MB; "
                          "ditolak seluruhnya.")
    if not data:
        if size:
            raise broken
        return b""
    z = zlib.decompressobj()
    try:
        out = z.decompress(data, size + 1)  # one byte more than declared is already too much
    except zlib.error:
        raise broken from None
    if len(out) != size or z.unconsumed_tail or not z.eof or z.unused_data:
        raise broken
    return out

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
    body = inner[4 + n:]
    if int(header["slot"]) == 0:
        signed, signature = inner[:-sealmod.SIG], inner[-sealmod.SIG:]
        if len(inner) < 4 + n + sealmod.SIG or not keys.signed_by_committee(signed, signature):
            raise BundleError(f"'{name}' mengaku dari laptop panitia tetapi tidak ditandatangani kunci panitia; "
                              "ditolak seluruhnya.")
        body = signed[4 + n:]
    try:
        clear, raw = int(header["clear"]), int(header["raw"])
    except (KeyError, TypeError, ValueError):
        raise BundleError(f"'{name}' rusak; ditolak seluruhnya.") from None
    if not 0 <= clear <= len(body):
        raise BundleError(f"'{name}' rusak; ditolak seluruhnya.")
    return Bundle(header, body[:clear] + _expand(body[clear:], raw, name), keys)
