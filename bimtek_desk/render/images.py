"""Images the committee chooses (logo, signatures, stamps), kept inside the database.

An event file may name an image by path; an image chosen in the app is stored
once in the database (content-addressed) and the event's settings hold the
reference ``image:<sha256>``.  So the one SQLite file — and its backups — carry
everything needed to print on another laptop.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError

PREFIX = "image:"
MAX_BYTES = 8 * 1024 * 1024
MAX_SIDE = 6000
SIGNATURE_KEYS = ("signature_image", "stamp_image")


@dataclass(frozen=True)
class Picture:
    data: bytes
    mime: str
    width: int
    height: int

    @property
    def ref(self) -> str:
        return PREFIX + hashlib.sha256(self.data).hexdigest()


def read(path: str | Path) -> Picture:
    """Read and check a PNG or JPEG file; UserError says, in Indonesian, what is wrong."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Gambar '{path.name}' tidak dapat dibaca: {exc.strerror or exc}.") from exc
    return check(data, path.name)


def check(data: bytes, name: str = "gambar") -> Picture:
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise UserError(f"Gambar '{name}' kosong.")
    if len(data) > MAX_BYTES:
        raise UserError(f"Gambar '{name}' terlalu besar ({len(data) // 1024 // 1024} MB; paling besar 8 MB). "
                        "Perkecil dulu, misalnya simpan ulang sebagai PNG 1000 piksel.")
    try:
        with Image.open(io.BytesIO(data)) as im:
            kind, size = im.format, im.size
            im.verify()
        with Image.open(io.BytesIO(data)) as im:
            im.load()  # verify() does not decode the pixels; a truncated file fails here
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UserError(f"'{name}' bukan gambar PNG atau JPEG yang utuh.") from exc
    if kind not in ("PNG", "JPEG"):
        raise UserError(f"'{name}' berformat {kind}; pakai PNG (untuk tanda tangan/stempel transparan) atau JPEG.")
    if max(size) > MAX_SIDE or min(size) < 16:
        raise UserError(f"Ukuran gambar '{name}' {size[0]}×{size[1]} piksel tidak wajar "
                        f"(antara 16 dan {MAX_SIDE} piksel).")
    return Picture(data, "image/png" if kind == "PNG" else "image/jpeg", size[0], size[1])


def is_ref(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def digest(ref: str) -> str:
    return ref[len(PREFIX):]


def refs(settings: Mapping[str, Any]) -> Iterator[str]:
    """The stored-image references an event's settings use."""
    if is_ref(settings.get("logo")):
        yield settings["logo"]
    for sig in (settings.get("signatories") or {}).values():
        for key in SIGNATURE_KEYS:
            if is_ref((sig or {}).get(key)):
                yield sig[key]


def source(value: object, stored: Mapping[str, bytes]) -> str | bytes | None:
    """What a renderer draws for a setting: the stored bytes, a file path, or None."""
    if is_ref(value):
        return stored.get(digest(str(value)))
    return str(value) if value else None
