"""The SQLite event store.  All SQL of the application lives in this package.

Usage::

    store = Store.open(path)
    with store.transaction():
        ...
    store.events.get("bimtek-psm-bjm-2025")
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from bimtek_desk.store.audit import AuditRepo
from bimtek_desk.store.checkins import CheckInRepo
from bimtek_desk.store.db import SCHEMA_VERSION, Database, StoreError
from bimtek_desk.store.documents import DocumentRepo
from bimtek_desk.store.events import EventRepo
from bimtek_desk.store.extras import ExtrasRepo
from bimtek_desk.store.payments import PaymentRepo
from bimtek_desk.store.people import PeopleRepo, PersonData
from bimtek_desk.store.pins import PinAttemptRepo
from bimtek_desk.store.registrations import RegistrationRepo
from bimtek_desk.store.scans import ScanLogRepo
from bimtek_desk.store.signing import SigningRepo

__all__ = ["SCHEMA_VERSION", "PersonData", "Store", "StoreError", "default_path"]

DB_ENV = "BIMTEK_DESK_DB"


def default_path() -> Path:
    """$BIMTEK_DESK_DB, else the user's data directory (~/.local/share/bimtek-desk/ on Linux,
    %LOCALAPPDATA%\\bimtek-desk on Windows: see system/datadir.py)."""
    from bimtek_desk.system.datadir import user_data_dir

    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return user_data_dir() / "bimtek-desk.sqlite3"


class Store:
    """One open database with a repository per kind of record."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.events = EventRepo(db)
        self.people = PeopleRepo(db)
        self.registrations = RegistrationRepo(db)
        self.checkins = CheckInRepo(db)
        self.audit = AuditRepo(db)
        self.scans = ScanLogRepo(db)
        self.documents = DocumentRepo(db)
        self.signing = SigningRepo(db)
        self.pin_attempts = PinAttemptRepo(db)
        self.extras = ExtrasRepo(db)  # a roster's columns that are no field (#27)
        self.payments = PaymentRepo(db)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
             migrate: bool = True) -> Store:
        return cls(Database(default_path() if path is None else path, readonly=readonly, migrate=migrate))

    @classmethod
    def memory(cls) -> Store:
        return cls(Database(":memory:"))

    @property
    def path(self) -> str:
        return self.db.path

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
