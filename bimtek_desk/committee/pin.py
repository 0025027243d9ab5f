"""The committee PIN and its one policy for the window and the command line.

The PIN is stored only as a salted PBKDF2-HMAC-SHA256 hash (600,000 iterations,
OWASP's count; an older, cheaper hash is upgraded on the next right entry) in the
event settings.  A new PIN that is date-shaped, a run or a repeat is refused with
the reason (issue #23: the demo's date PIN fell to an offline search in 1,375 guesses).  Every
action that needs it calls :func:`authorize`: a wrong PIN is written to the
audit log, and after ``FREE_ATTEMPTS`` failures in a row each further attempt
has to wait (30 s, then 60 s, 120 s …).  The count lives in the database, so
closing the program or the CLI does not reset it; a right PIN does.

A right PIN gives a :class:`Grant` for one :class:`Purpose`: a dialog that asks
the PIN first passes the grant to the action, which accepts it only for its own
purpose (or one the grant's purpose covers, see ``COVERS``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bimtek_desk.errors import UserError
from bimtek_desk.store.vocabulary import Purpose

if TYPE_CHECKING:
    from bimtek_desk.store import Store

ITERATIONS = 600_000    # PBKDF2-HMAC-SHA256, OWASP 2023
MIN_DIGITS = 6          # for a new PIN; an older 4-digit PIN still opens until it is changed
MAX_DIGITS = 12
FREE_ATTEMPTS = 5       # failures before the first wait
FIRST_WAIT_S = 30       # then doubling with each further failure
MAX_WAIT_S = 24 * 3600

# A grant for the key may also be used for the purposes listed: one dialog that
# legitimately authorizes two steps of one action.
COVERS: dict[Purpose, frozenset[Purpose]] = {
    # Correcting a person: the form shows (and may correct) the full NIK, so the PIN
    # asked for the edit also opens it (audited as nik.show, where "Ubah data peserta").
    Purpose.PERSON_EDIT: frozenset({Purpose.NIK_SHOW}),
}

clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)  # noqa: E731  (tests replace it)


class PinLocked(UserError):
    """Too many wrong PINs: the next attempt is not checked before ``wait_s`` seconds."""

    def __init__(self, message: str, wait_s: int) -> None:
        super().__init__(message)
        self.wait_s = wait_s


@dataclass(frozen=True)
class Grant:
    """Proof that the committee PIN of ``event_id`` was given (from :func:`authorize`).

    A dialog that asks the PIN first and the details afterwards passes the grant
    to the action instead of the PIN, so the PIN is not checked (and hashed) twice.
    """

    event_id: str
    purpose: Purpose

    def covers(self, event_id: str, purpose: Purpose) -> bool:
        return self.event_id == event_id and (self.purpose is purpose or purpose in COVERS.get(self.purpose, ()))


def weakness(pin: str) -> str | None:
    """Why a new PIN is easy to guess (None when it is not): a date (DDMMYY, YYMMDD,
    DDMMYYYY, YYYYMMDD), a run (123456, 987654) or a repeat (111111, 121212, 123123)."""
    if len(set(pin)) <= 1:
        return "semua angkanya sama"
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return f"pola '{pin[:size]}' yang diulang"
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}  # pairs of neighbours
    if steps in ({1}, {9}):
        return "angka berurutan"
    if _is_date(pin):
        return "berbentuk tanggal (mudah ditebak, misalnya tanggal acara)"
    return None


def weak_message(pin: str) -> str:
    return f"PIN panitia ini mudah ditebak: {weakness(pin)}. Pilih {MIN_DIGITS}–{MAX_DIGITS} angka acak."


def _is_date(pin: str) -> bool:
    shapes = {6: ((0, 2, 4, "dmy"), (0, 2, 4, "ymd")), 8: ((0, 2, 4, "dmY"), (0, 4, 6, "Ymd"))}
    for a, b, c, order in shapes.get(len(pin), ()):
        parts = {order[0]: pin[a:b], order[1]: pin[b:c], order[2]: pin[c:]}
        day, month = int(parts["d"]), int(parts["m"])
        year = int(parts.get("Y") or 2000 + int(parts["y"]))
        if not 1900 <= year <= 2099:
            continue
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return True
    return False


def hash_pin(pin: str, *, policy: bool = True) -> str:
    """The stored form of a new PIN; refuses a weak one with the reason (``policy=False``
    only for the demo event, whose PIN is published)."""
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise UserError(f"PIN panitia harus {MIN_DIGITS}–{MAX_DIGITS} angka.")
    if policy and weakness(pin):
        raise UserError(weak_message(pin))
    return _hash(pin, ITERATIONS)


def _hash(pin: str, iterations: int) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        _algo, iterations, salt, digest = stored.split("$")
        computed = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations)).hex()
    except ValueError:
        return False
    return hmac.compare_digest(computed, digest)


def needs_upgrade(stored: str) -> bool:
    try:
        return int(stored.split("$")[1]) < ITERATIONS
    except (IndexError, ValueError):
        return False


def wait_after(failures: int) -> int:
    """Seconds the next attempt must wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_WAIT_S * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_S)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="seconds")


def authorize(store: Store, event_id: str, pin: str | Grant | None, *, actor: str, purpose: Purpose) -> Grant:
    """Check the committee PIN of an event for ``purpose`` under the lockout policy.

    Raises UserError for a missing or wrong PIN (audited as ``pin.fail``) and
    PinLocked while a wait is running (audited as ``pin.locked``; the PIN is then
    not even compared).  Must be called outside a transaction: the failure is
    committed whatever the caller does next.  A :class:`Grant` is accepted only for
    this event and this purpose (or one its purpose covers); another grant is
    refused without counting as a wrong PIN (no PIN was typed).
    """
    if not isinstance(purpose, Purpose):
        raise TypeError(f"authorize(purpose=...) takes a Purpose, not {purpose!r}")
    if isinstance(pin, Grant):
        if pin.covers(event_id, purpose):
            return pin
        if pin.event_id != event_id:
            raise UserError("Izin PIN panitia ini untuk acara lain. Masukkan PIN panitia acara ini.")
        raise UserError(f"Izin PIN panitia ini untuk {_label(pin.purpose)}, bukan untuk «{purpose.label}». "
                        "Masukkan PIN panitia lagi.")
    if store.db.in_transaction:
        raise RuntimeError("authorize() inside a transaction: a failed attempt would be rolled back")
    stored = store.events.get(event_id).settings.get("committee_pin")
    if not stored:
        raise UserError("PIN panitia belum diatur untuk acara ini (bimtek-desk pin --event ID).")
    now = clock()
    failures, locked_until = store.pin_attempts.state(event_id)
    if locked_until is not None:
        wait = int((dt.datetime.fromisoformat(locked_until) - now).total_seconds() + 0.999)
        if wait > 0:
            with store.transaction():
                store.audit.log("pin.locked", actor=actor, event_id=event_id, purpose=purpose.label, wait_s=wait)
            raise PinLocked(f"PIN panitia dikunci setelah {failures} kali salah. Coba lagi dalam {wait} detik.", wait)
    text = pin if isinstance(pin, str) else ""
    if not text:
        raise UserError("PIN panitia belum diisi.")
    if verify_pin(text, stored):
        if failures or needs_upgrade(stored):
            with store.transaction():
                if failures:
                    store.pin_attempts.set(event_id, 0, None)
                if needs_upgrade(stored):  # a hash from an older version: the same PIN, today's cost
                    store.events.update_settings(event_id, {"committee_pin": _hash(text, ITERATIONS)})
        return Grant(event_id, purpose)
    failures += 1
    wait = wait_after(failures)
    with store.transaction():
        store.pin_attempts.set(event_id, failures, _iso(now + dt.timedelta(seconds=wait)) if wait else None)
        store.audit.log("pin.fail", actor=actor, event_id=event_id, purpose=purpose.label, failures=failures)
    if wait:
        raise UserError(f"PIN panitia salah ({failures} kali berturut-turut). Percobaan berikutnya baru dapat "
                        f"dilakukan {wait} detik lagi.")
    return _wrong(failures)


def _label(purpose: object) -> str:
    return f"«{purpose.label}»" if isinstance(purpose, Purpose) else f"«{purpose}»"


def _wrong(failures: int) -> Grant:
    left = FREE_ATTEMPTS - failures
    raise UserError(f"PIN panitia salah. Sisa {left} kali percobaan sebelum PIN dikunci sementara.")


def change(store: Store, event_id: str, old: str | Grant | None, new: str, *, actor: str) -> None:
    """Set a new committee PIN (the old one first, when there is one); audited."""
    if store.events.get(event_id).settings.get("committee_pin"):
        authorize(store, event_id, old, actor=actor, purpose=Purpose.PIN_CHANGE)
    pin_hash = hash_pin(new)
    with store.transaction():
        store.events.update_settings(event_id, {"committee_pin": pin_hash})
        store.audit.log("pin.change", actor=actor, event_id=event_id)
