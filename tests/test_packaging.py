"""The frozen app's build files and the Windows workflow: valid, and running the same
commands as here.  (The build itself runs in .ci/run: packaging/build.py builds
dist/bimtek-desk/ and runs its selftest.)"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import sys
import sysconfig
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
# SchemaStore's schema for workflow files (Apache-2.0, tests/data/LICENSE.schemastore)
SCHEMA = Path(__file__).parent / "data" / "github-workflow.schema.json"


class Yaml12Loader(yaml.SafeLoader):
    """GitHub reads workflows as YAML 1.2: `on:` is a key, not the boolean true."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))


def workflow() -> dict[str, Any]:
    return yaml.load(WORKFLOW.read_text(encoding="utf-8"), Loader=Yaml12Loader)


def schema_errors(doc: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def test_windows_workflow_is_a_valid_workflow() -> None:
    doc = workflow()
    assert schema_errors(doc) == []
    broken = workflow()
    broken["jobs"]["build"]["steps"][0]["uzes"] = broken["jobs"]["build"]["steps"][0].pop("uses")
    assert schema_errors(broken)  # the schema does catch a misspelt key


def test_windows_workflow_runs_the_same_commands_as_here() -> None:
    job = workflow()["jobs"]["build"]
    assert job["runs-on"] == "windows-latest"
    runs = [step.get("run", "") for step in job["steps"]]
    text = "\n".join(runs)
    assert 'pip install -q ".[test,freeze]"' in text and " -e " not in text  # non-editable
    assert '-m "not cups"' in text
    assert r"packaging\build.py --no-check" in text and r"packaging\build.py --check-only" in text
    assert r"packaging\check_dlls.py dist\bimtek-desk" in text
    assert r"packaging\bimtek-desk.iss" in text and "ISCC.exe" in text
    for path in re.findall(r"packaging\\[\w.-]+", text):
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["path"] == "dist/installer/*.exe"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.endswith(".venv/bin/python packaging/build.py") for line in ci.splitlines())


def test_inno_setup_script_packs_the_build() -> None:
    iss = (ROOT / "packaging" / "bimtek-desk.iss").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", iss, flags=re.M | re.S))
    assert {"Setup", "Files", "Icons", "Run"} <= set(sections)
    setup = dict(re.findall(r"^(\w+)=(.*)$", sections["Setup"], flags=re.M))
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator needed
    assert setup["OutputDir"] == r"..\dist\installer"
    assert r'Source: "..\dist\bimtek-desk\*"' in sections["Files"] and "recursesubdirs" in sections["Files"]
    assert r"{app}\bimtek-desk.exe" in sections["Icons"] and 'bimtek-desk-cli.exe"" selftest' in sections["Icons"]
    assert r"{localappdata}\bimtek-desk" in sections["Dirs"] and "uninsneveruninstall" in sections["Dirs"]


def _check_dlls() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_dlls", ROOT / "packaging" / "check_dlls.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_dlls"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_dll_check_wants_the_visual_cpp_runtime_shipped(tmp_path: Path) -> None:
    """On a real Windows program (setuptools' launcher, which links VCRUNTIME140.dll)."""
    pytest.importorskip("pefile")
    launcher = Path(sysconfig.get_paths()["purelib"]) / "setuptools" / "cli-64.exe"
    if not launcher.is_file():
        pytest.skip("setuptools ships no cli-64.exe here")
    check = _check_dlls()
    dist, system = tmp_path / "dist", tmp_path / "System32"
    dist.mkdir()
    system.mkdir()
    shutil.copy(launcher, dist / "bimtek-desk.exe")
    for dll in ("kernel32.dll", "vcruntime140.dll"):  # the build machine has the runtime; a laptop may not
        (system / dll).write_bytes(b"")
    report = check.check(dist, system)
    assert report.files == 1 and set(report.missing) == {"vcruntime140.dll"}
    assert check.main([str(dist), "--system-dir", str(system)]) == 1
    shutil.copy(launcher, dist / "VCRUNTIME140.dll")  # shipped (any PE file will do here)
    assert check.check(dist, system).ok
    (dist / "broken.dll").write_bytes(b"MZ")  # a damaged file in the build is no DLL at all
    assert check.check(dist, system).broken == ["broken.dll"]
    (dist / "broken.dll").unlink()
    (system / "kernel32.dll").unlink()  # neither shipped nor Windows'
    assert set(check.check(dist, system).missing) == {"kernel32.dll"}


def test_dll_check_media_foundation_is_windows_even_where_absent(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """QtMultimedia links Media Foundation, which N editions and Windows Server may lack."""
    pytest.importorskip("pefile")
    check = _check_dlls()
    dist, system = tmp_path / "dist", tmp_path / "System32"
    (dist / "PySide6").mkdir(parents=True)
    system.mkdir()
    (dist / "PySide6" / "Qt6Multimedia.dll").write_bytes(b"")
    (system / "kernel32.dll").write_bytes(b"")
    monkeypatch.setattr(check, "imports", lambda path: (["MFPlat.DLL", "KERNEL32.dll", "Qt6Core.dll"], ["d3d12.dll"]))
    report = check.check(dist, system)
    assert set(report.media_missing) == {"mfplat.dll"}
    assert set(report.missing) == {"qt6core.dll"}  # not shipped: a real failure
    assert set(report.delay_missing) == {"d3d12.dll"}  # loaded only when used: a note


def test_dll_check_follows_the_windows_search_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A DLL that is in dist/ but not where the loader looks for it (the importer's folder,
    the exes' folder, the app's DLL directories, System32) is missing, and says where it is."""
    pytest.importorskip("pefile")
    check = _check_dlls()
    dist, system = tmp_path / "dist", tmp_path / "System32"
    plugins = dist / "_internal" / "PySide6" / "plugins" / "platforms"
    plugins.mkdir(parents=True)
    (dist / "_internal" / "somelib" / "hidden").mkdir(parents=True)
    system.mkdir()
    (plugins / "qwindows.dll").write_bytes(b"")
    (dist / "_internal" / "PySide6" / "Qt6Gui.dll").write_bytes(b"")  # a DLL directory the app adds
    (dist / "_internal" / "python311.dll").write_bytes(b"")  # PyInstaller's own DLL directory
    (dist / "_internal" / "somelib" / "hidden" / "libfoo.dll").write_bytes(b"")  # nobody looks here
    imported = {"qwindows.dll": ["Qt6Gui.dll", "python311.dll", "libfoo.dll"]}
    monkeypatch.setattr(check, "imports", lambda path: (imported.get(path.name, []), []))
    report = check.check(dist, system)
    assert set(report.missing) == {"libfoo.dll"}
    assert report.elsewhere["libfoo.dll"] == [str(Path("_internal/somelib/hidden"))]
    (plugins / "libfoo.dll").write_bytes(b"")  # beside the plugin that imports it: found
    assert check.check(dist, system).ok


def test_windows_resources_icon_and_version(tmp_path: Path) -> None:
    """Both exes and the installer get the icon and the version information made at build time."""
    spec = importlib.util.spec_from_file_location("winres", ROOT / "packaging" / "winres.py")
    assert spec is not None and spec.loader is not None
    winres = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(winres)
    icon, info = winres.write(tmp_path, "0.1.0")
    from PIL import Image

    with Image.open(icon) as im:
        assert im.format == "ICO" and (256, 256) in im.info["sizes"] and (16, 16) in im.info["sizes"]
    text = info.read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one Python expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(0, 1, 0, 0)" in text and "StringStruct('ProductVersion', '0.1.0')" in text
    assert "StringTable('042104b0'" in text  # Indonesian, Unicode
    spec_text = (ROOT / "packaging" / "bimtek-desk.spec").read_text(encoding="utf-8")
    assert "winres.write(" in spec_text and "icon=str(icon)" in spec_text
    assert "SetupIconFile=..\\build\\winres\\bimtek-desk.ico" in (ROOT / "packaging" / "bimtek-desk.iss").read_text()


def test_the_installer_speaks_indonesian_first() -> None:
    iss = (ROOT / "packaging" / "bimtek-desk.iss").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", iss, flags=re.M | re.S))
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', sections["Languages"], flags=re.M)
    assert [name for name, _ in languages] == ["indonesian", "english"]  # the first is preselected
    isl = (ROOT / "packaging" / languages[0][1]).read_text(encoding="utf-8")
    assert "LanguageName=Bahasa Indonesia" in isl and "SetupAppTitle=Instalasi" in isl
    setup = dict(re.findall(r"^(\w+)=(.*)$", sections["Setup"], flags=re.M))
    assert setup["LanguageDetectionMethod"] == "none" and setup["ShowLanguageDialog"] == "yes"
    # every message of ours exists in both languages ({cm:CreateDesktopIcon} etc. are Inno Setup's own)
    ours = set(re.findall(r"^(?:indonesian|english)\.(\w+)=", sections["CustomMessages"], flags=re.M))
    used = set(re.findall(r"\{cm:(\w+)", iss)) - {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    assert used and used <= ours
    for name in ours:
        assert f"indonesian.{name}=" in iss and f"english.{name}=" in iss
