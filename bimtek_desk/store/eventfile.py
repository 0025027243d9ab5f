"""The event file: JSON or TOML, validated, with errors that name the field.

Format ``bimtek-desk/event-1`` (see ``eventfile.schema.json`` beside this module and the
demo in ``resources/demo/event.json``).  Agenda items marked ``attendance``
become the event's sessions (attendance points); the rest of the file is kept
as the event's settings.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.store.models import Event, EventFacts, SessionSpec
from bimtek_desk.store.validation import SchemaValidator

FORMAT = "bimtek-desk/event-1"
_validator: SchemaValidator | None = None
NUMBER_VARS = {"seq", "year", "month", "month_roman", "event"}
_NUMBER_RE = re.compile(r"\{([a-z_]+)(?::0?(\d)d)?\}")


@dataclass(frozen=True, kw_only=True)
class EventSpec(EventFacts):
    """An event as its file describes it, validated, before it is stored."""

    sessions: tuple[SessionSpec, ...]
    awards: tuple[dict[str, Any], ...]
    settings: dict[str, Any]  # the whole validated document


def _file_keys() -> frozenset[str]:
    from importlib import resources

    spec = resources.files("bimtek_desk.store").joinpath("eventfile.schema.json")
    schema = json.loads(spec.read_text(encoding="utf-8"))
    return frozenset(schema["properties"])


FILE_KEYS = _file_keys()  # top-level keys that belong to the event file


def _validator_instance() -> SchemaValidator:
    global _validator
    if _validator is None:
        _validator = SchemaValidator("bimtek_desk.store", "eventfile.schema.json")
    return _validator


def _plain(value: Any) -> Any:
    """TOML gives date objects; the schema speaks strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read(path: str | Path) -> dict[str, Any]:
    """Read a JSON or TOML file into a dict (not yet validated)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Berkas acara '{path}' tidak dapat dibaca: {exc.strerror}.") from exc
    if not raw.strip():
        raise UserError(f"Berkas acara '{path}' kosong.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"Berkas acara '{path}' bukan teks UTF-8.") from exc
    try:
        if path.suffix.lower() == ".toml":
            data: Any = tomllib.loads(text)
        else:
            data = json.loads(text, parse_int=_small_int)
    except RecursionError as exc:
        raise UserError(f"Berkas acara '{path}' bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat).") from exc
    except _TooLong as exc:
        raise UserError(f"Berkas acara '{path}' memuat angka terlalu panjang ({exc} digit).") from exc
    except json.JSONDecodeError as exc:
        raise UserError(f"Berkas acara '{path}' bukan JSON yang sah: baris {exc.lineno}, kolom {exc.colno}: "
                        f"{exc.msg}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Berkas acara '{path}' bukan TOML yang sah: {exc}.") from exc
    except ValueError as exc:  # tomllib: an integer beyond Python's digit limit
        raise UserError(f"Berkas acara '{path}' memuat angka terlalu panjang.") from exc
    if not isinstance(data, dict):
        raise UserError(f"Berkas acara '{path}' harus berisi satu objek, bukan {type(data).__name__}.")
    if _depth(data) > MAX_DEPTH:
        raise UserError(f"Berkas acara '{path}' bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat).")
    for value in _walk(data):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** MAX_INT_DIGITS:
            raise UserError(f"Berkas acara '{path}' memuat angka terlalu panjang ({len(str(abs(value)))} digit).")
    return _plain(data)


MAX_DEPTH = 32        # an event file is a few levels deep; deeper is an attack or an accident
MAX_INT_DIGITS = 18   # JP, rupiah, years: never near this


class _TooLong(ValueError):
    pass


def _small_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _TooLong(str(digits))
    return int(text)


def _walk(data: Any) -> Any:
    stack = [data]
    while stack:
        value = stack.pop()
        yield value
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _depth(data: Any) -> int:
    """Nesting depth, without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        if isinstance(value, dict):
            stack.extend((v, level + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, level + 1) for v in value)
    return deepest


def check_number_pattern(pattern: str) -> list[str]:
    """Problems with a numbering pattern such as '400.9.12/{seq:03d}/Dinsos/{year}'."""
    problems = []
    names = [m[1] for m in _NUMBER_RE.finditer(pattern)]
    if "seq" not in names:
        problems.append("harus memuat {seq} (nomor urut)")
    for name in names:
        if name not in NUMBER_VARS:
            problems.append(f"variabel tidak dikenal {{{name}}}")
    leftover = _NUMBER_RE.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        problems.append("kurung kurawal tidak berpasangan atau format salah")
    return problems


def format_number(pattern: str, *, seq: int, date: dt.date, event_id: str) -> str:
    from bimtek_desk.idn.dates import ROMAN_MONTHS

    values = {"seq": seq, "year": date.year, "month": date.month,
              "month_roman": ROMAN_MONTHS[date.month - 1], "event": event_id}

    def repl(m: re.Match[str]) -> str:
        value = values[m[1]]
        return str(value).zfill(int(m[2])) if m[2] else str(value)

    return _NUMBER_RE.sub(repl, pattern)


def parse(data: dict[str, Any], source: str = "berkas acara") -> EventSpec:
    """Validate a document and turn it into an EventSpec; UserError lists the problems."""
    errors = _validator_instance().errors(data)
    if not errors:
        errors = _semantic_errors(data)
    if errors:
        raise UserError(f"{source} tidak sah: " + "; ".join(errors[:8]) + (" …" if len(errors) > 8 else ""),
                        detail="\n".join(errors))
    start = dt.date.fromisoformat(data["date"])
    end = dt.date.fromisoformat(data.get("date_end", data["date"]))
    sessions = []
    for pos, item in enumerate(data["agenda"]):
        if not item.get("attendance"):
            continue
        sessions.append(SessionSpec(
            key=item["key"], label=item.get("label", item["title"]),
            date=dt.date.fromisoformat(item.get("date", data["date"])),
            start_time=item["start"], end_time=item["end"],
            counts_for_certificate=item.get("counts_for_certificate", True), position=pos,
        ))
    return EventSpec(
        id=data["id"], name=data["name"], short_name=data["short_name"],
        date_start=start, date_end=end, venue=data["venue"], city=data["city"],
        sessions=tuple(sessions), awards=tuple(data.get("awards", [])), settings=data,
    )


def _semantic_errors(data: dict[str, Any]) -> list[str]:
    errors = []
    try:
        start = dt.date.fromisoformat(data["date"])
    except ValueError:
        return [f"date: tanggal tidak ada ({data['date']!r})"]
    end = start
    if "date_end" in data:
        try:
            end = dt.date.fromisoformat(data["date_end"])
        except ValueError:
            return [f"date_end: tanggal tidak ada ({data['date_end']!r})"]
        if end < start:
            errors.append("date_end: sebelum tanggal mulai")
    seen: set[str] = set()
    for i, item in enumerate(data["agenda"]):
        where = f"agenda[{i}]"
        if item["key"] in seen:
            errors.append(f"{where}.key: kode sesi {item['key']!r} dipakai dua kali")
        seen.add(item["key"])
        if item["start"] >= item["end"]:
            errors.append(f"{where}.end: jam selesai harus setelah jam mulai")
        if "date" in item:
            try:
                d = dt.date.fromisoformat(item["date"])
            except ValueError:
                errors.append(f"{where}.date: tanggal tidak ada")
                continue
            if not start <= d <= end:
                errors.append(f"{where}.date: di luar tanggal acara")
    if not any(item.get("attendance") for item in data["agenda"]):
        errors.append("agenda: minimal satu butir harus titik absen (\"attendance\": true)")
    for kind, pattern in data.get("numbering", {}).items():
        errors += [f"numbering.{kind}: {p}" for p in check_number_pattern(pattern)]
    elig = data.get("eligibility", {})
    if elig.get("rule") == "at_least" and "min_sessions" not in elig:
        errors.append("eligibility.min_sessions: wajib diisi untuk aturan 'at_least'")
    return errors


def edited(event: Event, changes: dict[str, Any], drop: tuple[str, ...] = ()) -> EventSpec:
    """The event's file document with some top-level fields changed (and the
    optional fields in ``drop`` removed), validated."""
    data = {k: v for k, v in event.settings.items() if k in FILE_KEYS and k not in drop}
    data.update(changes)
    return parse(data, source="Data acara")


def load(path: str | Path) -> EventSpec:
    return parse(read(path), source=f"Berkas acara '{Path(path).name}'")
