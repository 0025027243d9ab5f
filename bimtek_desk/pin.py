"""The committee PIN: stored only as a salted PBKDF2 hash in the event settings."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from bimtek_desk.errors import UserError

ITERATIONS = 120_000


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise UserError("PIN panitia harus 4–12 angka.")
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), ITERATIONS).hex()
    return f"pbkdf2_sha256${ITERATIONS}${salt}${digest}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        _algo, iterations, salt, digest = stored.split("$")
        computed = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations)).hex()
    except ValueError:
        return False
    return hmac.compare_digest(computed, digest)


def require_pin(pin: str | None, stored: str | None) -> None:
    """Raise UserError unless ``pin`` matches the committee PIN."""
    if not stored:
        raise UserError("PIN panitia belum diatur untuk acara ini (bimtek-desk pin --event ID).")
    if not pin or not verify_pin(pin, stored):
        raise UserError("PIN panitia salah.")
