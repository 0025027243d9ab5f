"""Command line: a thin layer over the core.  Imports Qt only to open a window.

Exit status: 0 success, 1 a user error (one line on stderr, in Indonesian),
130 interrupted.  Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from bimtek_desk import __version__, codes
from bimtek_desk.errors import UserError
from bimtek_desk.idn import nik as niklib
from bimtek_desk.store import Store, default_path
from bimtek_desk.store.checkins import annul_reasons
from bimtek_desk.store.models import Registration

Handler = Callable[[argparse.Namespace], int]


# argparse's own words (usage, options, its error messages) in Indonesian like the rest
# of the command line; with `--lang en` they stay English.  argparse looks its texts up
# through the module's ``_`` (gettext) at the moment it needs them.
_ARGPARSE_EN = argparse._  # type: ignore[attr-defined]
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "argumen %r diabaikan",
}


def _argparse_language(argv: Sequence[str]) -> None:
    english = any(a == "--lang=en" or (a == "--lang" and nxt == "en")
                  for a, nxt in itertools.pairwise([*argv, ""]))
    translate = _ARGPARSE_EN if english else (lambda text: _ARGPARSE_ID.get(text, _ARGPARSE_EN(text)))
    argparse._ = translate  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(1, f"galat: {message} (lihat '{self.prog} --help')\n")


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    return Store.open(args.db, readonly=readonly)


def _out(line: str = "") -> None:
    print(line, flush=True)


def _write_csv(fields: list[str], rows: list[dict[str, Any]]) -> None:
    """CSV on stdout; a value a spreadsheet would run as a formula is neutralised."""
    from bimtek_desk.reports.cells import csv_row

    w = csv.DictWriter(sys.stdout, fieldnames=fields)
    w.writeheader()
    w.writerows(csv_row(r) for r in rows)


# -- GUI ---------------------------------------------------------------------------


def cmd_selftest(args: argparse.Namespace) -> int:
    from bimtek_desk.system import selftest

    return selftest.run(_out)



def cmd_gui(args: argparse.Namespace) -> int:
    from bimtek_desk.gui.app import run  # Qt is imported only here

    return run(db_path=args.db, event_id=getattr(args, "event", None), lang=getattr(args, "lang", None))


# -- demo and events ---------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from bimtek_desk.demo import load_demo

    with _open(args) as store:
        event, report = load_demo(store)
        _out(f"Acara demo dimuat: {event.name}")
        _out(f"Basis data: {store.path}")
        _out(f"Peserta terdaftar: {store.registrations.count(event.id)} "
             f"(baru: {report.new_registrations}, sudah ada: {report.kept_registrations})")
    _out(event.id)
    if args.open:
        args.event = event.id
        return cmd_gui(args)
    return 0


def cmd_event_load(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import drafts
    from bimtek_desk.events import eventfile, new

    eventfile.load(args.file)  # a bad file is refused before a database file is created
    with _open(args) as store:
        event, created = new.from_file(store, args.file, actor="cli", pin=args.pin)
        sessions = store.events.sessions(event.id)
    _out(f"Acara {'dibuat' if created else 'diperbarui'}: {event.name}")
    _out(f"Sesi presensi: {', '.join(s.key for s in sessions)}")
    for warning in drafts.jp_warnings(event):
        _out(f"peringatan: JP tidak cocok dengan waktu agenda: {warning}")
    _out(event.id)
    return 0


def cmd_event_copy(args: argparse.Namespace) -> int:
    import datetime as dt

    from bimtek_desk.events.copying import copy_event

    try:
        new_date = dt.date.fromisoformat(args.date)
    except ValueError as exc:
        raise UserError(f"Tanggal '{args.date}' tidak sah (contoh: 2026-11-17).") from exc
    with _open(args) as store:
        event = copy_event(store, store.events.get(args.source), args.new_id, new_date, short_name=args.short_name,
                           name=args.name, with_roster=args.with_roster, actor="cli")
        count = store.registrations.count(event.id)
    _out(f"Acara baru dari {args.source}: {event.name} ({event.date_start}), peserta: {count}")
    from bimtek_desk.documents import drafts

    for doc_type, label in drafts.DOC_LABELS.items():  # a copy starts unconfirmed: say what to look at again
        items = drafts.pending(event, doc_type)
        _out(f"  {label}: {'DRAF — ' + drafts.describe(items) if items else 'final'}")
    _out(event.id)
    return 0


def _next_steps(event: Any, items: list[Any]) -> str:
    """The commands that clear what keeps a document a DRAF: confirming is not choosing a logo."""
    from bimtek_desk.documents import drafts

    steps = []
    entries = [p.entry for p in items if p.entry != drafts.LOGO and not p.entry.startswith(drafts.FILL)]
    if entries:
        steps.append(f"bimtek-desk event confirm {event.id} {' '.join(entries)}")
    if any(p.entry == drafts.LOGO for p in items):
        steps.append(f"bimtek-desk event image {event.id} logo LAMBANG.png")
    if any(p.entry.startswith(drafts.FILL) for p in items):
        steps.append("isi yang kosong di Acara (Penandatangan, nama acara) atau dalam berkas acara lalu "
                     f"'bimtek-desk event load BERKAS.json --pin PIN'")
    return "; ".join(steps)


def _draft_notice(event: Any, doc_type: str) -> None:
    from bimtek_desk.documents import drafts

    line = drafts.notice(event, doc_type)
    if line:
        _out(f"{line} Selesaikan dengan: {_next_steps(event, drafts.pending(event, doc_type))}")
    if doc_type == "sertifikat":
        for warning in drafts.jp_warnings(event):
            _out(f"peringatan: JP tidak cocok dengan waktu agenda: {warning}")


def cmd_event_confirm(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import drafts

    with _open(args, readonly=_exists_readonly(args) and not (args.fields or args.all)) as store:
        event = store.events.get(args.id)
        if args.fields or args.all:
            event = drafts.confirm(store, event, None if args.all else args.fields, pin=_pin(args), actor="cli")
            _out(f"Dikonfirmasi: {'semua' if args.all else ', '.join(args.fields)}.")
        left = drafts.unconfirmed(event)
        _out(f"Belum dikonfirmasi: {', '.join(left) if left else 'tidak ada'}")
        remaining: list[Any] = []
        for doc_type, label in drafts.DOC_LABELS.items():
            items = drafts.pending(event, doc_type)
            remaining += [p for p in items if p not in remaining]
            _out(f"  {label}: {'DRAF — ' + drafts.describe(items) if items else 'final'}")
        if remaining:
            _out(f"Selanjutnya: {_next_steps(event, remaining)}")
    return 0


def cmd_event_image(args: argparse.Namespace) -> int:
    from bimtek_desk.committee import actions

    path = None if args.file == "-" else args.file
    with _open(args) as store:
        event = actions.set_image(store, store.events.get(args.id), args.kind, path, _pin(args), actor="cli",
                                  signatory=args.signatory)
    what = {"logo": "Logo", "signature": "Tanda tangan", "stamp": "Stempel"}[args.kind]
    whose = f" {args.signatory}" if args.signatory else ""
    _out(f"{what}{whose} {'dihapus' if path is None else 'dipasang: ' + Path(path).name}.")
    _draft_notice(event, "sertifikat")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    with _open(args, readonly=_exists_readonly(args)) as store:
        for e in store.events.list():
            _out(f"{e.id}\t{e.date_start.isoformat()}\t{store.registrations.count(e.id)} peserta\t{e.name}")
    return 0


def _exists_readonly(args: argparse.Namespace) -> bool:
    """Read-only commands open an existing file read-only (and never create one)."""
    path = Path(args.db) if args.db else default_path()
    if not path.exists():
        raise UserError(f"Basis data '{path}' belum ada. Jalankan 'bimtek-desk demo' atau 'bimtek-desk event load'.")
    return True


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
    out = {k: v for k, v in settings.items() if k != "committee_pin"}
    if not show_nik and isinstance(out.get("awards"), list):
        out["awards"] = [{**a, "nik": niklib.mask(a["nik"])} if isinstance(a, dict) and a.get("nik") else a
                         for a in out["awards"]]
    return out


def cmd_event_show(args: argparse.Namespace) -> int:
    with _open(args, readonly=_exists_readonly(args) and not args.show_nik) as store:
        if args.show_nik:
            _disclose(store, args.id, args, where="event show")
        d = event_dict(store, args.id, show_nik=args.show_nik)
    if args.json:
        _out(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    _out(f"{d['id']}: {d['name']}")
    _out(f"  {d['short_name']} · {d['date_start']} · {d['venue']}, {d['city']} · {d['organizer']}")
    _out(f"  Terdaftar: {d['registered']}")
    _out("  Sesi presensi (id, kode, jam, dihitung untuk sertifikat, hadir):")
    for s in d["sessions"]:
        counts = "ya" if s["counts_for_certificate"] else "tidak"
        _out(f"    {s['id']}\t{s['key']}\t{s['date']} {s['start']}–{s['end']}\tsertifikat: {counts}\t"
             f"hadir: {s['present']}\t{s['label']}")
    for a in d["awards"]:
        _out(f"  Penghargaan: {a['name']} ({a['years']} tahun) — {a['title']}")
    return 0


# -- roster --------------------------------------------------------------------------


def cmd_roster_import(args: argparse.Namespace) -> int:
    from bimtek_desk.roster.importer import import_roster

    mapping: dict[str, str] = {}
    for item in args.map or []:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--map '{item}' tidak sah; tulis KOLOMDATA=KOLOM, misalnya --map nama=C "
                            "atau --map \"hp=No. Handphone\" (atau nama=- untuk tidak memakai kolom).")
        mapping[name.strip()] = column.strip()
    with _open(args) as store:
        if args.show_nik:  # full NIKs in the messages: the PIN, and a line in the audit log
            store.events.get(args.event)
            _disclose(store, args.event, args, where="impor roster", file=Path(args.file).name)
        report = import_roster(store, args.event, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                               sheet=args.sheet, actor="cli", mapping=mapping, show_nik=args.show_nik)
    full = None
    if args.report:
        full = str(report.write_full(args.report))
    elif len(report.parsed.findings) > 12:  # more than a screen: the full list goes beside the file (or Documents)
        full = str(report.write_full_beside())
    for line in report.summary(full_report=full):
        _out(line)
    if report.dry_run:
        _out("Uji coba (--dry-run): tidak ada yang disimpan.")
        return 0
    if not report.applied:
        print(f"galat: {report.verdict()}", file=sys.stderr)
        return 1
    if report.skipped_invalid:
        _out(f"Dilewati (--skip-invalid): baris {', '.join(map(str, report.skipped_invalid))}")
    _out(f"Impor selesai: {report.accepted} baris diterima.")
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


def _disclose(store: Store, event_id: str, args: argparse.Namespace, *, where: str, **detail: Any) -> None:
    """--show-nik: the committee PIN (--pin, else asked on the terminal), audited."""
    from bimtek_desk.committee.actions import disclose_nik

    disclose_nik(store, event_id, _pin(args), actor="cli", where=where, **detail)


def _pin(args: argparse.Namespace, flag: str = "pin", prompt: str = "PIN panitia: ") -> str | None:
    """A PIN from its option, else asked without echo when a terminal is attached."""
    import getpass

    value = getattr(args, flag, None)
    if value is None and sys.stdin.isatty():
        try:
            value = getpass.getpass(prompt)
        except EOFError:  # Ctrl-D at the prompt: no PIN given
            print(file=sys.stderr)
    return value


def cmd_participants(args: argparse.Namespace) -> int:
    # Showing full NIKs discloses personal data: it is written to the audit log.
    with _open(args, readonly=_exists_readonly(args) and not args.show_nik) as store:
        store.events.get(args.event)
        regs = store.registrations.list(args.event, search=args.search or "", order=args.order)
        if args.show_nik:
            _disclose(store, args.event, args, where="participants", count=len(regs))
    rows = [participant_dict(r, show_nik=args.show_nik) for r in regs]
    if args.json:
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        _write_csv(list(rows[0]) if rows else ["code"], rows)
    else:
        for r in rows:
            _out(f"{r['code']}\t{r['name']}\t{r['nik']}\t{r['sex'] or '-'}\t{r['kelurahan'] or '-'}\t{r['role']}")
        _out(f"Jumlah: {len(rows)}")
    return 0


# -- badges ----------------------------------------------------------------------------


def _write_pdf(out: str, writer: Callable[[Path], int]) -> int:
    """Write to a temporary file and move it into place, so a failure leaves no half file."""
    from bimtek_desk.files import atomic_write

    return atomic_write(Path(out), writer)


def cmd_badges(args: argparse.Namespace) -> int:
    from bimtek_desk import badges

    with _open(args, readonly=_exists_readonly(args)) as store:
        event = store.events.get(args.event)
        regs = store.registrations.list(event.id, order=args.order, codes_in=args.code or None)
        if args.code:
            found = {r.badge_code for r in regs}
            missing = [c for c in args.code if codes.normalise(c) not in found]
            if missing:
                raise UserError(f"Kode badge tidak ditemukan (atau sudah tidak berlaku): {', '.join(missing)}.")
        data = [badges.badge_data(event, r) for r in regs]
    pages = _write_pdf(args.out, lambda p: badges.render(data, p, layout=args.layout,
                                                        title=f"Badge {event.short_name}"))
    _out(f"{len(data)} badge, {pages} halaman: {args.out}")
    from bimtek_desk.documents import drafts

    if drafts.logo_is_placeholder(event):  # the badges carry a red "DRAF · logo contoh" tab
        _out(f"DRAF: badge memakai logo contoh. Pilih lambang resmi: "
             f"bimtek-desk event image {event.id} logo LAMBANG.png")
    return 0


def cmd_badge_reissue(args: argparse.Namespace) -> int:
    from bimtek_desk import badges, lookup
    from bimtek_desk.committee.actions import reissue_badge

    with _open(args) as store:
        event = store.events.get(args.event)
        res = lookup.resolve(store, event, args.code)
        if res.registration is None or res.status not in (lookup.Status.VALID, lookup.Status.REPLACED):
            raise UserError(f"Tidak dapat mencetak ulang: {res.message}")
        new_code = reissue_badge(store, event, res.registration.id, args.reason, _pin(args), actor="cli")
        reg = store.registrations.get(res.registration.id)
    if args.out:
        _write_pdf(args.out, lambda p: badges.render([badges.badge_data(event, reg)], p, layout=args.layout))
        _out(f"Badge baru untuk {reg.person.name}: {args.out}")
    _out(f"Kode lama tidak berlaku lagi. Kode baru: {codes.pretty(new_code)}")
    _out(new_code)
    return 0


# -- desk ------------------------------------------------------------------------------


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1, said in Indonesian otherwise."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat 1 atau lebih, bukan '{text}'")
    return n


def cmd_desk(args: argparse.Namespace) -> int:
    if args.event:  # an unknown event is said before any window opens
        from bimtek_desk.store import StoreError

        try:
            with _open(args, readonly=True) as store:
                store.events.get(args.event)
        except StoreError:
            pass  # a damaged or missing database: the window offers its backups or a new event
    from bimtek_desk.gui.app import run

    return run(db_path=args.db, event_id=args.event, desk_mode=True, session=args.session, desk_name=args.desk,
               operator=args.operator, fullscreen=args.fullscreen, lang=args.lang)


def cmd_checkin(args: argparse.Namespace) -> int:
    from bimtek_desk.desk import Desk, Outcome

    with _open(args) as store:
        from bimtek_desk.device import settings

        desk = Desk(store, store.events.get(args.event), desk=args.desk or settings.desk_name()
                    or settings.DEFAULT_DESK, operator=args.operator, session=args.session)
        if args.allow_other_day and not desk.is_event_day():  # on an event day nothing to allow, no PIN asked
            desk.allow_today(reason=args.allow_other_day, pin=_pin(args))
        result = desk.scan(args.text, method="cli")
        present, total = desk.present(), desk.registered()
    name = result.registration.person.name if result.registration else ""
    _out(f"{result.title}: {name}".rstrip(": ") if name else result.title)
    _out(result.message)
    _out(f"{desk.session.key}: {present} / {total} hadir")
    if result.outcome is Outcome.DB_ERROR:
        print(f"galat: {result.message}", file=sys.stderr)
    return 0 if result.outcome.ok else 1


def attendance_rows(store: Store, event_id: str, session: str | None) -> list[dict[str, Any]]:
    sessions = {s.id: s for s in store.events.sessions(event_id)}
    session_id = store.events.session(event_id, session).id if session else None
    history = store.checkins.history(event_id, session_id)
    reasons = annul_reasons(history)
    regs = store.registrations.get_many(sorted({c.registration_id for c, _ in history}))
    rows = []
    for c, annulled in history:
        if c.annuls is not None:
            continue
        reg = regs[c.registration_id]
        code = reg.badge_code or next((b.code for b in reversed(store.registrations.badges(reg.id))), None)
        rows.append({
            "checkin_id": c.id, "code": code, "name": reg.person.name, "kelurahan": reg.person.kelurahan,
            "role": reg.role, "session": sessions[c.session_id].key, "time": c.at, "desk": c.desk,
            "operator": c.operator, "method": c.method, "device": c.device, "annulled": annulled,
            "annul_reason": reasons.get(c.id) if annulled else None,
        })
    return rows


def cmd_attendance(args: argparse.Namespace) -> int:
    with _open(args, readonly=_exists_readonly(args)) as store:
        store.events.get(args.event)
        rows = attendance_rows(store, args.event, args.session)
    if args.json:
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        fields = ["checkin_id", "code", "name", "kelurahan", "role", "session", "time", "desk", "operator", "method",
                  "device", "annulled", "annul_reason"]
        _write_csv(fields, rows)
    else:
        for r in rows:
            flag = "  DIBATALKAN: " + (r["annul_reason"] or "") if r["annulled"] else ""
            _out(f"{r['time'][:19].replace('T', ' ')}\t{r['session']}\t{r['code']}\t{r['name']}\t{r['desk']}\t"
                 f"{r['operator']}{flag}")
        _out(f"Jumlah check-in: {len(rows)} (dibatalkan: {sum(r['annulled'] for r in rows)})")
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from bimtek_desk import pin

    with _open(args) as store:
        event = store.events.get(args.event)
        old = _pin(args, "old", "PIN lama: ") if event.settings.get("committee_pin") else None
        new = _pin(args, "new", "PIN baru: ") or ""
        pin.change(store, event.id, old, new, actor="cli")
    _out("PIN panitia disimpan.")
    return 0


# -- certificates, plaques, verification ------------------------------------------------


def _progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def cmd_certificates(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    if bool(args.out) == bool(args.split):
        raise UserError("Pilih salah satu: --out FILE.pdf atau --split FOLDER.")
    with _open(args) as store:
        event = store.events.get(args.event)
        jobs, refused = issue.certificate_jobs(store, event, codes_in=args.code, order=args.order)
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
                            progress=_progress_printer("Sertifikat"))
    _draft_notice(event, "sertifikat")
    _out(f"{len(jobs)} sertifikat ({len(jobs) * 2} halaman) dalam {len(files)} berkas: {args.out or args.split}")
    if refused and not args.code:
        _out(f"{len(refused)} peserta tidak memenuhi syarat (lihat 'bimtek-desk eligibility --event {event.id}').")
    return 0


def cmd_plaques(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    with _open(args) as store:
        event = store.events.get(args.event)
        jobs = issue.plaque_jobs(store, event)
        issue.write(store, event, "piagam", jobs, out=Path(args.out))
    for j in jobs:
        _out(f"{j.document.number}\t{j.label}")
    _draft_notice(event, "piagam")
    _out(f"{len(jobs)} piagam: {args.out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from bimtek_desk.verify import verify_text

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
        _out(result.message)
        return 0 if result.genuine else 1
    with _open(args, readonly=_exists_readonly(args)) as store:
        v = verify_text(store, text)
    _out(v.message)
    return 0 if v.genuine else 1


def cmd_verify_page(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer, page

    with _open(args, readonly=_exists_readonly(args)) as store:
        key_list = issuer.key_list(store)
    out = Path(args.out)
    page.write(out, key_list)
    _out(f"Halaman verifikasi ditulis: {out} ({len(key_list.keys)} kunci, {len(key_list.revoked)} dicabut)")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with _open(args, readonly=_exists_readonly(args)) as store:
        key_list = issuer.key_list(store)
    if not key_list.keys:
        raise UserError(issuer.NO_KEY_YET)
    _write_text(Path(args.out), key_list.dumps())
    _out(f"Kunci publik ditulis: {args.out} ({len(key_list.keys)} kunci, {len(key_list.revoked)} dicabut)")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    with _open(args, readonly=_exists_readonly(args)) as store:
        rows = store.signing.keys()
    for k in rows:
        _out(f"{k.kid}\t{k.issuer}\tdibuat {k.created_at[:10]}\t{'pensiun ' + k.retired_at[:10] if k.retired_at else 'aktif'}")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with _open(args) as store:
        row = issuer.rotate(store, store.events.get(args.event), pin=args.pin, actor="cli")
    _out(f"Kunci baru {row.kid} untuk {row.issuer}; kunci lama tetap dapat memverifikasi dokumen yang sudah dicetak.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from bimtek_desk.signing import issuer

    with _open(args) as store:
        row = issuer.revoke(store, store.events.get(args.event), args.number, args.reason or "", pin=args.pin,
                            actor="cli")
    _out(f"Dicabut: {row.doc_type} Nomor {row.number} ({row.reason}). Buat ulang halaman verifikasi "
         "(bimtek-desk verify-page) dan terbitkan ulang kunci publik agar pemeriksa tahu.")
    return 0


def _write_text(path: Path, text: str) -> None:
    from bimtek_desk.files import atomic_write

    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def cmd_eligibility(args: argparse.Namespace) -> int:
    from bimtek_desk.documents import issue

    with _open(args, readonly=_exists_readonly(args) and not args.set) as store:
        event = store.events.get(args.event)
        if args.set:
            if not args.reason:
                raise UserError("Alasan wajib diisi (--reason).")
            found = store.registrations.by_code(codes.normalise(args.set))
            if found is None or found[1].event_id != event.id:
                raise UserError(f"Kode badge '{args.set}' tidak ada di acara ini.")
            reg = found[1]
            issue.decide(store, event, reg.id, args.value == "ya", args.reason, actor="cli", pin=_pin(args))
            _out(f"{reg.person.name}: {'layak' if args.value == 'ya' else 'tidak layak'} ({args.reason})")
            return 0
        rows = issue.eligibility(store, event)
    if args.json:
        _out(json.dumps([{"code": e.registration.badge_code, "name": e.registration.person.name,
                          "eligible": e.eligible, "reason": e.reason, "overridden": e.overridden} for e in rows],
                        ensure_ascii=False, indent=2))
        return 0
    for e in rows:
        if not e.eligible or args.all:
            _out(f"{'LAYAK' if e.eligible else 'TIDAK'}\t{e.registration.badge_code}\t{e.registration.person.name}\t"
                 f"{e.reason}")
    _out(f"Layak: {sum(e.eligible for e in rows)} dari {len(rows)}")
    return 0


# -- reports ---------------------------------------------------------------------------


def cmd_report_attendance(args: argparse.Namespace) -> int:
    from bimtek_desk.reports import attendance

    with _open(args, readonly=_exists_readonly(args) and not args.show_nik) as store:
        event = store.events.get(args.event)
        session = store.events.session(event.id, args.session)
        if args.show_nik:
            _disclose(store, event.id, args, where="daftar hadir")
        count = _write_pdf(args.out, lambda p: attendance.render(store, event, session, p, mode=args.mode,
                                                                  show_nik=args.show_nik))
    _draft_notice(event, "daftar-hadir")
    _out(f"Daftar hadir {session.key} ({args.mode}): {count} orang: {args.out}")
    return 0


def cmd_report_transport(args: argparse.Namespace) -> int:
    from bimtek_desk.idn.dates import parse_date
    from bimtek_desk.idn.terbilang import rupiah
    from bimtek_desk.reports import transport

    _exists_readonly(args)
    with _open(args) as store:  # a final list is recorded: a second one for the same day is a copy
        event = store.events.get(args.event)
        session = store.events.session(event.id, args.session) if args.session else None
        day = parse_date(args.date) if args.date else None
        if args.date and day is None:
            raise UserError(f"Tanggal '{args.date}' tidak dikenali (tulis 2025-11-18).")
        result: list[transport.Result] = []
        _write_pdf(args.out, lambda p: result.append(transport.render(
            store, event, p, session=session, day=day, nik_column=args.nik or None, actor="cli", part=args.part,
            supplement=args.susulan)) or 0)
    r = result[0]
    _draft_notice(event, "transport")
    number = f" nomor {r.number}" if r.number else ""
    _out(f"Daftar penerimaan transport{number} ({r.period}): {r.people} orang, jumlah {rupiah(r.total)}: {args.out}")
    if r.copy:
        _out(f"SALINAN: daftar untuk {r.period} sudah dibuat dengan nomor {r.number}; dicetak ulang dengan orang "
             "dan jumlah yang sama, bukan dasar pembayaran kedua.")
    elif r.part > 1:
        _out(f"Daftar SUSULAN ke-{r.part - 1}: hanya yang belum ada di daftar mana pun untuk {r.period}.")
    if r.not_listed:
        _out(f"Perhatian: {r.not_listed} orang tercatat hadir pada periode ini setelah daftar dibuat dan belum ada di "
             "daftar mana pun: buat daftar susulan dengan --susulan.")
    if r.no_longer_present:
        _out(f"Perhatian: {r.no_longer_present} orang di daftar ini kehadirannya sudah dibatalkan sejak daftar dibuat.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bimtek_desk.reports import excel

    with _open(args, readonly=_exists_readonly(args) and not args.show_nik) as store:
        event = store.events.get(args.event)
        if args.show_nik:
            _disclose(store, event.id, args, where="export")
        target = Path(args.out)
        if not target.parent.exists():
            raise UserError(f"Folder '{target.parent}' tidak ada.")
        sheets = excel.export(store, event, target, show_nik=args.show_nik)
    _out("; ".join(f"{k}: {v} baris" for k, v in sheets.items()))
    _out(f"Ekspor Excel: {args.out}")
    return 0


# -- backups and audit ---------------------------------------------------------------------


def cmd_backup_list(args: argparse.Namespace) -> int:
    from bimtek_desk import backups

    path = Path(args.db) if args.db else default_path()
    items = backups.list_backups(path)
    for b in items:
        mark = b.anchor.text if b.anchor else "-"
        _out(f"{b.taken:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{b.size // 1024} KB\tjangkar {mark}\t{b.path}")
    _out(f"Jumlah cadangan: {len(items)} (folder: {backups.folder(path)})")
    return 0


def cmd_backup_now(args: argparse.Namespace) -> int:
    from bimtek_desk import backups

    with _open(args) as store:
        path = backups.take(store, "manual")
    _out(f"Cadangan dibuat: {path}")
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from bimtek_desk import backups

    path = Path(args.db) if args.db else default_path()
    safety = backups.restore(path, args.file, pin=_pin(args), actor="cli")
    _out(f"Dipulihkan dari {args.file}. Basis data sebelumnya disimpan sebagai {safety}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from bimtek_desk import backups
    from bimtek_desk.integrity import anchor

    given = [(anchor.parse(text), f"jangkar {text}") for text in args.anchor or []]
    with _open(args, readonly=_exists_readonly(args)) as store:
        stored = [(b.anchor, f"cadangan {b.path.name}") for b in backups.list_backups(store.path) if b.anchor]
        problems = anchor.verify(store, given + stored)
        now = anchor.current(store)  # its rows: every check-in row, the chain's length
        count, head = now.rows, now.text
    if problems:
        for p in problems:
            _out(p)
        print(f"galat: rantai check-in TIDAK utuh: {len(problems)} masalah.", file=sys.stderr)
        return 1
    _out(f"Rantai check-in utuh: {count} baris diperiksa"
         f"{f', cocok dengan {len(given + stored)} jangkar' if given or stored else ''}. Jangkar kini: {head}")
    return 0


def cmd_audit_log(args: argparse.Namespace) -> int:
    from bimtek_desk.committee.vocabulary import describe, label

    with _open(args, readonly=_exists_readonly(args)) as store:
        if args.event:
            store.events.get(args.event)  # a mistyped id says so instead of an empty log
        entries = store.audit.list(args.event, limit=args.limit)
    for e in entries:
        _out(f"{e.at[:19].replace('T', ' ')}\t{e.actor}\t{label(e.action)}\t{describe(e.detail)}")
    return 0


# -- parser ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="bimtek-desk", description="Meja registrasi dan sertifikat Bimtek.")
    p.add_argument("--db", metavar="PATH", help=f"berkas basis data (bawaan: {default_path()})")
    p.add_argument("--version", action="version", version=f"bimtek-desk {__version__}",
                   help=argparse._("show program's version number and exit"))  # type: ignore[attr-defined]
    p.add_argument("--event", help=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["id", "en"],
                   help="bahasa jendela dan teks bantuan baris perintah: id (bawaan) atau en")
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(title="perintah", metavar="PERINTAH", parser_class=_Parser)

    d = sub.add_parser("demo", help="muat acara demo (Bimtek PSM 2025, 175 peserta) dan cetak id-nya")
    d.add_argument("--open", action="store_true", help="lalu buka jendela aplikasi")
    d.set_defaults(func=cmd_demo)

    ev = sub.add_parser("event", help="acara: load, list, show").add_subparsers(
        title="perintah acara", metavar="AKSI", parser_class=_Parser, required=True)
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

    ro = sub.add_parser("roster", help="daftar peserta: import").add_subparsers(
        title="perintah roster", metavar="AKSI", parser_class=_Parser, required=True)
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
        title="perintah kunci", metavar="AKSI", parser_class=_Parser, required=True)
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

    rp = sub.add_parser("report", help="laporan SPJ: daftar-hadir, transport").add_subparsers(
        title="laporan", metavar="JENIS", parser_class=_Parser, required=True)
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

    bk = sub.add_parser("backup", help="cadangan basis data: list, now, restore").add_subparsers(
        title="cadangan", metavar="AKSI", parser_class=_Parser, required=True)
    b = bk.add_parser("list", help="daftar cadangan, terbaru dulu")
    b.set_defaults(func=cmd_backup_list)
    b = bk.add_parser("now", help="buat cadangan sekarang")
    b.set_defaults(func=cmd_backup_now)
    b = bk.add_parser("restore", help="pulihkan basis data dari sebuah cadangan (tutup aplikasi dulu)")
    b.add_argument("file")
    b.add_argument("--pin", help="PIN panitia (bawaan: ditanyakan)")
    b.set_defaults(func=cmd_backup_restore)

    au = sub.add_parser("audit", help="jejak audit: verify, log").add_subparsers(
        title="audit", metavar="AKSI", parser_class=_Parser, required=True)
    a = au.add_parser("verify", help="periksa rantai hash check-in: baris diubah, disisipkan atau dihapus")
    a.add_argument("--anchor", action="append", metavar="TEXT",
                   help="jangkar tercetak (kaki daftar hadir/ekspor Excel), mis. 1234-9f3ac2d1e4b5a6f7")
    a.set_defaults(func=cmd_audit_verify)
    a = au.add_parser("log", help="log audit (impor, pembatalan, NIK dibuka, …)")
    a.add_argument("--event")
    a.add_argument("--limit", type=_positive, default=200, help="berapa entri terbaru (bawaan 200)")
    a.set_defaults(func=cmd_audit_log)

    pn = sub.add_parser("pin", help="atur PIN panitia (untuk membatalkan check-in dan tindakan sensitif)")
    pn.add_argument("--event", required=True)
    pn.add_argument("--new", help="PIN baru (bawaan: ditanyakan)")
    pn.add_argument("--old", help="PIN lama (bawaan: ditanyakan bila sudah ada)")
    pn.set_defaults(func=cmd_pin)

    st = sub.add_parser("selftest", help="periksa instalasi ini (basis data sementara, bukan milik Anda)")
    st.set_defaults(func=cmd_selftest)

    from bimtek_desk.sync import cli as sync_cli

    sync_cli.add_parser(sub, _Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    hidden = list(sys.argv[1:] if argv is None else argv)[:1]  # a frozen app has no "python -m"
    if hidden == ["_sync-worker"]:
        from bimtek_desk.sync import worker

        return worker.main()
    if hidden == ["_qt-probe"]:
        from bimtek_desk.system import qtprobe

        return qtprobe.child_main()
    from bimtek_desk.integrity.files import private_umask

    _argparse_language(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with private_umask():  # NIKs inside: what the program creates is the user's alone
            return int(args.func(args))
    except UserError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dibatalkan", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
