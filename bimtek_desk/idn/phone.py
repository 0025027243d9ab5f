"""Indonesian mobile numbers, kept as text in the domestic ``08…`` form."""

from __future__ import annotations

import re


def normalise(raw: object) -> tuple[str | None, str | None]:
    """Return (phone, warning).

    Accepts '+62 812-3456-7890', '62812…', '812…' (a number that lost its
    leading 0, as Excel does), spaces, dots and dashes.  A number that is still
    not 10–13 digits starting with 08 is kept as written, with a warning.
    """
    if raw is None:
        return None, None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    if not text or text in {"-", "0"}:
        return None, None
    digits = re.sub(r"[\s.\-()/]", "", text).lstrip("'")
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        return text, f"Nomor HP '{text}' tidak dikenali; disimpan apa adanya."
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    if digits.startswith("08") and 10 <= len(digits) <= 13:
        return digits, None
    return text, f"Nomor HP '{text}' bukan nomor seluler 08… 10–13 digit; disimpan apa adanya."


def whatsapp(phone: str) -> str:
    """'0812…' -> '62812…' as wa.me links want it."""
    return "62" + phone[1:] if phone.startswith("0") else phone
