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
    # a PyInstaller build runs its own executable with a hidden first argument (see cli.entry.main)
    command = [sys.executable, "_sync-worker"] if getattr(sys, "frozen", False) else [
        sys.executable, "-m", "bimtek_desk.sync.worker"]
    try:
        proc = subprocess.run(command, input=json.dumps(request),
                              capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SyncError(f"Proses sinkron tidak dapat dijalankan ({exc}).") from None
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SyncError("Proses sinkron gagal; basis data tidak diubah.", detail=proc.stderr[-2000:])
    answer: dict[str, Any] = json.loads(proc.stdout)
    return answer


def export_bundle(store: Store, event_id: str, out: str | Path, *, setup: bool = False) -> dict[str, Any]:
    """Write this laptop's bundle for the event to ``out``; returns the worker's answer.
    ``setup``: a desk's setup file instead (the committee laptop only), sealed under a new
    setup code returned as ``code``."""
    store.events.get(event_id)
    devmod.identity(store.db)  # creates the device row, or refuses a database copied from another laptop
    answer = run_worker({"op": "export", "db": store.path, "event": event_id, "out": str(out), "setup": setup})
    if not answer["ok"]:
        raise UserError(answer["message"])
    return answer


def import_bundles(store: Store, files: list[str | Path], *, slot: int | None = None,
                   code: str | None = None) -> list[dict[str, Any]]:
    """Merge bundles in any order; a refused one changes nothing (a merged one commits in short
    transactions: a merge cut short is completed by the same bundle).  One result per file
    (``ok``, ``message`` when refused, ``setup_slot`` when this laptop became a desk).
    A desk's setup file opens with its setup ``code``."""
    if devmod.has_identity(store.db):
        devmod.identity(store.db)
    answer = run_worker({"op": "import", "db": store.path, "files": [str(f) for f in files], "slot": slot,
                         "code": code})
    if "results" not in answer:
        raise UserError(answer["message"])
    devmod.forget_identity(store.db)  # may have become a desk
    return list(answer["results"])


def status(store: Store, event_id: str) -> dict[str, Any]:
    store.events.get(event_id)
    dev = devmod.identity(store.db)
    return {"event": event_id, "slot": dev.slot, "device_id": dev.device_id, "label": dev.label,
            "devices": devmod.peers(store.db, event_id), "merged": devmod.merged_people(store.db, event_id),
            "possible_duplicates": devmod.possible_duplicates(store.db, event_id),
            "allowed_days": devmod.allowed_days(store.db, event_id)}


@dataclass(frozen=True)
class FolderJob:
    """What the folder mode needs, as plain data (it runs off the UI thread)."""

    db_path: str
    event_id: str
    folder: Path
    own: Path


@dataclass(frozen=True)
class FolderResult:
    written: Path
    results: list[dict[str, Any]]

    @property
    def merged(self) -> int:
        return sum(1 for r in self.results if r["ok"] and not r.get("own"))

    @property
    def new_checkins(self) -> int:
        return sum(int(r.get("new_checkins") or 0) for r in self.results if r["ok"])

    @property
    def refused(self) -> list[dict[str, Any]]:
        return [r for r in self.results if not r["ok"]]


def folder_job(store: Store, event_id: str, folder: str | Path) -> FolderJob:
    """Plan the folder mode on the store's thread (checks this laptop's identity)."""
    dev = devmod.identity(store.db)
    folder = Path(folder)
    return FolderJob(store.path, event_id, folder,
                     folder / f"{event_id}-slot{dev.slot:02d}-{dev.device_id}{BUNDLE_SUFFIX}")


def run_folder(job: FolderJob) -> FolderResult:
    """The folder mode (USB stick, shared folder): merge every other bundle of the event
    found there, then write this laptop's bundle (which relays what it merged).
    Touches no open connection: only the worker process opens the database."""
    if not job.folder.is_dir():
        raise UserError(f"Folder '{job.folder}' tidak ada atau tidak dapat dibuka.")
    others = sorted(p for p in job.folder.glob(f"{job.event_id}-*{BUNDLE_SUFFIX}") if p != job.own)
    results: list[dict[str, Any]] = []
    if others:
        answer = run_worker({"op": "import", "db": job.db_path, "files": [str(p) for p in others], "slot": None})
        if "results" not in answer:
            raise UserError(answer["message"])
        results = list(answer["results"])
    answer = run_worker({"op": "export", "db": job.db_path, "event": job.event_id, "out": str(job.own)})
    if not answer["ok"]:
        raise UserError(answer["message"])
    return FolderResult(job.own, results)


def sync_folder(store: Store, event_id: str, folder: str | Path) -> FolderResult:
    return run_folder(folder_job(store, event_id, folder))
