"""The keys of one event's laptops and what is done with them (issue #23).  Pure Python.

* **sync key** (32 random bytes): seals every bundle and every network request and
  answer with ChaCha20-Poly1305.  Only the event's laptops hold it: the committee
  laptop makes it, a desk receives it once, in its setup file.  It is not the
  badge-code secret.
* **committee key** (Ed25519): the committee laptop signs its bundles; desks hold
  only the public half, so no desk (nor anyone holding what a desk holds) can speak
  for the committee.
* **NIK key** (32 random bytes): desks receive a roster person's NIK only as
  ``#`` + HMAC-SHA256(NIK key, NIK), enough to match a walk-in's typed NIK to a
  known person and never enough to read it back.
* **setup code** (12 Crockford base32 characters, 60 bits): protects the setup file
  on the USB stick (scrypt), shown once on the committee laptop.

The key id (``kid``) in a bundle's clear prefix is a hash of the sync key: it names
no event and no laptop, and lets a laptop pick its key without trying every one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from bimtek_desk.errors import UserError
from bimtek_desk.scanning.codes import ALPHABET, b32decode
from bimtek_desk.store.people import NIK_HASH_PREFIX as NIK_PREFIX
from bimtek_desk.store.people import nik_hash

NONCE = 12
SIG = 64
SETUP_MAGIC = b"BKDSETUP1\n"
CODE_LEN = 12
# scrypt for the setup code: 60 bits of code, so a cost of ~50 ms per guess is plenty
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class SealError(UserError):
    """Data that does not open with this event's key (a stranger's, tampered, another event's)."""


@dataclass(frozen=True)
class Keys:
    """What one laptop holds for one event; ``committee_private`` only on the committee laptop."""

    event_id: str
    sync_key: bytes
    nik_key: bytes
    committee_public: bytes
    committee_private: bytes | None = None

    @property
    def kid(self) -> str:
        return kid_of(self.sync_key)

    @staticmethod
    def new(event_id: str) -> Keys:
        private = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization as ser

        raw_private = private.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
        raw_public = private.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        return Keys(event_id, secrets.token_bytes(32), secrets.token_bytes(32), raw_public, raw_private)

    def for_desk(self) -> dict[str, str]:
        """What a desk receives at setup: never the committee's private key."""
        return {"event": self.event_id, "sync_key": self.sync_key.hex(), "nik_key": self.nik_key.hex(),
                "committee_public": self.committee_public.hex()}

    # -- the committee's signature ---------------------------------------------------------------------------------

    def sign(self, data: bytes) -> bytes:
        if self.committee_private is None:
            raise SealError("Hanya laptop panitia yang dapat menandatangani bundel panitia.")
        return Ed25519PrivateKey.from_private_bytes(self.committee_private).sign(data)

    def signed_by_committee(self, data: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.committee_public).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    # -- sealing -----------------------------------------------------------------------------------------------------

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE)
        return nonce + ChaCha20Poly1305(self.sync_key).encrypt(nonce, plain, aad)

    def open(self, sealed: bytes, aad: bytes) -> bytes:
        if len(sealed) < NONCE + 16:
            raise SealError("Data terlalu pendek.")
        try:
            return ChaCha20Poly1305(self.sync_key).decrypt(sealed[:NONCE], sealed[NONCE:], aad)
        except InvalidTag:
            raise SealError("Data tidak dapat dibuka dengan kunci sinkron acara ini (bukan dari acara ini atau "
                            "telah diubah).") from None

    # -- NIK ---------------------------------------------------------------------------------------------------------

    def nik_hash(self, nik: str) -> str:
        return nik_hash(self.nik_key, nik)


def kid_of(sync_key: bytes) -> str:
    return hmac.new(sync_key, b"bimtek-desk key id", hashlib.sha256).hexdigest()[:16]


def is_nik_hash(value: object) -> bool:
    return isinstance(value, str) and value.startswith(NIK_PREFIX)


# -- the setup file -------------------------------------------------------------------------------------------------


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LEN))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LEN, 4))


def _code_key(code: str, salt: bytes) -> bytes:
    clean = code.upper().replace("-", "").replace(" ", "")
    try:
        value = b32decode(clean)  # O/I/L typed for 0/1 are read as those
    except KeyError:
        raise SealError("Kode penyiapan hanya berisi huruf dan angka (contoh 7KQ2-X9F2-MN4P).") from None
    if len(clean) != CODE_LEN:
        raise SealError(f"Kode penyiapan terdiri dari {CODE_LEN} huruf/angka (contoh 7KQ2-X9F2-MN4P).")
    return hashlib.scrypt(value.to_bytes(8, "big"), salt=salt, dklen=32, **SCRYPT)


def seal_setup(keys: Keys, committee_bundle: bytes, code: str) -> bytes:
    """The file a desk is set up from: the keys a desk holds and the committee's sealed bundle,
    encrypted under the setup code."""
    salt = secrets.token_bytes(16)
    head = json.dumps(keys.for_desk()).encode()
    plain = struct.pack(">I", len(head)) + head + committee_bundle
    nonce = secrets.token_bytes(NONCE)
    return SETUP_MAGIC + salt + nonce + ChaCha20Poly1305(_code_key(code, salt)).encrypt(nonce, plain, SETUP_MAGIC)


def is_setup(data: bytes) -> bool:
    return data.startswith(SETUP_MAGIC)


def open_setup(data: bytes, code: str) -> tuple[Keys, bytes]:
    """(the desk's keys, the committee's sealed bundle) from a setup file."""
    if not is_setup(data) or len(data) < len(SETUP_MAGIC) + 16 + NONCE + 16:
        raise SealError("Berkas ini bukan berkas penyiapan meja bimtek-desk.")
    salt = data[len(SETUP_MAGIC):len(SETUP_MAGIC) + 16]
    nonce = data[len(SETUP_MAGIC) + 16:len(SETUP_MAGIC) + 16 + NONCE]
    try:
        plain = ChaCha20Poly1305(_code_key(code, salt)).decrypt(nonce, data[len(SETUP_MAGIC) + 16 + NONCE:],
                                                                SETUP_MAGIC)
    except InvalidTag:
        raise SealError("Kode penyiapan salah (atau berkas penyiapan rusak). Periksa kode yang ditampilkan "
                        "laptop panitia.") from None
    (n,) = struct.unpack(">I", plain[:4])
    head: dict[str, Any] = json.loads(plain[4:4 + n])
    keys = Keys(str(head["event"]), bytes.fromhex(head["sync_key"]), bytes.fromhex(head["nik_key"]),
                bytes.fromhex(head["committee_public"]))
    return keys, plain[4 + n:]
