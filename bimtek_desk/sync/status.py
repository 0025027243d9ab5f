"""Where ``sync serve`` tells the window what it sees: a small JSON file beside the
database, rewritten every round.  Import-light: the window watches it from the start."""

from __future__ import annotations

from pathlib import Path

#: a status file older than this means no ``sync serve`` is running for this database
STALE_AFTER_S = 30.0


def peers_file(db_path: str | Path) -> Path:
    return Path(f"{db_path}.peers.json")
