"""This laptop's identity for merging with other laptops (issue #17).

Every database has one ``device`` row (never synced): a slot (the committee
laptop 0, desks 1-15) and a random device id.  Ids in synced tables are minted
as ``n*16 + slot`` (:func:`mint`), so two laptops never mint the same id.

A database file copied to another laptop would still claim the first laptop's
slot and both would mint the same ids.  To catch that, the device id is also
written outside the database, in this laptop's own data folder
(``device-ids.txt``), together with a fingerprint of the machine (the operating
system's machine id, never the host name or a network adapter, issue #23): an
id that is not listed there for this machine means the file was copied, and
minting is refused until the laptop is set up as a desk of its own (``sync
import`` of a committee bundle with ``--slot``).  The fingerprint catches a copy
of the whole data folder too.  A database that never took part in a merge (slot
0, no peers) was simply moved and is adopted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from bimtek_desk.store.db import Database, StoreError, now_iso

SLOTS = 16
COMMITTEE = 0
#: Tables whose rows travel between laptops; their ids come from :func:`mint`.
SYNCED = ("people", "registrations", "badges", "checkins")
DEVICE_FILE_ENV = "BIMTEK_DESK_DEVICE_FILE"


@dataclass(frozen=True)
class Device:
    slot: int
    device_id: str
    legacy_max: dict[str, int]

    @property
    def label(self) -> str:
        return "Panitia" if self.slot == COMMITTEE else f"Meja {self.slot}"


def device_file() -> Path:
    env = os.environ.get(DEVICE_FILE_ENV)
    if env:
        return Path(env)
    return platformdirs.user_data_path("bimtek-desk", appauthor=False) / "device-ids.txt"


def legacy_fingerprint() -> str:
    """Host name and hardware address: what versions before issue #23 wrote.  It changed
    with a renamed laptop, Wi-Fi off or a dock, and then every check-in was refused."""
    node = uuid.getnode()
    hw = "" if node & (1 << 40) else f"{node:012x}"  # a random node (no hardware address) is left out
    return hashlib.sha256(f"{socket.gethostname()}|{hw}".encode()).hexdigest()[:16]


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def os_machine_id() -> str:
    """The operating system's id of this installation, stable across renames and network
    changes: /etc/machine-id (Linux), MachineGuid (Windows), IOPlatformUUID (macOS); "" when
    there is none."""
    if sys.platform.startswith("win"):
        with contextlib.suppress(OSError, ImportError):
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0,
                                winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        return ""
    if sys.platform == "darwin":
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True,
                                 timeout=5, check=False).stdout
            for line in out.splitlines():
                if "IOPlatformUUID" in line:
                    return line.split("=")[-1].strip().strip('"')
        return ""
    return _read("/etc/machine-id") or _read("/var/lib/dbus/machine-id")


def _folder_id() -> str:
    """A random id kept beside the device file: the fallback where the OS has no id."""
    path = device_file().with_name("machine-id.txt")
    known = _read(str(path))
    if known:
        return known
    path.parent.mkdir(parents=True, exist_ok=True)
    new = secrets.token_hex(16)
    path.write_text(new + "\n", encoding="ascii")
    return new


def machine_fingerprint() -> str:
    """This machine, as the device file records it (issue #23): the OS's machine id, never
    the host name or a network adapter."""
    ident = os_machine_id() or _folder_id()
    return hashlib.sha256(f"bimtek-desk|{ident}".encode()).hexdigest()[:16]


def _known_here(device_id: str) -> bool:
    try:
        lines = device_file().read_text(encoding="utf-8").split()
    except OSError:
        return False
    if f"{device_id}@{machine_fingerprint()}" in lines:
        return True
    if f"{device_id}@{legacy_fingerprint()}" in lines:  # written by an older version on this machine
        _remember_here(device_id)
        return True
    return False


def _remember_here(device_id: str) -> None:
    path = device_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(f"{device_id}@{machine_fingerprint()}\n")


def origin_sql(table: str, legacy_max: dict[str, int], alias: str = "") -> str:
    """SQL for the slot that minted a row of ``table``."""
    col = f"{alias}.id" if alias else "id"
    return f"(CASE WHEN {col} <= {int(legacy_max.get(table, 0))} THEN 0 ELSE {col} % {SLOTS} END)"


def _row(db: Database) -> Device | None:
    row = db.one("SELECT slot, device_id, legacy_max FROM device WHERE one = 1")
    return None if row is None else Device(row[0], row[1], json.loads(row[2]))


def identity(db: Database) -> Device:
    """This database's device; created (slot 0, the committee) on first use.

    Raises StoreError when the database was copied from another laptop.
    """
    if db.identity is not None:
        return db.identity
    dev = _row(db)
    memory = db.path == ":memory:"
    if dev is None:
        legacy = {t: int(db.scalar(f"SELECT coalesce(max(id), 0) FROM {t}")) for t in SYNCED}
        dev = Device(COMMITTEE, secrets.token_hex(8), legacy)
        with db.transaction():
            db.execute("INSERT OR IGNORE INTO device (one, slot, device_id, legacy_max, created_at) "
                       "VALUES (1, ?, ?, ?, ?)", (dev.slot, dev.device_id, json.dumps(legacy), now_iso()))
        dev = _row(db) or dev
        if not memory:
            _remember_here(dev.device_id)
    elif not memory and not _known_here(dev.device_id):
        if dev.slot == COMMITTEE and db.scalar("SELECT 1 FROM sync_peers LIMIT 1") is None:
            # never merged with another laptop: the file was simply moved here (as the
            # README allows); it becomes this laptop's
            _remember_here(dev.device_id)
            db.identity = dev
            return dev
        raise StoreError(
            f"Basis data ini dibuat di laptop lain ({dev.label}, perangkat {dev.device_id}) lalu disalin ke sini. "
            "Dua laptop dengan slot yang sama akan bentrok saat sinkron, jadi perubahan ditolak. Siapkan laptop "
            "ini sebagai meja baru: buat basis data baru lalu 'bimtek-desk sync import <bundel panitia> --slot N'.",
            kind="copied")
    db.identity = dev
    return dev


def has_identity(db: Database) -> bool:
    """Has this database a device row yet (it is made on first use)?"""
    return db.scalar("SELECT 1 FROM device") is not None


def forget_identity(db: Database) -> None:
    """Read the device row again next time (another process may have made this a desk)."""
    db.identity = None


def become(db: Database, slot: int, legacy_max: dict[str, int]) -> Device:
    """Make this (still empty) database a new device in ``slot`` (a desk set up from a
    committee bundle)."""
    if not 0 <= slot < SLOTS:
        raise StoreError(f"Slot harus 0 sampai {SLOTS - 1} (0 = laptop panitia).")
    dev = Device(slot, secrets.token_hex(8), {t: int(legacy_max.get(t, 0)) for t in SYNCED})
    with db.transaction():
        db.execute("INSERT OR REPLACE INTO device (one, slot, device_id, legacy_max, created_at) "
                   "VALUES (1, ?, ?, ?, ?)", (dev.slot, dev.device_id, json.dumps(dev.legacy_max), now_iso()))
    if db.path != ":memory:":
        _remember_here(dev.device_id)
    db.identity = dev
    return dev


def is_empty(db: Database) -> bool:
    """No rows in any synced table and no event: may become a new desk."""
    return all(db.scalar(f"SELECT count(*) FROM {t}") == 0 for t in (*SYNCED, "events"))


def mint(db: Database, table: str, count: int = 1) -> list[int]:
    """``count`` new ids for ``table`` that no other laptop can mint (``n*16 + slot``)."""
    if table not in SYNCED:
        raise ValueError(f"{table} is not a synced table")
    dev = identity(db)
    legacy = int(dev.legacy_max.get(table, 0))
    # walks back from the newest row: this laptop's last id is usually among the last few
    top = db.scalar(f"SELECT id FROM {table} WHERE id > ? AND id % {SLOTS} = ? ORDER BY id DESC LIMIT 1",
                    (legacy, dev.slot))
    n = (legacy if top is None else int(top)) // SLOTS + 1
    return [(n + k) * SLOTS + dev.slot for k in range(count)]


def mint_one(db: Database, table: str) -> int:
    return mint(db, table)[0]


def restored_before_merging(db: Database) -> str | None:
    """When this laptop, which syncs with others, was restored from one of its backups and
    has not merged since: the restore's time, else None.  Its check-ins made after that
    backup live on only at the other laptops; a merge brings them back, and a check-in
    made before it would take the same id as one of them (README, sync)."""
    row = db.one("SELECT max(at) AS at FROM audit_log WHERE action = 'backup.restore'")
    if row is None or row["at"] is None:
        return None
    merged = db.one("SELECT count(*) AS n, max(last_merged_at) AS at FROM sync_peers")
    if merged is None or not merged["n"] or (merged["at"] or "") > row["at"]:
        return None
    return str(row["at"])


# -- what the committee sees after merging (read-only) -----------------------------------------------------------


def peers(db: Database, event_id: str) -> list[dict[str, object]]:
    """Every device with check-ins or a merged bundle in the event: slot, id, its latest
    check-in time and when its bundle was last merged here."""
    rows = db.query(
        "SELECT coalesce(c.device, 0) AS slot, max(c.at) AS latest, count(*) AS n FROM checkins c "
        "JOIN sessions s ON s.id = c.session_id WHERE s.event_id = ? GROUP BY 1", (event_id,))
    out = {r["slot"]: {"slot": r["slot"], "device_id": None, "latest_checkin": r["latest"], "checkins": r["n"],
                       "last_merged_at": None} for r in rows}
    for r in db.query("SELECT slot, device_id, last_merged_at FROM sync_peers WHERE event_id = ?", (event_id,)):
        entry = out.setdefault(r["slot"], {"slot": r["slot"], "latest_checkin": None, "checkins": 0})
        entry.update(device_id=r["device_id"], last_merged_at=r["last_merged_at"])
    return [out[k] for k in sorted(out)]


def allowed_days(db: Database, event_id: str) -> list[dict[str, object]]:
    """Days the committee allowed check-ins outside the event's days, on this laptop and (received
    with their bundles) on the others: what explains a check-in dated then (issue #24)."""
    out = []
    for r in db.query("SELECT at, actor, action, detail FROM audit_log WHERE event_id = ? AND action IN "
                      "('checkin.wrong_day', 'sync.wrong_day') ORDER BY at", (event_id,)):
        d = json.loads(r["detail"] or "{}")
        here = r["action"] == "checkin.wrong_day"
        out.append({"date": d.get("date"), "desk": d.get("desk"), "reason": d.get("reason"),
                    "actor": r["actor"], "at": r["at"] if here else d.get("at"),
                    "slot": None if here else d.get("slot"), "here": here})
    return out


def merged_people(db: Database, event_id: str) -> list[dict[str, object]]:
    """Records of one person (same NIK) made on two laptops: the one kept and the one pointing to it."""
    rows = db.query(
        "SELECT p.id, p.name, p.merged_into, w.name AS into_name FROM people p JOIN people w ON w.id = p.merged_into "
        "WHERE p.id IN (SELECT person_id FROM registrations WHERE event_id = ?) ORDER BY p.id", (event_id,))
    return [{"person": r["id"], "name": r["name"], "merged_into": r["merged_into"], "into_name": r["into_name"]}
            for r in rows]


def possible_duplicates(db: Database, event_id: str) -> list[dict[str, object]]:
    """Active walk-ins without NIK sharing a normalised name and kelurahan."""
    rows = db.query(
        "SELECT p.search_key, lower(trim(coalesce(p.kelurahan, ''))) AS kel, group_concat(p.id) AS ids, "
        "min(p.name) AS name FROM registrations r JOIN people p ON p.id = r.person_id "
        "WHERE r.event_id = ? AND r.status = 'active' AND p.nik IS NULL AND p.merged_into IS NULL "
        "GROUP BY p.search_key, kel HAVING count(*) > 1 ORDER BY p.search_key", (event_id,))
    return [{"name": r["name"], "kelurahan": r["kel"], "people": sorted(int(i) for i in r["ids"].split(","))}
            for r in rows]
