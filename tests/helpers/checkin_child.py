"""Child process for the crash test: checks people in as fast as it can and prints
each acknowledged check-in id (after the commit returned) on stdout."""

import sys

from bimtek_desk.desk.checkin import Desk, Outcome, event_day_clock
from bimtek_desk.store import Store

db, event_id, session, desk_name = sys.argv[1:5]
store = Store.open(db)
event = store.events.get(event_id)
desk = Desk(store, event, session=session, desk=desk_name, operator="robot", now=event_day_clock(event))
for reg_id in store.registrations.ids(event_id, order="id"):
    result = desk.check_in(reg_id, "scanner")
    if result.outcome is Outcome.CHECKED_IN and result.checkin is not None:
        print(f"{result.checkin.id} {reg_id}", flush=True)
    elif result.outcome is Outcome.ALREADY and result.checkin is not None:
        print(f"already {reg_id}", flush=True)
