"""The QR codes in a photo or scan of a document (``verify --image``)."""

from __future__ import annotations

from pathlib import Path

from bimtek_desk.errors import UserError


def read_texts(path: Path) -> list[str]:
    """The text of every QR code zxing-cpp finds in the image (signed payloads first)."""
    from PIL import Image, UnidentifiedImageError

    from bimtek_desk.scanning import qrfound

    try:
        with Image.open(path) as img:
            img.load()
            texts = qrfound.read(img.convert("L"))
    except FileNotFoundError:
        raise UserError(f"Berkas gambar '{path}' tidak ada.") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise UserError(f"Berkas '{path}' bukan gambar yang dapat dibaca ({exc.__class__.__name__}).") from None
    if not texts:
        raise UserError(f"Tidak ada kode QR yang terbaca di '{path}'. Foto lebih dekat dan tajam, QR memenuhi "
                        "sepertiga lebar foto.")
    return sorted(texts, key=lambda t: not t.upper().startswith("BD1:"))
