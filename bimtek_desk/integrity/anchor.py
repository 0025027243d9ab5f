"""The anchor of the check-in hash chain: its row count and the head hash, kept
outside the database (printed in the footer of the daftar hadir and the Excel
export, written beside every backup) so that deleting the last rows, or editing a
row and recomputing the whole chain, no longer passes ``audit verify``.

Text form: ``1234-9f3ac2d1e4b5a6f7`` (rows, then the first 16 hex digits of the
hash of the last row).  Sixteen hex digits are 64 bits: forging a chain that ends
in a printed anchor is out of reach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store

DIGITS = 16
_TEXT = re.compile(r"(\d+)\s*[-–·:/ ]\s*([0-9a-fA-F]{%d,64})" % DIGITS)
SUFFIX = ".jangkar"


@dataclass(frozen=True)
class Anchor:
    rows: int
    head: str  # leading hex digits of the last row's hash

    @property
    def text(self) -> str:
        return f"{self.rows}-{self.head[:DIGITS]}"


def current(store: Store) -> Anchor:
    rows, head = store.checkins.chain_head()
    return Anchor(rows, head[:DIGITS])


def footer_text(store: Store) -> str:
    """The line printed in small type on reports."""
    return f"Jangkar audit {current(store).text}"


def parse(text: str) -> Anchor:
    m = _TEXT.search(text.strip())
    if m is None:
        raise UserError(f"Jangkar '{text}' tidak dikenali (contoh: 1234-9f3ac2d1e4b5a6f7, seperti tercetak di kaki "
                        "daftar hadir).")
    return Anchor(int(m[1]), m[2].lower())


def write_beside(backup: Path, anchor: Anchor) -> Path:
    side = backup.with_name(backup.name + SUFFIX)
    side.write_text(anchor.text + "\n", encoding="ascii")
    return side


def read_beside(backup: Path) -> Anchor | None:
    side = backup.with_name(backup.name + SUFFIX)
    try:
        return parse(side.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError, UserError):
        return None


def verify(store: Store, extra: list[tuple[Anchor, str]] | None = None) -> list[str]:
    """Problems in the chain, checked also against ``extra`` anchors (anchor, where from)."""
    return store.checkins.verify_chain([(a.rows, a.head, source) for a, source in extra or []])
