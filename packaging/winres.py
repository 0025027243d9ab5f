"""The Windows resources of both exes and the installer, made at build time (no binary in
the repository): the program icon (``bimtek-desk.ico``, drawn with Pillow) and the
version information Explorer shows under Properties → Details (a PyInstaller version
file).  ``packaging/bimtek-desk.spec`` calls :func:`write` into build/winres/; Inno Setup
takes the same icon (``SetupIconFile``).
"""

from __future__ import annotations

from pathlib import Path

ICON_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
COMPANY = "Panitia Bimtek"
DESCRIPTION = "bimtek-desk: meja registrasi dan sertifikat Bimtek"


def draw_icon(side: int = 256):  # type: ignore[no-untyped-def]  (a PIL image)
    """A badge with a check mark: dark blue rounded square, white tick, gold band."""
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    r = side // 6
    d.rounded_rectangle((0, 0, side - 1, side - 1), radius=r, fill=(30, 58, 138, 255))
    d.rectangle((0, int(side * 0.78), side - 1, int(side * 0.86)), fill=(234, 179, 8, 255))
    w = max(2, side // 11)
    d.line([(side * 0.24, side * 0.46), (side * 0.42, side * 0.64), (side * 0.76, side * 0.26)],
           fill=(255, 255, 255, 255), width=w, joint="curve")
    return im


def version_tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int(p) if p.isdigit() else 0 for p in version.split(".")[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    """A PyInstaller version file (the VSVersionInfo structure, as Python source)."""
    v = version_tuple(version)
    strings = {
        "CompanyName": COMPANY, "FileDescription": DESCRIPTION, "FileVersion": version,
        "InternalName": "bimtek-desk", "LegalCopyright": "MIT", "OriginalFilename": "bimtek-desk.exe",
        "ProductName": "bimtek-desk", "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {val!r})" for k, val in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042104b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def write(folder: Path, version: str) -> tuple[Path, Path]:
    """(icon, version file) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    icon = folder / "bimtek-desk.ico"
    draw_icon().save(icon, format="ICO", sizes=ICON_SIZES)
    info = folder / "version.txt"
    info.write_text(version_file_text(version), encoding="utf-8")
    return icon, info
