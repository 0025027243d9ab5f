"""Can Qt open a window on this laptop?  Asked so that Qt cannot abort us.

A platform plugin that is present but cannot be loaded (the usual Ubuntu case: the xcb
plugin needs ``libxcb-cursor0``, which a fresh install lacks) makes Qt print English
lines and abort the whole process (``qFatal``, exit 134) the moment a ``QApplication``
is made.  Nothing in Python can catch that, so:

- :func:`probe` makes the application in a child process (the same program, the hidden
  ``_qt-probe`` command) with Qt's plugin diagnostics on, and reads why it failed;
  ``selftest`` uses it before it makes its own application;
- :func:`before_window` is the window's cheap check at every start (no extra process):
  it loads the platform plugin file Qt will load, as Qt would, and only when that
  fails asks :func:`probe` for the whole story.

Both end in one Indonesian line that names the missing library and the Debian/Ubuntu
package that brings it (:func:`explain`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

PROBE_COMMAND = "_qt-probe"
TIMEOUT = 60.0

# Debian names a library's package after its soname (libfoo.so.6 -> libfoo6, libfoo-1.so.3
# -> libfoo-1-3); these are the exceptions among what Qt's platform plugins load.
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
}

# The packages .ci/run installs and the README's quick start names: a Linux desktop
# needs these for the window (tests/test_start.py keeps the three lists equal).
LINUX_PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libxkbcommon0", "libdbus-1-3",
    "libx11-6", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libpulse0", "libcups2",
)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    platform: str  # the plugin that loaded, or the one that failed
    message: str = ""  # one Indonesian line when not ok


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a shared library, by Debian's naming rule."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    m = re.fullmatch(r"(lib[\w.+-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not m:
        return soname.split(".so")[0].lower()
    name, major = m.group(1).lower(), m.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


_LIB_ERROR = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*): ([^()\n]*?)\)?$", re.M)
_WHY = {
    "cannot open shared object file": "tidak ada",
    "file too short": "berkas rusak",
    "invalid ELF header": "berkas rusak",
    "wrong ELF class": "bukan untuk prosesor ini",
    "undefined symbol": "versinya tidak cocok",
}


def explain(text: str, platform: str) -> str:
    """One Indonesian line from what the dynamic loader or Qt said (English): every
    missing library it names, with the package that brings it."""
    plugin_file = re.compile(rf"libq{re.escape(platform)}\.so")
    packages: dict[str, str] = {}  # package -> why
    for m in _LIB_ERROR.finditer(text):  # the loader's words first: they say why
        lib, why = m.group(1), m.group(2)
        if plugin_file.fullmatch(lib):
            continue  # the plugin itself; the library it needs is named further on
        reason = next((word for english, word in _WHY.items() if english in why), why.strip(": ") or "gagal")
        packages.setdefault(debian_package(lib), f"{lib} {reason}")
    for hint in re.finditer(r"(\S+) or (lib\S+) is needed to load the Qt \S+ platform plugin", text):
        packages.setdefault(hint.group(2), "tidak ada")
    if packages:
        names = " ".join(packages)
        whys = "; ".join(f"{p}: {why}" for p, why in packages.items())
        return (f"jendela tidak dapat dibuka: plugin platform Qt '{platform}' memerlukan paket sistem yang belum "
                f"terpasang ({whys}); pasang: sudo apt install {names} (Debian/Ubuntu; daftar lengkap di README, "
                "«Mulai cepat»)")
    if re.search(r"could not connect to display", text, re.I):
        return ("jendela tidak dapat dibuka: tidak ada layar (DISPLAY kosong atau tidak dapat dihubungi); "
                "jalankan dari desktop laptop, bukan dari SSH")
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    return (f"jendela tidak dapat dibuka: plugin platform Qt '{platform}' tidak dapat dimuat"
            + (f" ({last[:200]})" if last else "") + "; pasang ulang bimtek-desk")


def child_command() -> list[str]:
    """This program again, asked only to make a QApplication (a frozen app has no -m)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_COMMAND]
    return [sys.executable, "-m", "bimtek_desk.system.qtprobe"]


def child_main() -> int:
    """In the child: make the application; Qt aborts here if it cannot."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(["bimtek-desk"])
    print(f"platform {app.platformName()}", flush=True)
    return 0


def probe(env: Mapping[str, str] | None = None, timeout: float = TIMEOUT, *, also: str = "") -> Verdict:
    """Make a QApplication in a child process; what it says when that fails (``also``:
    what the loader said in this process, explained together)."""
    from bimtek_desk.system import qtplugins

    env = dict(os.environ if env is None else env, QT_DEBUG_PLUGINS="1")
    names = qtplugins.platform_names(env=env)
    try:
        proc = subprocess.run(child_command(), env=env, capture_output=True, text=True, errors="replace",
                              timeout=timeout, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        return Verdict(False, names[0], f"Qt tidak menjawab dalam {timeout:.0f} s saat membuka platform "
                                        f"'{names[0]}'")
    except OSError as exc:
        return Verdict(False, names[0], f"pemeriksaan Qt tidak dapat dijalankan ({exc.strerror})")
    started = re.search(r"^platform (\S+)$", proc.stdout, re.M)
    if proc.returncode == 0 and started:
        return Verdict(True, started.group(1))
    return Verdict(False, names[-1], explain(f"{proc.stderr}\n{also}", names[-1]))


def _load(path: str) -> str | None:
    """Load a plugin file as Qt will (its libraries with it); the loader's error, or None."""
    import ctypes

    try:
        ctypes.CDLL(path)
    except OSError as exc:
        return str(exc)
    return None


def _load_errors(names: list[str], env: Mapping[str, str]) -> tuple[str | None, list[str]]:
    """The first platform plugin (of those Qt will try) that loads here, and what the
    loader said of the others."""
    from bimtek_desk.system import qtplugins

    errors = []
    for name in names:
        files = qtplugins.find("platforms", name)
        if not files:
            errors.append(f"{name}: tidak ada")
            continue
        if name == "xcb" and not env.get("DISPLAY"):
            errors.append("could not connect to display")
            continue
        error = _load(str(files[0]))
        if error is None:
            return name, errors
        errors.append(error)
    return None, errors


def diagnose(env: Mapping[str, str] | None = None) -> Verdict:
    """The selftest's question: the child's answer, with the loader's own words beside it
    (Qt names only the first library it misses)."""
    from bimtek_desk.system import qtplugins

    env = os.environ if env is None else env
    loaded, errors = (_load_errors(qtplugins.platform_names(env=env), env) if sys.platform.startswith("linux")
                      else (None, []))
    return probe(env, also="" if loaded else "\n".join(errors))


def before_window(env: Mapping[str, str] | None = None, platform: str | None = None) -> Verdict:
    """The window's check before Qt makes its application: can one of the platform plugins
    Qt will try be loaded?  Only on Linux, where a system library can be missing (the
    Windows and macOS builds ship theirs); the rare failure is then explained by
    :func:`probe`."""
    from bimtek_desk.system import qtplugins

    env = os.environ if env is None else env
    platform = platform or sys.platform
    names = qtplugins.platform_names(platform, env)
    if not platform.startswith("linux"):
        return Verdict(True, names[0])
    loaded, errors = _load_errors(names, env)
    if loaded:
        return Verdict(True, loaded)
    if all(e.endswith(": tidak ada") for e in errors):
        return Verdict(False, names[0], f"jendela tidak dapat dibuka: plugin platform Qt '{' atau '.join(names)}' "
                                        "tidak ada; pasang ulang bimtek-desk")
    return probe(env, also="\n".join(errors))  # Qt itself has the last word


if __name__ == "__main__":
    raise SystemExit(child_main())
