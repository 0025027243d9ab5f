"""The frozen app (dist/bimtek-desk/, built by packaging/build.py): process start to
the main window shown on the demo event, and its selftest.

Measured from outside: the time before the process is started to the moment the
window reports itself shown (BIMTEK_DESK_QUIT_WHEN_SHOWN, see gui/app.py).  The
first start after the build reads everything from disk; the median of the next
five is what a laptop sees on the second start of the day.
"""

from __future__ import annotations

import os
import resource  # POSIX only: the benches run on Linux
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import Result

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "bimtek-desk"
EXE = ".exe" if os.name == "nt" else ""


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start(exe: Path, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to the window shown, CPU seconds of the whole run)."""
    cpu, t0 = _cpu(), time.time()
    out = subprocess.run([str(exe), "--db", str(db)], env=env, capture_output=True, text=True, check=True,
                         timeout=60).stdout
    shown = next(line for line in out.splitlines() if line.startswith("jendela tampil "))
    return float(shown.split()[2]) - t0, _cpu() - cpu


def run() -> list[Result]:
    gui, cli = DIST / f"bimtek-desk{EXE}", DIST / f"bimtek-desk-cli{EXE}"
    if not gui.exists():
        print(f"   (bench_frozen: {gui} belum dibangun: python packaging/build.py)")
        return []
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BIMTEK_DESK_", "PYTHON"))}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "frozen.sqlite3"
        subprocess.run([str(cli), "--db", str(db), "demo"], env=env, check=True, capture_output=True)
        laptop = Path(tmp) / "laptop.json"  # the desk name a first start asks for, already given
        laptop.write_text('{"desk_name": "Meja 1"}', encoding="utf-8")
        shown_env = dict(env, BIMTEK_DESK_QUIT_WHEN_SHOWN="1", BIMTEK_DESK_CONFIG=str(laptop))
        first, _ = _start(gui, db, shown_env)
        runs = [_start(gui, db, shown_env) for _ in range(5)]
        t0 = time.perf_counter()
        subprocess.run([str(cli), "selftest"], env=env, check=True, capture_output=True, cwd=tmp)
        selftest = time.perf_counter() - t0
    median = statistics.median(wall for wall, _ in runs)
    cpu = statistics.median(c for _, c in runs)  # hardly moved by other work on a shared machine
    return [
        Result("beku: mulai pertama → jendela utama tampil", first, "s", "", None),
        Result("beku: mulai → jendela utama tampil (median 5x)", median, "s", "<= 1.5 s", median <= 1.5),
        Result("beku: waktu CPU satu mulai sampai keluar (median 5x)", cpu, "s", "", None),
        Result("beku: bimtek-desk-cli selftest", selftest, "s", "< 5 s", selftest < 5),
    ]
