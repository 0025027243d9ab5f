"""Who gets a certificate, which number each document carries, and writing the PDFs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk import images
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents import variables
from bimtek_desk.documents.render import Progress, Renderer
from bimtek_desk.errors import UserError
from bimtek_desk.pin import Grant, authorize
from bimtek_desk.store import Store
from bimtek_desk.store.documents import Document
from bimtek_desk.store.models import Event, Person, Registration

DEFAULT_PATTERNS = {"sertifikat": "{seq:03d}/SERT/{year}", "piagam": "{seq:03d}/PIAGAM/{year}"}
SETTING_KEYS = {"sertifikat": "certificate", "piagam": "plaque"}


@dataclass(frozen=True)
class Eligibility:
    registration: Registration
    eligible: bool
    reason: str
    overridden: bool = False


def eligibility(store: Store, event: Event) -> list[Eligibility]:
    """Every active participant, eligible or not for a certificate, and why."""
    counting = [s for s in store.events.sessions(event.id) if s.counts_for_certificate]
    rule = event.settings.get("eligibility", {"rule": "all"})
    need = len(counting) if rule.get("rule", "all") == "all" else int(rule.get("min_sessions", 1))
    present = store.documents.attendance_matrix(event.id)
    overrides = store.documents.overrides(event.id)
    out = []
    for reg in store.registrations.list(event.id):
        attended = present.get(reg.id, set())
        missing = [s.key for s in counting if s.id not in attended]
        count = len(counting) - len(missing)
        ok = count >= need
        if ok:
            reason = f"hadir {count} dari {len(counting)} sesi"
        elif count == 0:
            reason = "tidak tercatat hadir di sesi mana pun"
        else:
            reason = f"hadir {count} dari {len(counting)} sesi; tidak hadir di: {', '.join(missing)}"
        if reg.id in overrides:
            ok, why = overrides[reg.id]
            out.append(Eligibility(reg, ok, f"keputusan panitia: {why}", True))
        else:
            out.append(Eligibility(reg, ok, reason))
    return out


def decide(store: Store, event: Event, registration_id: int, eligible: bool, reason: str, *,
           actor: str, pin: str | Grant | None) -> None:
    """The committee's decision that one participant does (not) get a certificate,
    whatever the attendance rule says; committee PIN, audited."""
    if not reason.strip():
        raise UserError("Alasan keputusan wajib diisi.")
    authorize(store, event.id, pin, actor=actor, purpose="keputusan kelayakan sertifikat")
    reg = store.registrations.get(registration_id)
    if reg.event_id != event.id:
        raise UserError(f"{reg.person.name} tidak terdaftar di acara ini.")
    with store.transaction():
        store.documents.override(reg.id, eligible, reason.strip(), actor)
        store.audit.log("eligibility.override", actor=actor, event_id=event.id, registration=reg.id,
                        eligible=eligible, reason=reason.strip())


def assets(event: Event) -> dict[str, Any]:
    s = event.settings
    materials = [item for item in s.get("agenda", []) if int(item.get("jp", 0)) > 0]
    signatories = {role: {k: (images.source(v, event.images) if k in images.SIGNATURE_KEYS else v)
                          for k, v in (sig or {}).items()}
                   for role, sig in (s.get("signatories") or {}).items()}
    return {"logo": images.source(s.get("logo"), event.images), "signatories": signatories,
            "materials": materials}


def pattern(event: Event, doc_type: str) -> str:
    return str(event.settings.get("numbering", {}).get(SETTING_KEYS[doc_type], DEFAULT_PATTERNS[doc_type]))


ORDERS: dict[str, Callable[[Registration], Any]] = {
    "roster": lambda r: (r.roster_row is None, r.roster_row or 0, r.id),
    "name": lambda r: (r.person.name.casefold(), r.id),
    "kelurahan": lambda r: (r.person.kecamatan or "", r.person.kelurahan or "", r.person.name.casefold(), r.id),
}


@dataclass(frozen=True)
class Job:
    document: Document
    context: dict[str, str]
    new: bool
    label: str  # holder's name, for file names and reports


def certificate_jobs(store: Store, event: Event, *, codes_in: list[str] | None = None,
                     order: str = "roster") -> tuple[list[Job], list[Eligibility]]:
    """Numbers for every eligible participant (assigned once) and their contexts.

    Returns (jobs, refused) where ``refused`` are the asked-for people who are not eligible.
    """
    rows = eligibility(store, event)
    if codes_in:
        from bimtek_desk import codes as codelib

        wanted = {codelib.normalise(c) for c in codes_in}
        rows = [e for e in rows if e.registration.badge_code in wanted]
        found = {e.registration.badge_code for e in rows}
        missing = sorted(wanted - found)
        if missing:
            raise UserError(f"Kode badge tidak ditemukan: {', '.join(missing)}.")
    chosen = sorted((e for e in rows if e.eligible), key=lambda e: ORDERS[order](e.registration))
    base = variables.event_context(event)
    jobs = []
    with store.transaction():
        for e in chosen:
            doc, new = store.documents.issue(event, "sertifikat", pattern(event, "sertifikat"),
                                             registration_id=e.registration.id)
            jobs.append(Job(doc, variables.certificate_context(base, event, e.registration, doc), new,
                            e.registration.person.name))
    return jobs, [e for e in rows if not e.eligible]


def plaque_jobs(store: Store, event: Event) -> list[Job]:
    base = variables.event_context(event)
    jobs = []
    with store.transaction():
        for award in store.events.awards(event.id):
            person: Person | None = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
            doc, new = store.documents.issue(event, "piagam", pattern(event, "piagam"), award_id=award.id)
            jobs.append(Job(doc, variables.plaque_context(base, event, award, person, doc), new,
                            person.name if person else award.recipient_name))
    return jobs


def preview_context(store: Store, event: Event, doc_type: str, holder_id: int) -> dict[str, str]:
    """The context of one document for a preview, without giving out a number: an
    already issued document shows its real number, a new one a placeholder."""
    from bimtek_desk import codes as codelib

    base = variables.event_context(event)
    column = "registration_id" if doc_type == "sertifikat" else "award_id"
    issued = next((d for d in store.documents.list(event.id, doc_type) if getattr(d, column) == holder_id), None)
    doc = issued or Document(0, event.id, doc_type, None, None, 0, "(nomor diberikan saat dicetak)",
                             codelib.make(codelib.Kind.DOCUMENT, event.code_tag, 0, b"preview"), "")
    if doc_type == "sertifikat":
        return variables.certificate_context(base, event, store.registrations.get(holder_id), doc)
    award = next(a for a in store.events.awards(event.id) if a.id == holder_id)
    person = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
    return variables.plaque_context(base, event, award, person, doc)


def _safe(name: str) -> str:
    return re.sub(r"[^\w .,'’()-]", "", name).strip()[:80] or "dokumen"


def file_name(job: Job) -> str:
    """'007 Nor Mawaddah.pdf': the number's serial and the holder's name."""
    return f"{job.document.seq:03d} {_safe(job.label)}.pdf"


def render_files(renderer: Renderer, jobs: list[Job], *, out: Path | None = None, split_dir: Path | None = None,
                 progress: Progress | None = None, title: str = "") -> list[Path]:
    """Render jobs into one PDF or one file each.  Touches no database, so it can run
    off the UI thread.  Files appear only complete (written under a temporary name
    first); a cancel (``progress`` returning False) or an error leaves none behind."""
    from bimtek_desk.documents.render import Cancelled

    if not jobs:
        raise UserError("Tidak ada dokumen untuk dibuat (belum ada yang memenuhi syarat?).")
    written: list[Path] = []
    folder = split_dir if out is None else out.parent
    assert folder is not None
    try:
        if out is not None:
            tmp = out.with_name(f".{out.name}.tmp")
            renderer.render((j.context for j in jobs), tmp, progress=progress, total=len(jobs), title=title)
            tmp.replace(out)
            written.append(out)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            for n, job in enumerate(jobs, start=1):
                target = folder / file_name(job)
                tmp = target.with_name(f".{target.name}.tmp")
                renderer.render_one(job.context, tmp, title=f"{title} — {job.label}")
                tmp.replace(target)
                written.append(target)
                if progress is not None and progress(n, len(jobs)) is False:
                    raise Cancelled()
    except Cancelled:
        raise UserError(f"Dibatalkan setelah {len(written)} dari {len(jobs) if split_dir else 1} berkas.") from None
    except OSError as exc:
        raise UserError(f"Tidak dapat menulis dokumen: {exc.strerror} ({exc.filename}).") from exc
    finally:
        for p in folder.glob(".*.tmp"):
            p.unlink(missing_ok=True)
    return written


def log_rendered(store: Store, jobs: list[Job], detail: str, *, action: str = "render") -> None:
    """Record the documents as rendered (a reprint when they had been before) or printed."""
    with store.transaction():
        for job in jobs:
            logged = action if action != "render" or job.new else "reprint"
            store.documents.log_print([job.document.id], logged, detail)


def renderer_for(event: Event, doc_type: str) -> tuple[Renderer, str]:
    title = f"{'Sertifikat' if doc_type == 'sertifikat' else 'Piagam'} {event.short_name}"
    return Renderer(layoutlib.for_event(event, doc_type), assets(event), strict=True), title


def write(store: Store, event: Event, doc_type: str, jobs: list[Job], *, out: Path | None = None,
          split_dir: Path | None = None, progress: Progress | None = None) -> list[Path]:
    """Render the jobs and log them as rendered."""
    renderer, title = renderer_for(event, doc_type)
    files = render_files(renderer, jobs, out=out, split_dir=split_dir, progress=progress, title=title)
    log_rendered(store, jobs, str(out or split_dir))
    return files
