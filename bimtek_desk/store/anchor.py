"""The anchor of the check-in hash chain: its row count and the head hash, kept
outside the database (printed in the footer of the daftar hadir and the Excel
export, written beside every backup) so that deleting the last rows, or editing a
row and recomputing the whole chain, no longer passes ``audit verify``.

Text form: ``1234-9f3ac2d1e4b5a6f7`` (rows, then the first 16 hex digits of the
hash of the last row); when several laptops' check-ins are merged, one such part
per laptop, ``1@80-…`` for laptop slot 1 (each laptop's chain only grows).
Sixteen hex digits are 64 bits: forging a chain that ends in a printed anchor is
out of reach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from bimtek_desk.store.migrations import GENESIS

DIGITS = 16
_PART = re.compile(rf"(?:(\d{{1,2}})@)?(\d+)\s*[-–·:/]\s*([0-9a-fA-F]{{{DIGITS},64}})")
SUFFIX = ".jangkar"


@dataclass(frozen=True)
class Anchor:
    """Per laptop (device slot; 0 is the committee's, the only one without sync):
    its chain's row count and the leading hex digits of its last row's hash."""

    parts: tuple[tuple[int, int, str], ...]  # (slot, rows, head)

    @property
    def rows(self) -> int:
        """Check-in rows of all laptops together."""
        return sum(rows for _slot, rows, _head in self.parts)

    @property
    def text(self) -> str:
        """``1234-9f3ac2d1e4b5a6f7`` for one laptop; ``12-… 1@80-… 2@75-…`` when
        several laptops' check-ins are merged (slot@rows-head, slot 0 written bare)."""
        if not self.parts:
            return f"0-{GENESIS[:DIGITS]}"
        return " ".join(f"{'' if slot == 0 else f'{slot}@'}{rows}-{head[:DIGITS]}" for slot, rows, head in self.parts)


def current(store: Store) -> Anchor:
    heads = store.checkins.chain_heads()
    return Anchor(tuple((slot, rows, head[:DIGITS]) for slot, (rows, head) in sorted(heads.items())))


def footer_text(store: Store) -> str:
    """The line printed in small type on reports."""
    return f"Jangkar audit {current(store).text}"


def parse(text: str) -> Anchor:
    parts = [(int(m[1] or 0), int(m[2]), m[3].lower()) for m in _PART.finditer(text.strip())]
    if not parts:
        raise UserError(f"Jangkar '{text}' tidak dikenali (contoh: 1234-9f3ac2d1e4b5a6f7, seperti tercetak di kaki "
                        "daftar hadir).")
    return Anchor(tuple(parts))


def write_beside(backup: Path, anchor: Anchor) -> Path:
    from bimtek_desk.system.files import atomic_write

    side = backup.with_name(backup.name + SUFFIX)
    atomic_write(side, lambda tmp: tmp.write_text(anchor.text + "\n", encoding="ascii"))  # never half a line
    return side


def read_beside(backup: Path) -> Anchor | None:
    side = backup.with_name(backup.name + SUFFIX)
    try:
        return parse(side.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError, UserError):
        return None


def verify(store: Store, extra: list[tuple[Anchor, str]] | None = None) -> list[str]:
    """Problems in the chain, checked also against ``extra`` anchors (anchor, where from)."""
    return store.checkins.verify_chain([(slot, rows, head, source) for a, source in extra or []
                                        for slot, rows, head in a.parts])
