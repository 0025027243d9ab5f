"""Ed25519 key pairs and the public key list an issuer publishes.

The key id is the first 2 bytes of SHA-256 over the 32-byte raw public key, so
anyone can recompute it from the published key.

The public key list (``keys export-public``, embedded in the verification page)::

    {"format": "bimtek-desk/public-keys-1",
     "keys": [{"kid": "1a2b", "issuer": "Dinas Sosial Kota Banjarmasin",
               "alg": "EdDSA", "crv": "Ed25519", "kty": "OKP",
               "x": "<base64url raw public key, no padding>",
               "created": "2025-11-01T08:00:00+08:00", "retired": null}],
     "revoked": [{"issuer": "...", "type": 1, "number": "...", "date": 20410,
                  "reason": "...", "at": "..."}]}

Each key entry is also a valid JWK (RFC 8037) with extra members.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from bimtek_desk.errors import UserError
from bimtek_desk.signing.cose import KID_LEN

FORMAT = "bimtek-desk/public-keys-1"


def kid_for(public_raw: bytes) -> bytes:
    return hashlib.sha256(public_raw).digest()[:KID_LEN]


def new_key_pair() -> tuple[bytes, bytes]:
    """(private raw 32 bytes, public raw 32 bytes)."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return private, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def private_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class PublicKey:
    kid: str  # hex
    issuer: str
    public: bytes  # raw 32 bytes
    created: str = ""
    retired: str | None = None

    def as_jwk(self) -> dict[str, Any]:
        return {"kid": self.kid, "issuer": self.issuer, "alg": "EdDSA", "crv": "Ed25519", "kty": "OKP",
                "x": b64url(self.public), "created": self.created, "retired": self.retired}

    def key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public)


@dataclass(frozen=True)
class Revoked:
    issuer: str
    doc_code: int  # cose.DOC_CODES value
    number: str
    date_days: int
    reason: str
    at: str

    def as_json(self) -> dict[str, Any]:
        return {"issuer": self.issuer, "type": self.doc_code, "number": self.number, "date": self.date_days,
                "reason": self.reason, "at": self.at}


@dataclass(frozen=True)
class KeyList:
    """What a verifier needs: the issuers' public keys and the revocation list."""

    keys: tuple[PublicKey, ...]
    revoked: tuple[Revoked, ...] = ()

    def by_kid(self, kid: str) -> list[PublicKey]:
        return [k for k in self.keys if k.kid == kid]

    def revocation(self, issuer: str, doc_code: int, number: str, date_days: int) -> Revoked | None:
        return next((r for r in self.revoked if (r.issuer, r.doc_code, r.number, r.date_days)
                     == (issuer, doc_code, number, date_days)), None)

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "keys": [k.as_jwk() for k in self.keys],
                "revoked": [r.as_json() for r in self.revoked]}

    def dumps(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, data: Any) -> KeyList:
        """Read a public key list; UserError (Indonesian) for anything malformed."""
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("keys"), list):
            raise UserError(f"Bukan berkas kunci publik bimtek-desk (format {FORMAT}).")
        keys: list[PublicKey] = []
        revoked: list[Revoked] = []
        try:
            for n, k in enumerate(data["keys"], start=1):
                if k.get("alg") != "EdDSA" or k.get("crv") != "Ed25519":
                    raise UserError(f"Kunci ke-{n}: algoritme bukan EdDSA/Ed25519.")
                raw = unb64url(str(k["x"]))
                if len(raw) != 32 or kid_for(raw).hex() != k["kid"]:
                    raise UserError(f"Kunci ke-{n}: kunci atau id kunci tidak sah.")
                keys.append(PublicKey(str(k["kid"]), str(k["issuer"]), raw, str(k.get("created") or ""),
                                      k.get("retired")))
            for r in data.get("revoked") or []:
                revoked.append(Revoked(str(r["issuer"]), int(r["type"]), str(r["number"]), int(r["date"]),
                                       str(r.get("reason") or ""), str(r.get("at") or "")))
        except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
            raise UserError(f"Berkas kunci publik rusak: {exc}.") from None
        return cls(tuple(keys), tuple(revoked))

    @classmethod
    def load(cls, path: Path) -> KeyList:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UserError(f"Tidak dapat membaca berkas kunci publik {path}: {exc.strerror}.") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UserError(f"Berkas kunci publik {path} bukan JSON yang sah.") from None
        return cls.from_json(data)
