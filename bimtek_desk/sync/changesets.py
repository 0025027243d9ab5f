"""Export and merge bundles with SQLite's session extension (through apsw).

This module opens the database with apsw's own SQLite library.  It must never
run in a process that also has the file open with the stdlib ``sqlite3``
(SQLite "How To Corrupt", §2.2.1): only :mod:`bimtek_desk.sync.worker`, a process
of its own, imports it.

Merge rules (the same on every laptop, so the result does not depend on the
order bundles arrive in):

* ids never collide (``n*16 + slot``), so an INSERT whose id exists is the same
  row again (check-ins: kept once; two laptops' undos of one check-in are two
  rows, both kept) or a later state of it: a registration that was replaced, a
  badge that was revoked, a person edited later (by ``updated_at``) or merged
  into another record.
* the same walk-in NIK minted on two laptops: the lower id keeps the NIK, the
  other record points to it (``merged_into``) and its registration is replaced
  by the first one's.
* a desk's bundle may carry only people, registrations, badges and check-ins;
  roster rows (slot 0) only as "replaced"/"revoked" and otherwise unchanged.
* the committee's bundle also carries the event, its documents, the issuers'
  public signing keys and the event's revocations, so that every desk verifies
  a certificate's QR; the private keys never leave the committee laptop.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any

import apsw

from bimtek_desk.store import device as devmod
from bimtek_desk.store.db import now_iso
from bimtek_desk.store.people import NIK_HASH_PREFIX
from bimtek_desk.sync.bundle import Bundle, BundleError
from bimtek_desk.sync.seal import Keys

#: a bundle's clock may run this far ahead of ours; later is refused (a bundle dated 2999 once
#: made every genuine committee bundle look older)
MAX_SKEW = dt.timedelta(minutes=10)

SYNCED = devmod.SYNCED
COMMITTEE_TABLES = ("events", "sessions", "awards", "documents", "eligibility_overrides", "images", "signing_keys",
                    "revocations")
_C = apsw.mapping_session_conflict
_R = apsw.mapping_session_conflict_response
OMIT, REPLACE, ABORT = (int(_R[f"SQLITE_CHANGESET_{k}"]) for k in ("OMIT", "REPLACE", "ABORT"))

#: the database failed (``Error``) or stayed busy past the busy timeout (``BUSY``): for the
#: callers above this module, which never import apsw themselves
Error = apsw.Error
BUSY = (apsw.BusyError, apsw.LockedError)


def _new(change: apsw.TableChange) -> tuple[Any, ...]:
    """The row an INSERT brings (a bundle holds nothing else)."""
    return tuple(change.new or ())


def diff(before: bytes, now: bytes) -> bytes:
    """The changes of changeset ``now`` whose row is absent from ``before`` or differs there."""
    known = {(c.name, tuple(_new(c)[i] for i in sorted(c.pk_columns))): _new(c)
             for c in apsw.Changeset.iter(before)}
    builder = apsw.ChangesetBuilder()
    for c in apsw.Changeset.iter(now):
        if known.get((c.name, tuple(_new(c)[i] for i in sorted(c.pk_columns)))) != _new(c):
            builder.add_change(c)
    return builder.output()


def connect(path: str) -> apsw.Connection:
    conn = apsw.Connection(path, flags=apsw.SQLITE_OPEN_READWRITE)
    conn.set_busy_timeout(5000)
    conn.execute("PRAGMA foreign_keys = ON")
    # a NIK a desk turns into its hash leaves no copy in a freed page of the file
    conn.execute("PRAGMA secure_delete = ON")
    # A merge lost to a power cut is merged again from the same bundle (merging is
    # idempotent); WAL with NORMAL never corrupts.  Check-ins themselves are written
    # by the application with synchronous=FULL.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _one(conn: apsw.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row


def _all(conn: apsw.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    return conn.execute(sql, params).fetchall()


def _device(conn: apsw.Connection) -> devmod.Device | None:
    row = _one(conn, "SELECT slot, device_id, legacy_max FROM device WHERE one = 1")
    return None if row is None else devmod.Device(row[0], row[1], json.loads(row[2]))


# -- the event keys (issue #23) ----------------------------------------------------------------------------------


def _keys_row(row: Any) -> Keys:
    return Keys(row[0], bytes(row[1]), bytes(row[2]), bytes(row[3]), None if row[4] is None else bytes(row[4]))


_KEY_COLS = "event_id, sync_key, nik_key, committee_public, committee_private"


def keyring(path: str) -> dict[str, Keys]:
    """Every event key this laptop holds, by key id."""
    conn = apsw.Connection(path, flags=apsw.SQLITE_OPEN_READONLY)
    conn.set_busy_timeout(5000)
    try:
        return {k.kid: k for k in (_keys_row(r) for r in conn.execute(f"SELECT {_KEY_COLS} FROM sync_keys"))}
    finally:
        conn.close()


def event_keys(path: str, event_id: str) -> Keys:
    """The event's keys; the committee laptop makes them on first use (a desk receives them
    at setup and never makes any)."""
    conn = connect(path)
    try:
        row = _one(conn, f"SELECT {_KEY_COLS} FROM sync_keys WHERE event_id = ?", (event_id,))
        if row is not None:
            return _keys_row(row)
        dev = _device(conn)
        if _one(conn, "SELECT 1 FROM events WHERE id = ?", (event_id,)) is None:
            raise BundleError(f"Acara '{event_id}' tidak ada di basis data ini.")
        if dev is None or dev.slot != devmod.COMMITTEE:
            raise BundleError("Laptop ini belum punya kunci sinkron acara ini. Siapkan meja dengan berkas penyiapan "
                              "dari laptop panitia (sync import BERKAS --kode KODE).")
        keys = Keys.new(event_id)
        conn.execute("INSERT OR IGNORE INTO sync_keys (event_id, sync_key, nik_key, committee_public, "
                     "committee_private, seq, created_at) VALUES (?,?,?,?,?,0,?)",
                     (event_id, keys.sync_key, keys.nik_key, keys.committee_public, keys.committee_private,
                      now_iso()))
        return _keys_row(_one(conn, f"SELECT {_KEY_COLS} FROM sync_keys WHERE event_id = ?", (event_id,)))
    finally:
        conn.close()


def next_seq(path: str, event_id: str) -> int:
    """This laptop's next bundle sequence number for the event (never reused, never the clock)."""
    conn = connect(path)
    try:
        row = _one(conn, "UPDATE sync_keys SET seq = seq + 1 WHERE event_id = ? RETURNING seq", (event_id,))
        if row is None:
            raise BundleError("Laptop ini belum punya kunci sinkron acara ini.")
        return int(row[0])
    finally:
        conn.close()


def _columns(conn: apsw.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _event_filters(event_id: str, dev: devmod.Device) -> dict[str, str]:
    """WHERE clause per table of what this laptop sends for the event."""
    e = event_id.replace("'", "''")
    lm = dev.legacy_max
    regs = f"SELECT id FROM src.registrations WHERE event_id = '{e}'"
    sess = f"SELECT id FROM src.sessions WHERE event_id = '{e}'"
    people = (f"id IN (SELECT person_id FROM src.registrations WHERE event_id = '{e}') "
              f"OR id IN (SELECT merged_into FROM src.people WHERE id IN "
              f"(SELECT person_id FROM src.registrations WHERE event_id = '{e}'))")
    f = {
        "people": people,
        "registrations": f"event_id = '{e}'",
        "badges": f"registration_id IN ({regs})",
        "checkins": f"session_id IN ({sess})",
    }
    if dev.slot == devmod.COMMITTEE:
        f.update({
            "events": f"id = '{e}'",
            "sessions": f"event_id = '{e}'",
            "awards": f"event_id = '{e}'",
            "documents": f"event_id = '{e}'",
            "eligibility_overrides": f"registration_id IN ({regs})",
            "images": "1",
            # the public halves only (every issuer's: a desk also verifies last year's certificates);
            # the private halves are in another table that no bundle reads
            "signing_keys": "1",
            "revocations": f"document_id IN (SELECT id FROM src.documents WHERE event_id = '{e}')",
        })
    else:  # a desk sends what desks made, and roster rows only as replaced/revoked
        f["people"] = f"({f['people']}) AND {devmod.origin_sql('people', lm)} <> 0"
        f["registrations"] += f" AND ({devmod.origin_sql('registrations', lm)} <> 0 OR status = 'replaced')"
        f["badges"] += f" AND ({devmod.origin_sql('badges', lm)} <> 0 OR revoked_at IS NOT NULL)"
    return f


_ORDER = ("events", "sessions", "awards", "images", "signing_keys", "people", "registrations", "badges", "documents",
          "revocations", "eligibility_overrides", "checkins")


def checkin_vector(path: str, event_id: str) -> dict[int, int]:
    """The newest check-in id this laptop holds of each slot's ids (``id % 16``) in the event:
    what it asks the others for is everything after it (issue #24).  A laptop's check-ins of
    one slot are always all of them up to that id: they arrive in full bundles or in such
    deltas, never with a gap."""
    conn = apsw.Connection(path, flags=apsw.SQLITE_OPEN_READONLY)
    conn.set_busy_timeout(5000)
    try:
        return {int(r): int(m) for r, m in conn.execute(
            f"SELECT id % {devmod.SLOTS}, max(id) FROM checkins WHERE session_id IN "
            "(SELECT id FROM sessions WHERE event_id = ?) GROUP BY 1", (event_id,))}
    finally:
        conn.close()


def _after_vector(since: dict[int, int]) -> str:
    cases = " ".join(f"WHEN {int(r)} THEN {int(m)}" for r, m in sorted(since.items()) if 0 <= int(r) < devmod.SLOTS)
    return f" AND id > (CASE id % {devmod.SLOTS} {cases} ELSE -1 END)" if cases else ""


def export(path: str, event_id: str, *, tables: dict[str, str] | None = None,
           seq: int | None = None, part: str = "all",
           since: dict[int, int] | None = None) -> tuple[dict[str, Any], bytes, Keys]:
    """(header, changeset, event keys) of this laptop's data for the event.

    The rows are copied into an in-memory database with the same tables while a
    session records them: the changeset is a set of INSERTs.  The committee's
    bundle goes to desks: every NIK in it is the keyed hash (issue #23), and it
    never carries the sync keys, the private signing keys, PIN attempts or the audit
    log (no filter reads them).  ``seq`` is the bundle's sequence number; by default
    the next one is taken.  ``part``: "all", "base" (all but check-ins) or "checkins" (those
    after ``since``, a :func:`checkin_vector`)."""
    keys = event_keys(path, event_id)
    stage = apsw.Connection("file::memory:", flags=apsw.SQLITE_OPEN_URI | apsw.SQLITE_OPEN_READWRITE
                            | apsw.SQLITE_OPEN_CREATE)
    # without a busy timeout the ATTACH fails at once ("database is locked") while another
    # connection holds the file for a moment (the last one closing checkpoints the WAL): that
    # killed 'sync serve' under load
    stage.set_busy_timeout(5000)
    stage.execute("ATTACH ? AS src", (f"file:{path}?mode=ro",))

    def bkd_nik(*args: Any) -> str | None:
        return None if args[0] is None else keys.nik_hash(str(args[0]))

    def bkd_settings(*args: Any) -> str | None:
        return _hash_settings(keys, args[0])

    stage.create_scalar_function("bkd_nik", bkd_nik, 1, deterministic=True)
    stage.create_scalar_function("bkd_settings", bkd_settings, 1, deterministic=True)
    row = _one(stage, "SELECT slot, device_id, legacy_max FROM src.device WHERE one = 1")
    if row is None:
        raise BundleError("Laptop ini belum punya identitas perangkat; lakukan satu perubahan dulu.")
    dev = devmod.Device(row[0], row[1], json.loads(row[2]))
    if _one(stage, "SELECT 1 FROM src.events WHERE id = ?", (event_id,)) is None:
        raise BundleError(f"Acara '{event_id}' tidak ada di basis data ini.")
    filters = dict(_event_filters(event_id, dev) if tables is None else tables)
    if part == "base":  # everything but the check-ins (the network mode's slowly changing part)
        filters.pop("checkins", None)
    elif part == "checkins":  # the check-ins after the asker's vector
        filters = {"checkins": f"({filters['checkins']})" + _after_vector(since or {})}
    # parents before children: a child row waiting for its parent costs a deferred-key search per row
    filters = {t: filters[t] for t in sorted(filters, key=lambda t: _ORDER.index(t) if t in _ORDER else 99)}
    hashed = _HASHED if dev.slot == devmod.COMMITTEE else {}
    for table in filters:
        sql = _one(stage, "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?", (table,))[0]
        stage.execute(sql)  # CREATE TABLE name (...) — same columns and key in the stage
    # two sessions: everything but the check-ins, then the check-ins, so that the bundle knows where
    # the check-ins start (only they are compressed: bundle.pack)
    rest, checkins = apsw.Session(stage, "main"), apsw.Session(stage, "main")
    for table in filters:
        (checkins if table == "checkins" else rest).attach(table)
    counts = {}
    for table, where in filters.items():
        fn = "bkd_settings" if table == "events" else "bkd_nik"
        cols = [c if c != hashed.get(table) else f"{fn}({c})" for c in _columns(stage, table)]
        stage.execute(f"INSERT INTO main.{table} SELECT {', '.join(cols)} FROM src.{table} WHERE {where}")
        counts[table] = stage.changes()
    head, tail = rest.changeset(), checkins.changeset()
    rest.close()
    checkins.close()
    changeset = head + tail  # a changeset's tables follow one another: two are one
    schema = _one(stage, "PRAGMA src.user_version")[0]
    header = {"event": event_id, "slot": dev.slot, "device": dev.device_id, "schema": schema,
              "created_at": now_iso(), "rows": counts, "seq": 0, "clear": len(head)}
    header["explains"] = _explanations(stage, event_id, dev)
    if dev.slot == devmod.COMMITTEE:
        header["legacy_max"] = dev.legacy_max
        header["slots"] = [r[0] for r in stage.execute("SELECT slot FROM src.sync_peers WHERE event_id = ?",
                                                         (event_id,))]
    stage.close()
    header["seq"] = next_seq(path, event_id) if seq is None else seq
    return header, changeset, keys


def _explanations(stage: apsw.Connection, event_id: str, dev: devmod.Device) -> list[dict[str, Any]]:
    """The audit entries that explain check-ins and travel with them (issue #24): the days the
    committee allowed check-ins outside the event's days, this laptop's own and those it received."""
    out = []
    for at, actor, action, detail in stage.execute(
            "SELECT at, actor, action, detail FROM src.audit_log WHERE event_id = ? AND action IN "
            "('checkin.wrong_day', 'sync.wrong_day') ORDER BY id DESC LIMIT 200", (event_id,)):
        d = json.loads(detail or "{}")
        if action == "checkin.wrong_day":
            d = {"origin": dev.device_id, "slot": dev.slot, "at": at, "actor": actor, "date": d.get("date"),
                 "reason": d.get("reason"), "desk": d.get("desk")}
        out.append({k: d.get(k) for k in ("origin", "slot", "at", "actor", "date", "reason", "desk")})
    return out


def _record_explanations(conn: apsw.Connection, bundle: Bundle, dev: devmod.Device) -> None:
    """Keep the explanations a bundle brings in this laptop's audit log, once each (never its own)."""
    for e in bundle.header.get("explains") or []:
        if not isinstance(e, dict) or e.get("origin") == dev.device_id:
            continue
        e = {k: e.get(k) if isinstance(e.get(k), str | int | None) else str(e.get(k))
             for k in ("origin", "slot", "at", "actor", "date", "reason", "desk")}
        if _one(conn, "SELECT 1 FROM audit_log WHERE action = 'sync.wrong_day' AND event_id = ? "
                      "AND json_extract(detail, '$.origin') = ? AND json_extract(detail, '$.at') = ?",
                (bundle.event_id, e["origin"], e["at"])) is None:
            conn.execute("INSERT INTO audit_log (at, event_id, actor, action, detail) VALUES (?,?,?,?,?)",
                         (now_iso(), bundle.event_id, str(e["actor"] or "-"), "sync.wrong_day",
                          json.dumps(e, ensure_ascii=False)))


#: the column of a table that holds a NIK: a desk receives it as a keyed hash only
_HASHED = {"people": "nik", "awards": "recipient_nik", "events": "settings"}


def _hash_settings(keys: Keys, text: str | None) -> str | None:
    """The event's settings (the event file) with every ``"nik"`` in it (the awards') hashed."""
    if text is None:
        return None

    def walk(o: Any) -> Any:
        if isinstance(o, dict):
            return {k: keys.nik_hash(v) if k == "nik" and isinstance(v, str) and v else walk(v) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        return o

    return json.dumps(walk(json.loads(text)), ensure_ascii=False)


# -- merging ------------------------------------------------------------------------------------------------------


# what a row of a synced table is born with and never changes: the same id with other values
# here means two laptops minted it (one slot used twice)
_BORN = {"people": ("created_at",), "registrations": ("created_at",), "badges": ("code", "issued_at")}


class _Merge:
    """Conflict handler for one bundle, with what it leaves for the after-pass."""

    def __init__(self, conn: apsw.Connection, committee_newer: bool) -> None:
        self.conn = conn
        self.committee_newer = committee_newer
        self.cols = {t: _columns(conn, t) for t in (*SYNCED, *COMMITTEE_TABLES)}
        self.deferred: list[tuple[str, tuple[Any, ...]]] = []
        self.failed: str | None = None
        self.collision: tuple[str, int] | None = None

    def _rank(self, table: str, row: tuple[Any, ...]) -> tuple[Any, ...]:
        c = self.cols[table]
        key = repr(row)
        if table == "people":
            return (row[c.index("merged_into")] is not None, row[c.index("updated_at")] or "", key)
        if table == "registrations":
            return (row[c.index("status")] == "replaced", key)
        if table == "badges":
            return (row[c.index("revoked_at")] is not None, key)
        return (key,)

    def _collides(self, table: str, local: tuple[Any, ...], incoming: tuple[Any, ...]) -> bool:
        """The same id minted for two different rows: two laptops used the same slot."""
        if table == "checkins":
            return local != incoming  # a check-in never changes
        c = self.cols[table]
        return any(local[c.index(k)] != incoming[c.index(k)] for k in _BORN.get(table, ()))

    def __call__(self, reason: int, change: apsw.TableChange) -> int:
        table = change.name
        if reason == _C["SQLITE_CHANGESET_CONFLICT"]:
            local, incoming = tuple(change.conflict or ()), _new(change)
            if table in SYNCED and self._collides(table, local, incoming):
                self.collision = (table, int(incoming[0]))
                return ABORT
            if local == incoming or table in ("checkins", "documents"):
                return OMIT  # the same row again (a check-in or a numbered document never changes)
            if table in COMMITTEE_TABLES:
                return REPLACE if self.committee_newer else OMIT
            return REPLACE if self._rank(table, incoming) > self._rank(table, local) else OMIT
        if reason == _C["SQLITE_CHANGESET_CONSTRAINT"] and table in ("people", "registrations"):
            self.deferred.append((table, _new(change)))
            return OMIT
        if reason == _C["SQLITE_CHANGESET_CONSTRAINT"] and table == "revocations":
            return OMIT  # the document is already revoked here (one revocation per document)
        if reason == _C["SQLITE_CHANGESET_FOREIGN_KEY"]:
            return OMIT  # deferred: the after-pass may supply the row; COMMIT checks what is left
        if reason in (_C["SQLITE_CHANGESET_DATA"], _C["SQLITE_CHANGESET_NOTFOUND"]):
            return OMIT  # bundles hold only INSERTs; nothing to update or delete
        self.failed = f"{_C.get(reason, reason)} pada tabel {table}"
        return ABORT


# check-ins undone on two laptops while apart: each laptop's undo row stays (it is part of
# that laptop's hash chain); the check-in counts as undone once and shows both reasons
_DOUBLE_UNDOS = ("SELECT count(*) FROM (SELECT annuls FROM checkins WHERE annuls IS NOT NULL "
                 "GROUP BY annuls HAVING count(*) > 1)")


def _insert(conn: apsw.Connection, table: str, cols: list[str], row: tuple[Any, ...]) -> None:
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)


def _after(conn: apsw.Connection, merge: _Merge, event_id: str, keys: Keys, dev: devmod.Device,
           people: bool = True) -> None:
    """Two records of one person (same NIK) or two active registrations of one person:
    the lower id wins, the other points to it."""
    for table, row in merge.deferred:
        cols = merge.cols[table]
        r = dict(zip(cols, row, strict=True))
        if table == "people":
            other = _one(conn, "SELECT id FROM people WHERE nik = ?", (r["nik"],))
            if other is None:
                _insert(conn, table, cols, row)
                continue
            win = min(other[0], r["id"])
            if r["id"] < other[0]:
                conn.execute("UPDATE people SET nik = NULL, merged_into = ? WHERE id = ?", (win, other[0]))
                _insert(conn, table, cols, row)
            else:
                _insert(conn, table, cols, tuple({**r, "nik": None, "merged_into": win}.values()))
        else:
            other = _one(conn, "SELECT id FROM registrations WHERE event_id = ? AND person_id = ? "
                               "AND status = 'active'", (r["event_id"], r["person_id"]))
            if other is None:
                _insert(conn, table, cols, row)
            elif r["id"] < other[0]:
                conn.execute("UPDATE registrations SET status = 'replaced', replaced_by = ? WHERE id = ?",
                             (r["id"], other[0]))
                _insert(conn, table, cols, row)
            else:
                _insert(conn, table, cols, tuple({**r, "status": "replaced", "replaced_by": other[0]}.values()))
    if not people:  # a bundle of check-ins only (the network's deltas): the write lock stays short
        return
    _niks(conn, keys, dev)
    # a registration of a merged record gives way to the winner's registration
    if _one(conn, "SELECT 1 FROM people WHERE merged_into IS NOT NULL LIMIT 1") is None:
        return
    conn.execute(
        "UPDATE registrations SET status = 'replaced', replaced_by = ("
        " SELECT w.id FROM registrations w JOIN people p ON p.merged_into = w.person_id"
        " WHERE p.id = registrations.person_id AND w.event_id = registrations.event_id AND w.status = 'active') "
        "WHERE event_id = ? AND status = 'active' "
        "AND person_id IN (SELECT id FROM people WHERE merged_into IS NOT NULL)"
        " AND EXISTS (SELECT 1 FROM registrations w JOIN people p ON p.merged_into = w.person_id"
        " WHERE p.id = registrations.person_id AND w.event_id = registrations.event_id AND w.status = 'active')",
        (event_id,))


def _same_person(conn: apsw.Connection, a: int, b: int, nik: str) -> None:
    """Two records of one NIK: the lower id keeps ``nik``, the other points to it."""
    win, lose = min(a, b), max(a, b)
    conn.execute("UPDATE people SET nik = NULL, merged_into = ? WHERE id = ?", (win, lose))
    conn.execute("UPDATE people SET nik = ? WHERE id = ?", (nik, win))


def _niks(conn: apsw.Connection, keys: Keys, dev: devmod.Device) -> None:
    """A desk keeps only the NIKs it collected (its own walk-ins); any other NIK that reached
    it (another desk's walk-in, relayed) becomes the keyed hash.  On every laptop a record
    holding a NIK's hash and one holding the NIK itself are one person."""
    if dev.slot != devmod.COMMITTEE:
        legacy = int(dev.legacy_max.get("people", 0))
        foreign = _all(
            conn, f"SELECT id, nik FROM people WHERE nik IS NOT NULL AND substr(nik, 1, 1) <> '{NIK_HASH_PREFIX}' "
            f"AND NOT (id > ? AND id % {devmod.SLOTS} = ?)", (legacy, dev.slot))
        for pid, nik in foreign:
            h = keys.nik_hash(nik)
            other = _one(conn, "SELECT id FROM people WHERE nik = ?", (h,))
            if other is None:
                conn.execute("UPDATE people SET nik = ? WHERE id = ?", (h, pid))
            else:
                _same_person(conn, pid, other[0], h)
        for doc_id, nik in _all(
                conn, f"SELECT id, recipient_nik FROM awards WHERE recipient_nik IS NOT NULL "
                f"AND substr(recipient_nik, 1, 1) <> '{NIK_HASH_PREFIX}'"):
            conn.execute("UPDATE awards SET recipient_nik = ? WHERE id = ?", (keys.nik_hash(nik), doc_id))
    hashed: dict[str, int] = dict(_all(conn, f"SELECT nik, id FROM people WHERE substr(nik, 1, 1) = "
                                             f"'{NIK_HASH_PREFIX}'"))
    if not hashed:
        return
    for pid, nik in _all(conn, f"SELECT id, nik FROM people WHERE nik IS NOT NULL "
                               f"AND substr(nik, 1, 1) <> '{NIK_HASH_PREFIX}'"):
        other = hashed.get(keys.nik_hash(nik))
        if other is not None and other != pid:
            # the real NIK stays where it was collected (the committee, or the desk that typed it)
            conn.execute("UPDATE people SET nik = NULL WHERE id = ?", (other,))
            _same_person(conn, pid, other, nik)


def _authorize(conn: apsw.Connection, bundle: Bundle, dev: devmod.Device) -> None:
    """What the sender may send, per table and per operation; anything else refuses the
    whole bundle with one reason.  A committee bundle (already proven signed by the
    committee's key) may carry the tables the committee's work makes; a desk's only
    people, registrations, badges and check-ins, as :func:`_check_desk_bundle` says.
    Bundles are made of INSERTs only; never the audit log, PIN attempts, keys or devices."""
    try:
        made = dt.datetime.fromisoformat(str(bundle.header["created_at"]))
        if made.tzinfo is None:
            made = made.replace(tzinfo=dt.UTC)
    except ValueError:
        raise BundleError("Bundel rusak (waktu pembuatan tidak terbaca); ditolak seluruhnya.") from None
    if made > dt.datetime.now(dt.UTC) + MAX_SKEW:
        raise BundleError(f"Bundel dari {_sender(bundle)} bertanggal {bundle.header['created_at']}, di masa depan "
                          "menurut jam laptop ini. Periksa jam dan tanggal kedua laptop; bundel ditolak seluruhnya.")
    allowed = (*SYNCED, *COMMITTEE_TABLES) if bundle.slot == devmod.COMMITTEE else SYNCED
    for change in apsw.Changeset.iter(bundle.changeset):
        if change.name not in allowed:
            raise BundleError(f"Bundel dari {_sender(bundle)} berisi tabel '{change.name}' yang tidak boleh "
                              "dikirimnya; ditolak seluruhnya.")
        if change.op != "INSERT":
            raise BundleError(f"Bundel dari {_sender(bundle)} berisi {change.op} pada tabel '{change.name}' "
                              "(bundel hanya berisi baris baru); ditolak seluruhnya.")
        if change.name == "events" and _new(change)[0] != bundle.event_id:
            raise BundleError(f"Bundel dari {_sender(bundle)} mengubah acara lain; ditolak seluruhnya.")
    if bundle.slot != devmod.COMMITTEE:
        _check_desk_bundle(conn, bundle, dev)


def _sender(bundle: Bundle) -> str:
    return "laptop panitia" if bundle.slot == devmod.COMMITTEE else f"Meja {bundle.slot}"


def _new_rows(conn: apsw.Connection, changeset: bytes) -> bytes:
    """The changeset without the rows this database holds exactly so (read outside any
    transaction).  Those would be left out by the merge anyway (the same row again); leaving
    them out first keeps the write transaction short (issue #24: a scan waits < 50 ms).  A check-in
    held here with other values refuses the bundle now, before its first transaction."""
    builder = apsw.ChangesetBuilder()
    kept = 0
    where: dict[tuple[str, tuple[int, ...]], str] = {}
    for change in apsw.Changeset.iter(changeset):
        pk = tuple(sorted(change.pk_columns))
        key = (change.name, pk)
        if key not in where:
            names = _columns(conn, change.name)
            where[key] = " AND ".join(f"{names[i]} IS ?" for i in pk)
        local = _one(conn, f"SELECT * FROM {change.name} WHERE {where[key]}", tuple(_new(change)[i] for i in pk)) \
            if pk and change.op == "INSERT" else None
        if local is not None and tuple(local) == _new(change):
            continue
        if local is not None and change.name == "checkins":  # a check-in never changes: two laptops minted its id
            raise _reused_slot(int(_new(change)[0]) % devmod.SLOTS, f"check-in {_new(change)[0]}")
        builder.add_change(change)
        kept += 1
    return builder.output() if kept else b""


def _check_desk_bundle(conn: apsw.Connection, bundle: Bundle, dev: devmod.Device) -> None:
    """Refuse a desk's bundle that carries what only the committee laptop may change."""
    lm = dev.legacy_max
    allowed = {"registrations": {"status", "replaced_by"}, "badges": {"revoked_at", "revoke_reason"}}
    refuse = BundleError(f"Bundel dari Meja {bundle.slot} berisi perubahan yang hanya boleh dibuat laptop panitia "
                         "(daftar peserta, data acara atau nomor dokumen). Bundel ditolak seluruhnya.")
    cols: dict[str, list[str]] = {}
    for change in apsw.Changeset.iter(bundle.changeset):
        table = change.name
        if table not in SYNCED or change.op != "INSERT":
            raise refuse
        if table == "checkins":
            continue  # any laptop may relay any check-in
        if table not in cols:
            cols[table] = _columns(conn, table)
        c = cols[table]
        r = dict(zip(c, _new(change), strict=True))
        legacy = int(lm.get(table, 0))
        origin = 0 if r["id"] <= legacy else r["id"] % devmod.SLOTS
        if table == "registrations" and origin != 0 and r["source"] == "roster":
            raise refuse
        if origin != 0:
            continue
        if table not in allowed:
            raise refuse
        local = _one(conn, f"SELECT * FROM {table} WHERE id = ?", (r["id"],))
        if local is None:
            raise refuse
        if any(r[k] != v for k, v in zip(c, local, strict=True) if k not in allowed[table]):
            raise refuse


def _has_foreign_rows_of(conn: apsw.Connection, bundle: Bundle, dev: devmod.Device) -> bool:
    """Does a bundle carrying this laptop's identity hold rows of its slot that this
    laptop never made (a copy of its database made them)?"""
    for change in apsw.Changeset.iter(bundle.changeset):
        if change.name not in SYNCED:
            continue
        row_id = _new(change)[0]
        if row_id <= int(dev.legacy_max.get(change.name, 0)) or row_id % devmod.SLOTS != dev.slot:
            continue
        local = _one(conn, f"SELECT * FROM {change.name} WHERE id = ?", (row_id,))
        if local is None or (change.name == "checkins" and tuple(local) != _new(change)):
            return True
    return False


_NAMES = {"people": "orang", "registrations": "pendaftaran", "badges": "badge", "checkins": "check-in"}


def _reused_slot(slot: int, what: str) -> BundleError:
    return BundleError(
        f"Bundel berisi {what} dari slot {slot} yang berbeda dengan data bernomor sama di laptop ini: dua laptop "
        f"memakai slot {slot} (laptop yang dipasang ulang atau basis data baru yang memakai slot lamanya). Ditolak "
        "seluruhnya agar tidak ada check-in yang hilang. Siapkan laptop itu lagi dengan slot baru dari bundel panitia "
        "terbaru (README: 'A desk laptop wiped, reinstalled or replaced').")


def _slots_in(bundle: Bundle, legacy_max: dict[str, int]) -> set[int]:
    """The slots that made rows in a bundle (a check-in's ``device`` and every newer id)."""
    out = set()
    for change in apsw.Changeset.iter(bundle.changeset):
        if change.name not in SYNCED or change.op != "INSERT":
            continue
        if _new(change)[0] > int(legacy_max.get(change.name, 0)):
            out.add(int(_new(change)[0]) % devmod.SLOTS)
        if change.name == "checkins" and _new(change)[-1] is not None:
            out.add(int(_new(change)[-1]))
    return out


def apply(path: str, bundle: Bundle, *, slot: int | None = None, new_device: Callable[[], str],
          chunk: int = 0) -> dict[str, Any]:
    """Merge one bundle into the database at ``path``, in short transactions (``chunk``
    check-ins each; :data:`CHUNK` by default) so that a desk's scan never waits long.

    Raises BundleError (the database unchanged) when the bundle is refused: everything that
    refuses a bundle is checked before the first transaction."""
    conn = connect(path)
    try:
        return _apply(conn, bundle, slot, new_device, chunk)
    finally:
        conn.close()


def apply_many(path: str, bundles: list[Bundle], *, slot: int | None = None,
               new_device: Callable[[], str], chunk: int = 0) -> list[dict[str, Any] | BundleError]:
    """Merge several bundles over one connection, as :func:`apply` does; a result or
    the refusal per bundle, in order."""
    conn = connect(path)
    out: list[dict[str, Any] | BundleError] = []
    try:
        for b in bundles:
            try:
                out.append(_apply(conn, b, slot, new_device, chunk))
            except BundleError as exc:
                out.append(exc)
    finally:
        conn.close()
    return out


def _apply(conn: apsw.Connection, bundle: Bundle, slot: int | None, new_device: Callable[[], str],
           chunk: int = 0) -> dict[str, Any]:
    chunk = chunk or CHUNK
    schema = _one(conn, "PRAGMA user_version")[0]
    if bundle.header["schema"] != schema:
        raise BundleError(f"Bundel dibuat dengan skema {bundle.header['schema']}, basis data ini skema {schema}. "
                          "Samakan versi bimtek-desk di semua laptop.")
    dev = _device(conn)
    ev = _one(conn, "SELECT secret FROM events WHERE id = ?", (bundle.event_id,))
    setup = ev is None
    if setup:
        if bundle.slot != devmod.COMMITTEE:
            raise BundleError(f"Acara '{bundle.event_id}' belum ada di laptop ini. Laptop baru disiapkan dengan "
                              "bundel dari laptop panitia, bukan dari meja lain.")
        if any(_one(conn, f"SELECT count(*) FROM {t}")[0] for t in (*SYNCED, "events")):
            raise BundleError("Laptop baru hanya dapat disiapkan pada basis data kosong. Pakai berkas basis data "
                              "baru (--db) untuk acara ini.")
        if _one(conn, "SELECT 1 FROM sync_keys WHERE event_id = ?", (bundle.event_id,)) is not None:
            raise BundleError("Laptop ini sudah memegang kunci acara ini; basis data baru diperlukan.")
        legacy = {t: int(v) for t, v in bundle.header.get("legacy_max", {}).items()}
        # a slot is taken when the committee merged from it or when any row in its bundle was made there:
        # a laptop set up again (wiped, replaced) must never mint ids its old self minted
        taken = ({int(s) for s in bundle.header.get("slots", [])} | {devmod.COMMITTEE}
                 | _slots_in(bundle, legacy))
        if slot is None:
            slot = min(s for s in range(1, devmod.SLOTS) if s not in taken) if len(taken) < devmod.SLOTS else -1
        if not 1 <= slot < devmod.SLOTS:
            raise BundleError(f"Slot meja harus 1 sampai {devmod.SLOTS - 1}.")
        if slot in taken:
            raise BundleError(f"Slot {slot} sudah dipakai di acara ini (oleh laptop lain, atau oleh laptop ini "
                              "sebelum dipasang ulang); pilih slot lain (--slot) atau biarkan kosong.")
        dev = devmod.Device(slot, new_device(), legacy)
    else:
        # sealed with this event's sync key (and a committee bundle signed with its key): checked when opened;
        # a setup file of another instance of the event brings other keys
        mine = _one(conn, "SELECT sync_key FROM sync_keys WHERE event_id = ?", (bundle.event_id,))
        if mine is None or bytes(mine[0]) != bundle.keys.sync_key:
            raise BundleError("Bundel ini memakai kunci sinkron lain untuk acara ini (berkas penyiapan acara lain, "
                              "atau laptop panitia lain); ditolak seluruhnya.")
        if dev is None:
            raise BundleError("Laptop ini belum punya identitas perangkat; lakukan satu perubahan dulu.")
        if bundle.device_id == dev.device_id:
            if _has_foreign_rows_of(conn, bundle, dev):
                raise BundleError(f"Bundel ini memakai identitas laptop ini (slot {dev.slot}, perangkat "
                                  f"{dev.device_id}) tetapi berisi data yang tidak dibuat di sini: basis data laptop "
                                  "ini pernah disalin ke laptop lain. Ditolak; siapkan laptop itu sebagai meja baru.")
            return {"event": bundle.event_id, "slot": bundle.slot, "device": bundle.device_id, "own": True}
        # Rows of this laptop's own slot that it lacks may come back from the others: it was
        # restored from a backup made before them.  They merge like any row; a laptop that
        # reused a slot and minted the same ids for other rows is caught as a collision.
        if bundle.slot == dev.slot:
            raise BundleError(f"Bundel dari laptop lain ({bundle.device_id}) yang memakai slot yang sama dengan "
                              f"laptop ini (slot {dev.slot}): salah satu basis data adalah salinan. Ditolak.")
        known = _one(conn, "SELECT device_id FROM sync_peers WHERE event_id = ? AND slot = ?",
                     (bundle.event_id, bundle.slot))
        if known is not None and known[0] != bundle.device_id:
            raise BundleError(f"Dua laptop berbeda memakai slot {bundle.slot} ({known[0]} dan {bundle.device_id}): "
                              "salah satu basis data adalah salinan, atau laptop itu dipasang ulang dengan slot "
                              "lamanya. Bundel ditolak.")
    _authorize(conn, bundle, dev)
    last = _one(conn, "SELECT seq FROM sync_peers WHERE event_id = ? AND slot = ? AND device_id = ?",
                (bundle.event_id, bundle.slot, bundle.device_id))
    # "newer" is the sender's own counter, never its clock
    committee_newer = bundle.slot == devmod.COMMITTEE and (last is None or bundle.seq > int(last[0]))
    merge = _Merge(conn, committee_newer)
    # the rows this laptop already holds as they are, left out before the write lock is taken: a
    # committee bundle of 10,000 people that changed in one row then holds the lock for that row only
    changeset = _new_rows(conn, bundle.changeset) if not setup else bundle.changeset
    # check-ins only (the network's deltas): no person, NIK or registration to reconcile afterwards
    carries_people = any(c.name != "checkins" for c in apsw.Changeset.iter(changeset))
    groups = _groups(conn, changeset, chunk)  # the last refusals, still before the first write
    before = _one(conn, "SELECT count(*) FROM checkins")[0]
    doubled_before = _one(conn, _DOUBLE_UNDOS)[0]
    held = held_last = 0.0
    for n, group in enumerate(groups):
        if n:  # the lock is free for a while: a desk's scan waiting in its busy handler gets it
            time.sleep(max(PAUSE, held_last))
        t0 = time.perf_counter()
        _commit_group(conn, group, merge, bundle, dev, first=n == 0, last=n == len(groups) - 1, setup=setup,
                      people=carries_people, merged=n)
        held_last = time.perf_counter() - t0
        held = max(held, held_last)
    after = _one(conn, "SELECT count(*) FROM checkins")[0]
    double_undos = _one(conn, _DOUBLE_UNDOS)[0] - doubled_before
    return {"event": bundle.event_id, "slot": bundle.slot, "device": bundle.device_id, "own": False,
            "new_checkins": after - before, "setup_slot": dev.slot if setup else None,
            "double_undos": double_undos, "transactions": len(groups),
            "device_id": dev.device_id, "locked_ms": round(held * 1000, 1)}


#: check-ins per transaction of a merge (issue #24): a 10,000-row bundle is twenty short
#: transactions, each holding the write lock ~5 ms on a 2-core laptop, instead of one long one
CHUNK = 500
#: the least time the write lock stays free between two of them (at least as long as the last one
#: held it): SQLite's busy handler retries a waiting writer after 1, 3, 8, 18 ms, so a desk's scan
#: arriving while a transaction runs gets the lock within ~10 ms
PAUSE = 0.01


def _groups(conn: apsw.Connection, changeset: bytes, size: int) -> list[bytes]:
    """The changeset as the transactions that merge it, in order: the first holds every row but
    the check-ins (and the first check-ins); the others the check-ins by id, ``size`` at a time.

    Committed one after another, so what a crash leaves must be a database that holds together
    and that the same bundle completes: each group holds whole id ranges (a slot's check-ins are
    then still all of them up to its newest, as :func:`checkin_vector` assumes), and an undo's
    annulled check-in is never in a later group.  Refused here, before anything is written: a
    check-in whose registration, session or annulled check-in is neither here nor in the bundle."""
    if not changeset:
        return [b""]
    cols = _columns(conn, "checkins")
    reg_i, ses_i, ann_i = (cols.index(c) for c in ("registration_id", "session_id", "annuls"))
    ids: list[int] = []
    annuls: dict[int, int] = {}
    needs: dict[str, set[int]] = {"registrations": set(), "sessions": set(), "checkins": set()}
    brings: dict[str, set[int]] = {"registrations": set(), "sessions": set(), "checkins": set()}
    for c in apsw.Changeset.iter(changeset):
        if c.name in brings:
            brings[c.name].add(int(_new(c)[0]))
        if c.name != "checkins":
            continue
        row = _new(c)
        ids.append(int(row[0]))
        needs["registrations"].add(int(row[reg_i]))
        needs["sessions"].add(int(row[ses_i]))
        if row[ann_i] is not None:
            annuls[int(row[0])] = int(row[ann_i])
            needs["checkins"].add(int(row[ann_i]))
    for table, wanted in needs.items():
        missing = wanted - brings[table]
        if missing:
            found = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                                                (json.dumps(sorted(missing)),))}
            if missing - found:
                raise BundleError("Bundel merujuk data yang belum ada di laptop ini. Gabungkan dulu bundel laptop "
                                  "panitia, lalu ulangi.")
    ids.sort()
    ends: list[int] = []  # the last check-in id of each group
    need, count = -1, 0
    for i in ids:
        count += 1
        if annuls.get(i, -1) in brings["checkins"]:
            need = max(need, annuls[i])
        if count >= size and i >= need:
            ends.append(i)
            count = 0
    if not ids:
        return [changeset]
    if not ends or ends[-1] != ids[-1]:
        ends.append(ids[-1])
    builders = [apsw.ChangesetBuilder() for _ in ends]
    for c in apsw.Changeset.iter(changeset):
        k = bisect.bisect_left(ends, int(_new(c)[0])) if c.name == "checkins" else 0
        builders[k].add_change(c)
    return [b.output() for b in builders]


def _commit_group(conn: apsw.Connection, changeset: bytes, merge: _Merge, bundle: Bundle, dev: devmod.Device, *,
                  first: bool, last: bool, setup: bool, people: bool, merged: int) -> None:
    """One transaction of a merge: the group's rows; in the first, a new desk's identity and the
    after-pass; in the last, the explanations and the sender's sequence number (a merge cut short
    is then merged again from the same bundle, as a new one)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")  # checked once, after the after-pass
        if first and setup:
            conn.execute("INSERT OR REPLACE INTO device (one, slot, device_id, legacy_max, created_at) "
                         "VALUES (1, ?, ?, ?, ?)", (dev.slot, dev.device_id, json.dumps(dev.legacy_max), now_iso()))
            k = bundle.keys  # what a desk holds: never the committee's private key
            conn.execute("INSERT INTO sync_keys (event_id, sync_key, nik_key, committee_public, committee_private, "
                         "seq, created_at) VALUES (?,?,?,?,NULL,0,?)",
                         (k.event_id, k.sync_key, k.nik_key, k.committee_public, now_iso()))
        try:
            if changeset:
                apsw.Changeset.apply(changeset, conn, conflict=merge)
        except apsw.AbortError:
            partly = " Sebagian sudah digabung; gabungkan bundel ini lagi." if merged else ""
            if merge.collision is not None:
                table, row_id = merge.collision
                raise _reused_slot(row_id % devmod.SLOTS, f"{_NAMES.get(table, table)} {row_id}") from None
            raise BundleError(f"Bundel tidak dapat digabung ({merge.failed}); ditolak.{partly}") from None
        conn.execute("PRAGMA defer_foreign_keys = ON")  # the apply above resets it
        if first:
            _after(conn, merge, bundle.event_id, bundle.keys, dev, people=people)
        if last:
            _record_explanations(conn, bundle, dev)
            conn.execute(
                "INSERT INTO sync_peers (event_id, slot, device_id, last_merged_at, bundle_created_at, seq) "
                "VALUES (?,?,?,?,?,?) "
                "ON CONFLICT (event_id, slot) DO UPDATE SET last_merged_at = excluded.last_merged_at, "
                "bundle_created_at = max(bundle_created_at, excluded.bundle_created_at), seq = max(seq, excluded.seq)",
                (bundle.event_id, bundle.slot, bundle.device_id, now_iso(), bundle.header["created_at"], bundle.seq))
        try:
            conn.execute("COMMIT")  # deferred foreign keys are checked here
        except apsw.ConstraintError:
            raise BundleError("Bundel merujuk data yang belum ada di laptop ini. Gabungkan dulu bundel laptop "
                              "panitia, lalu ulangi.") from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
