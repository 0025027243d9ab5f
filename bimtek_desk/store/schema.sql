-- bimtek-desk store, schema version 1 (the baseline).
-- Later changes are numbered migrations in migrations.py; never edit this file
-- in a way that changes the meaning of an existing database.

CREATE TABLE events (
    id          TEXT PRIMARY KEY,              -- slug chosen by the committee
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL,
    date_start  TEXT NOT NULL,                 -- ISO date
    date_end    TEXT NOT NULL,
    venue       TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    code_tag    TEXT NOT NULL UNIQUE,          -- 4 base32 chars inside every code
    secret      BLOB NOT NULL,                 -- HMAC key, random per event
    settings    TEXT NOT NULL DEFAULT '{}',    -- JSON: the rest of the event file
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Attendance points of an event (the desk records check-ins against one).
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL REFERENCES events(id),
    key         TEXT NOT NULL,                 -- 'REG', 'M3'
    label       TEXT NOT NULL,
    date        TEXT NOT NULL,
    start_time  TEXT NOT NULL DEFAULT '',      -- 'HH:MM' local time
    end_time    TEXT NOT NULL DEFAULT '',
    counts_for_certificate INTEGER NOT NULL DEFAULT 1,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, key)
);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    nik         TEXT UNIQUE,                   -- 16 digits as text; NULL for a walk-in without one
    name        TEXT NOT NULL,                 -- exactly as given, whitespace tidied
    search_key  TEXT NOT NULL,
    sex         TEXT CHECK (sex IN ('L', 'P')),
    birth_place TEXT,
    birth_date  TEXT,
    kelurahan   TEXT,
    kecamatan   TEXT,
    phone       TEXT,
    service_start_year INTEGER,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE registrations (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL REFERENCES events(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    role        TEXT NOT NULL CHECK (role IN ('PESERTA', 'PANITIA', 'NARASUMBER')),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'replaced')),
    replaced_by INTEGER REFERENCES registrations(id),
    source      TEXT NOT NULL DEFAULT 'roster' CHECK (source IN ('roster', 'walk-in', 'substitute', 'manual')),
    roster_row  INTEGER,                       -- row number in the imported file
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX registrations_one_active
    ON registrations (event_id, person_id) WHERE status = 'active';
CREATE INDEX registrations_event ON registrations (event_id, status);

-- Every badge code ever issued.  Re-issuing revokes the old row; the old code
-- is then answered at the desk with "badge diganti".
CREATE TABLE badges (
    id              INTEGER PRIMARY KEY,       -- the serial inside the code
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    code            TEXT NOT NULL UNIQUE,
    issued_at       TEXT NOT NULL,
    revoked_at      TEXT,
    revoke_reason   TEXT
);
CREATE UNIQUE INDEX badges_one_current ON badges (registration_id) WHERE revoked_at IS NULL;

-- Append-only.  An undo is a new row whose `annuls` names the row it cancels.
CREATE TABLE checkins (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    session_id      INTEGER NOT NULL REFERENCES sessions(id),
    at              TEXT NOT NULL,             -- ISO timestamp with offset, ms
    desk            TEXT NOT NULL,
    operator        TEXT NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('scanner', 'camera', 'manual', 'walk-in', 'cli')),
    annuls          INTEGER UNIQUE REFERENCES checkins(id),
    reason          TEXT
);
CREATE INDEX checkins_reg_session ON checkins (registration_id, session_id);
CREATE INDEX checkins_session ON checkins (session_id);
CREATE TRIGGER checkins_no_update BEFORE UPDATE ON checkins
    BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END;
CREATE TRIGGER checkins_no_delete BEFORE DELETE ON checkins
    BEGIN SELECT RAISE(ABORT, 'checkins are append-only'); END;

-- Every scan the desk saw, including the refused ones (supporting evidence).
CREATE TABLE scan_log (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL,
    session_id  INTEGER,
    at          TEXT NOT NULL,
    desk        TEXT NOT NULL,
    operator    TEXT NOT NULL,
    method      TEXT NOT NULL,
    text        TEXT NOT NULL,                 -- what was read, truncated to 64 chars
    status      TEXT NOT NULL,
    registration_id INTEGER,
    checkin_id  INTEGER
);
CREATE INDEX scan_log_event ON scan_log (event_id, id);

CREATE TABLE awards (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL REFERENCES events(id),
    recipient_nik   TEXT,                      -- links to people.nik when known
    recipient_name  TEXT NOT NULL,
    title           TEXT NOT NULL,
    citation        TEXT NOT NULL DEFAULT '',
    years_of_service INTEGER,
    position        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, recipient_name, title)
);

-- Certificates and plaques: a number is assigned once and never reused.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,       -- the serial inside the verification code
    event_id        TEXT NOT NULL REFERENCES events(id),
    doc_type        TEXT NOT NULL,             -- 'sertifikat', 'piagam'
    registration_id INTEGER REFERENCES registrations(id),
    award_id        INTEGER REFERENCES awards(id),
    seq             INTEGER NOT NULL,
    number          TEXT NOT NULL,
    code            TEXT NOT NULL UNIQUE,
    issued_at       TEXT NOT NULL,
    UNIQUE (event_id, doc_type, seq),
    UNIQUE (event_id, doc_type, registration_id),
    UNIQUE (event_id, doc_type, award_id)
);
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
    BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted'); END;

CREATE TABLE document_prints (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,                 -- 'render', 'print', 'reprint'
    detail      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    event_id    TEXT,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '{}'     -- JSON
);
