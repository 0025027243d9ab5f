"""``roster import`` and ``participants``: who is registered."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bimtek_desk.cli.common import disclose, exists_readonly, open_store, out, write_csv
from bimtek_desk.errors import UserError
from bimtek_desk.idn import nik as niklib
from bimtek_desk.store.models import Registration


def cmd_roster_import(args: argparse.Namespace) -> int:
    from bimtek_desk.roster.importer import import_roster

    mapping: dict[str, str] = {}
    for item in args.map or []:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--map '{item}' tidak sah; tulis KOLOMDATA=KOLOM, misalnya --map nama=C "
                            "atau --map \"hp=No. Handphone\" (atau nama=- untuk tidak memakai kolom).")
        mapping[name.strip()] = column.strip()
    with open_store(args) as store:
        if args.show_nik:  # full NIKs in the messages: the PIN, and a line in the audit log
            store.events.get(args.event)
            disclose(store, args.event, args, where="impor roster", file=Path(args.file).name)
        report = import_roster(store, args.event, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                               sheet=args.sheet, actor="cli", mapping=mapping, show_nik=args.show_nik)
    full = None
    if args.report:
        full = str(report.write_full(args.report))
    elif len(report.parsed.findings) > 12:  # more than a screen: the full list goes beside the file (or Documents)
        full = str(report.write_full_beside())
    for line in report.summary(full_report=full):
        out(line)
    if report.dry_run:
        out("Uji coba (--dry-run): tidak ada yang disimpan.")
        return 0
    if not report.applied:
        print(f"galat: {report.verdict()}", file=sys.stderr)
        return 1
    if report.skipped_invalid:
        out(f"Dilewati (--skip-invalid): baris {', '.join(map(str, report.skipped_invalid))}")
    out(f"Impor selesai: {report.accepted} baris diterima.")
    return 0


def participant_dict(reg: Registration, *, show_nik: bool) -> dict[str, Any]:
    p = reg.person
    return {
        "code": reg.badge_code, "name": p.name, "nik": p.nik if show_nik else niklib.mask(p.nik),
        "sex": p.sex, "kelurahan": p.kelurahan, "kecamatan": p.kecamatan, "phone": p.phone,
        "role": reg.role, "registration_id": reg.id, "roster_row": reg.roster_row,
        "birth_place": p.birth_place, "birth_date": p.birth_date.isoformat() if p.birth_date else None,
        "service_start_year": p.service_start_year,
    }


def cmd_participants(args: argparse.Namespace) -> int:
    # Showing full NIKs discloses personal data: it is written to the audit log.
    with open_store(args, readonly=exists_readonly(args) and not args.show_nik) as store:
        store.events.get(args.event)
        regs = store.registrations.for_event(args.event, search=args.search or "", order=args.order)
        if args.show_nik:
            disclose(store, args.event, args, where="participants", count=len(regs))
    rows = [participant_dict(r, show_nik=args.show_nik) for r in regs]
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        write_csv(list(rows[0]) if rows else ["code"], rows)
    else:
        for r in rows:
            out(f"{r['code']}\t{r['name']}\t{r['nik']}\t{r['sex'] or '-'}\t{r['kelurahan'] or '-'}\t{r['role']}")
        out(f"Jumlah: {len(rows)}")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    ro = sub.add_parser("roster", help="daftar peserta: import").add_subparsers(
        title="perintah roster", metavar="AKSI", parser_class=parser_class, required=True)
    r = ro.add_parser("import", help="impor daftar peserta dari Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV")
    r.add_argument("file")
    r.add_argument("--event", required=True)
    r.add_argument("--dry-run", action="store_true", help="hanya tampilkan laporan, jangan simpan")
    r.add_argument("--skip-invalid", action="store_true", help="impor baris yang sah, lewati yang bergalat")
    r.add_argument("--sheet", help="nama lembar Excel (bawaan: dipilih otomatis)")
    r.add_argument("--map", action="append", metavar="DATA=KOLOM",
                   help="pilih kolom sendiri: huruf atau judul kolom, mis. --map nama=C --map \"hp=No. WA\"; "
                        "'-' = jangan pakai (boleh diulang)")
    r.add_argument("--report", metavar="FILE", help="tulis daftar lengkap galat/peringatan ke berkas ini")
    r.add_argument("--show-nik", action="store_true", help="NIK lengkap dalam pesan galat (PIN, dicatat di log audit)")
    r.add_argument("--pin", help="PIN panitia untuk --show-nik (bawaan: ditanyakan)")
    r.set_defaults(func=cmd_roster_import)

    pa = sub.add_parser("participants", help="daftar peserta terdaftar")
    pa.add_argument("--event", required=True)
    fmt = pa.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    pa.add_argument("--show-nik", action="store_true", help="tampilkan NIK lengkap (PIN, dicatat di log audit)")
    pa.add_argument("--pin", help="PIN panitia untuk --show-nik (bawaan: ditanyakan)")
    pa.add_argument("--search", help="saring: nama, kelurahan, no. HP")
    pa.add_argument("--order", choices=["roster", "name", "kelurahan"], default="roster")
    pa.set_defaults(func=cmd_participants)
