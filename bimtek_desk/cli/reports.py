"""``report daftar-hadir|transport`` and ``export``: the SPJ."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bimtek_desk.cli.common import (
    disclose,
    draft_notice,
    exists_readonly,
    open_store,
    out,
    write_pdf,
)
from bimtek_desk.errors import UserError


def cmd_report_attendance(args: argparse.Namespace) -> int:
    from bimtek_desk.reports import attendance

    with open_store(args, readonly=exists_readonly(args) and not args.show_nik) as store:
        event = store.events.get(args.event)
        session = store.events.session(event.id, args.session)
        if args.show_nik:
            disclose(store, event.id, args, where="daftar hadir")
        count = write_pdf(args.out, lambda p: attendance.render(store, event, session, p, mode=args.mode,
                                                                  show_nik=args.show_nik))
    draft_notice(event, "daftar-hadir")
    out(f"Daftar hadir {session.key} ({args.mode}): {count} orang: {args.out}")
    return 0


def cmd_report_transport(args: argparse.Namespace) -> int:
    from bimtek_desk.idn.dates import parse_date
    from bimtek_desk.idn.terbilang import rupiah
    from bimtek_desk.reports import transport

    exists_readonly(args)
    with open_store(args) as store:  # a final list is recorded: a second one for the same day is a copy
        event = store.events.get(args.event)
        session = store.events.session(event.id, args.session) if args.session else None
        day = parse_date(args.date) if args.date else None
        if args.date and day is None:
            raise UserError(f"Tanggal '{args.date}' tidak dikenali (tulis 2025-11-18).")
        result: list[transport.Result] = []

        def render(path: Path) -> int:
            result.append(transport.render(store, event, path, session=session, day=day, nik_column=args.nik or None,
                                           actor="cli", part=args.part, supplement=args.susulan))
            return 0

        write_pdf(args.out, render)
    r = result[0]
    draft_notice(event, "transport")
    number = f" nomor {r.number}" if r.number else ""
    out(f"Daftar penerimaan transport{number} ({r.period}): {r.people} orang, jumlah {rupiah(r.total)}: {args.out}")
    if r.copy:
        out(f"SALINAN: daftar untuk {r.period} sudah dibuat dengan nomor {r.number}; dicetak ulang dengan orang "
             "dan jumlah yang sama, bukan dasar pembayaran kedua.")
    elif r.part > 1:
        out(f"Daftar SUSULAN ke-{r.part - 1}: hanya yang belum ada di daftar mana pun untuk {r.period}.")
    if r.not_listed:
        out(f"Perhatian: {r.not_listed} orang tercatat hadir pada periode ini setelah daftar dibuat dan belum ada di "
             "daftar mana pun: buat daftar susulan dengan --susulan.")
    if r.no_longer_present:
        out(f"Perhatian: {r.no_longer_present} orang di daftar ini kehadirannya sudah dibatalkan sejak daftar dibuat.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bimtek_desk.reports import excel

    with open_store(args, readonly=exists_readonly(args) and not args.show_nik) as store:
        event = store.events.get(args.event)
        if args.show_nik:
            disclose(store, event.id, args, where="export")
        target = Path(args.out)
        if not target.parent.exists():
            raise UserError(f"Folder '{target.parent}' tidak ada.")
        sheets = excel.export(store, event, target, show_nik=args.show_nik)
    out("; ".join(f"{k}: {v} baris" for k, v in sheets.items()))
    out(f"Ekspor Excel: {args.out}")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    rp = sub.add_parser("report", help="laporan SPJ: daftar-hadir, transport").add_subparsers(
        title="laporan", metavar="JENIS", parser_class=parser_class, required=True)
    r = rp.add_parser("daftar-hadir", help="daftar hadir per sesi (PDF A4)")
    r.add_argument("--event", required=True)
    r.add_argument("--session", required=True)
    r.add_argument("--mode", choices=["blank", "attended"], default="blank",
                   help="blank: semua terdaftar, untuk tanda tangan; attended: yang tercatat hadir, dengan jamnya")
    r.add_argument("--out", required=True, metavar="FILE.pdf")
    r.add_argument("--show-nik", action="store_true", help="NIK lengkap (PIN, dicatat di log audit)")
    r.add_argument("--pin", help="PIN panitia untuk --show-nik (bawaan: ditanyakan)")
    r.set_defaults(func=cmd_report_attendance)
    r = rp.add_parser("transport", help="daftar penerimaan uang transport (PDF A4)")
    r.add_argument("--event", required=True)
    r.add_argument("--date", help="hari pembayaran, mis. 2025-11-18 (bawaan: hari pertama); satu daftar per hari")
    r.add_argument("--session", help="hari pembayaran ditentukan oleh sesi ini (daftar tetap memuat seluruh hari)")
    r.add_argument("--out", required=True, metavar="FILE.pdf")
    r.add_argument("--nik", action="store_true", help="kolom NIK (tersamar)")
    r.add_argument("--susulan", action="store_true",
                   help="daftar susulan: hanya yang hadir setelah daftar hari itu dibuat (nomor sendiri)")
    r.add_argument("--part", type=int, metavar="N", help="cetak ulang daftar ke-N hari itu (2 = susulan pertama)")
    r.set_defaults(func=cmd_report_transport)

    ex = sub.add_parser("export", help="ekspor Excel: kehadiran, riwayat check-in, rekap")
    ex.add_argument("--event", required=True)
    ex.add_argument("--out", required=True, metavar="FILE.xlsx")
    ex.add_argument("--show-nik", action="store_true", help="NIK lengkap (PIN, dicatat di log audit)")
    ex.add_argument("--pin", help="PIN panitia untuk --show-nik (bawaan: ditanyakan)")
    ex.set_defaults(func=cmd_export)
