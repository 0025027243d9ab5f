"""Verification of certificate and plaque codes (filled in by the documents work)."""

from __future__ import annotations

from dataclasses import dataclass

from bimtek_desk import codes
from bimtek_desk.store import Store


@dataclass(frozen=True)
class Verification:
    genuine: bool
    message: str


def verify_parsed(store: Store, parsed: codes.Parsed) -> Verification | None:
    """None until documents are issued by this version."""
    return None
