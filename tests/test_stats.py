import datetime as dt

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.gui.stats_panel import StatsPanel
from bimtek_desk.reports.stats import compute
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID


def test_numbers_and_buckets(demo_store: Store) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    reg = demo_store.events.session(DEMO_EVENT_ID, "REG")
    for n, r in enumerate(regs[:30]):
        minute = 30 + n if n < 20 else 60 + n  # 07:30-07:49, then a quiet spell, then 08:20-08:29
        at = dt.datetime(2025, 11, 18, 7 + minute // 60, minute % 60, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        demo_store.checkins.record(r.id, reg.id, desk="M1", operator="op", method="scanner",
                                   at=at.isoformat(timespec="milliseconds"))
    st = compute(demo_store, event, reg)
    assert st.registered == 175
    assert [(s.key, n) for s, n in st.per_session] == [("REG", 30), ("M3", 0)]
    assert sum(p for _, _, p in st.per_kecamatan) == 30 and sum(r for _, r, _ in st.per_kecamatan) == 175
    assert st.arrivals == [("07:30", 10), ("07:40", 10), ("07:50", 0), ("08:00", 0), ("08:10", 0), ("08:20", 10)]
    assert st.eligible == 0  # M3 also counts for the certificate


def test_panel_follows_the_desk(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    event = demo_store.events.get(DEMO_EVENT_ID)
    panel = StatsPanel(demo_store, event)
    qtbot.addWidget(panel)
    panel.show()
    assert "REG: <b>0</b>" in panel.numbers.text()
    desk = Desk(demo_store, event, session="REG")
    for r in demo_store.registrations.for_event(DEMO_EVENT_ID)[:5]:
        desk.check_in(r.id)
    panel.schedule_refresh()
    qtbot.waitUntil(lambda: "REG: <b>5</b>" in panel.numbers.text(), timeout=5000)
    assert len(panel.kec_chart.series()) == 1 and panel.kec_chart.series()[0].count() == 2
