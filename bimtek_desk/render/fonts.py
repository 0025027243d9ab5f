"""The fonts every document may use, registered once (ReportLab's registry is global).

Only fonts shipped in ``resources/fonts`` are used, so a PDF looks the same on
every laptop and the typographic apostrophe in 'Rabi’ah' always prints.

Speed comes through ReportLab's documented "dynamic font" interface (the
``reportlab.pdfbase.ttfonts`` module notes): a font registered with
``pdfmetrics.registerFont`` answers ``splitString(text, doc)`` and writes its
own PDF objects in ``addObjects(doc)``.  ``CachingTTFont`` is a ``TTFont``
built by its public constructor that answers both so that one layout written
to many files builds, formats and compresses each font subset once.  Its
output is ReportLab's own byte for byte (tests/test_fonts.py), so a ReportLab
upgrade that changes what a font writes fails a test instead of drifting.
"""

from __future__ import annotations

import threading
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Hashable

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFError, TTFont, makeToUnicodeCMap

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
# CachingTTFont.splitString); a name with rarer characters only adds to its own file.
PRIME = "".join(chr(c) for c in range(32, 127)) + "’‘“”–—…·"


class _Lru:
    """A small thread-safe least-recently-used map: what a batch repeats is made once."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
            return hit

    def put(self, key: Hashable, value: bytes) -> bytes:
        with self._lock:
            self._items[key] = value
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        return value


class _CachedFlate:
    """A PDF stream filter (ReportLab's filter protocol: ``pdfname`` and ``encode``) that
    remembers its last results: identical font subsets in 175 separate certificate
    files are compressed once."""

    pdfname = "FlateDecode"

    def __init__(self, size: int = 64) -> None:
        self._cache = _Lru(size)

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        hit = self._cache.get(data)
        return hit if hit is not None else self._cache.put(data, zlib.compress(data))


_FLATE = _CachedFlate()


class _Formatted(pdfdoc.PDFObject):
    """A PDF object whose bytes were formatted before (a subset's width array)."""

    def __init__(self, encoded: bytes) -> None:
        self._encoded = encoded

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return self._encoded


class CachingTTFont(TTFont):
    """A TrueType font that primes every document's subsets with ``PRIME`` and writes
    its objects from caches: the subset font file (built and compressed once), the
    width array (formatted once) and the ToUnicode map (compressed once)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._primed: weakref.WeakSet[pdfdoc.PDFDocument] = weakref.WeakSet()
        self._subsets = _Lru(32)
        self._widths = _Lru(32)

    def splitString(self, text: str | bytes, doc: pdfdoc.PDFDocument,  # noqa: N802 (ReportLab's interface)
                    encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """ReportLab's own split, after giving this document the fixed ``PRIME`` layout
        (so the subsets of a batch's files are equal and hit the caches)."""
        if doc not in self._primed:
            self._primed.add(doc)
            super().splitString(PRIME, doc)
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's interface)
        """The Font, width array, ToUnicode map, FontDescriptor and font file of each subset
        this document used: the objects ``TTFont.addObjects`` writes, from the caches."""
        state = self.state[doc]
        state.frozen = 1
        face = self.face
        basic = doc.idToObject["BasicFonts"]
        assert isinstance(basic, pdfdoc.PDFDictionary)
        filters = [_FLATE] if doc.compression else None
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            widths = tuple(map(face.getCharWidth, subset))
            encoded = self._widths.get(widths)
            if encoded is None:
                encoded = self._widths.put(widths, pdfdoc.PDFArray(list(widths)).format(doc))
            cmap = pdfdoc.PDFStream(content=makeToUnicodeCMap(base, subset), filters=filters)
            pdf_font = pdfdoc.PDFDictionary({  # what pdfdoc.PDFTrueTypeFont formats (keys sorted)
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("TrueType"),
                "BaseFont": pdfdoc.PDFName(base),
                "Name": pdfdoc.PDFName(internal),
                "FirstChar": 0,
                "LastChar": len(subset) - 1,
                "Widths": _Formatted(encoded),
                "ToUnicode": doc.Reference(cmap, "toUnicodeCMap:" + base),
                "FontDescriptor": self._descriptor(doc, base, subset, filters),
            })
            basic[internal] = doc.Reference(pdf_font, internal)
        del self.state[doc]

    def _descriptor(self, doc: pdfdoc.PDFDocument, base: str, subset: list[int],
                    filters: list[_CachedFlate] | None) -> pdfdoc.PDFObjectReference:
        face = self.face
        key = tuple(subset)
        content = self._subsets.get(key)
        if content is None:
            content = self._subsets.put(key, face.makeSubset(subset))
        font_file = pdfdoc.PDFStream(content=content, filters=filters)
        font_file.dictionary["Length1"] = len(content)
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({base})")
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + base)


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
