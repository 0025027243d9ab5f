"""Reports on the demo event with everyone checked in: daftar hadir, transport, Excel."""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from bench.common import Result, final_demo
from bimtek_desk.desk.checkin import Desk, event_day_clock
from bimtek_desk.reports import attendance, excel, transport
from bimtek_desk.store import Store


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "r.sqlite3")
        event = final_demo(store)  # the signed lists the SPJ needs, no DRAF
        for key in ("REG", "M3"):
            desk = Desk(store, event, session=key, now=event_day_clock(event))
            for reg in store.registrations.for_event(event.id):
                desk.check_in(reg.id)
        session = store.events.session(event.id, "REG")
        attendance.render(store, event, session, io.BytesIO())  # warm fonts
        t0 = time.perf_counter()
        attendance.render(store, event, session, io.BytesIO())
        dh = time.perf_counter() - t0
        t0 = time.perf_counter()
        transport.render(store, event, io.BytesIO())
        tr = time.perf_counter() - t0
        t0 = time.perf_counter()
        excel.export(store, event, Path(tmp) / "x.xlsx")
        ex = time.perf_counter() - t0
        store.close()
    return [Result("daftar hadir 175 orang (PDF)", dh * 1000, "ms", "", None),
            Result("daftar penerimaan transport (PDF)", tr * 1000, "ms", "", None),
            Result("ekspor Excel (6 lembar, dengan Transport)", ex * 1000, "ms", "", None)]
