"""Does a piece of text look like something a scanner typed rather than a name?

A badge code ("BDB7KQ200DX9F2KQ4M", also in its printed dashed form), a signed
certificate QR ("BD1:…"), or one long word mixing letters and digits (another
system's code) is never a person's or a desk's name.  Used by the scanner
filter (a burst inside a dialog) and by every name field's rules.
"""

from __future__ import annotations

import re

from bimtek_desk.scanning import codes

# One word of 10+ letters and digits with at least one of each: a code, not a name
# ("Meja 2", "Ruang 3A" and "H. Abdul" stay names).
_CODE_WORD = re.compile(r"(?=[A-Za-z0-9\-]*\d)(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9\-]{10,}")

MESSAGE = "Ini kode hasil pindai (badge/QR), bukan nama. Ketik namanya dengan keyboard."

PREFIX = "BD1:"  # a signed certificate or plaque payload (:mod:`bimtek_desk.signing.cose`)


def looks_signed(text: str) -> bool:
    """Does ``text`` claim to be a BD1 payload (case-insensitive, as a scanner with Caps
    Lock types it)?  Cheap and import-light: the desk asks it of every scan."""
    return text.strip()[: len(PREFIX)].upper() == PREFIX


def looks_like_code(text: str) -> bool:
    """True for a badge code, a signed document QR, or a long letters-and-digits word."""
    text = text.strip()
    if not text:
        return False
    if looks_signed(text) or codes.parse(text) is not None:
        return True
    return any(_CODE_WORD.fullmatch(word) for word in text.split())
