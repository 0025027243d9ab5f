"""Per-laptop settings in a small JSON file beside the user's other config
(``~/.config/bimtek-desk/laptop.json`` on Linux; ``BIMTEK_DESK_CONFIG`` names
another file).  Not in the event database: two laptops sharing one database file
are still two desks.  Qt-free; a missing or unreadable file is an empty one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from bimtek_desk.errors import UserError

ENV = "BIMTEK_DESK_CONFIG"
DEFAULT_DESK = "Meja 1"
MAX_DESK_NAME = 40


def path() -> Path:
    env = os.environ.get(ENV)
    return Path(env) if env else platformdirs.user_config_path("bimtek-desk", appauthor=False) / "laptop.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any]) -> None:
    """Merge ``values`` into the file (written whole, then renamed into place)."""
    from bimtek_desk.system.files import atomic_write

    data = {**load(), **values}
    target = path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, lambda tmp: tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2),
                                                        encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Pengaturan laptop tidak dapat disimpan di {target}: {exc.strerror or exc}") from exc
    except UserError as exc:
        raise UserError(f"Pengaturan laptop tidak dapat disimpan: {exc}") from exc


def desk_name() -> str | None:
    """The name this laptop's desk was given at its first start, if any."""
    name = load().get("desk_name")
    return name if isinstance(name, str) and name.strip() else None


def clean_desk_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise UserError("Nama meja wajib diisi, misalnya 'Meja 2' atau 'Meja Pintu Timur'.")
    if len(name) > MAX_DESK_NAME:
        raise UserError(f"Nama meja terlalu panjang (paling banyak {MAX_DESK_NAME} huruf).")
    from bimtek_desk.scanning.shape import looks_like_code

    if looks_like_code(name):  # a badge scanned into the first-start dialog
        raise UserError("Itu kode badge hasil pindai, bukan nama meja. Ketik nama meja dengan keyboard, "
                        "misalnya 'Meja 2'.")
    return name


def set_desk_name(text: str) -> str:
    name = clean_desk_name(text)
    save({"desk_name": name})
    return name
