"""Setting up a desk as the README says (issue #23): the committee writes a setup file and shows its code,
the desk imports the file with the code."""

from __future__ import annotations

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
