"""``badges``, ``badge-reissue``, ``certificates``, ``plaques``, ``verify``, ``verify-page``,
``keys``, ``revoke`` and ``eligibility``: the printed documents and their verification."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bimtek_desk.cli.common import (
    ask_pin,
    draft_notice,
    exists_readonly,
    open_store,
    out,
    progress_printer,
    write_pdf,
    write_text,
)
from bimtek_desk.errors import UserError
from bimtek_desk.idn.dates import stamp
from bimtek_desk.scanning import codes


def cmd_badges(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import badges

    with open_store(args, readonly=exists_readonly(args)) as store:
        event = store.events.get(args.event)
        regs = store.registrations.for_event(event.id, order=args.order, codes_in=args.code or None)
        if args.code:
            found = {r.badge_code for r in regs}
            missing = [c for c in args.code if codes.normalise(c) not in found]
            if missing:
                raise UserError(f"Kode badge tidak ditemukan (atau sudah tidak berlaku): {', '.join(missing)}.")
        data = [badges.badge_data(event, r) for r in regs]
    pages = write_pdf(args.out, lambda p: badges.render(data, p, layout=args.layout,
                                                        title=f"Badge {event.short_name}"))
    out(f"{len(data)} badge, {pages} halaman: {args.out}")
    from bimtek_desk.documents import badge_sheets

    try:  # made, as the window records it: Dokumen's "belum dicetak" no longer lists them
        with open_store(args) as store:
            badge_sheets.log_made(store, event, regs, how="pdf", where=str(Path(args.out).resolve()),
                                  layout=args.layout, actor="cli")
    except UserError as exc:
        out(f"Catatan: badge sudah ditulis, tetapi tidak tercatat sebagai dicetak ({exc}).")
    from bimtek_desk.documents import drafts

    if drafts.logo_is_placeholder(event):  # the badges carry a red "DRAF · logo contoh" tab
        out(f"DRAF: badge memakai logo contoh. Pilih lambang resmi: "
             f"bimtek-desk event image {event.id} logo LAMBANG.png")
    return 0


def cmd_badge_reissue(args: argparse.Namespace) -> int:
    from bimtek_desk.committee.actions import reissue_badge
    from bimtek_desk.desk import lookup
    from bimtek_desk.documents import badges

    with open_store(args) as store:
        event = store.events.get(args.event)
        res = lookup.resolve(store, event, args.code)
        if res.registration is None or res.status not in (lookup.Status.VALID, lookup.Status.REPLACED):
            raise UserError(f"Tidak dapat mencetak ulang: {res.message}")
        new_code = reissue_badge(store, event, res.registration.id, args.reason, ask_pin(args), actor="cli")
        reg = store.registrations.get(res.registration.id)
    if args.out:
        write_pdf(args.out, lambda p: badges.render([badges.badge_data(event, reg)], p, layout=args.layout))
        out(f"Badge baru untuk {reg.person.name}: {args.out}")
    out(f"Kode lama tidak berlaku lagi. Kode baru: {codes.pretty(new_code)}")
    out(new_code)
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    if bool(args.out) == bool(args.split):
        raise UserError("Pilih salah satu: --out FILE.pdf atau --split FOLDER.")
    with open_store(args) as store:
        event = store.events.get(args.event)
        layout = issue.load_layout(event, "sertifikat")  # read and checked once for the batch
        jobs, refused = issue.certificate_jobs(store, event, codes_in=args.code, order=args.order, layout=layout)
        if args.code and refused:
            names = ", ".join(f"{e.registration.person.name} ({e.reason})" for e in refused)
            raise UserError(f"Tidak memenuhi syarat sertifikat: {names}.")
        if not jobs and not args.code:
            if not refused:
                raise UserError(f"Belum ada peserta terdaftar di acara ini. Impor daftar peserta dulu: "
                                f"'bimtek-desk roster import BERKAS.xlsx --event {event.id}'.")
            raise UserError(f"Belum ada peserta yang memenuhi syarat sertifikat ({len(refused)} peserta belum). "
                            f"Catat kehadiran di meja registrasi (atau 'bimtek-desk checkin KODE --event {event.id} "
                            f"--session SESI'), lalu lihat siapa yang memenuhi syarat: "
                            f"'bimtek-desk eligibility --event {event.id}'.")
        files = issue.write(store, event, "sertifikat", jobs, out=Path(args.out) if args.out else None,
                            split_dir=Path(args.split) if args.split else None,
                            progress=progress_printer("Sertifikat"), layout=layout)
    draft_notice(event, "sertifikat")
    out(f"{len(jobs)} sertifikat ({len(jobs) * 2} halaman) dalam {len(files)} berkas: {args.out or args.split}")
    if refused and not args.code:
        out(f"{len(refused)} peserta tidak memenuhi syarat (lihat 'bimtek-desk eligibility --event {event.id}').")
    return 0


def cmd_plaques(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    with open_store(args) as store:
        event = store.events.get(args.event)
        layout = issue.load_layout(event, "piagam")
        jobs = issue.plaque_jobs(store, event, layout=layout)
        issue.write(store, event, "piagam", jobs, out=Path(args.out), layout=layout)
    for j in jobs:
        out(f"{j.document.number}\t{j.label}")
    draft_notice(event, "piagam")
    out(f"{len(jobs)} piagam: {args.out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from bimtek_desk.desk.verify import verify_text

    if args.image:
        from bimtek_desk.signing.qrimage import read_texts

        text = read_texts(Path(args.image))[0]
    elif args.text:
        text = args.text
    else:
        raise UserError("Beri isi QR atau kode verifikasi (TEXT), atau --image FOTO.png.")
    if args.public_key:  # no database at all: the published keys (and revocations) decide
        from bimtek_desk.signing import cose, keys, verifier

        if not cose.looks_signed(text):
            raise UserError("Dengan --public-key hanya QR bertanda tangan (diawali BD1:) yang dapat diperiksa.")
        result = verifier.verify(text, keys.KeyList.load(Path(args.public_key)))
        out(result.message)
        return 0 if result.genuine else 1
    with open_store(args, readonly=exists_readonly(args)) as store:
        v = verify_text(store, text)
    out(v.message)
    return 0 if v.genuine else 1


def cmd_verify_page(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer, page

    with open_store(args, readonly=exists_readonly(args)) as store:
        key_list = issuer.key_list(store)
    target = Path(args.out)
    page.write(target, key_list)
    out(f"Halaman verifikasi ditulis: {target} ({len(key_list.keys)} kunci, {len(key_list.revoked)} dicabut)")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with open_store(args, readonly=exists_readonly(args)) as store:
        key_list = issuer.key_list(store)
    if not key_list.keys:
        raise UserError(issuer.NO_KEY_YET)
    write_text(Path(args.out), key_list.dumps())
    out(f"Kunci publik ditulis: {args.out} ({len(key_list.keys)} kunci, {len(key_list.revoked)} dicabut)")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    with open_store(args, readonly=exists_readonly(args)) as store:
        rows = store.signing.keys()
    for k in rows:
        state = f"pensiun {stamp(k.retired_at, 'date')}" if k.retired_at else "aktif"
        out(f"{k.kid}\t{k.issuer}\tdibuat {stamp(k.created_at, 'date')}\t{state}")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with open_store(args) as store:
        row = issuer.rotate(store, store.events.get(args.event), pin=args.pin, actor="cli")
    out(f"Kunci baru {row.kid} untuk {row.issuer}; kunci lama tetap dapat memverifikasi dokumen yang sudah dicetak.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with open_store(args) as store:
        row = issuer.revoke(store, store.events.get(args.event), args.number, args.reason or "", pin=args.pin,
                            actor="cli")
    out(f"Dicabut: {row.doc_type} Nomor {row.number} ({row.reason}). Buat ulang halaman verifikasi "
         "(bimtek-desk verify-page) dan terbitkan ulang kunci publik agar pemeriksa tahu.")
    return 0


def cmd_eligibility(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    with open_store(args, readonly=exists_readonly(args) and not args.set) as store:
        event = store.events.get(args.event)
        if args.set:
            if not args.reason:
                raise UserError("Alasan wajib diisi (--reason).")
            found = store.registrations.by_code(codes.normalise(args.set))
            if found is None or found[1].event_id != event.id:
                raise UserError(f"Kode badge '{args.set}' tidak ada di acara ini.")
            reg = found[1]
            issue.decide(store, event, reg.id, args.value == "ya", args.reason, actor="cli", pin=ask_pin(args))
            out(f"{reg.person.name}: {'layak' if args.value == 'ya' else 'tidak layak'} ({args.reason})")
            return 0
        rows = issue.eligibility(store, event)
    if args.json:
        out(json.dumps([{"code": e.registration.badge_code, "name": e.registration.person.name,
                          "eligible": e.eligible, "reason": e.reason, "overridden": e.overridden} for e in rows],
                        ensure_ascii=False, indent=2))
        return 0
    for e in rows:
        if not e.eligible or args.all:
            out(f"{'LAYAK' if e.eligible else 'TIDAK'}\t{e.registration.badge_code}\t{e.registration.person.name}\t"
                 f"{e.reason}")
    out(f"Layak: {sum(e.eligible for e in rows)} dari {len(rows)}")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("badges", help="cetak badge QR ke PDF")
    b.add_argument("--event", required=True)
    b.add_argument("--out", required=True, metavar="FILE.pdf")
    b.add_argument("--layout", choices=["a4-8", "a6", "cr80"], default="a4-8",
                   help="a4-8: 8 badge per A4 dengan garis potong (bawaan); a6; cr80: ukuran kartu ID")
    b.add_argument("--code", nargs="+", metavar="CODE", help="hanya badge dengan kode ini")
    b.add_argument("--order", choices=["roster", "name", "kelurahan"], default="roster")
    b.set_defaults(func=cmd_badges)

    b = sub.add_parser("badge-reissue", help="ganti badge yang hilang: kode baru, kode lama ditolak di meja")
    b.add_argument("code", metavar="CODE")
    b.add_argument("--event", required=True)
    b.add_argument("--reason", required=True, help="alasan, misalnya 'hilang'")
    b.add_argument("--pin", help="PIN panitia (bawaan: ditanyakan)")
    b.add_argument("--out", metavar="FILE.pdf", help="tulis badge baru ke PDF")
    b.add_argument("--layout", choices=["a4-8", "a6", "cr80"], default="a6")
    b.set_defaults(func=cmd_badge_reissue)

    ce = sub.add_parser("certificates", help="sertifikat peserta yang memenuhi syarat, ke PDF")
    ce.add_argument("--event", required=True)
    ce.add_argument("--out", metavar="FILE.pdf", help="satu PDF berisi semua sertifikat")
    ce.add_argument("--split", metavar="FOLDER", help="satu PDF per peserta (untuk dibagikan lewat WhatsApp)")
    ce.add_argument("--code", nargs="+", metavar="CODE", help="hanya peserta dengan kode badge ini")
    ce.add_argument("--order", choices=["roster", "kelurahan", "name"], default="roster")
    ce.set_defaults(func=cmd_certificates)

    pl = sub.add_parser("plaques", help="piagam penghargaan acara, ke PDF")
    pl.add_argument("--event", required=True)
    pl.add_argument("--out", required=True, metavar="FILE.pdf")
    pl.set_defaults(func=cmd_plaques)

    ve = sub.add_parser("verify", help="periksa keaslian sertifikat/piagam dari kode atau isi QR-nya")
    ve.add_argument("text", metavar="TEXT", nargs="?")
    ve.add_argument("--image", metavar="FILE.png", help="foto atau pindaian dokumen: QR-nya dibaca dari gambar")
    ve.add_argument("--public-key", metavar="FILE.json",
                    help="kunci publik penerbit (keys export-public): periksa tanpa basis data")
    ve.set_defaults(func=cmd_verify)

    vp = sub.add_parser("verify-page", help="satu berkas HTML luring untuk memeriksa sertifikat (tanpa aplikasi)")
    vp.add_argument("--out", required=True, metavar="verifikasi.html")
    vp.set_defaults(func=cmd_verify_page)

    ks = sub.add_parser("keys", help="kunci tanda tangan penerbit: export-public, list, rotate").add_subparsers(
        title="perintah kunci", metavar="AKSI", parser_class=parser_class, required=True)
    k = ks.add_parser("export-public", help="tulis kunci publik (dan daftar pencabutan) untuk diterbitkan")
    k.add_argument("--out", required=True, metavar="FILE.json")
    k.set_defaults(func=cmd_keys_export)
    k = ks.add_parser("list", help="kunci yang ada: id, penerbit, aktif atau pensiun")
    k.set_defaults(func=cmd_keys_list)
    k = ks.add_parser("rotate", help="ganti kunci penerbit acara ini (kunci lama tetap memverifikasi)")
    k.add_argument("--event", required=True)
    k.add_argument("--pin")
    k.set_defaults(func=cmd_keys_rotate)

    rv = sub.add_parser("revoke", help="cabut satu sertifikat/piagam (perlu --reason dan --pin)")
    rv.add_argument("number", metavar="NOMOR")
    rv.add_argument("--event", required=True)
    rv.add_argument("--reason")
    rv.add_argument("--pin")
    rv.set_defaults(func=cmd_revoke)

    el = sub.add_parser("eligibility", help="siapa yang layak mendapat sertifikat, dan mengapa")
    el.add_argument("--event", required=True)
    el.add_argument("--all", action="store_true", help="tampilkan juga yang layak")
    el.add_argument("--json", action="store_true")
    el.add_argument("--set", metavar="CODE", help="putuskan kelayakan satu peserta (perlu --value, --reason, --pin)")
    el.add_argument("--value", choices=["ya", "tidak"], default="ya")
    el.add_argument("--reason")
    el.add_argument("--pin")
    el.set_defaults(func=cmd_eligibility)
