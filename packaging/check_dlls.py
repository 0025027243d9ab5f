"""Does every DLL the Windows build imports resolve where Windows will look for it?

Usage:  python packaging/check_dlls.py dist/bimtek-desk [--system-dir C:\\Windows\\System32]

Reads the import tables of every .exe, .dll and .pyd in the folder (pefile) and looks
each imported DLL up the way the Windows loader will in the running app, not merely
"somewhere in dist/": in the importing file's own folder (Python loads extension
modules, and Qt its plugins, with the DLL's folder searched first), in the folder of the
exes, in the DLL directories the app adds at start (PyInstaller's ``_internal``, and the
PySide6 and shiboken6 folders, which those packages add with ``os.add_dll_directory``),
then in Windows (API sets such as api-ms-win-crt-*, or a file in System32).  A DLL that
is shipped but only in another folder is reported as not found there, with where it is.
The Visual C++ runtime (vcruntime140*.dll, msvcp140*.dll, concrt140.dll) is not part of
Windows even when the build machine has it in System32: a committee laptop may lack it,
so it must be shipped.  Delay-loaded DLLs that are missing are listed as notes (Windows
loads them only when a feature is used).  Exit 1 if any DLL does not resolve.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

VC_RUNTIME = re.compile(r"^(vcruntime140(_\d+)?|msvcp140(_\w+)?|concrt140|vccorlib140|vcomp140)\.dll$", re.I)
API_SET = re.compile(r"^(api|ext)-ms-win-.*\.dll$", re.I)
# Media Foundation: part of Windows 10/11, but absent on "N" editions without the
# Media Feature Pack and on Windows Server without its Media Foundation feature
# (the CI runner may be one).  QtMultimedia needs them; without them the camera
# button says so (bimtek_desk/system/multimedia.py).  Listed as notes.
WINDOWS_MEDIA = {"mf.dll", "mfplat.dll", "mfreadwrite.dll", "mfcore.dll", "evr.dll", "mfplay.dll",
                 "mfsrcsnk.dll", "msmpeg2vdec.dll", "wmcodecdsp.dll", "msdmo.dll"}
PE_SUFFIXES = {".exe", ".dll", ".pyd"}


@dataclass
class Report:
    files: int = 0
    missing: dict[str, set[str]] = field(default_factory=dict)  # dll -> files importing it
    delay_missing: dict[str, set[str]] = field(default_factory=dict)
    broken: list[str] = field(default_factory=list)  # files that are no readable PE file
    media_missing: dict[str, set[str]] = field(default_factory=dict)  # Media Foundation, absent here
    elsewhere: dict[str, list[str]] = field(default_factory=dict)  # shipped, but not where it is looked for

    @property
    def ok(self) -> bool:
        return not self.missing and not self.broken


def imports(path: Path) -> tuple[list[str], list[str]]:
    """(imported DLLs, delay-loaded DLLs) of one PE file."""
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    try:
        pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
                                               pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
        normal = [e.dll.decode("ascii", "replace") for e in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])]
        delayed = [e.dll.decode("ascii", "replace") for e in getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])]
    finally:
        pe.close()
    return normal, delayed


# Folders (relative to dist/) that the running app adds to the DLL search path.
DLL_DIRECTORIES = ("_internal", "_internal/PySide6", "_internal/shiboken6")


def search_path(dist: Path, importer: Path) -> list[Path]:
    """Where the loader looks for a DLL that ``importer`` imports, in order."""
    return [importer.parent, dist, *(dist / d for d in DLL_DIRECTORIES)]


def check(dist: Path, system_dir: Path) -> Report:
    pe_files = [p for p in sorted(dist.rglob("*")) if p.suffix.lower() in PE_SUFFIXES and p.is_file()]
    where: dict[str, list[Path]] = {}  # every shipped file by name, wherever it is
    for p in dist.rglob("*"):
        if p.is_file():
            where.setdefault(p.name.lower(), []).append(p.parent)
    report = Report(files=len(pe_files))
    import pefile

    for pe in pe_files:
        try:
            normal, delayed = imports(pe)
        except pefile.PEFormatError:
            report.broken.append(str(pe.relative_to(dist)))
            continue
        searched = {d.resolve() for d in search_path(dist, pe)}
        for dlls, bucket in ((normal, report.missing), (delayed, report.delay_missing)):
            for dll in dlls:
                name = dll.lower()
                if API_SET.match(name) or any(d.resolve() in searched for d in where.get(name, [])):
                    continue
                if not VC_RUNTIME.match(name) and (system_dir / name).exists():
                    continue  # part of Windows
                target = report.media_missing if name in WINDOWS_MEDIA else bucket
                target.setdefault(name, set()).add(str(pe.relative_to(dist)))
                if name in where:
                    report.elsewhere[name] = sorted(str(d.relative_to(dist)) or "." for d in where[name])
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dist", type=Path)
    parser.add_argument("--system-dir", type=Path,
                        default=Path(os.environ.get("SystemRoot", r"C:\Windows")) / "System32")
    args = parser.parse_args(argv)
    report = check(args.dist, args.system_dir)
    for dll, users in sorted(report.media_missing.items()):
        print(f"catatan: {dll} (Media Foundation, bagian Windows; tidak ada di edisi N tanpa Media Feature Pack "
              f"dan di mesin ini) dipakai oleh {', '.join(sorted(users)[:3])}")
    for dll, users in sorted(report.delay_missing.items()):
        print(f"catatan: {dll} (dimuat tertunda) tidak ada; dipakai oleh {', '.join(sorted(users)[:3])}")
    for dll, users in sorted(report.missing.items()):
        if dll in report.elsewhere:
            why = (f"ada di {', '.join(report.elsewhere[dll])}, tetapi Windows tidak mencarinya di sana untuk "
                   "berkas yang memakainya")
        elif VC_RUNTIME.match(dll):
            why = "runtime Visual C++: harus ikut dikirim"
        else:
            why = "tidak ada di dist/ maupun Windows"
        print(f"HILANG: {dll} ({why}); dipakai oleh {', '.join(sorted(users)[:3])}")
    for name in report.broken:
        print(f"RUSAK: {name} bukan berkas PE yang dapat dibaca")
    print(f"{report.files} berkas PE diperiksa; {len(report.missing)} DLL hilang, {len(report.broken)} rusak")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
