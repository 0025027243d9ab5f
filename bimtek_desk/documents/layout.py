"""Loading and checking layout files (JSON, millimetres, origin at the top left)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.documents.variables import available, placeholders
from bimtek_desk.errors import UserError
from bimtek_desk.render import fonts, images
from bimtek_desk.store.validation import SchemaValidator
from bimtek_desk.system.resources import resource

BUILTIN = {"sertifikat": "sertifikat.json", "piagam": "piagam.json"}
IMAGE_SOURCES = {"logo", "signature", "stamp"}
_validator: SchemaValidator | None = None


@dataclass(frozen=True)
class Layout:
    name: str
    doc_type: str
    size: str
    orientation: str
    pages: tuple[dict[str, Any], ...]
    source: str
    base_dir: Path  # relative image paths are resolved against this

    def variables(self) -> set[str]:
        found: set[str] = set()
        for page in self.pages:
            for el in page["elements"]:
                for key in ("text", "value", "source"):
                    if isinstance(el.get(key), str):
                        found |= placeholders(el[key])
        return found

    def faces(self) -> set[str]:
        """Every font the layout names."""
        return {el[k] for page in self.pages for el in page["elements"]
                for k in ("font", "header_font", "name_font") if k in el}

    def unknown_variables(self) -> set[str]:
        """Variables the layout uses that its document type cannot fill ({years} on a certificate)."""
        return self.variables() - available(self.doc_type)


def _faces() -> set[str]:
    out = set()
    for family in fonts.FAMILIES:
        for b in (False, True):
            for i in (False, True):
                out.add(fonts.face(family, b, i))
    return out


def image_problem(ref: str, base_dir: Path) -> str | None:
    """Why an image path of a layout is refused, or None.

    A layout travels between laptops and its documents travel by WhatsApp, so it may
    only use images from the database's image store (``image:<sha256>``, chosen in
    the app) or files in the layout file's own folder — never an absolute path, a
    path leaving that folder (``..``, a link) or one built from ``{variables}``.
    """
    if images.is_ref(ref) or ref in IMAGE_SOURCES:
        return None
    if "{" in ref or "}" in ref:
        return f"'{ref}': jalur gambar tidak boleh memakai {{variabel}}"
    path = Path(ref)
    if path.is_absolute() or ref.startswith(("/", "\\")) or (len(ref) > 1 and ref[1] == ":"):
        return (f"'{ref}': jalur mutlak tidak boleh; letakkan gambar di folder berkas tata letak "
                "dan tulis namanya saja, atau pilih gambar di aplikasi")
    try:
        inside = (base_dir / path).resolve().is_relative_to(base_dir.resolve())
    except (OSError, ValueError):
        inside = False
    if ".." in path.parts or not inside:
        return f"'{ref}': gambar harus berada di folder berkas tata letak ({base_dir})"
    full = base_dir / path
    if not full.is_file():
        return f"'{ref}': berkas gambar tidak ada di folder tata letak ({base_dir})"
    try:
        images.read(full)
    except UserError as exc:
        return str(exc).rstrip(".")
    return None


def _image_errors(data: dict[str, Any], base_dir: Path) -> list[str]:
    errors = []
    for p, page in enumerate(data["pages"]):
        if page.get("background"):
            problem = image_problem(page["background"], base_dir)
            if problem:
                errors.append(f"pages[{p}].background: {problem}")
        for e, el in enumerate(page["elements"]):
            if el["type"] == "image":
                problem = image_problem(el["source"], base_dir)
                if problem:
                    errors.append(f"pages[{p}].elements[{e}].source: {problem}")
    return errors


def parse(data: Any, source: str, base_dir: Path) -> Layout:
    global _validator
    if _validator is None:
        _validator = SchemaValidator("bimtek_desk.documents", "layout.schema.json")
    if not isinstance(data, dict):
        raise UserError(f"Tata letak '{source}' harus berupa objek JSON.")
    errors = _validator.errors(data)
    if not errors:
        faces = _faces()
        for p, page in enumerate(data["pages"]):
            for e, el in enumerate(page["elements"]):
                for key in ("font", "header_font", "name_font"):
                    if key in el and el[key] not in faces:
                        errors.append(f"pages[{p}].elements[{e}].{key}: huruf tidak dikenal {el[key]!r} "
                                      f"(pilih: {', '.join(sorted(faces))})")
                if el["type"] == "textbox" and el.get("min_size", 0) > el.get("max_size", 1000):
                    errors.append(f"pages[{p}].elements[{e}].min_size: lebih besar dari max_size")
        errors += _image_errors(data, base_dir)
    if errors:
        raise UserError(f"Tata letak '{source}' tidak sah: " + "; ".join(errors[:6]), detail="\n".join(errors))
    return Layout(data["name"], data["doc_type"], data["page"]["size"], data["page"]["orientation"],
                  tuple(data["pages"]), source, base_dir)


def load(path: str | Path) -> Layout:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"Tata letak '{path}' tidak dapat dibaca: {exc.strerror}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"Tata letak '{path.name}' bukan JSON yang sah: {exc}.") from exc
    return parse(data, path.name, path.parent)


def builtin(doc_type: str) -> Layout:
    return load(resource("layouts", BUILTIN[doc_type]))


def for_event(event: Any, doc_type: str) -> Layout:
    """The layout the event uses for a document type: its own file, or the built-in one."""
    chosen = event.settings.get("layouts", {}).get(doc_type)
    if not chosen or chosen == "builtin":
        return builtin(doc_type)
    layout = load(chosen)
    if layout.doc_type != doc_type:
        raise UserError(f"Tata letak '{chosen}' untuk {layout.doc_type}, bukan {doc_type}.")
    return layout
