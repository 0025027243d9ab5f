"""The SQLite connection: pragmas, transactions, migrations and error mapping.

One file per installation.  WAL with ``synchronous=FULL`` so that a committed
check-in survives a power cut; ``BEGIN IMMEDIATE`` so that two desks on one
database serialise their writes instead of failing half-way.

Errors from the environment (locked, read-only, disk full, not a database,
database too new) become :class:`StoreError` with an Indonesian message; any
other ``sqlite3.Error`` is a bug and propagates unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.integrity import files
from bimtek_desk.store import migrations

APPLICATION_ID = 0x424B4453  # 'BKDS', marks a file as ours
SCHEMA_VERSION = migrations.LATEST


class StoreError(UserError):
    """The database cannot be used as asked; the message says why, in Indonesian."""

    def __init__(self, message: str, *, kind: str = "error", detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.kind = kind


_MESSAGES = {
    "SQLITE_BUSY": ("locked", "Basis data sedang dipakai proses lain dan terkunci. Coba lagi sebentar."),
    "SQLITE_LOCKED": ("locked", "Basis data sedang dipakai proses lain dan terkunci. Coba lagi sebentar."),
    "SQLITE_READONLY": ("readonly", "Basis data hanya-baca: perubahan tidak dapat disimpan."),
    "SQLITE_FULL": ("full", "Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang disk."),
    "SQLITE_IOERR": ("io", "Gagal membaca atau menulis berkas basis data (kesalahan disk)."),
    "SQLITE_CORRUPT": ("corrupt", "Berkas basis data rusak. Pulihkan dari cadangan."),
    "SQLITE_NOTADB": ("notadb", "Berkas ini bukan basis data bimtek-desk (bukan SQLite)."),
    "SQLITE_CANTOPEN": ("cantopen", "Berkas basis data tidak dapat dibuka (folder tidak ada atau tanpa izin)."),
    "SQLITE_PERM": ("readonly", "Tidak ada izin menulis ke basis data."),
}


def _as_store_error(exc: sqlite3.Error, path: str) -> StoreError | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    primary = name.split("_", 2)
    key = "_".join(primary[:2]) if len(primary) >= 2 else name
    if key in _MESSAGES:
        kind, message = _MESSAGES[key]
        return StoreError(f"{message} [{path}]", kind=kind, detail=str(exc))
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        kind, message = _MESSAGES["SQLITE_READONLY"]
        return StoreError(f"{message} [{path}]", kind=kind, detail=str(exc))
    return None


def now_iso() -> str:
    """Local time with its UTC offset, to the millisecond."""
    return dt.datetime.now().astimezone().isoformat(timespec="milliseconds")


class Database:
    """A connection to one bimtek-desk database.

    Args:
        path: the database file, or ``":memory:"``.
        readonly: open without write access (also chosen automatically for a
            file that has no write permission bits).
        migrate: bring an older schema up to date (after a backup copy).
    """

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False, migrate: bool = True) -> None:
        self.path = str(path)
        self._depth = 0
        self.commits = 0  # this connection's own commits (see data_version)
        self.identity: Any = None  # this laptop's device row, cached by store.device.identity
        memory = self.path == ":memory:"
        if not memory:
            p = Path(self.path)
            if p.exists():
                if p.is_dir():
                    raise StoreError(f"'{p}' adalah folder, bukan berkas basis data.", kind="cantopen")
                if p.stat().st_size == 0 and not Path(f"{p}-wal").exists():
                    # SQLite would silently make this a new, empty database.
                    raise StoreError(
                        f"Berkas basis data '{p}' kosong (0 byte): isinya hilang (disk penuh, salinan terputus, "
                        "atau berkas ditimpa). Berkas tidak diubah. Pulihkan dari cadangan: 'bimtek-desk backup "
                        "list', lalu 'bimtek-desk backup restore BERKAS' (jendela aplikasi menawarkannya juga).",
                        kind="empty")
                if not p.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
                    readonly = True
                else:
                    files.tighten(p)
            elif readonly:
                raise StoreError(f"Berkas basis data '{p}' tidak ada.", kind="cantopen")
            else:
                files.private_dir(p.parent)
                files.private_file(p)
        self.readonly = readonly
        self._identity: tuple[int, int] | None = None
        mode = "ro" if readonly else "rwc"
        uri = "file::memory:" if memory else f"file:{Path(self.path).resolve().as_posix()}?mode={mode}"
        with self._errors():
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
        self.conn.row_factory = sqlite3.Row
        try:
            self._open(migrate)
        except BaseException:
            self.conn.close()
            raise
        self._identity = self._file_identity()

    def _file_identity(self) -> tuple[int, int] | None:
        if self.path == ":memory:":
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return (-1, -1)
        return (st.st_dev, st.st_ino)

    def check_file(self) -> None:
        """Refuse to go on when the database file was deleted, moved or replaced while
        open: SQLite would keep writing into the unlinked file and the data would be
        gone when the program ends."""
        if self._identity is not None and self._file_identity() != self._identity:
            raise StoreError(f"Berkas basis data '{self.path}' dihapus, dipindahkan atau diganti saat aplikasi "
                             "berjalan. Perubahan TIDAK tersimpan. Kembalikan berkas ke tempat semula (jangan hapus "
                             "berkas '-wal' di sampingnya: check-in terakhir ada di sana), lalu buka ulang aplikasi.",
                             kind="moved")

    # -- opening --------------------------------------------------------------

    def _open(self, migrate: bool) -> None:
        version = self.scalar("PRAGMA user_version")
        app_id = self.scalar("PRAGMA application_id")
        has_tables = self.scalar("SELECT count(*) FROM sqlite_master") > 0
        if version == 0 and has_tables or app_id not in (0, APPLICATION_ID):
            raise StoreError(
                f"Berkas '{self.path}' adalah basis data SQLite milik program lain, bukan bimtek-desk.",
                kind="notadb",
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"Basis data ini dibuat oleh versi bimtek-desk yang lebih baru (skema {version}; "
                f"versi ini mengenal sampai skema {SCHEMA_VERSION}). Perbarui aplikasi; "
                "berkas tidak diubah.",
                kind="toonew",
            )
        self.execute("PRAGMA foreign_keys = ON")
        self.execute("PRAGMA busy_timeout = 5000")
        if self.readonly:
            self.execute("PRAGMA query_only = ON")
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"Basis data hanya-baca memakai skema lama ({version}) dan tidak dapat diperbarui.",
                    kind="readonly",
                )
            return
        if self.path != ":memory:" and self.scalar("PRAGMA journal_mode") != "wal":
            self.scalar("PRAGMA journal_mode = WAL")
        self.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION:
            if not migrate:
                raise StoreError(f"Basis data perlu diperbarui dari skema {version}.", kind="old")
            if version > 0 and self.path != ":memory:":
                self.backup(reason=f"sebelum-migrasi-v{version}")
            with self._errors():
                migrations.apply(self.conn, version, APPLICATION_ID)

    # -- errors and transactions ---------------------------------------------

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            mapped = _as_store_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; nested calls use savepoints.

        Any exception rolls the whole (or the nested) block back and propagates.
        When the outermost block returns, the data is on disk.
        """
        depth = self._depth
        if depth == 0:
            self.check_file()
        self.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth = depth
            with contextlib.suppress(sqlite3.Error):
                if depth == 0:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO sp{depth}")
                    self.conn.execute(f"RELEASE sp{depth}")
            raise
        self._depth = depth
        if depth == 0:
            try:
                self.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise
            self.commits += 1
            self.check_file()  # committed into a file that is still the database?
        else:
            self.execute(f"RELEASE sp{depth}")

    def data_version(self) -> tuple[int, int]:
        """Changes whenever the database did: SQLite's ``data_version`` moves when another
        connection (another window, desk process or merge) commits, ``commits`` when this
        one does.  One cheap read, no table touched: what a window watches instead of
        recounting attendance every second.  StoreError when the connection is closed
        or the file is gone."""
        try:
            return int(self.scalar("PRAGMA data_version")), self.commits
        except sqlite3.Error as exc:
            raise StoreError(f"Basis data tidak dapat dibaca: {exc}", kind="closed") from exc

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- statements ------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        with self._errors():
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        with self._errors():
            return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._errors():
            return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        with self._errors():
            return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    # -- housekeeping ------------------------------------------------------------

    def defer_checkpoints(self, safety_pages: int = 10_000) -> bool:
        """Let commits skip SQLite's automatic checkpoint (copying the write-ahead log into
        the database file, with an fsync of that file, inside the commit that crosses
        1,000 pages: 10-15 ms every 150 or so check-ins); the caller runs checkpoint()
        itself at a quieter moment.  Durability is unchanged: a commit is on disk in the
        log.  ``safety_pages`` still bounds the log if checkpoint() is never called.
        False (nothing changed) for an in-memory or read-only database."""
        if self.path == ":memory:" or self.readonly:
            return False
        self.execute(f"PRAGMA wal_autocheckpoint = {int(safety_pages)}")
        return True

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file now, without waiting for
        other connections (PASSIVE); what they still read stays in the log."""
        self.query("PRAGMA wal_checkpoint(PASSIVE)")

    def backup(self, target: str | os.PathLike[str] | None = None, *, reason: str = "manual") -> Path:
        """Copy the database with SQLite's online backup API; returns the copy's path."""
        if target is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            src = Path(self.path)
            target = src.parent / "backups" / f"{src.stem}-{stamp}-{reason}.sqlite3"
        target = Path(target)
        files.private_file(files.private_dir(target.parent) / target.name)
        with self._errors():
            dest = sqlite3.connect(target)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        return target

    def close(self) -> None:
        self.conn.close()
