"""Every shipped face prints every character a roster name can hold."""

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from bimtek_desk.render import fonts
from bimtek_desk.resources_path import resource

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
