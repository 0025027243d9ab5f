"""Reading rendered PDFs back: text, positioned text runs, rasterised pages, QR codes."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from bimtek_desk.scanning import qrfound


def flat(text: str) -> str:
    """The text with every run of white space (line breaks too) as one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    size: float
    font: str  # base font name without the subset prefix


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def _registered_names() -> dict[str, str]:
    """PostScript name in a PDF ('Caladea-Regular') -> our registered name ('Caladea')."""
    from reportlab.pdfbase import pdfmetrics

    from bimtek_desk.render import fonts

    fonts.register()
    out = {}
    for family in fonts.FAMILIES:
        for b, i in ((False, False), (True, False), (False, True), (True, True)):
            name = fonts.face(family, b, i)
            ps = pdfmetrics.getFont(name).face.name
            out.setdefault(ps.decode() if isinstance(ps, bytes) else str(ps), name)  # the plainest name wins
    return out


def runs(path: Path, page: int = 0) -> list[Run]:
    """Every text run on a page with its position and font (ReportLab writes no
    text matrices beyond a translation, so tm gives the baseline start)."""
    reader = PdfReader(str(path))
    out: list[Run] = []
    names = _registered_names()

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:  # type: ignore[type-arg]
        if text.strip() and font is not None:
            base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            base = names.get(base, base)
            scale = tm[0] * cm[0] if cm else tm[0]
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            out.append(Run(text, x, y, size * scale, base))

    reader.pages[page].extract_text(visitor_text=visit)
    return out


def raw_streams(path: Path) -> bytes:
    """All page content streams and the document's other objects, decompressed."""
    reader = PdfReader(str(path))
    chunks = [p.get_contents().get_data() for p in reader.pages if p.get_contents() is not None]
    data = path.read_bytes()
    chunks.append(data)
    return b"\n".join(chunks) + _inflate_all(data)


def _inflate_all(data: bytes) -> bytes:
    out = []
    pos = 0
    while (start := data.find(b"stream", pos)) != -1:
        start = data.find(b"\n", start) + 1
        end = data.find(b"endstream", start)
        try:
            out.append(zlib.decompress(data[start:end].rstrip(b"\r\n")))
        except zlib.error:
            pass
        pos = end
    return b"\n".join(out)


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def decode_qr(path: Path, *, dpi: int = 150, pages: list[int] | None = None) -> list[list[str]]:
    """Rasterise pages and decode every QR on them with zxing-cpp."""
    pdf = pdfium.PdfDocument(str(path))
    found = []
    try:
        for i in pages if pages is not None else range(len(pdf)):
            image = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil()
            found.append(qrfound.read(image))  # as the desk's camera and verify --image read
    finally:
        pdf.close()
    return found


def line_segments(path: Path, page: int = 0) -> list[tuple[float, float, float, float]]:
    """Every straight line (x1, y1, x2, y2) stroked on a page, in page coordinates
    (follows q/Q and cm, which is all ReportLab uses for lines)."""
    from pypdf.generic import ContentStream

    reader = PdfReader(str(path))
    ops = ContentStream(reader.pages[page].get_contents(), reader).operations
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    start = (0.0, 0.0)
    out = []

    def apply(x: float, y: float) -> tuple[float, float]:
        return ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]

    for operands, op in ops:
        if op == b"q":
            stack.append(ctm[:])
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3], c * ctm[0] + d * ctm[2],
                   c * ctm[1] + d * ctm[3], e * ctm[0] + f * ctm[2] + ctm[4], e * ctm[1] + f * ctm[3] + ctm[5]]
        elif op == b"m":
            start = apply(float(operands[0]), float(operands[1]))
        elif op == b"l":
            end = apply(float(operands[0]), float(operands[1]))
            out.append((start[0], start[1], end[0], end[1]))
            start = end
    return out


def unembedded_fonts(path: Path) -> set[str]:
    """Fonts a PDF names without embedding them (what pdffonts lists with emb 'no')."""
    missing = set()
    for pg in PdfReader(str(path)).pages:
        fonts = (pg.get("/Resources") or {}).get_object().get("/Font") or {}
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            desc = target.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing
