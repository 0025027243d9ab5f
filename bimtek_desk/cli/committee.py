"""``backup``, ``audit`` and ``pin``: the committee's housekeeping."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bimtek_desk.cli.common import ask_pin, exists_readonly, open_store, out, positive
from bimtek_desk.committee.restore import restore_backup
from bimtek_desk.idn.dates import stamp
from bimtek_desk.store import default_path


def cmd_backup_list(args: argparse.Namespace) -> int:
    from bimtek_desk.store import backups

    path = Path(args.db) if args.db else default_path()
    items = backups.list_backups(path)
    for b in items:
        mark = b.anchor.text if b.anchor else "-"
        out(f"{b.taken:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{b.size // 1024} KB\tjangkar {mark}\t{b.path}")
    out(f"Jumlah cadangan: {len(items)} (folder: {backups.folder(path)})")
    return 0


def cmd_backup_now(args: argparse.Namespace) -> int:
    from bimtek_desk.store import backups

    with open_store(args) as store:
        path = backups.take(store, "manual")
    out(f"Cadangan dibuat: {path}")
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:

    path = Path(args.db) if args.db else default_path()
    safety = restore_backup(path, args.file, pin=ask_pin(args), actor="cli")
    out(f"Dipulihkan dari {args.file}. Basis data sebelumnya disimpan sebagai {safety}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from bimtek_desk.store import anchor, backups

    given = [(anchor.parse(text), f"jangkar {text}") for text in args.anchor or []]
    with open_store(args, readonly=exists_readonly(args)) as store:
        stored = [(b.anchor, f"cadangan {b.path.name}") for b in backups.list_backups(store.path) if b.anchor]
        problems = anchor.verify(store, given + stored)
        now = anchor.current(store)  # its rows: every check-in row, the chain's length
        count, head = now.rows, now.text
    if problems:
        for p in problems:
            out(p)
        print(f"galat: rantai check-in TIDAK utuh: {len(problems)} masalah.", file=sys.stderr)
        return 1
    out(f"Rantai check-in utuh: {count} baris diperiksa"
         f"{f', cocok dengan {len(given + stored)} jangkar' if given or stored else ''}. Jangkar kini: {head}")
    return 0


def cmd_audit_log(args: argparse.Namespace) -> int:
    from bimtek_desk.store.vocabulary import describe, label

    with open_store(args, readonly=exists_readonly(args)) as store:
        if args.event:
            store.events.get(args.event)  # a mistyped id says so instead of an empty log
        entries = store.audit.entries(args.event, limit=args.limit)
    for e in entries:
        out(f"{stamp(e.at)}\t{e.actor}\t{label(e.action)}\t{describe(e.detail)}")
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from bimtek_desk.committee import pin

    with open_store(args) as store:
        event = store.events.get(args.event)
        old = ask_pin(args, "old", "PIN lama: ") if event.settings.get("committee_pin") else None
        new = ask_pin(args, "new", "PIN baru: ") or ""
        pin.change(store, event.id, old, new, actor="cli")
    out("PIN panitia disimpan.")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    bk = sub.add_parser("backup", help="cadangan basis data: list, now, restore").add_subparsers(
        title="cadangan", metavar="AKSI", parser_class=parser_class, required=True)
    b = bk.add_parser("list", help="daftar cadangan, terbaru dulu")
    b.set_defaults(func=cmd_backup_list)
    b = bk.add_parser("now", help="buat cadangan sekarang")
    b.set_defaults(func=cmd_backup_now)
    b = bk.add_parser("restore", help="pulihkan basis data dari sebuah cadangan (tutup aplikasi dulu)")
    b.add_argument("file")
    b.add_argument("--pin", help="PIN panitia (bawaan: ditanyakan)")
    b.set_defaults(func=cmd_backup_restore)

    au = sub.add_parser("audit", help="jejak audit: verify, log").add_subparsers(
        title="audit", metavar="AKSI", parser_class=parser_class, required=True)
    a = au.add_parser("verify", help="periksa rantai hash check-in: baris diubah, disisipkan atau dihapus")
    a.add_argument("--anchor", action="append", metavar="TEXT",
                   help="jangkar tercetak (kaki daftar hadir/ekspor Excel), mis. 1234-9f3ac2d1e4b5a6f7")
    a.set_defaults(func=cmd_audit_verify)
    a = au.add_parser("log", help="log audit (impor, pembatalan, NIK dibuka, …)")
    a.add_argument("--event")
    a.add_argument("--limit", type=positive, default=200, help="berapa entri terbaru (bawaan 200)")
    a.set_defaults(func=cmd_audit_log)

    pn = sub.add_parser("pin", help="atur PIN panitia (untuk membatalkan check-in dan tindakan sensitif)")
    pn.add_argument("--event", required=True)
    pn.add_argument("--new", help="PIN baru (bawaan: ditanyakan)")
    pn.add_argument("--old", help="PIN lama (bawaan: ditanyakan bila sudah ada)")
    pn.set_defaults(func=cmd_pin)
