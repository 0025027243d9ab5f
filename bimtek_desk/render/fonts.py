"""The fonts every document may use, registered once (ReportLab's registry is global).

Only fonts shipped in ``resources/fonts`` are used, so a PDF looks the same on
every laptop and the typographic apostrophe in 'Rabi’ah' always prints.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFace

from bimtek_desk.errors import UserError
from bimtek_desk.system.resources import resource

# family -> (regular, bold, italic, bold italic) file names
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Lato": ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf", "Lato-Bold.ttf"),
    "LatoBlack": ("Lato-Black.ttf", "Lato-Black.ttf", "Lato-Black.ttf", "Lato-Black.ttf"),
    "GentiumBook": ("GentiumBookPlus-Regular.ttf", "GentiumBookPlus-Bold.ttf", "GentiumBookPlus-Italic.ttf",
                    "GentiumBookPlus-Bold.ttf"),
    "Caladea": ("Caladea-Regular.ttf", "Caladea-Bold.ttf", "Caladea-Italic.ttf", "Caladea-BoldItalic.ttf"),
}
_lock = threading.RLock()
_done = False

# Characters every document gets in its font subsets, in a fixed order, so that
# the subset of a font is the same bytes in every file of a batch (see
# CachingTTFont); a name with rarer characters only adds to its own file.
PRIME = "".join(chr(c) for c in range(32, 127)) + "’‘“”–—…·"


class _CachedFlate(pdfdoc.PDFStreamFilterZCompress):
    """Flate compression that remembers its last results: identical font subsets in
    175 separate certificate files are compressed once."""

    def __init__(self, size: int = 64) -> None:
        self._cache: OrderedDict[bytes, bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        with self._lock:
            hit = self._cache.get(data)
            if hit is not None:
                self._cache.move_to_end(data)
                return hit
        out = zlib.compress(data)
        with self._lock:
            self._cache[data] = out
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return out


_FLATE = _CachedFlate()


class _CachingFace(TTFontFace):
    """A TrueType face that builds (and compresses) each distinct subset once.

    ReportLab builds a font subset for every PDF it writes; when one layout is
    written to many files the subsets repeat, and making them dominated the time.
    """

    _subsets: OrderedDict[tuple[int, ...], bytes]

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 (ReportLab API)
        key = tuple(subset)
        with _lock:
            hit = self._subsets.get(key)
        if hit is None:
            hit = super().makeSubset(subset)
            with _lock:
                self._subsets[key] = hit
                if len(self._subsets) > 32:
                    self._subsets.popitem(last=False)
        return hit

    def addSubsetObjects(self, doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]) -> object:  # noqa: N802
        ref = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{self.filename}({fontname})")
        if stream is not None and getattr(stream, "filters", None):
            stream.filters = [_FLATE]
        return ref


class _FormattedArray(pdfdoc.PDFArray):
    """A PDF array whose bytes were formatted before (see CachingTTFont.addObjects)."""

    def __init__(self, encoded: bytes) -> None:
        self.sequence = []
        self._encoded = encoded

    def format(self, document: object, IND: bytes = b"\n ") -> bytes:  # noqa: N803 (ReportLab API)
        return self._encoded


class CachingTTFont(TTFont):
    """TTFont whose face caches its subsets (see _CachingFace), and whose per-subset
    objects repeated in every file of a batch (the width array of 256 numbers, the
    ToUnicode map) are formatted and compressed once."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.face.__class__ = _CachingFace  # same data, caching methods
        self.face._subsets = OrderedDict()
        self._widths: OrderedDict[tuple[object, ...], bytes] = OrderedDict()

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab API)
        super().addObjects(doc)
        prefix = doc.fontMapping.get(self.fontName, "")[1:] + "+"
        for key, font in doc.idToObject["BasicFonts"].dict.items():
            if not key.startswith(prefix) or not isinstance(getattr(font, "Widths", None), pdfdoc.PDFArray):
                continue
            widths = tuple(font.Widths.sequence)
            with _lock:
                encoded = self._widths.get(widths)
                if encoded is None:
                    encoded = self._widths[widths] = font.Widths.format(doc)
                    if len(self._widths) > 32:
                        self._widths.popitem(last=False)
            font.Widths = _FormattedArray(encoded)
            cmap = doc.idToObject.get(getattr(font.ToUnicode, "name", ""))
            if cmap is not None and getattr(cmap, "filters", None):
                cmap.filters = [_FLATE]


def prime(canvas: object, faces: list[str]) -> None:
    """Give every face the same subset layout in this document (call before drawing)."""
    doc = canvas._doc  # type: ignore[attr-defined]
    for name in faces:
        font = pdfmetrics.getFont(name)
        if isinstance(font, TTFont):
            font.splitString(PRIME, doc)


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
                    pdfmetrics.registerFont(CachingTTFont(name, str(path)))
                except (OSError, TTFError) as exc:
                    raise UserError(f"Berkas huruf '{filename}' tidak ditemukan atau rusak di {path.parent}. "
                                    "Pasang ulang bimtek-desk.") from exc
            addMapping(family, 0, 0, names[0])
            addMapping(family, 1, 0, names[1])
            addMapping(family, 0, 1, names[2])
            addMapping(family, 1, 1, names[3])
        _done = True
