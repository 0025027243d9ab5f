"""Schema versions, tracked in ``PRAGMA user_version``.

Version 1 is ``schema.sql``.  Each later version is one entry in ``STEPS``,
applied in list order, each in its own transaction together with the new
``user_version`` — so a failed step leaves the database at the previous version.
Never change a step that has been released; add a new one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from importlib import resources

Step = Callable[[sqlite3.Connection], None]

GENESIS = "0" * 64


def chain_hash(prev: str, row: sqlite3.Row | tuple) -> str:
    """Hash of one check-in row chained to its predecessor (tamper evidence).

    ``row`` is (id, registration_id, session_id, at, desk, operator, method,
    annuls, reason).
    """
    fields = "\x1f".join("" if v is None else str(v) for v in row)
    return hashlib.sha256(f"{prev}\x1e{fields}".encode()).hexdigest()


CHAIN_FIELDS = "id, registration_id, session_id, at, desk, operator, method, annuls, reason"


def typed_chain_hash(prev: str, row: sqlite3.Row | tuple) -> str:
    """The chain hash from schema 7 on: the values with their types (JSON), so that
    NULL, '' and 0, or 5 and '5', hash differently."""
    fields = [v if v is None or isinstance(v, int | str) else str(v) for v in tuple(row)]
    text = json.dumps([prev, fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _v2_checkin_chain(conn: sqlite3.Connection) -> None:
    """Each check-in carries a hash chained to the previous row."""
    conn.execute("ALTER TABLE checkins ADD COLUMN prev_hash TEXT")
    conn.execute("ALTER TABLE checkins ADD COLUMN row_hash TEXT")
    conn.execute("DROP TRIGGER checkins_no_update")
    prev = GENESIS
    for row in conn.execute(f"SELECT {CHAIN_FIELDS} FROM checkins ORDER BY id").fetchall():
        h = chain_hash(prev, tuple(row))
        conn.execute("UPDATE checkins SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, h, row[0]))
        prev = h
    conn.execute(
        "CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins "
        "BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END"
    )


def _v3_revisions(conn: sqlite3.Connection) -> None:
    """A counter bumped by triggers whenever the roster changes, so that in-memory
    search indexes know in one lookup whether they are stale."""
    conn.execute("CREATE TABLE revisions (name TEXT PRIMARY KEY, n INTEGER NOT NULL)")
    conn.execute("INSERT INTO revisions VALUES ('roster', 0)")
    # Only what can change a search result: a registration appears or changes, a
    # person is edited, a badge is revoked.  A new person or badge always comes with
    # its registration, so inserts there need no trigger (and a bulk import stays fast).
    for table, op in (("registrations", "INSERT"), ("registrations", "UPDATE"), ("registrations", "DELETE"),
                      ("people", "UPDATE"), ("people", "DELETE"), ("badges", "UPDATE"), ("badges", "DELETE")):
        conn.execute(
            f"CREATE TRIGGER {table}_{op.lower()}_rev AFTER {op} ON {table} "
            "BEGIN UPDATE revisions SET n = n + 1 WHERE name = 'roster'; END"
        )


def _v4_eligibility_overrides(conn: sqlite3.Connection) -> None:
    """The committee's decision, with a reason, that one person is (not) eligible
    for a certificate whatever the attendance rule says."""
    conn.execute(
        "CREATE TABLE eligibility_overrides ("
        " id INTEGER PRIMARY KEY,"
        " registration_id INTEGER NOT NULL REFERENCES registrations(id),"
        " eligible INTEGER NOT NULL,"
        " reason TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX eligibility_overrides_reg ON eligibility_overrides (registration_id, id)")


def _v5_images(conn: sqlite3.Connection) -> None:
    """Logos, signatures and stamps chosen in the app live in the database itself,
    so one file (and its backups) prints the same anywhere.  Content-addressed."""
    conn.execute(
        "CREATE TABLE images ("
        " sha256 TEXT PRIMARY KEY,"
        " mime TEXT NOT NULL,"
        " data BLOB NOT NULL,"
        " added_at TEXT NOT NULL)"
    )


def _v6_number_series(conn: sqlite3.Connection) -> None:
    """A number series belongs to its pattern across all events: the last serial
    given per pattern, so a second event with the same pattern continues it."""
    import json

    conn.execute("CREATE TABLE number_series (pattern TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)")
    conn.execute("CREATE INDEX documents_number ON documents (number)")
    defaults = {"sertifikat": ("certificate", "{seq:03d}/SERT/{year}"), "piagam": ("plaque", "{seq:03d}/PIAGAM/{year}")}
    for _event_id, settings, doc_type, last in conn.execute(
            "SELECT e.id, e.settings, d.doc_type, max(d.seq) FROM documents d JOIN events e ON e.id = d.event_id "
            "GROUP BY e.id, d.doc_type").fetchall():
        key, default = defaults.get(doc_type, (doc_type, doc_type))
        try:
            pattern = str((json.loads(settings or "{}").get("numbering") or {}).get(key, default))
        except ValueError:
            pattern = default
        conn.execute("INSERT INTO number_series VALUES (?, ?) ON CONFLICT (pattern) "
                     "DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)", (pattern, last))


def _v7_signing(conn: sqlite3.Connection) -> None:
    """Ed25519 keys of the issuing offices (public and private halves apart, so that
    nothing that leaves the laptop needs to read the private table) and revoked
    certificates/plaques."""
    conn.execute(
        "CREATE TABLE signing_keys ("
        " kid TEXT PRIMARY KEY,"
        " issuer TEXT NOT NULL,"
        " algorithm TEXT NOT NULL,"
        " public_key BLOB NOT NULL,"
        " created_at TEXT NOT NULL,"
        " retired_at TEXT)"
    )
    conn.execute(
        "CREATE TABLE signing_secrets ("
        " kid TEXT PRIMARY KEY REFERENCES signing_keys(kid),"
        " private_key BLOB NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE revocations ("
        " id INTEGER PRIMARY KEY,"
        " document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),"
        " reason TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " at TEXT NOT NULL)"
    )


def _v8_pin_attempts(conn: sqlite3.Connection) -> None:
    """Failed committee-PIN attempts per event, so that the lockout survives a restart."""
    conn.execute(
        "CREATE TABLE pin_attempts ("
        " event_id TEXT PRIMARY KEY,"
        " failures INTEGER NOT NULL,"
        " locked_until TEXT)"
    )


def _v9_typed_chain(conn: sqlite3.Connection) -> None:
    """Rehash the check-in chain with typed values.  Only an intact chain is rehashed
    (a broken one would be laundered): otherwise the old rows keep their old hashes,
    and ``chain_meta.typed_from`` says from which id on the typed hash applies."""
    conn.execute("CREATE TABLE chain_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    rows = conn.execute(f"SELECT {CHAIN_FIELDS}, prev_hash, row_hash FROM checkins ORDER BY id").fetchall()
    prev, intact = GENESIS, True
    for r in rows:
        if r[9] != prev or chain_hash(prev, tuple(r)[:9]) != r[10]:
            intact = False
            break
        prev = r[10]
    if intact:
        conn.execute("DROP TRIGGER IF EXISTS checkins_no_update")
        prev = GENESIS
        for r in rows:
            h = typed_chain_hash(prev, tuple(r)[:9])
            conn.execute("UPDATE checkins SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, h, r[0]))
            prev = h
        conn.execute(
            "CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins "
            "BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END"
        )
    typed_from = 1 if intact else (rows[-1][0] + 1 if rows else 1)
    conn.execute("INSERT INTO chain_meta VALUES ('typed_from', ?)", (str(typed_from),))


def _v10_devices(conn: sqlite3.Connection) -> None:
    """Several laptops merge their data (issue #17): this laptop's device slot and
    random id (never synced), the devices merged from, the slot a check-in was
    made on (its hash chain runs per device), and a walk-in merged into another
    record with the same NIK.  Rows that exist now are the committee's (slot 0):
    ``legacy_max`` keeps each synced table's largest id so that the slot of a row
    is known for them too (newer ids are ``n*16 + slot``)."""
    conn.execute(
        "CREATE TABLE device ("
        " one INTEGER PRIMARY KEY CHECK (one = 1),"
        " slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 15),"
        " device_id TEXT NOT NULL,"
        " legacy_max TEXT NOT NULL DEFAULT '{}',"
        " created_at TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE sync_peers ("
        " event_id TEXT NOT NULL,"
        " slot INTEGER NOT NULL,"
        " device_id TEXT NOT NULL,"
        " last_merged_at TEXT NOT NULL,"
        " bundle_created_at TEXT NOT NULL,"
        " PRIMARY KEY (event_id, slot))"
    )
    conn.execute("ALTER TABLE checkins ADD COLUMN device INTEGER")
    conn.execute("ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people(id)")
    conn.execute("CREATE INDEX people_merged ON people (merged_into) WHERE merged_into IS NOT NULL")



def _v11_undos_from_several_laptops(conn: sqlite3.Connection) -> None:
    """Two laptops that undid the same check-in while apart each keep an undo row, and
    each row belongs to its laptop's hash chain: ``annuls`` is no longer unique, so a
    merge keeps both (leaving one out broke that laptop's chain and lost its reason).
    The table is rebuilt with the same columns in the same order; every value, and so
    every hash, stays as it was."""
    conn.execute("DROP TRIGGER checkins_no_update")
    conn.execute("DROP TRIGGER checkins_no_delete")
    conn.execute("ALTER TABLE checkins RENAME TO checkins_v10")
    conn.execute(
        "CREATE TABLE checkins ("
        " id INTEGER PRIMARY KEY,"
        " registration_id INTEGER NOT NULL REFERENCES registrations(id),"
        " session_id INTEGER NOT NULL REFERENCES sessions(id),"
        " at TEXT NOT NULL,"
        " desk TEXT NOT NULL,"
        " operator TEXT NOT NULL,"
        " method TEXT NOT NULL CHECK (method IN ('scanner', 'camera', 'manual', 'walk-in', 'cli')),"
        " annuls INTEGER REFERENCES checkins(id),"
        " reason TEXT,"
        " prev_hash TEXT,"
        " row_hash TEXT,"
        " device INTEGER)"
    )
    conn.execute("INSERT INTO checkins SELECT id, registration_id, session_id, at, desk, operator, method, annuls, "
                 "reason, prev_hash, row_hash, device FROM checkins_v10")
    conn.execute("DROP TABLE checkins_v10")
    conn.execute("CREATE INDEX checkins_reg_session ON checkins (registration_id, session_id)")
    conn.execute("CREATE INDEX checkins_session ON checkins (session_id)")
    conn.execute("CREATE INDEX checkins_annuls ON checkins (annuls) WHERE annuls IS NOT NULL")
    conn.execute("CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins "
                 "BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END")
    conn.execute("CREATE TRIGGER checkins_no_delete BEFORE DELETE ON checkins "
                 "BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END")


def _v12_registration_extras(conn: sqlite3.Connection) -> None:
    """The roster's columns that are no field (RT/RW, address, jabatan …), kept per registration as a JSON list
    of [header, value] pairs in file order.  A table of its own: shown in Peserta and exported to Excel, never on
    a badge or in a QR, and no desk bundle reads it.  (IF NOT EXISTS: a database another branch's test rebuilt
    as an older schema by hand may still hold it.)"""
    conn.execute("CREATE TABLE IF NOT EXISTS registration_extras ("
                 " registration_id INTEGER PRIMARY KEY REFERENCES registrations(id),"
                 " extras TEXT NOT NULL)")
    for op in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS registration_extras_{op.lower()}_rev AFTER {op} "
                     "ON registration_extras "
                     "BEGIN UPDATE revisions SET n = n + 1 WHERE name = 'roster'; END")


def _v13_payment_lists(conn: sqlite3.Connection) -> None:
    """The SPJ's payment lists (transport): per event and payment period a first list and
    any supplementary ones (part 2, 3 … naming only people on no earlier part), kept as
    made final, so a second print is a copy with the same number."""
    conn.execute(
        "CREATE TABLE payment_lists ("
        " id INTEGER PRIMARY KEY,"
        " event_id TEXT NOT NULL REFERENCES events(id),"
        " kind TEXT NOT NULL,"
        " period TEXT NOT NULL,"
        " part INTEGER NOT NULL,"
        " number TEXT NOT NULL UNIQUE,"
        " amount INTEGER NOT NULL,"
        " payees TEXT NOT NULL,"
        " total INTEGER NOT NULL,"
        " created_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " UNIQUE (event_id, kind, period, part))")
    conn.execute("CREATE TRIGGER payment_lists_no_update BEFORE UPDATE ON payment_lists "
                 "BEGIN SELECT RAISE(ABORT, 'payment lists are kept as made'); END")
    conn.execute("CREATE TRIGGER payment_lists_no_delete BEFORE DELETE ON payment_lists "
                 "BEGIN SELECT RAISE(ABORT, 'payment lists are kept as made'); END")


def _v14_sync_keys(conn: sqlite3.Connection) -> None:
    """Private, authenticated sync (issue #23): the event's sync key (seals every bundle),
    the NIK key (desks hold NIKs only as keyed hashes), the committee's Ed25519 key pair
    (its private half only on the committee laptop) and this laptop's bundle sequence
    number; never synced.  ``sync_peers.seq`` is the newest sequence number merged from
    each laptop: "newer" no longer trusts the sender's clock."""
    conn.execute(
        "CREATE TABLE sync_keys ("
        " event_id TEXT PRIMARY KEY,"
        " sync_key BLOB NOT NULL,"
        " nik_key BLOB NOT NULL,"
        " committee_public BLOB NOT NULL,"
        " committee_private BLOB,"
        " seq INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL)"
    )
    conn.execute("ALTER TABLE sync_peers ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")


STEPS: list[tuple[str, Step]] = [
    ("rantai hash check-in", _v2_checkin_chain),
    ("revisi daftar peserta", _v3_revisions),
    ("pengecualian kelayakan sertifikat", _v4_eligibility_overrides),
    ("gambar (logo, tanda tangan, stempel)", _v5_images),
    ("seri nomor per pola, lintas acara", _v6_number_series),
    ("kunci tanda tangan dan pencabutan dokumen", _v7_signing),
    ("percobaan PIN panitia", _v8_pin_attempts),
    ("rantai hash bertipe", _v9_typed_chain),
    ("perangkat dan sinkron antar-laptop", _v10_devices),
    ("pembatalan check-in dari beberapa laptop", _v11_undos_from_several_laptops),
    ("kolom tambahan daftar peserta", _v12_registration_extras),
    ("daftar pembayaran (transport) per periode", _v13_payment_lists),
    ("kunci sinkron acara", _v14_sync_keys),
]
LATEST = 1 + len(STEPS)


def baseline_sql() -> str:
    return resources.files("bimtek_desk.store").joinpath("schema.sql").read_text(encoding="utf-8")


def apply(conn: sqlite3.Connection, version: int, application_id: int) -> None:
    """Bring ``conn`` from ``version`` to LATEST, one transaction per step."""
    if version == 0:
        try:
            conn.executescript(
                "BEGIN IMMEDIATE;\n" + baseline_sql()
                + f"\nPRAGMA application_id = {application_id};\nPRAGMA user_version = 1;\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = 1
    for target, (_label, step) in enumerate(STEPS[version - 1 :], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
