"""Finding Qt's plugins without loading them.

A missing platform plugin makes Qt abort the whole process ("could not find the Qt
platform plugin"), so the self-test looks for the file before it creates the
application, and can name what is missing instead of crashing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

SUFFIXES = (".so", ".dll", ".dylib")


def plugin_dirs() -> list[Path]:
    """Where this Qt looks for plugins (its own folder, QT_PLUGIN_PATH, the app's folder)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    dirs = [Path(p) for p in QCoreApplication.libraryPaths()]
    own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return dirs if own in dirs else [own, *dirs]


def find(kind: str, name: str | None = None, dirs: list[Path] | None = None) -> list[Path]:
    """Plugin files of one kind ('platforms', 'multimedia', 'printsupport'), optionally
    only the one for ``name`` (``xcb`` matches libqxcb.so and qxcb.dll)."""
    found = []
    for d in dirs if dirs is not None else plugin_dirs():
        folder = d / kind
        if not folder.is_dir():
            continue
        for f in sorted(folder.iterdir()):
            if f.suffix not in SUFFIXES:
                continue
            stem = f.name.split(".")[0]
            if name is None or stem in (f"libq{name}", f"q{name}", f"q{name}d", f"lib{name}", name):
                found.append(f)
    return found


def platform_names(platform: str | None = None, env: Mapping[str, str] | None = None) -> list[str]:
    """The platform plugins Qt will try here, in order (QT_QPA_PLATFORM first)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    if platform == "win32":
        return ["windows"]
    if platform == "darwin":
        return ["cocoa"]
    return ["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"]
