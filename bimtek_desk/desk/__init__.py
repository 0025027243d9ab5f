"""The registration desk without a window: what a scan means and what it does.

- :mod:`.checkin` — the :class:`~.checkin.Desk`: scan, check in, walk-in, substitute, undo;
  every "OK" is committed before it is returned.
- :mod:`.lookup` — who or what a scanned or typed text names (badge code, signed QR, search).
- :mod:`.verify` — is this certificate or plaque genuine, answered offline from the database.

The window's desk (``gui/desk/``) and the command line's ``checkin`` drive these.
"""
