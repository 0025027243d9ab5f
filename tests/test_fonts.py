"""Every shipped face prints every character a roster name can hold."""

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from bimtek_desk.render import fonts
from bimtek_desk.system.resources import resource

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
    import io

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    monkeypatch.setattr(rl_config, "invariant", 1)

    def pdf(text: str) -> bytes:
        buf = io.BytesIO()
        c = Canvas(buf, pageCompression=1, initialFontName="Lato")
        fonts.prime(c, ["Lato", "Lato-Bold"])
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
