"""Where the bundled resources (demo event, fonts, layouts, translations) are.

They ship as the regular package ``bimtek_desk.resources`` (the checkout's
top-level ``resources/`` folder, mapped in pyproject.toml).  ReportLab, QTranslator
and the layout loader need real files, and every way the app is installed (editable
checkout, wheel, PyInstaller build) keeps the package as a folder on disk, for which
``importlib.resources.files()`` returns a ``pathlib.Path``.  Anything else (a zip
import) is refused with a clear message instead of a path that does not exist.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

from bimtek_desk.errors import UserError

PACKAGE = "bimtek_desk.resources"
ENV = "BIMTEK_DESK_RESOURCES"  # another folder, for tests and for trying out fonts or layouts


def resource_dir() -> Path:
    """The folder holding ``demo/``, ``fonts/``, ``layouts/`` and ``i18n/``."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    return _installed()


@functools.cache
def _installed() -> Path:
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError as exc:
        raise UserError("Instalasi tidak lengkap: paket sumber daya bimtek_desk.resources tidak ada. "
                        "Pasang ulang bimtek-desk.") from exc
    if not isinstance(root, Path):
        raise UserError(f"Instalasi tidak lengkap: sumber daya bimtek-desk bukan satu folder di disk "
                        f"({type(root).__name__}). Pasang ulang bimtek-desk dari wheel atau installer.")
    return root


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
