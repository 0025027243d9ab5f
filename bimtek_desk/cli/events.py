"""``demo`` and ``event load|copy|confirm|image|list|show``: setting up an event."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bimtek_desk.cli.common import (
    ask_pin,
    cmd_gui,
    disclose,
    draft_notice,
    exists_readonly,
    next_steps,
    open_store,
    out,
)
from bimtek_desk.errors import UserError
from bimtek_desk.idn import nik as niklib
from bimtek_desk.store import Store


def cmd_demo(args: argparse.Namespace) -> int:
    from bimtek_desk.events.demo import load_demo

    with open_store(args) as store:
        event, report = load_demo(store)
        out(f"Acara demo dimuat: {event.name}")
        out(f"Basis data: {store.path}")
        out(f"Peserta terdaftar: {store.registrations.count(event.id)} "
             f"(baru: {report.new_registrations}, sudah ada: {report.kept_registrations})")
    out(event.id)
    if args.open:
        args.event = event.id
        return cmd_gui(args)
    return 0


def cmd_event_load(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import drafts
    from bimtek_desk.events import new
    from bimtek_desk.store import eventfile

    eventfile.load(args.file)  # a bad file is refused before a database file is created
    with open_store(args) as store:
        event, created = new.from_file(store, args.file, actor="cli", pin=args.pin)
        sessions = store.events.sessions(event.id)
    out(f"Acara {'dibuat' if created else 'diperbarui'}: {event.name}")
    out(f"Sesi presensi: {', '.join(s.key for s in sessions)}")
    for warning in drafts.jp_warnings(event):
        out(f"peringatan: JP tidak cocok dengan waktu agenda: {warning}")
    out(event.id)
    return 0


def cmd_event_copy(args: argparse.Namespace) -> int:
    import datetime as dt

    from bimtek_desk.events.copying import copy_event

    try:
        new_date = dt.date.fromisoformat(args.date)
    except ValueError as exc:
        raise UserError(f"Tanggal '{args.date}' tidak sah (contoh: 2026-11-17).") from exc
    with open_store(args) as store:
        event = copy_event(store, store.events.get(args.source), args.new_id, new_date, short_name=args.short_name,
                           name=args.name, with_roster=args.with_roster, actor="cli")
        count = store.registrations.count(event.id)
    out(f"Acara baru dari {args.source}: {event.name} ({event.date_start}), peserta: {count}")
    from bimtek_desk.documents import drafts

    for doc_type, label in drafts.DOC_LABELS.items():  # a copy starts unconfirmed: say what to look at again
        items = drafts.pending(event, doc_type)
        out(f"  {label}: {'DRAF — ' + drafts.describe(items) if items else 'final'}")
    out(event.id)
    return 0


def cmd_event_confirm(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import drafts

    with open_store(args, readonly=exists_readonly(args) and not (args.fields or args.all)) as store:
        event = store.events.get(args.id)
        if args.fields or args.all:
            event = drafts.confirm(store, event, None if args.all else args.fields, pin=ask_pin(args), actor="cli")
            out(f"Dikonfirmasi: {'semua' if args.all else ', '.join(args.fields)}.")
        left = drafts.unconfirmed(event)
        out(f"Belum dikonfirmasi: {', '.join(left) if left else 'tidak ada'}")
        remaining: list[Any] = []
        for doc_type, label in drafts.DOC_LABELS.items():
            items = drafts.pending(event, doc_type)
            remaining += [p for p in items if p not in remaining]
            out(f"  {label}: {'DRAF — ' + drafts.describe(items) if items else 'final'}")
        if remaining:
            out(f"Selanjutnya: {next_steps(event, remaining)}")
    return 0


def cmd_event_image(args: argparse.Namespace) -> int:
    from bimtek_desk.committee import actions

    path = None if args.file == "-" else args.file
    with open_store(args) as store:
        event = actions.set_image(store, store.events.get(args.id), args.kind, path, ask_pin(args), actor="cli",
                                  signatory=args.signatory)
    what = {"logo": "Logo", "signature": "Tanda tangan", "stamp": "Stempel"}[args.kind]
    whose = f" {args.signatory}" if args.signatory else ""
    out(f"{what}{whose} {'dihapus' if path is None else 'dipasang: ' + Path(path).name}.")
    draft_notice(event, "sertifikat")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    with open_store(args, readonly=exists_readonly(args)) as store:
        for e in store.events.all():
            out(f"{e.id}\t{e.date_start.isoformat()}\t{store.registrations.count(e.id)} peserta\t{e.name}")
    return 0


def event_dict(store: Store, event_id: str, *, show_nik: bool = False) -> dict[str, Any]:
    """Everything about an event; award recipients' NIKs masked unless ``show_nik``
    (the caller has disclosed them through the PIN policy), never the PIN's hash."""
    e = store.events.get(event_id)
    sessions = []
    for s in store.events.sessions(e.id):
        sessions.append({
            "id": s.id, "key": s.key, "label": s.label, "date": s.date.isoformat(), "start": s.start_time,
            "end": s.end_time, "counts_for_certificate": s.counts_for_certificate,
            "present": store.checkins.present_count(s.id),
        })
    return {
        "id": e.id, "name": e.name, "short_name": e.short_name, "date_start": e.date_start.isoformat(),
        "date_end": e.date_end.isoformat(), "venue": e.venue, "city": e.city,
        "organizer": e.settings.get("organizer"), "code_tag": e.code_tag,
        "registered": store.registrations.count(e.id),
        "sessions": sessions,
        "awards": [{"name": a.recipient_name, "years": a.years_of_service, "title": a.title}
                   for a in store.events.awards(e.id)],
        "settings": _public_settings(e.settings, show_nik=show_nik),
    }


def _public_settings(settings: dict[str, Any], *, show_nik: bool) -> dict[str, Any]:
    public = {k: v for k, v in settings.items() if k != "committee_pin"}
    if not show_nik and isinstance(public.get("awards"), list):
        public["awards"] = [{**a, "nik": niklib.mask(a["nik"])} if isinstance(a, dict) and a.get("nik") else a
                         for a in public["awards"]]
    return public


def cmd_event_show(args: argparse.Namespace) -> int:
    with open_store(args, readonly=exists_readonly(args) and not args.show_nik) as store:
        if args.show_nik:
            disclose(store, args.id, args, where="event show")
        d = event_dict(store, args.id, show_nik=args.show_nik)
    if args.json:
        out(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    out(f"{d['id']}: {d['name']}")
    out(f"  {d['short_name']} · {d['date_start']} · {d['venue']}, {d['city']} · {d['organizer']}")
    out(f"  Terdaftar: {d['registered']}")
    out("  Sesi presensi (id, kode, jam, dihitung untuk sertifikat, hadir):")
    for s in d["sessions"]:
        counts = "ya" if s["counts_for_certificate"] else "tidak"
        out(f"    {s['id']}\t{s['key']}\t{s['date']} {s['start']}–{s['end']}\tsertifikat: {counts}\t"
             f"hadir: {s['present']}\t{s['label']}")
    for a in d["awards"]:
        out(f"  Penghargaan: {a['name']} ({a['years']} tahun) — {a['title']}")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("demo", help="muat acara demo (Bimtek PSM 2025, 175 peserta) dan cetak id-nya")
    d.add_argument("--open", action="store_true", help="lalu buka jendela aplikasi")
    d.set_defaults(func=cmd_demo)

    ev = sub.add_parser("event", help="acara: load, list, show").add_subparsers(
        title="perintah acara", metavar="AKSI", parser_class=parser_class, required=True)
    e = ev.add_parser("load", help="buat atau perbarui acara dari berkas JSON/TOML")
    e.add_argument("file")
    e.add_argument("--pin", help="PIN panitia (perlu untuk mengubah acara yang sudah ada)")
    e.set_defaults(func=cmd_event_load)
    e = ev.add_parser("copy", help="acara baru dari acara sebelumnya (pengaturan, sesi; peserta bila diminta)")
    e.add_argument("source")
    e.add_argument("new_id")
    e.add_argument("--date", required=True, help="tanggal acara baru, YYYY-MM-DD")
    e.add_argument("--short-name")
    e.add_argument("--name")
    e.add_argument("--with-roster", action="store_true", help="daftarkan juga peserta acara lama")
    e.set_defaults(func=cmd_event_copy)
    e = ev.add_parser("list", help="daftar acara, satu per baris, id di depan")
    e.set_defaults(func=cmd_event_list)
    e = ev.add_parser("confirm", help="apa yang belum dikonfirmasi (dokumen masih DRAF); konfirmasi dengan PIN")
    e.add_argument("id")
    e.add_argument("fields", nargs="*", metavar="FIELD",
                   help="yang dikonfirmasi, mis. numbering signatories.certificate agenda.jp transport.amount")
    e.add_argument("--all", action="store_true", help="konfirmasi semua yang belum")
    e.add_argument("--pin", help="PIN panitia (bawaan: ditanyakan)")
    e.set_defaults(func=cmd_event_confirm)
    e = ev.add_parser("image", help="pasang logo, atau tanda tangan/stempel seorang penandatangan (PIN, dicatat)")
    e.add_argument("id")
    e.add_argument("kind", choices=["logo", "signature", "stamp"],
                   help="logo acara, tanda tangan (signature) atau stempel (stamp)")
    e.add_argument("file", help="gambar PNG atau JPEG; '-' menghapusnya")
    e.add_argument("--signatory", metavar="PERAN",
                   help="untuk signature/stamp: certificate, plaque, attendance, pptk, treasurer")
    e.add_argument("--pin", help="PIN panitia (bawaan: ditanyakan)")
    e.set_defaults(func=cmd_event_image)
    e = ev.add_parser("show", help="rincian acara termasuk sesi")
    e.add_argument("id")
    e.add_argument("--json", action="store_true")
    e.add_argument("--show-nik", action="store_true", help="NIK penerima penghargaan lengkap (PIN, dicatat)")
    e.add_argument("--pin", help="PIN panitia untuk --show-nik (bawaan: ditanyakan)")
    e.set_defaults(func=cmd_event_show)
