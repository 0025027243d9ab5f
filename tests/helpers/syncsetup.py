"""Setting up a desk as the README says (issue #23): the committee writes a setup file and shows its code,
the desk imports the file with the code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bimtek_desk.store import Store
from bimtek_desk.sync import core
from tests.conftest import DEMO_EVENT_ID


def set_up_desk(committee: Store | Path, desk_db: Path, slot: int | None, folder: Path,
                event_id: str = DEMO_EVENT_ID) -> dict[str, object]:
    setup = folder / f"meja{slot or 'x'}.bkdsetup"
    if isinstance(committee, Store):
        code = core.export_bundle(committee, event_id, setup, setup=True)["code"]
    else:
        with Store.open(committee) as s:
            code = core.export_bundle(s, event_id, setup, setup=True)["code"]
    with Store.open(desk_db) as s:
        (r,) = core.import_bundles(s, [setup], slot=slot, code=code)
    assert r["ok"] and (slot is None or r["setup_slot"] == slot), r
    return r


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(db: Path, port: int, peers: list[str], interval: float = 0.5,
                event_id: str = DEMO_EVENT_ID, max_files: int | None = None,
                capture: bool = False) -> subprocess.Popen[bytes]:
    """A real 'sync serve' on loopback only, without zeroconf; ``max_files`` limits its open files
    (as an ordinary laptop's 1,024 would, lower)."""
    from bimtek_desk.sync import net

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (max_files, max_files))

    env = {**os.environ, net.NO_DISCOVERY_ENV: "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "bimtek_desk", "--db", str(db), "sync", "serve", "--event", event_id,
         "--listen", "127.0.0.1", "--port", str(port), "--interval", str(interval),
         *[a for p in peers for a in ("--peer", p)]],
        env=env, stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=limit if max_files else None)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
