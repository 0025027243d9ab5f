"""Where the bundled resources (demo event, fonts, logos, layouts) are."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder, installed as the package ``bimtek_desk.resources``."""
    env = os.environ.get("BIMTEK_DESK_RESOURCES")
    if env:
        return Path(env)
    try:
        return Path(str(resources.files("bimtek_desk.resources")))
    except ModuleNotFoundError:  # running from a source checkout
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
