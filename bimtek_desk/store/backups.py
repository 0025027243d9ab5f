"""Rolling copies of the database with SQLite's online backup API.

Copies go to ``backups/`` beside the database file: at start-up, every few
minutes while the app runs, and before an import or a migration.  The newest
``KEEP`` automatic copies of each kind are kept; copies made before a migration
are kept as well (they are few and precious), and so is the newest copy that
passes SQLite's ``quick_check``, however old it is.

A database that fails ``quick_check`` is never copied: after a disk fault the
good copies stay and are not pushed out by copies of the damage.  Each copy is
written with the anchor of the check-in hash chain beside it (``….jangkar``).
A restore refuses while any other connection (a desk, another window) has the
database open.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.integrity.files import private_dir, private_file
from bimtek_desk.store import Store, StoreError
from bimtek_desk.store import anchor as anchors

KEEP = 20
def _stamp_time(stamp: str) -> dt.datetime:
    """'20251118-073015-123456' (as _NAME matches it) as a datetime; what strptime with
    "%Y%m%d-%H%M%S-%f" gives, without importing _strptime at start."""
    d, t, f = stamp.split("-")
    return dt.datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:]), int(f))


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str
    size: int

    @property
    def anchor(self) -> anchors.Anchor | None:
        return anchors.read_beside(self.path)


def folder(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def check_file(path: str | Path) -> str:
    """'ok', or what SQLite's quick_check (or opening the file) says is wrong with it."""
    p = Path(path)
    try:
        if p.stat().st_size == 0:
            return "berkas kosong (0 byte)"
        con = sqlite3.connect(f"file:{p.resolve().as_posix()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except OSError as exc:
        return f"tidak dapat dibaca ({exc.strerror})"
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


def check(store: Store) -> str:
    """quick_check of the open database: 'ok' or the problems found."""
    try:
        rows = store.db.query("PRAGMA quick_check")
    except StoreError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


def take(store: Store, reason: str = "otomatis") -> Path | None:
    """Copy the open database after checking it; None for an in-memory one.

    Raises StoreError (kind 'corrupt') instead of copying a damaged database.
    """
    if store.path == ":memory:":
        return None
    problem = check(store)
    if problem != "ok":
        raise StoreError(f"Basis data rusak ({problem}); cadangan TIDAK dibuat, cadangan lama yang baik tetap "
                         "disimpan. Pulihkan dari cadangan (bimtek-desk backup list).", kind="corrupt")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    src = Path(store.path)
    path = store.db.backup(folder(src) / f"{src.stem}-{stamp}-{reason}.sqlite3", reason=reason)
    try:
        anchors.write_beside(path, anchors.current(store))
    except (OSError, UserError):  # atomic_write says UserError (a full disk)
        pass  # the copy itself is what matters; its anchor is a bonus
    prune(store.path)
    return path


def list_backups(db_path: str | Path) -> list[Backup]:
    stem = Path(db_path).stem
    out = []
    for p in folder(db_path).glob(f"{stem}-*.sqlite3"):
        m = _NAME.match(p.name)
        if m and m["stem"] == stem:
            out.append(Backup(p, _stamp_time(m["stamp"]), m["reason"], p.stat().st_size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def newest_good(db_path: str | Path) -> Backup | None:
    """The newest copy that passes quick_check."""
    return next((b for b in list_backups(db_path) if check_file(b.path) == "ok"), None)


def prune(db_path: str | Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` copies of each kind (start-up, periodic, before import…),
    every copy made before a migration, and the newest good copy."""
    seen: dict[str, int] = {}
    doomed = []
    for b in list_backups(db_path):  # newest first
        seen[b.reason] = seen.get(b.reason, 0) + 1
        if seen[b.reason] > keep and not b.reason.startswith("sebelum-migrasi"):
            doomed.append(b)
    if not doomed:
        return
    good = newest_good(db_path)
    for b in doomed:
        if good is None or b.path != good.path:
            b.path.unlink(missing_ok=True)
            b.path.with_name(b.path.name + anchors.SUFFIX).unlink(missing_ok=True)


class InUse(UserError):
    """Another connection has the database open."""


def _lock(target: Path) -> sqlite3.Connection | None:
    """A connection holding the database exclusively, or None when the file is not a
    readable SQLite database.  Raises InUse while anyone else has it open (in WAL
    mode every open connection holds a shared lock on the file)."""
    con = sqlite3.connect(f"file:{target.resolve().as_posix()}?mode=rw", uri=True, isolation_level=None, timeout=0.5)
    try:
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        con.execute("COMMIT")
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        if "locked" in str(exc) or "busy" in str(exc):
            from bimtek_desk.system.holders import holders

            who = holders(target)  # where the platform says so (issue #24)
            by = f" Dibuka oleh: {', '.join(who)}." if who else ""
            raise InUse(f"Basis data '{target.name}' sedang dibuka oleh program lain (meja registrasi, jendela "
                        f"bimtek-desk, atau perintah lain).{by} Tutup semuanya dulu, lalu pulihkan; tidak ada yang "
                        "diubah.") from exc
        return None
    except sqlite3.DatabaseError:
        con.close()
        return None


def restore(db_path: str | Path, backup: str | Path, *, authorize: Callable[[Path, Path], None],
            actor: str = "panitia") -> Path:
    """Replace the database with a backup; the current file is first kept in
    ``backups/`` (as a copy, or moved there as it is when it is damaged).

    ``authorize(target, source)`` checks the committee's PIN (it raises to refuse):
    :func:`bimtek_desk.committee.restore.restore_backup` is the one caller that supplies it.

    Refused while another connection has the database open.  Returns where the
    previous database was kept (or the database path when there was none).
    """
    source = Path(backup)
    if not source.is_file():
        raise UserError(f"Cadangan '{source}' tidak ada.")
    ok = check_file(source)
    if ok != "ok":
        if "not a database" in ok or "kosong" in ok or "file is" in ok:
            raise UserError(f"'{source.name}' bukan cadangan basis data yang sah.")
        raise UserError(f"Cadangan '{source.name}' rusak ({ok}); tidak dipulihkan.")
    target = Path(db_path)
    lock = None
    if target.exists() and target.stat().st_size > 0:
        lock = _lock(target)  # InUse: nothing changed
        if lock is not None:
            lock.close()  # the PIN check opens the file itself
            lock = None
        authorize(target, source)
        lock = _lock(target)
    else:
        authorize(target, source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = private_dir(folder(target)) / f"{target.stem}-{stamp}-sebelum-pemulihan.sqlite3"
    try:
        if lock is not None:
            private_file(kept)
            dest = sqlite3.connect(kept)
            try:
                lock.backup(dest)
            finally:
                dest.close()
            src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
            try:
                src.backup(lock)
            finally:
                src.close()
        else:
            if target.exists():  # empty or damaged: kept as it is, byte for byte
                shutil.move(str(target), kept)
                for suffix in ("-wal", "-shm"):
                    side = target.with_name(target.name + suffix)
                    if side.exists():
                        shutil.move(str(side), kept.with_name(kept.name + suffix))
            else:
                kept = target
            private_dir(target.parent)
            private_file(target)
            src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                src.close()
                dst.close()
    except sqlite3.Error as exc:
        raise UserError(f"Pemulihan gagal: {exc}.") from exc
    finally:
        if lock is not None:
            lock.close()
    with Store.open(target) as restored, restored.transaction():
        restored.audit.log("backup.restore", actor=actor, backup=source.name, old=kept.name)
    return kept
