"""The verdict on one QR payload, from a public key list alone (no database)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bimtek_desk.idn.dates import long_date
from bimtek_desk.signing import cose
from bimtek_desk.signing.keys import KeyList, PublicKey, Revoked


class Verdict(enum.Enum):
    GENUINE = "ASLI"
    NOT_GENUINE = "TIDAK ASLI"
    REVOKED = "DICABUT"


@dataclass(frozen=True)
class Result:
    verdict: Verdict
    message: str
    claims: cose.Claims | None = None
    key: PublicKey | None = None
    revoked: Revoked | None = None

    @property
    def genuine(self) -> bool:
        return self.verdict is Verdict.GENUINE


def describe(claims: cose.Claims) -> str:
    """'Sertifikat Nomor …, a.n. …, Bimtek PSM 2025, 18 November 2025, 6 JP'."""
    text = (f"{cose.DOC_LABELS[claims.doc_type]} Nomor {claims.number}, a.n. {claims.name}, {claims.event}, "
            f"{long_date(claims.date)}")
    return text + (f", {claims.jp} JP" if claims.jp is not None else "")


def verify(text: str, keys: KeyList) -> Result:
    """ASLI, TIDAK ASLI (with the reason) or DICABUT for a scanned or pasted payload."""
    try:
        signed = cose.decode(text)
    except cose.FormatError as exc:
        return Result(Verdict.NOT_GENUINE, f"TIDAK ASLI — {exc}.")
    candidates = keys.by_kid(signed.kid_hex)
    key = next((k for k in candidates if signed.verify(k.key())), None)
    if key is None:
        if not candidates:
            return Result(Verdict.NOT_GENUINE,
                          f"TIDAK ASLI — penerbit tidak dikenal (kunci {signed.kid_hex} tidak ada di daftar kunci).")
        return Result(Verdict.NOT_GENUINE, "TIDAK ASLI — tanda tangan digital tidak cocok: isi QR telah diubah.")
    try:
        claims = signed.claims()
    except cose.FormatError as exc:  # signed, yet malformed: not ours to trust
        return Result(Verdict.NOT_GENUINE, f"TIDAK ASLI — {exc}.", key=key)
    days = (claims.date - cose.EPOCH).days
    revoked = keys.revocation(key.issuer, cose.DOC_CODES[claims.doc_type], claims.number, days)
    if revoked is not None:
        why = f": {revoked.reason}" if revoked.reason else ""
        return Result(Verdict.REVOKED, f"DICABUT — {describe(claims)} telah dicabut oleh {key.issuer}{why}.",
                      claims, key, revoked)
    return Result(Verdict.GENUINE, f"ASLI — {describe(claims)}. Diterbitkan oleh {key.issuer} (kunci {key.kid}).",
                  claims, key)
