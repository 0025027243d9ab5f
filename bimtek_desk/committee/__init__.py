"""What the committee (panitia) does that is audited, in one place.

Each audited action is one Qt-free function: it applies the PIN policy
(:mod:`bimtek_desk.committee.pin`), opens the transaction and writes the audit entry.
The window and the command line call the same function; neither writes the
audit log nor opens a transaction itself (a test forbids it).  The names of
the actions and their Indonesian labels are in :mod:`.vocabulary`.
"""
