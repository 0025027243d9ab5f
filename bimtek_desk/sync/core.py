"""Sync functions used by the CLI and the window (Qt-free).

The merge itself runs in a separate process (:mod:`bimtek_desk.sync.worker`),
because it opens the database with apsw's SQLite and this process has it open
with the stdlib ``sqlite3``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from bimtek_desk.store import device as devmod

BUNDLE_SUFFIX = ".bkdsync"


class SyncError(UserError):
    """Sync could not run at all (the worker failed)."""


def run_worker(request: dict[str, Any], timeout: float = 300) -> dict[str, Any]:
    try:
        proc = subprocess.run([sys.executable, "-m", "bimtek_desk.sync.worker"], input=json.dumps(request),
                              capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SyncError(f"Proses sinkron tidak dapat dijalankan ({exc}).") from None
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SyncError("Proses sinkron gagal; basis data tidak diubah.", detail=proc.stderr[-2000:])
    answer: dict[str, Any] = json.loads(proc.stdout)
    return answer


def export_bundle(store: Store, event_id: str, out: str | Path) -> dict[str, Any]:
    """Write this laptop's bundle for the event to ``out``; returns the worker's answer."""
    store.events.get(event_id)
    devmod.identity(store.db)  # creates the device row, or refuses a database copied from another laptop
    answer = run_worker({"op": "export", "db": store.path, "event": event_id, "out": str(out)})
    if not answer["ok"]:
        raise UserError(answer["message"])
    return answer


def import_bundles(store: Store, files: list[str | Path], *, slot: int | None = None) -> list[dict[str, Any]]:
    """Merge bundles in any order, each whole or not at all.  One result per file
    (``ok``, ``message`` when refused, ``setup_slot`` when this laptop became a desk)."""
    if store.db.scalar("SELECT 1 FROM device") is not None:
        devmod.identity(store.db)
    answer = run_worker({"op": "import", "db": store.path, "files": [str(f) for f in files], "slot": slot})
    if "results" not in answer:
        raise UserError(answer["message"])
    store.db._device = None  # type: ignore[attr-defined]  # may have become a desk
    return list(answer["results"])


def status(store: Store, event_id: str) -> dict[str, Any]:
    store.events.get(event_id)
    dev = devmod.identity(store.db)
    return {"event": event_id, "slot": dev.slot, "device_id": dev.device_id, "label": dev.label,
            "devices": devmod.peers(store.db, event_id), "merged": devmod.merged_people(store.db, event_id),
            "possible_duplicates": devmod.possible_duplicates(store.db, event_id)}


@dataclass(frozen=True)
class FolderResult:
    written: Path
    results: list[dict[str, Any]]


def sync_folder(store: Store, event_id: str, folder: str | Path) -> FolderResult:
    """The folder mode (USB stick, shared folder): write this laptop's bundle there and
    merge every other bundle found in it."""
    folder = Path(folder)
    dev = devmod.identity(store.db)
    own = folder / f"{event_id}-slot{dev.slot:02d}-{dev.device_id}{BUNDLE_SUFFIX}"
    others = sorted(p for p in folder.glob(f"{event_id}-*{BUNDLE_SUFFIX}") if p != own)
    results = import_bundles(store, others) if others else []  # merge first: the bundle written then relays them
    export_bundle(store, event_id, own)
    return FolderResult(own, results)
