"""Rolling copies of the database with SQLite's online backup API.

Copies go to ``backups/`` beside the database file: at start-up, every few
minutes while the app runs, and before an import or a migration.  The newest
``KEEP`` automatic copies are kept; copies made before a migration or an import
are kept as well (they are few and precious).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store

KEEP = 20
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str
    size: int


def folder(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def take(store: Store, reason: str = "otomatis") -> Path | None:
    """Copy the open database; None for an in-memory one."""
    if store.path == ":memory:":
        return None
    path = store.db.backup(reason=reason)
    prune(store.path)
    return path


def list_backups(db_path: str | Path) -> list[Backup]:
    stem = Path(db_path).stem
    out = []
    for p in folder(db_path).glob(f"{stem}-*.sqlite3"):
        m = _NAME.match(p.name)
        if m and m["stem"] == stem:
            out.append(Backup(p, dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f"), m["reason"], p.stat().st_size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def prune(db_path: str | Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` copies of each kind (start-up, periodic, before import…)."""
    seen: dict[str, int] = {}
    for b in list_backups(db_path):  # newest first
        seen[b.reason] = seen.get(b.reason, 0) + 1
        if seen[b.reason] > keep and not b.reason.startswith("sebelum-migrasi"):
            b.path.unlink(missing_ok=True)


def restore(db_path: str | Path, backup: str | Path) -> Path:
    """Replace the database with a backup; the current file is first backed up itself.

    The app must not be running on the database while restoring.
    """
    source = Path(backup)
    if not source.is_file():
        raise UserError(f"Cadangan '{source}' tidak ada.")
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"'{source.name}' bukan cadangan basis data yang sah.") from exc
    if ok != "ok":
        raise UserError(f"Cadangan '{source.name}' rusak ({ok}); tidak dipulihkan.")
    target = Path(db_path)
    safety = None
    if target.exists():
        with Store.open(target) as current:
            safety = current.db.backup(reason="sebelum-pemulihan")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return safety or target
