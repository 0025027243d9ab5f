"""`bimtek-desk selftest`: one line per check, exit 0 only when everything passed; a
damaged installation (a font gone, a Qt plugin missing) is named in one line, exit 1,
never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bimtek_desk.gui import selftest
from bimtek_desk.system import qtplugins
from bimtek_desk.system.resources import resource_dir


def test_selftest_passes_and_names_every_check(qapp) -> None:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    assert selftest.run(lines.append) == 0
    checks = lines[1:-1]
    assert [line.split(None, 1)[1].split(":", 1)[0] for line in checks] == [name for name, _ in selftest.CHECKS]
    assert all(line.split()[0] in ("OK", "CATATAN") for line in checks), lines
    by_name = {line.split(None, 1)[1].split(":", 1)[0]: line for line in checks}
    assert "ASLI" in by_name["QR sertifikat"] and by_name["QR sertifikat"].startswith("OK")
    assert by_name["sertifikat"].startswith("OK") and by_name["QtPdf"].startswith("OK")
    assert lines[-1].startswith("Semua pemeriksaan lulus")


def test_a_failing_check_is_one_line_and_exit_1() -> None:
    def boom(ctx: selftest.Context) -> str:
        raise KeyError("rusak\nbaris dua")

    def note(ctx: selftest.Context) -> str:
        raise selftest.Note("tidak ada kamera")

    lines: list[str] = []
    code = selftest.run(lines.append, [("pertama", boom), ("kamera", note),
                                       ("ketiga", lambda ctx: ctx.need("db", "basis data"))])
    assert code == 1
    assert lines[1] == "GAGAL    pertama: KeyError: 'rusak\\nbaris dua'"
    assert lines[2] == "CATATAN  kamera: tidak ada kamera"
    assert lines[3] == "LEWAT    ketiga: tidak dapat diperiksa karena pemeriksaan 'basis data' gagal"
    assert lines[-1].startswith("GAGAL: bagian yang rusak: pertama; 1 pemeriksaan dilewati")


def _selftest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("BIMTEK_DESK_")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "bimtek_desk", "selftest"], cwd=tmp_path, env=full,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_missing_font_is_named(tmp_path: Path) -> None:
    damaged = tmp_path / "resources"
    shutil.copytree(resource_dir(), damaged, ignore=shutil.ignore_patterns("__pycache__"))
    (damaged / "fonts" / "Lato-Bold.ttf").unlink()
    proc = _selftest(tmp_path, BIMTEK_DESK_RESOURCES=str(damaged))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    failed = [line for line in proc.stdout.splitlines() if line.startswith("GAGAL ")]
    assert failed[0].startswith("GAGAL    berkas bawaan: berkas fonts/Lato-Bold.ttf tidak ada")
    assert proc.stdout.splitlines()[-1].startswith("GAGAL: bagian yang rusak: berkas bawaan, huruf, sertifikat;")


@pytest.mark.slow
def test_missing_qt_platform_plugin_is_named_not_a_crash(tmp_path: Path) -> None:
    proc = _selftest(tmp_path, QT_QPA_PLATFORM="jendela-hilang")  # Qt itself would abort the process here
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.startswith("GAGAL    platform Qt: plugin platform Qt 'jendela-hilang' tidak ada")
               for line in lines), lines
    assert any(line.startswith("OK       basis data") for line in lines)  # the core checks still ran
    assert lines[-1].startswith("GAGAL: bagian yang rusak: platform Qt;")


def test_plugin_lookup(tmp_path: Path) -> None:
    (tmp_path / "platforms").mkdir()
    for name in ("libqxcb.so", "qwindows.dll", "libqoffscreen.so.debug"):
        (tmp_path / "platforms" / name).write_bytes(b"")
    assert [p.name for p in qtplugins.find("platforms", "xcb", [tmp_path])] == ["libqxcb.so"]
    assert [p.name for p in qtplugins.find("platforms", "windows", [tmp_path])] == ["qwindows.dll"]
    assert qtplugins.find("platforms", "offscreen", [tmp_path]) == []
    assert qtplugins.find("multimedia", None, [tmp_path]) == []
    assert qtplugins.platform_names("win32", {}) == ["windows"]
    assert qtplugins.platform_names("linux", {"QT_QPA_PLATFORM": "offscreen:size=800x600;xcb"}) == ["offscreen",
                                                                                                    "xcb"]
    assert qtplugins.platform_names("linux", {"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
