"""Restoring a backup is a committee action: the PIN, under the one policy, then the
file work of :func:`bimtek_desk.store.backups.restore`."""

from __future__ import annotations

from pathlib import Path

from bimtek_desk.committee import pin as pinlib
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store, StoreError, backups


def restore_backup(db_path: str | Path, backup: str | Path, *, pin: str | pinlib.Grant | None = None,
            actor: str = "panitia") -> Path:
    """Replace the database with a backup (committee PIN); see :func:`backups.restore`.
    Returns where the previous database was kept."""
    return backups.restore(db_path, backup, authorize=lambda target, source: _authorize(target, source, pin, actor),
                           actor=actor)


def _authorize(target: Path, source: Path, pin: str | pinlib.Grant | None, actor: str) -> None:
    """The committee PIN for a restore, always under the one policy (``pin.authorize``:
    failures counted and audited, the lockout applies).

    Normally it is the PIN of the newest event of the database being replaced, and the
    attempts are counted in that database, as for any other action.

    When that database cannot be opened (damaged, 0 bytes, another program's file: the
    start-up restore dialog), it cannot hold the count.  Refusing would leave the
    committee without its data exactly when it needs a backup, and checking without
    counting (as before) let anyone at the start-up dialog guess without end.  So it is
    the PIN of the newest event *of the backup being restored*, counted in that backup
    file: that is the database the laptop will run on, so the failures, the wait and the
    ``pin.fail`` entries travel with it into the restored database.  Only its
    pin_attempts and audit rows are written (its check-ins, and the anchor beside it,
    stay as they are).  The price: each backup copy counts on its own, so switching
    copies gives five free attempts per copy before the waits start; still bounded and
    audited in each copy, where it was unbounded and silent.  A read-only copy, which
    cannot count, is refused; an older-schema copy is not migrated just to count (it
    could not be restored this way before either).
    """
    if target.exists() and target.stat().st_size > 0:
        try:
            with Store.open(target) as current:
                events = [e for e in current.events.all() if e.settings.get("committee_pin")]
                if events:
                    pinlib.authorize(current, events[0].id, pin, actor=actor, purpose=pinlib.Purpose.BACKUP_RESTORE)
                return
        except StoreError as exc:
            if exc.kind == "locked":
                raise
    try:
        backup = Store.open(source, migrate=False)
    except StoreError as exc:
        raise UserError(f"Cadangan '{source.name}' tidak dapat dibuka untuk memeriksa PIN panitia ({exc}); "
                        "tidak dipulihkan.") from exc
    with backup:
        events = [e for e in backup.events.all() if e.settings.get("committee_pin")]
        if not events:
            return
        if backup.db.readonly:
            raise UserError(f"Cadangan '{source.name}' hanya-baca: percobaan PIN panitia tidak dapat dicatat. "
                            "Salin cadangan ke folder yang dapat ditulisi, lalu pulihkan dari salinan itu.")
        which = f"(PIN panitia acara '{events[0].short_name}' di cadangan ini.)"
        try:
            pinlib.authorize(backup, events[0].id, pin, actor=actor, purpose=pinlib.Purpose.BACKUP_RESTORE)
        except pinlib.PinLocked as exc:
            raise pinlib.PinLocked(f"{exc} {which}", exc.wait_s) from exc
        except StoreError:
            raise
        except UserError as exc:
            raise UserError(f"{exc} {which}") from exc
