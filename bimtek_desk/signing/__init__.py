"""Certificates anyone can verify offline: Ed25519 keys per issuing office, the
signed QR payload (COSE_Sign1 over CBOR, base45, prefix ``BD1:``), revocation,
and the self-contained verification page.

- :mod:`.cose` — the payload format itself (pure; ``docs/verification.md`` describes it).
- :mod:`.keys` — key pairs and the public key list (``keys export-public``).
- :mod:`.verifier` — the verdict ASLI / TIDAK ASLI / DICABUT for one payload (pure).
- :mod:`.issuer` — what needs the database: the office's key (made on first use),
  rotation, signing a document, revocation (PIN, reason, audit).
- :mod:`.page` — ``verify-page``: one offline HTML file.

The private keys live in their own table (``signing_secrets``) that no export reads, so a
sync or an export leaves them behind by not naming that table.
"""

from __future__ import annotations

from bimtek_desk.scanning.shape import (  # the desk knows a payload by its prefix
    PREFIX,
    looks_signed,
)

__all__ = ["PREFIX", "looks_signed"]
