"""``desk``, ``checkin`` and ``attendance``: the registration desk."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bimtek_desk.cli.common import ask_pin, exists_readonly, open_store, out, write_csv
from bimtek_desk.idn.dates import stamp
from bimtek_desk.store import Store


def cmd_desk(args: argparse.Namespace) -> int:
    if args.event:  # an unknown event is said before any window opens
        from bimtek_desk.store import StoreError

        try:
            with open_store(args, readonly=True) as store:
                store.events.get(args.event)
        except StoreError:
            pass  # a damaged or missing database: the window offers its backups or a new event
    from bimtek_desk.gui.app import run

    return run(db_path=args.db, event_id=args.event, desk_mode=True, session=args.session, desk_name=args.desk,
               operator=args.operator, fullscreen=args.fullscreen, lang=args.lang)


def cmd_checkin(args: argparse.Namespace) -> int:
    from bimtek_desk.desk.checkin import Desk, Outcome

    with open_store(args) as store:
        from bimtek_desk.device import settings

        desk = Desk(store, store.events.get(args.event), desk=args.desk or settings.desk_name()
                    or settings.DEFAULT_DESK, operator=args.operator, session=args.session)
        if args.allow_other_day and not desk.is_event_day():  # on an event day nothing to allow, no PIN asked
            desk.allow_today(reason=args.allow_other_day, pin=ask_pin(args))
        result = desk.scan(args.text, method="cli")
        present, total = desk.present(), desk.registered()
    name = result.registration.person.name if result.registration else ""
    out(f"{result.title}: {name}".rstrip(": ") if name else result.title)
    out(result.message)
    out(f"{desk.session.key}: {present} / {total} hadir")
    if result.outcome is Outcome.DB_ERROR:
        print(f"galat: {result.message}", file=sys.stderr)
    return 0 if result.outcome.ok else 1


def attendance_rows(store: Store, event_id: str, session: str | None) -> list[dict[str, Any]]:
    """The check-ins (not the undos) of reports.history, as CSV/JSON rows."""
    from bimtek_desk.reports import history

    session_id = store.events.session(event_id, session).id if session else None
    rows = []
    for line in history.lines(store, event_id, session_id):
        c, reg = line.checkin, line.registration
        if line.is_undo or reg is None:
            continue
        rows.append({
            "checkin_id": c.id, "code": line.code, "name": reg.person.name, "kelurahan": reg.person.kelurahan,
            "role": reg.role, "session": line.session, "time": c.at, "desk": c.desk,
            "operator": c.operator, "method": c.method, "device": c.device, "annulled": line.annulled,
            "annul_reason": line.annul_reason,
        })
    return rows


def cmd_attendance(args: argparse.Namespace) -> int:
    with open_store(args, readonly=exists_readonly(args)) as store:
        store.events.get(args.event)
        rows = attendance_rows(store, args.event, args.session)
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        fields = ["checkin_id", "code", "name", "kelurahan", "role", "session", "time", "desk", "operator", "method",
                  "device", "annulled", "annul_reason"]
        write_csv(fields, rows)
    else:
        for r in rows:
            flag = "  DIBATALKAN: " + (r["annul_reason"] or "") if r["annulled"] else ""
            out(f"{stamp(r['time'])}\t{r['session']}\t{r['code']}\t{r['name']}\t{r['desk']}\t"
                 f"{r['operator']}{flag}")
        out(f"Jumlah check-in: {len(rows)} (dibatalkan: {sum(r['annulled'] for r in rows)})")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    dk = sub.add_parser("desk", help="buka layar meja registrasi langsung")
    dk.add_argument("--event", required=True)
    dk.add_argument("--session", help="kode sesi (bawaan: sesi yang sedang berjalan menurut jam)")
    dk.add_argument("--desk", help="nama meja, dicatat di setiap check-in (bawaan: nama meja laptop ini)")
    dk.add_argument("--operator", default="relawan", help="nama petugas, dicatat di setiap check-in")
    dk.add_argument("--fullscreen", action="store_true")
    dk.set_defaults(func=cmd_desk)

    ck = sub.add_parser("checkin", help="sama dengan memindai TEXT di meja; keluar 0 bila peserta hadir")
    ck.add_argument("text", metavar="TEXT")
    ck.add_argument("--event", required=True)
    ck.add_argument("--session")
    ck.add_argument("--desk", help="nama meja (bawaan: nama meja laptop ini)")
    ck.add_argument("--operator", default="cli")
    ck.add_argument("--allow-other-day", metavar="ALASAN",
                    help="catat juga bila hari ini bukan hari acara (gladi, tanggal pindah): perlu --pin, dicatat")
    ck.add_argument("--pin", help="PIN panitia untuk --allow-other-day")
    ck.set_defaults(func=cmd_checkin)

    at = sub.add_parser("attendance", help="daftar check-in, satu baris per check-in")
    at.add_argument("--event", required=True)
    at.add_argument("--session")
    fmt = at.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    at.set_defaults(func=cmd_attendance)
