"""Draw layouts with ReportLab: one PDF for many documents, or one file each.

Fonts are registered once; images are read once per renderer (a PNG logo is
flattened to JPEG once, so that writing 175 separate files does not re-encode
it 175 times).  Nothing here knows about the database.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import getDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.layout import Layout
from bimtek_desk.documents.variables import fill, signatory_name
from bimtek_desk.errors import UserError
from bimtek_desk.render import fonts, images, qr, watermark
from bimtek_desk.render.emblem import draw_logo
from bimtek_desk.render.text import fit
from bimtek_desk.signing import cose

F4 = (215 * mm, 330 * mm)
SIZES = {"A4": A4, "F4": F4, "Letter": LETTER}
INK = "#1F2937"

# The initial font is embedded: ReportLab's default leaves an unembedded Helvetica in the
# file.  (Passed as keywords: the type stubs give initialFontName a float by mistake.)
INITIAL_FONT: dict[str, Any] = {"initialFontName": "Caladea"}

Progress = Callable[[int, int], bool | None]  # (done, total) -> False cancels


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Dibatalkan.")


class Renderer:
    """Renders one layout.

    Args:
        layout: the layout.
        assets: event-level images and data — 'logo', signatory dicts under
            'signatories', 'materials' (list of agenda items with jp).
        strict: refuse a layout with unknown variables (bulk); a preview shows them.
    """

    def __init__(self, layout: Layout, assets: Mapping[str, Any], *, strict: bool = True) -> None:
        fonts.register()
        unknown = layout.unknown_variables()
        if strict and unknown:
            raise UserError(f"Tata letak '{layout.name}' memakai variabel tidak dikenal: "
                            + ", ".join("{" + u + "}" for u in sorted(unknown)))
        self.layout, self.assets = layout, assets
        size = SIZES[layout.size]
        self.pagesize = landscape(size) if layout.orientation == "landscape" else portrait(size)
        self._images: dict[str | bytes, EmbeddedImage | None] = {}
        self._spans: dict[str, tuple[float, float]] = {}
        self._checked: set[str] = set()  # background paths found sound: checked once per renderer, not per page
        self.faces = sorted(layout.faces() | {"Caladea", "Caladea-Bold"})

    # -- images -----------------------------------------------------------------------

    def _image(self, ref: str | bytes) -> EmbeddedImage | None:
        """An image from its bytes, the database's image store ('image:<sha256>') or a
        path (relative paths from the layout's folder; ``layout.image_problem`` keeps
        a layout's own images inside it).  Not a PNG/JPEG: a clear UserError."""
        if ref not in self._images:
            if isinstance(ref, str) and images.is_ref(ref):
                data = (self.assets.get("images") or {}).get(images.digest(ref))
                if not data:
                    raise UserError(f"Gambar '{ref[:18]}…' tidak ada di basis data acara ini; pilih gambarnya di "
                                    "area Acara.")
                self._images[ref] = EmbeddedImage(_prepare(io.BytesIO(data), ref))
            elif isinstance(ref, bytes):
                self._images[ref] = EmbeddedImage(_prepare(io.BytesIO(ref), "gambar"))
            else:
                path = Path(ref) if Path(ref).is_absolute() else self.layout.base_dir / ref
                self._images[ref] = EmbeddedImage(_prepare(path, path.name)) if path.is_file() else None
        return self._images[ref]

    def _check_background(self, ref: str) -> None:
        """A page background passes ``layout.image_problem`` once per renderer (a batch):
        it reads the file, which every page of every document would otherwise do again."""
        if ref not in self._checked:
            problem = layoutlib.image_problem(ref, self.layout.base_dir)
            if problem:
                raise UserError(f"Tata letak '{self.layout.name}': {problem}.")
            self._checked.add(ref)

    # -- output -------------------------------------------------------------------------

    def render(self, contexts: Iterable[Mapping[str, str]], out: str | Path | BinaryIO, *,
               progress: Progress | None = None, total: int = 0, title: str = "") -> int:
        """All documents into one PDF; returns the page count."""
        # The initial font is embedded: ReportLab's default leaves an unembedded Helvetica in the file.
        c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=self.pagesize, pageCompression=1,
                   **INITIAL_FONT)
        c.setAuthor(str(self.assets.get("author") or "bimtek-desk"))
        c.setSubject(str(self.assets.get("subject") or ""))
        c.setCreator("bimtek-desk")
        c.setTitle(title or self.layout.name)
        pages = 0
        for n, ctx in enumerate(contexts, start=1):
            pages += self.draw_document(c, ctx)
            if progress is not None and progress(n, total) is False:
                raise Cancelled()
        if pages == 0:
            raise UserError("Tidak ada dokumen untuk dibuat.")
        c.save()
        return pages

    def render_one(self, ctx: Mapping[str, str], out: str | Path | BinaryIO, title: str = "") -> int:
        return self.render([ctx], out, title=title)

    def draw_document(self, c: Canvas, ctx: Mapping[str, str]) -> int:
        for page in self.layout.pages:
            self._spans = {}  # textbox id -> (left, right) of its widest line on this page
            if page.get("background"):
                self._check_background(page["background"])
                bg = self._image(page["background"])
                if bg is not None:
                    bg.draw(c, 0, 0, *self.pagesize, keep_aspect=False)
            for el in page["elements"]:
                getattr(self, f"_draw_{el['type']}")(c, el, ctx)
            if ctx.get("_watermark"):
                watermark.draw(c, *self.pagesize, text=ctx["_watermark"])
            c.showPage()
        return len(self.layout.pages)

    # -- elements (y is measured from the top of the page) ------------------------------

    def _y(self, top_mm: float) -> float:
        return self.pagesize[1] - top_mm * mm

    def _draw_text(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        text = fill(el["text"], ctx)
        font, size = el.get("font", "Caladea"), el.get("size", 12)
        x, y = el["x"] * mm, self._y(el["y"])
        spacing = el.get("letter_spacing", 0)
        width = stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)
        align = el.get("align", "left")
        box = el.get("w", 0) * mm
        if align == "center":
            x = x + box / 2 - width / 2 if box else x - width / 2
        elif align == "right":
            x = x + box - width if box else x - width
        c.setFillColor(HexColor(el.get("colour", INK)))
        t = c.beginText(x, y)
        t.setFont(font, size)
        if spacing:
            t.setCharSpace(spacing)
        t.textOut(text)
        if spacing:
            t.setCharSpace(0)  # character spacing is PDF text state: it would leak into later text
        c.drawText(t)

    def _draw_textbox(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        text = fill(el["text"], ctx)
        font = el.get("font", "Caladea")
        w, h = el["w"] * mm, el["h"] * mm
        max_size, min_size = el.get("max_size", 14), el.get("min_size", 8)
        leading = el.get("leading", 1.25)
        max_lines = el.get("max_lines", 8)
        lines, size = _wrap_to_fit(text, font, w, h, max_size, min_size, max_lines, leading)
        block = size * leading * (len(lines) - 1) + size
        top = self._y(el["y"])
        valign = el.get("valign", "top")
        offset = {"top": 0.0, "middle": (h - block) / 2, "bottom": h - block}[valign]
        y = top - offset - size * 0.8
        x = el["x"] * mm
        align = el.get("align", "left")
        c.setFillColor(HexColor(el.get("colour", INK)))
        c.setFont(font, size)
        widest = max(stringWidth(line, font, size) for line in lines)
        left = {"center": x + (w - widest) / 2, "right": x + w - widest}.get(align, x)
        if el.get("id"):
            self._spans[el["id"]] = (left, left + min(widest, w))
        for i, line in enumerate(lines):
            if align == "center":
                c.drawCentredString(x + w / 2, y, line)
            elif align == "right":
                c.drawRightString(x + w, y, line)
            elif align == "justify" and i < len(lines) - 1 and " " in line:
                _justify(c, line, font, size, x, y, w)
            else:
                c.drawString(x, y, line)
            y -= size * leading

    def _draw_image(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        x, y, w, h = el["x"] * mm, self._y(el["y"] + el["h"]), el["w"] * mm, el["h"] * mm
        source = el["source"]
        if source == "logo":
            logo = self.assets.get("logo")
            image = self._image(logo if isinstance(logo, bytes) else str(logo)) if logo else None
            if image is None:  # not chosen yet, or the file named in the event file is missing
                draw_logo(c, None, x, y + (h - min(w, h)) / 2, min(w, h))
            else:
                image.draw(c, x, y + (h - min(w, h)) / 2, min(w, h), min(w, h))
            return
        problem = layoutlib.image_problem(source, self.layout.base_dir)
        if problem:  # a layout built in code, not loaded through layout.parse
            raise UserError(f"Tata letak '{self.layout.name}': {problem}.")
        image = self._image(source)
        if image is not None:
            image.draw(c, x, y, w, h)

    def _draw_qr(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        value = fill(el["value"], ctx)
        size = el["size"] * mm
        if cose.looks_signed(value):  # the signed QR: level M, never printed smaller than a phone can read
            m = qr.matrix_level(value, cose.QR_LEVEL)
            size = max(size, qr.size_for(m, cose.MIN_SYMBOL_MM * mm, cose.MIN_MODULE_MM * mm))
        else:
            m = qr.matrix(value)
        qr.draw(c, m, el["x"] * mm, self._y(el["y"]) - size, size)

    def _draw_line(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        c.setStrokeColor(HexColor(el.get("colour", INK)))
        c.setLineWidth(el.get("width", 0.5))
        x1, x2 = el["x1"] * mm, el["x2"] * mm
        span = self._spans.get(el.get("follow", ""))
        if span is not None:  # under a name: as wide as the name (plus pad), never shorter than min_w
            centre = (span[0] + span[1]) / 2
            half = max((span[1] - span[0]) / 2 + el.get("pad", 0) * mm, el.get("min_w", 0) * mm / 2)
            x1, x2 = centre - half, centre + half
        c.line(x1, self._y(el["y1"]), x2, self._y(el["y2"]))

    def _draw_rect(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        x, y, w, h = el["x"] * mm, self._y(el["y"] + el["h"]), el["w"] * mm, el["h"] * mm
        stroke = el.get("width", 0.5) > 0
        if stroke:
            c.setStrokeColor(HexColor(el.get("colour", INK)))
            c.setLineWidth(el.get("width", 0.5))
        fill_colour = el.get("fill")
        if fill_colour:
            c.setFillColor(HexColor(fill_colour))
        radius = el.get("radius", 0) * mm
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=int(stroke), fill=int(bool(fill_colour)))
        else:
            c.rect(x, y, w, h, stroke=int(stroke), fill=int(bool(fill_colour)))

    def _draw_table(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        rows = [m for m in self.assets.get("materials", [])]
        font, header_font = el.get("font", "Caladea"), el.get("header_font", "Caladea-Bold")
        size = el.get("size", 11)
        row_h = el.get("row_height", 9) * mm
        cols = el["columns"]
        scale = el["w"] / sum(col["width"] for col in cols)
        widths = [col["width"] * scale * mm for col in cols]
        x0, y = el["x"] * mm, self._y(el["y"])
        colour = HexColor(el.get("colour", INK))
        c.setStrokeColor(colour)
        c.setLineWidth(0.6)

        def row(values: list[str], face: str, fill_rgb: str | None = None) -> None:
            nonlocal y
            texts = [_split(v, face, size, w - 4 * mm) or ("",) for v, w in zip(values, widths, strict=True)]
            height = max(row_h, max(len(t) for t in texts) * size * 1.2 + 3 * mm)
            if fill_rgb:
                c.setFillColor(HexColor(fill_rgb))
                c.rect(x0, y - height, sum(widths), height, stroke=0, fill=1)
            c.setFillColor(colour)
            c.setFont(face, size)
            x = x0
            for col, w, lines in zip(cols, widths, texts, strict=True):
                c.rect(x, y - height, w, height, stroke=1, fill=0)
                ty = y - (height - len(lines) * size * 1.2) / 2 - size * 0.95
                for line in lines:
                    align = col.get("align", "left")
                    if align == "center":
                        c.drawCentredString(x + w / 2, ty, line)
                    elif align == "right":
                        c.drawRightString(x + w - 2 * mm, ty, line)
                    else:
                        c.drawString(x + 2 * mm, ty, line)
                    ty -= size * 1.2
                x += w
            y -= height

        row([col["title"] for col in cols], header_font, "#F1F5F9")
        for n, item in enumerate(rows, start=1):
            values = {"no": str(n), "title": item.get("title", ""), "speaker": item.get("speaker") or "",
                      "jp": str(item.get("jp", 0)), "time": f"{item.get('start', '')}–{item.get('end', '')}"}
            row([values[col["key"]] for col in cols], font)
        total = sum(int(item.get("jp", 0)) for item in rows)
        label = el.get("total_label", "Jumlah")
        totals = ["" for _ in cols]
        keys = [col["key"] for col in cols]
        if "jp" in keys:
            totals[keys.index("jp")] = str(total)
        label_col = keys.index("title") if "title" in keys else 0
        totals[label_col] = label
        row(totals, header_font, "#F1F5F9")

    def _draw_signature(self, c: Canvas, el: dict[str, Any], ctx: Mapping[str, str]) -> None:
        """Place and date, 'a.n.' and title lines, room to sign, the name with one rule
        under it (below its descenders: the J of 'HJ.' never cuts it), rank and NIP.  The
        block ends no lower than ``h`` mm (47 by default) below its top: with 'a.n.' and
        a signature and stamp it starts higher or signs in a little less room, never
        nearer the frame."""
        sig = self.assets.get("signatories", {}).get(el["signatory"])
        if not sig:
            return
        font, name_font = el.get("font", "Caladea"), el.get("name_font", "Caladea-Bold")
        size = el.get("size", 12)
        x, w = el["x"] * mm, el["w"] * mm
        cx = x + w / 2
        lines = []
        if el.get("with_place_date", True):
            lines.append(ctx.get("place_date", ""))
        if sig.get("on_behalf"):
            lines.append(str(sig["on_behalf"]))
        lines.append(str(sig.get("title_line", "")))
        parts = [part for line in lines for part in _split(line, font, size, w)]
        name = signatory_name(sig)
        fitted = fit(name, name_font, w, size * 1.6, max_size=size + 1, min_size=size * 0.7, max_lines=1)
        tail = [str(sig["rank"])] if sig.get("rank") else []
        tail += [f"NIP. {sig['nip']}"] if sig.get("nip") else []
        line_h, space, least_space = size * 1.25, 24 * mm, 19 * mm
        below_name = size * 1.3 + max(0, len(tail) - 1) * line_h  # name baseline to the last baseline
        top = self._y(el["y"])
        floor = self._y(el["y"] + el.get("h", 47))
        drop = len(parts) * line_h + space + below_name  # first baseline to the last
        over = (top - drop) - floor
        if over < 0:  # too low: less room to sign first, then start higher
            saved = min(-over, space - least_space)
            space -= saved
            top += max(0.0, -over - saved)
        y = top
        c.setFillColor(HexColor(el.get("colour", INK)))
        for part in parts:
            c.setFont(font, size)
            c.drawCentredString(cx, y, part)
            y -= line_h
        for key in ("stamp_image", "signature_image"):
            if sig.get(key):
                image = self._image(sig[key] if isinstance(sig[key], bytes) else str(sig[key]))
                if image is not None:
                    image.draw(c, cx - 30 * mm if key == "stamp_image" else cx - 22 * mm, y - space + 2 * mm,
                               44 * mm, space - 2 * mm)
        y -= space
        c.setFont(name_font, fitted.size)
        c.drawCentredString(cx, y, name)
        width = stringWidth(name, name_font, fitted.size)
        rule_y = y + getDescent(name_font, fitted.size) - 0.6  # under the lowest descender
        c.setStrokeColor(HexColor(el.get("rule_colour", "#B08D57")))
        c.setLineWidth(0.7)
        c.line(cx - width / 2, rule_y, cx + width / 2, rule_y)
        y -= size * 1.3
        c.setFont(font, size)
        for text in tail:
            c.drawCentredString(cx, y, text)
            y -= line_h


@functools.lru_cache(maxsize=4096)
def _split(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """simpleSplit, remembered: the same texts (the materials table, the certificate's
    body) are wrapped again for every participant."""
    return tuple(simpleSplit(text, font, size, width))


@functools.lru_cache(maxsize=1024)
def _wrap_to_fit(text: str, font: str, w: float, h: float, max_size: float, min_size: float, max_lines: int,
                 leading: float) -> tuple[tuple[str, ...], float]:
    """Greedy wrap at the largest size (0.5 pt steps) whose lines fit the box."""
    size = max_size
    while True:
        lines = _split(text, font, size, w) or ("",)
        height = size * leading * (len(lines) - 1) + size
        if (len(lines) <= max_lines and height <= h) or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    if len(lines) > max_lines or size * leading * (len(lines) - 1) + size > h:
        # Below the minimum rather than overflow the box.
        while size > 4 and (len(lines) > max_lines or size * leading * (len(lines) - 1) + size > h):
            size -= 0.25
            lines = _split(text, font, size, w) or ("",)
    if max_lines == 1 and stringWidth(lines[0], font, size) > w:
        size = w / stringWidth(lines[0], font, 1.0)
    return lines, size


def _justify(c: Canvas, line: str, font: str, size: float, x: float, y: float, w: float) -> None:
    words = line.split(" ")
    gap = (w - sum(stringWidth(word, font, size) for word in words)) / (len(words) - 1)
    for word in words:
        c.drawString(x, y, word)
        x += stringWidth(word, font, size) + gap


class EmbeddedImage:
    """An image compressed once per renderer and only registered in each later PDF.

    ReportLab's ``drawImage`` hashes and zlib-compresses an image (and its alpha
    mask) again for every new canvas; writing 175 separate certificates with a
    transparent signature and stamp then spends most of its time doing that.
    Here ReportLab builds the image XObject once, the way ``drawImage`` would,
    and each document gets a shallow copy of it (the compressed bytes shared).
    """

    def __init__(self, reader: ImageReader) -> None:
        from reportlab.pdfbase.pdfdoc import PDFImageXObject

        rgb = reader.getRGBData()
        alpha = getattr(reader, "_dataA", None)  # ReportLab's own split of an RGBA image, made by getRGBData
        # The name drawImage would give it (ReportLab's _digester: the MD5 of the pixels).
        self.name = hashlib.md5(rgb + (alpha.getRGBData() if alpha else b"auto"), usedforsecurity=False).hexdigest()
        self.template = PDFImageXObject(self.name, reader, mask="auto")
        self.template.name = self.name
        # The alpha mask ReportLab made, kept apart: each document registers its own reference to it.
        self.smask: Any = vars(self.template).pop("_smask", None)
        self.width, self.height = self.template.width, self.template.height

    def draw(self, c: Canvas, x: float, y: float, w: float, h: float, *, keep_aspect: bool = True) -> None:
        from reportlab.lib.boxstuff import aspectRatioFix
        from reportlab.pdfbase.pdfdoc import PDFObjectReference

        # ReportLab's own steps of drawImage, below its documented API (not in its type stubs):
        # typed Any here, once, rather than an ignore on every line.
        canvas: Any = c
        doc = canvas._doc
        reg = doc.getXObjectName(self.name)
        if reg not in doc.idToObject:
            obj: Any = copy.copy(self.template)
            canvas._setXObjects(obj)
            doc.Reference(obj, reg)
            doc.addForm(self.name, obj)
            if self.smask is not None:
                mreg = doc.getXObjectName(self.smask.name)
                if mreg not in doc.idToObject:
                    mask = copy.copy(self.smask)
                    canvas._setXObjects(mask)
                    doc.Reference(mask, mreg)
                obj.smask = PDFObjectReference(mreg)
        x, y, w, h, _ = aspectRatioFix(keep_aspect, "c", x, y, w, h, self.width, self.height)
        canvas._currentPageHasImages = 1
        c.saveState()
        c.translate(x, y)
        c.scale(w, h)
        canvas._code.append(f"/{reg} Do")
        c.restoreState()
        canvas._formsinuse.append(self.name)


def _prepare(source: Path | io.BytesIO, name: str) -> ImageReader:
    from PIL import Image

    try:
        return _read_image(source)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:  # UnidentifiedImageError: OSError
        raise UserError(f"Gambar '{name}' bukan gambar PNG atau JPEG yang utuh.") from exc


def _read_image(source: Path | io.BytesIO) -> ImageReader:
    """Read an image once per renderer: a JPEG is embedded as it is; anything else
    losslessly, scaled down to at most 1200 px (print resolution for the sizes a
    certificate uses), keeping its transparency only if it really has some (a
    signature and a stamp drawn over each other)."""
    from PIL import Image

    with Image.open(source) as im:
        if im.format == "JPEG" and im.mode in ("RGB", "L", "CMYK"):
            if isinstance(source, io.BytesIO):
                source.seek(0)
                return ImageReader(source)
            return ImageReader(str(source))
        rgba = im.convert("RGBA")
    rgba.thumbnail((1200, 1200))
    lowest = rgba.getchannel("A").getextrema()[0]  # one band: (min, max)
    if isinstance(lowest, int | float) and lowest < 255:
        return ImageReader(rgba)
    return ImageReader(rgba.convert("RGB"))
