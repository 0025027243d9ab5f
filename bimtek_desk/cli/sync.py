"""``bimtek-desk sync export|import|status|serve`` (wired into :mod:`bimtek_desk.cli`)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bimtek_desk.store import Store


def _print(line: str = "") -> None:
    print(line, flush=True)


def cmd_export(args: argparse.Namespace) -> int:
    from bimtek_desk.sync import core

    with Store.open(args.db) as store:
        answer = core.export_bundle(store, args.event, args.out, setup=args.setup)
    if answer.get("code"):
        _print(f"Berkas penyiapan meja ditulis ke {answer['out']}.")
        _print(f"Kode penyiapan: {answer['code']}")
        _print("Di laptop meja (basis data baru): bimtek-desk --db meja1.sqlite3 sync import BERKAS --kode KODE "
               "--slot 1. Berkas tanpa kode tidak terbaca; jangan simpan kode bersama flashdisk.")
        return 0
    rows = answer["header"]["rows"]
    _print(f"Bundel {answer['header']['slot'] and 'Meja ' + str(answer['header']['slot']) or 'Panitia'} ditulis ke "
           f"{answer['out']} ({answer['bytes']} byte; {rows.get('checkins', 0)} check-in, "
           f"{sum(rows.values())} baris).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from bimtek_desk.sync import core

    with Store.open(args.db) as store:
        results = core.import_bundles(store, args.files, slot=args.slot, code=args.kode)
    for r in results:
        if not r["ok"]:
            _print(f"DITOLAK {r['file']}: {r['message']}")
        elif r.get("own"):
            _print(f"lewati {r['file']}: bundel laptop ini sendiri")
        else:
            _print(f"digabung {r['file']}: slot {r['slot']}, {r['new_checkins']} check-in baru")
            if r.get("double_undos"):
                _print(f"  {r['double_undos']} check-in dibatalkan di dua laptop: kedua baris pembatalan "
                       "(dengan alasannya) disimpan, check-in dihitung batal sekali")
            if r.get("setup_slot") is not None:
                _print(f"Laptop ini disiapkan sebagai Meja {r['setup_slot']} (slot {r['setup_slot']}, "
                       f"perangkat {r['device_id']}).")
    return 0 if all(r["ok"] for r in results) else 1


def cmd_status(args: argparse.Namespace) -> int:
    from bimtek_desk.sync import core

    with Store.open(args.db) as store:
        st: dict[str, Any] = core.status(store, args.event)
    if args.json:
        _print(json.dumps(st, ensure_ascii=False, indent=2))
        return 0
    _print(f"Laptop ini: {st['label']} (slot {st['slot']}, perangkat {st['device_id']})")
    for d in st["devices"]:
        _print(f"  slot {d['slot']:>2}  perangkat {d['device_id'] or '-':16}  check-in {d['checkins']:>5}  "
               f"terakhir {d['latest_checkin'] or '-'}  digabung {d['last_merged_at'] or '-'}")
    for m in st["merged"]:
        _print(f"  digabung: orang {m['person']} ({m['name']}) -> {m['merged_into']} ({m['into_name']}), NIK sama")
    for dup in st["possible_duplicates"]:
        _print(f"  mungkin ganda (tanpa NIK): {dup['name']} / {dup['kelurahan']}: orang {dup['people']}")
    for day in st["allowed_days"]:
        where = "laptop ini" if day["here"] else f"slot {day['slot']}"
        _print(f"  check-in di luar hari acara diizinkan: {day['date']} di {day['desk']} ({where}), "
               f"oleh {day['actor']}: {day['reason']}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bimtek_desk.sync import net

    return net.serve(args.db, args.event, port=args.port, peers=args.peer, interval=args.interval,
                     address=args.listen)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    sy = sub.add_parser("sync", help="gabungkan check-in beberapa laptop: export, import, status, serve")
    ss = sy.add_subparsers(title="sync", metavar="AKSI", parser_class=parser_class, required=True)
    s = ss.add_parser("export", help="bundel laptop ini untuk acara (berkas)")
    s.add_argument("--event", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--setup", action="store_true",
                   help="berkas penyiapan meja baru (laptop panitia), dibuka dengan kode yang ditampilkan")
    s.set_defaults(func=cmd_export)
    s = ss.add_parser("import", help="gabungkan bundel, urutan bebas; bundel panitia menyiapkan laptop baru")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--slot", type=int, help="slot meja laptop baru (1-15; bawaan: slot kosong terkecil)")
    s.add_argument("--kode", "--code", dest="kode", metavar="KODE",
                   help="kode penyiapan dari laptop panitia (untuk berkas penyiapan meja)")
    s.set_defaults(func=cmd_import)
    s = ss.add_parser("status", help="perangkat ini, perangkat yang digabung, kasus ganda")
    s.add_argument("--event", required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_status)
    s = ss.add_parser("serve", help="mode jaringan tanpa jendela: tarik bundel laptop lain tiap beberapa detik")
    s.add_argument("--event", required=True)
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--listen", default="0.0.0.0", metavar="ALAMAT",
                   help="alamat yang dilayani (bawaan: semua; 127.0.0.1 hanya laptop ini)")
    s.add_argument("--peer", action="append", default=[], metavar="HOST:PORT")
    s.add_argument("--interval", type=float, default=2.0, help="detik antara tarikan")
    s.set_defaults(func=cmd_serve)
