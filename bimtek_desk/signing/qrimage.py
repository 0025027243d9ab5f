"""The QR codes in a photo or scan of a document (``verify --image``)."""

from __future__ import annotations

from pathlib import Path

from bimtek_desk.errors import UserError


def read_texts(path: Path) -> list[str]:
    """The text of every QR code zxing-cpp finds in the image (signed payloads first)."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            img.load()
            found = zxingcpp.read_barcodes(img.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    except FileNotFoundError:
        raise UserError(f"Berkas gambar '{path}' tidak ada.") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise UserError(f"Berkas '{path}' bukan gambar yang dapat dibaca ({exc.__class__.__name__}).") from None
    texts = [r.text for r in found if r.valid]
    if not texts:
        raise UserError(f"Tidak ada kode QR yang terbaca di '{path}'. Foto lebih dekat dan tajam, QR memenuhi "
                        "sepertiga lebar foto.")
    return sorted(texts, key=lambda t: not t.upper().startswith("BD1:"))
