"""Every shipped face prints every character a roster name can hold."""

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace, TTFontFile
from reportlab.pdfgen.canvas import Canvas

from bimtek_desk.render import fonts
from bimtek_desk.system.resources import resource
from tests.pdfutil import page_texts

NEEDED = "’‘“”–—" + "".join(chr(c) for c in range(0x20, 0x7F)) + "ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜàáâäèéêëìíîïòóôöùúûüñÑçÇ"


@pytest.mark.parametrize("filename", sorted({f for files in fonts.FAMILIES.values() for f in files}))
def test_face_covers_indonesian_names(filename: str) -> None:
    face = TTFontFile(str(resource("fonts", filename)))
    missing = [c for c in NEEDED if ord(c) not in face.charToGlyph]
    assert missing == []


def test_missing_font_file_is_a_clear_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.errors import UserError

    monkeypatch.setenv("BIMTEK_DESK_RESOURCES", str(tmp_path))
    monkeypatch.setattr(fonts, "_done", False)
    monkeypatch.setattr(fonts, "FAMILIES", {"Hilang": ("Hilang.ttf",) * 4})
    with pytest.raises(UserError, match="Hilang.ttf"):
        fonts.register()


def test_cached_font_objects_write_the_same_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The width arrays and ToUnicode maps formatted once per batch (CachingTTFont.addObjects)
    give files byte for byte equal to ReportLab's own, for the first file and the next ones."""
    from reportlab import rl_config

    fonts.register()
    monkeypatch.setattr(rl_config, "invariant", 1)

    def pdf(text: str) -> bytes:
        buf = io.BytesIO()
        c = Canvas(buf, pageCompression=1, initialFontName="Lato")
        c.setFont("Lato", 12)
        c.drawString(72, 720, text)
        c.setFont("Lato-Bold", 12)
        c.drawString(72, 700, "Rabi’ah Adawiyah")
        c.showPage()
        c.save()
        return buf.getvalue()

    texts = ["Nor Mawaddah", "Muhammad Ma’ruf", "Nor Mawaddah ĀČ"]  # the last adds a second subset
    cached = [pdf(t) for t in texts]
    monkeypatch.setattr(fonts.CachingTTFont, "addObjects", TTFont.addObjects)
    assert [pdf(t) for t in texts] == cached


def _pdf(name: str, compression: int = 1) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pageCompression=compression)
    c.setFont("Lato", 12)
    c.drawString(72, 720, name)
    c.drawString(72, 700, "Pelatihan – Bimtek “PSM”")
    c.showPage()
    c.save()
    return buf.getvalue()


def _font_files(data: bytes) -> list[bytes]:
    """The embedded TrueType font files (the canvas's initial Helvetica embeds none)."""
    page: Any = PdfReader(io.BytesIO(data)).pages[0]
    used = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    return [f["/FontDescriptor"]["/FontFile2"].get_data() for f in used if "/FontDescriptor" in f]


def test_faces_are_reportlabs_own_and_fonts_come_from_its_constructor() -> None:
    """No face has its class swapped at run time: every registered face is a plain
    TTFontFace, and the font a TTFont subclass made by TTFont's public constructor."""
    fonts.register()
    for family in fonts.FAMILIES:
        for b, i in ((False, False), (True, False), (False, True), (True, True)):
            font = pdfmetrics.getFont(fonts.face(family, b, i))
            assert isinstance(font, TTFont) and type(font.face) is TTFontFace


def test_every_document_gets_the_same_subset_without_being_primed_by_hand(tmp_path: Path) -> None:
    """Names with and without the typographic apostrophe and dash embed the same font
    subset (the batch's caches hit), although nobody called fonts.prime; a name with a
    rarer letter only adds to its own file and still prints, compressed or not."""
    fonts.register()
    plain, apostrophe, dash = (_font_files(_pdf(n)) for n in ("Nor Mawaddah", "Muhammad Ma’ruf", "Siti – Aisyah"))
    assert plain == apostrophe == dash and len(plain) == 1
    assert _font_files(_pdf("Nor Mawaddah ĀČ")) != plain
    path = tmp_path / "x.pdf"
    for compression in (1, 0):
        path.write_bytes(_pdf("Rabi’ah Adawiyah ĀČ", compression))
        assert "Rabi’ah Adawiyah ĀČ" in page_texts(path)[0]
