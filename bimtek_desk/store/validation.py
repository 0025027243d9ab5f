"""JSON-schema validation with Indonesian messages that name the field."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

from bimtek_desk.errors import UserError

if TYPE_CHECKING:  # jsonschema is imported when a file is first validated: it costs ~0.1 s at every start
    from jsonschema.exceptions import ValidationError

_TYPES = {
    "string": "teks", "integer": "bilangan bulat", "number": "angka", "boolean": "true/false",
    "array": "daftar", "object": "objek", "null": "kosong (null)",
}


def field_path(path: Iterable[Any]) -> str:
    """('agenda', 2, 'jp') -> 'agenda[2].jp'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(akar berkas)"


def _one_of(err: ValidationError) -> str | None:
    """For a list of typed elements: the errors of the branch the element's 'type' names."""
    inst = err.instance
    if not isinstance(inst, dict) or "type" not in inst:
        return None
    subs = list(err.context or [])

    def complains_about_type(sub: ValidationError) -> bool:
        return sub.validator == "const" and list(sub.relative_path) == ["type"]

    wrong = {sub.relative_schema_path[0] for sub in subs if complains_about_type(sub)}
    relevant = [sub for sub in subs if sub.relative_schema_path[0] not in wrong]
    if not relevant:
        return f"{field_path(err.absolute_path)}: jenis elemen tidak dikenal {inst['type']!r}"
    return "; ".join(describe(sub) for sub in relevant)


def describe(err: ValidationError) -> str:
    where = field_path(err.absolute_path)
    v, val = err.validator, err.validator_value
    if v == "oneOf":
        specific = _one_of(err)
        if specific:
            return specific
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        return f"{field_path([*err.absolute_path, missing])}: wajib diisi"
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return f"{where}: kolom tidak dikenal {', '.join(repr(e) for e in extra)}"
    if v == "type":
        types = val if isinstance(val, list) else [val]
        return f"{where}: harus berupa {' atau '.join(_TYPES.get(str(t), str(t)) for t in types)}"
    if v == "enum":
        return f"{where}: harus salah satu dari {', '.join(repr(x) for x in val)}"
    if v == "const":
        return f"{where}: harus {val!r}"
    if v == "pattern":
        return f"{where}: format tidak sesuai ({err.instance!r})"
    if v == "minLength":
        return f"{where}: terlalu pendek (minimal {val} karakter)"
    if v == "maxLength":
        return f"{where}: terlalu panjang (maksimal {val} karakter)"
    if v == "minimum":
        return f"{where}: minimal {val}"
    if v == "maximum":
        return f"{where}: maksimal {val}"
    if v == "minItems":
        return f"{where}: minimal {val} butir"
    return f"{where}: {err.message}"


class SchemaValidator:
    """Validate documents against a schema shipped in a package."""

    def __init__(self, package: str, name: str) -> None:
        import jsonschema

        schema = json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        self._validator = jsonschema.Draft202012Validator(schema)

    def errors(self, document: Any) -> list[str]:
        errs = sorted(self._validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        return [describe(e) for e in errs]

    def check(self, document: Any, what: str) -> None:
        errs = self.errors(document)
        if errs:
            raise UserError(f"{what} tidak sah: " + "; ".join(errs[:8]) + (" …" if len(errs) > 8 else ""),
                            detail="\n".join(errs))
