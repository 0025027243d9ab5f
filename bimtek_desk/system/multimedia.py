"""Is QtMultimedia (camera, desk sounds) usable on this computer?

Windows "N" editions (sold in Europe and Korea) lack Media Foundation unless the
Media Feature Pack is installed; QtMultimedia then fails to import ("DLL load
failed").  The desk must keep working with the scanner and the search, and the
camera button must say why it does nothing.
"""

from __future__ import annotations

import importlib
import platform as platform_module
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class CameraSupport:
    available: bool
    reason: str = ""  # Indonesian, with the fix: the self-test's line, the camera button's tooltip
    summary: str = ""  # the same in a few words, for the desk's status line


def windows_n_edition() -> bool:
    """Windows 10/11 'N' or 'KN' edition (e.g. ProfessionalN, CoreN, EnterpriseN)."""
    try:
        edition = platform_module.win32_edition() or ""
    except Exception:  # noqa: BLE001  # not Windows, or the registry cannot be read (any error: a plain answer)
        return False
    return edition.endswith("N")


def camera_support(platform: str | None = None) -> CameraSupport:
    """Whether QtMultimedia loads; if not, an Indonesian reason naming the fix."""
    platform = platform or sys.platform
    try:
        importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError) as exc:
        if platform == "win32":
            n = windows_n_edition()
            which = "Windows ini edisi 'N' tanpa" if n else "Windows ini tidak memiliki"
            return CameraSupport(False, f"Kamera dan suara tidak tersedia: {which} Media Feature Pack. Pasang lewat "
                                        "Pengaturan > Aplikasi > Fitur opsional > 'Media Feature Pack', lalu "
                                        "mulai ulang. Sementara itu gunakan pemindai atau pencarian.",
                                 "Windows N: pasang Media Feature Pack." if n else "Pasang Media Feature Pack.")
        return CameraSupport(False, "Kamera dan suara tidak tersedia: pustaka multimedia Qt tidak dapat dimuat "
                                    f"({exc}). "
                                    "Gunakan pemindai atau pencarian.",
                             "Pustaka multimedia Qt tidak dapat dimuat.")
    return CameraSupport(True)
