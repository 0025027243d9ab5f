"""Run every benchmark in bench/ and print one table: figure, unit, target, verdict.

Usage:  .venv/bin/python -m bench.run  [name ...]

A name picks the benches whose module name contains it (``documents``, ``desk`` …);
none runs them all.  ``--help`` lists them.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        print("\nbench: " + ", ".join(n.removeprefix("bench_") for n in names))
        return 0
    if argv:
        unknown = [a for a in argv if not any(a in n for n in names)]
        if unknown:
            print(f"tidak ada bench bernama: {', '.join(unknown)} "
                  f"(ada: {', '.join(n.removeprefix('bench_') for n in names)})", file=sys.stderr)
            return 2
        names = [n for n in names if any(a in n for a in argv)]
    print(f"{'ukuran':<58} {'angka':>10} {'satuan':<8} {'target':<14} hasil")
    print("-" * 100)
    failed = 0
    for name in names:
        t0 = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        results: list[Result] = module.run()
        for r in results:
            print(r.row(), flush=True)
            failed += r.ok is False
        print(f"   ({name}: {time.perf_counter() - t0:.1f} s)")
    print("-" * 100)
    print(f"{failed} ukuran di luar target" if failed else "semua ukuran memenuhi target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
