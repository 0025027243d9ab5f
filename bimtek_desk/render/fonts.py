"""The fonts every document may use, registered once (ReportLab's registry is global).

Only fonts shipped in ``resources/fonts`` are used, so a PDF looks the same on
every laptop and the typographic apostrophe in 'Rabi’ah' always prints.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from bimtek_desk.errors import UserError
from bimtek_desk.resources_path import resource

# family -> (regular, bold, italic, bold italic) file names
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Lato": ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf", "Lato-Bold.ttf"),
    "LatoBlack": ("Lato-Black.ttf", "Lato-Black.ttf", "Lato-Black.ttf", "Lato-Black.ttf"),
    "EBGaramond": ("EBGaramond12-Regular.ttf", "EBGaramond12-Bold.ttf", "EBGaramond12-Italic.ttf",
                   "EBGaramond12-Bold.ttf"),
    "Caladea": ("Caladea-Regular.ttf", "Caladea-Bold.ttf", "Caladea-Italic.ttf", "Caladea-BoldItalic.ttf"),
}
_lock = threading.Lock()
_done = False


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered font name, e.g. face('Lato', bold=True) -> 'Lato-Bold'."""
    suffix = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic", (True, True): "-BoldItalic"}
    return family + suffix[(bold, italic)]


def register() -> None:
    """Register every family once; a missing or broken file is a UserError."""
    global _done
    with _lock:
        if _done:
            return
        for family, files in FAMILIES.items():
            names = [face(family, b, i) for b, i in ((False, False), (True, False), (False, True), (True, True))]
            for name, filename in zip(names, files, strict=True):
                path = resource("fonts", filename)
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except (OSError, TTFError) as exc:
                    raise UserError(f"Berkas huruf '{filename}' tidak ditemukan atau rusak di {path.parent}. "
                                    "Pasang ulang bimtek-desk.") from exc
            addMapping(family, 0, 0, names[0])
            addMapping(family, 1, 0, names[1])
            addMapping(family, 0, 1, names[2])
            addMapping(family, 1, 1, names[3])
        _done = True
