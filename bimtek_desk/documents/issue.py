"""Who gets a certificate, which number each document carries, and writing the PDFs."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.committee.actions import registration_for
from bimtek_desk.committee.pin import Grant, Purpose
from bimtek_desk.documents import drafts, variables
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.layout import Layout
from bimtek_desk.documents.render import Progress, Renderer
from bimtek_desk.errors import UserError
from bimtek_desk.render import images
from bimtek_desk.signing import issuer as signing
from bimtek_desk.store import Store
from bimtek_desk.store.documents import Document
from bimtek_desk.store.models import Event, Person, Registration
from bimtek_desk.system.files import atomic_path, safe_file_name

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
    for reg in store.registrations.for_event(event.id):
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
    reg = registration_for(store, event, registration_id, pin, actor=actor, purpose=Purpose.ELIGIBILITY)
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
            "materials": materials, "author": str(s.get("organizer") or "bimtek-desk"), "subject": event.name,
            "images": event.images}


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

    @property
    def draft(self) -> bool:
        return self.document.id == 0


def _draft_document(event: Event, doc_type: str, position: int, *, registration_id: int | None = None,
                    award_id: int | None = None) -> Document:
    """A stand-in while the event has unconfirmed fields: number 'DRAF', no serial spent,
    a QR code that no verification accepts."""
    from bimtek_desk.scanning import codes as codelib

    return Document(0, event.id, doc_type, registration_id, award_id, position, drafts.DRAFT,
                    codelib.make(codelib.document_kind(doc_type), event.code_tag, 0, codelib.DRAFT_SECRET), "")


def _mark(ctx: dict[str, str], draft: bool) -> dict[str, str]:
    if draft:
        ctx["_watermark"] = drafts.DRAFT
    return ctx


def _finish(ctx: dict[str, str], event: Event, doc: Document, key: signing.Signer | None) -> dict[str, str]:
    """A draft carries the watermark and no signature (its QR verifies as nothing);
    a numbered document gets the signed QR."""
    return _mark(ctx, True) if key is None else signing.sign_context(key, event, doc, ctx)


def certificate_jobs(store: Store, event: Event, *, codes_in: list[str] | None = None,
                     order: str = "roster", layout: Layout | None = None) -> tuple[list[Job], list[Eligibility]]:
    """Numbers for every eligible participant (assigned once) and their contexts.

    Returns (jobs, refused) where ``refused`` are the asked-for people who are not eligible.
    ``layout``: the batch's layout, when already loaded (see :func:`load_layout`).
    """
    rows = eligibility(store, event)
    if codes_in:
        from bimtek_desk.scanning import codes as codelib

        wanted = {codelib.normalise(c) for c in codes_in}
        rows = [e for e in rows if e.registration.badge_code in wanted]
        found = {e.registration.badge_code for e in rows}
        missing = sorted(wanted - found)
        if missing:
            raise UserError(f"Kode badge tidak ditemukan: {', '.join(missing)}.")
    chosen = sorted((e for e in rows if e.eligible), key=lambda e: ORDERS[order](e.registration))
    check_ready(event, "sertifikat", layout)
    draft = drafts.is_draft(event, "sertifikat")
    jobs = []
    key = None if draft else signing.signer(store, event)
    with store.transaction():
        for n, e in enumerate(chosen, start=1):
            if draft:
                doc, new = _draft_document(event, "sertifikat", n, registration_id=e.registration.id), False
            else:
                doc, new = store.documents.issue(event, "sertifikat", pattern(event, "sertifikat"),
                                                 registration_id=e.registration.id)
            ctx = variables.certificate_context(event, e.registration, doc)
            jobs.append(Job(doc, _finish(ctx, event, doc, key), new, e.registration.person.name))
    return jobs, [e for e in rows if not e.eligible]


def load_layout(event: Event, doc_type: str) -> Layout:
    """The layout a batch is drawn with, read and checked once: pass it to the jobs,
    :func:`renderer_for` and :func:`write` of the same batch."""
    return layoutlib.for_event(event, doc_type)


def check_ready(event: Event, doc_type: str, layout: Layout | None = None) -> Layout:
    """Refuse, before any number is given, what would print '(galat: …)': a layout or
    an event text using a variable this document type cannot fill.  Returns the layout."""
    lay = layout or load_layout(event, doc_type)
    unknown = lay.unknown_variables()
    if unknown:
        raise UserError(f"Tata letak '{lay.name}' memakai variabel yang tidak dapat diisi untuk {doc_type}: "
                        + ", ".join("{" + u + "}" for u in sorted(unknown)))
    variables.check_texts(event, doc_type)
    return lay


def plaque_jobs(store: Store, event: Event, *, layout: Layout | None = None) -> list[Job]:
    check_ready(event, "piagam", layout)
    draft = drafts.is_draft(event, "piagam")
    jobs = []
    key = None if draft else signing.signer(store, event)
    with store.transaction():
        for n, award in enumerate(store.events.awards(event.id), start=1):
            person: Person | None = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
            if draft:
                doc, new = _draft_document(event, "piagam", n, award_id=award.id), False
            else:
                doc, new = store.documents.issue(event, "piagam", pattern(event, "piagam"), award_id=award.id)
            ctx = variables.plaque_context(event, award, person, doc)
            jobs.append(Job(doc, _finish(ctx, event, doc, key), new, person.name if person else award.recipient_name))
    return jobs


def preview_context(store: Store, event: Event, doc_type: str, holder_id: int) -> dict[str, str]:
    """The context of one document for a preview, without giving out a number: an
    already issued document shows its real number, a new one a placeholder."""
    from bimtek_desk.scanning import codes as codelib

    column = "registration_id" if doc_type == "sertifikat" else "award_id"
    issued = next((d for d in store.documents.for_event(event.id, doc_type) if getattr(d, column) == holder_id), None)
    draft = drafts.is_draft(event, doc_type)
    doc = issued or Document(0, event.id, doc_type, None, None, 0,
                             drafts.DRAFT if draft else "(nomor diberikan saat dicetak)",
                             codelib.make(codelib.document_kind(doc_type), event.code_tag, 0, b"preview"), "")
    if doc_type == "sertifikat":
        ctx = variables.certificate_context(event, store.registrations.get(holder_id), doc)
    else:
        award = next(a for a in store.events.awards(event.id) if a.id == holder_id)
        person = store.people.by_nik(award.recipient_nik) if award.recipient_nik else None
        ctx = variables.plaque_context(event, award, person, doc)
    if draft:
        return _mark(ctx, draft)
    return signing.sign_context(signing.signer(store, event), event, doc, ctx) if issued else ctx


def file_name(job: Job) -> str:
    """'007 Nor Mawaddah.pdf': the number's serial and the holder's name, within the
    OS's byte limit and free of characters or names some OS refuses."""
    prefix = f"{drafts.DRAFT} " if job.draft else ""
    return safe_file_name(f"{prefix}{job.document.seq:03d} {job.label}", ".pdf")


_NAME_ERRORS = {errno.ENAMETOOLONG, errno.EINVAL, getattr(errno, "EILSEQ", -1)}


def _write_split(renderer: Renderer, job: Job, folder: Path, title: str) -> Path:
    """One person's file; a name the file system still refuses falls back to the serial alone."""
    for name in (file_name(job), f"{'DRAF ' if job.draft else ''}{job.document.seq:03d}.pdf"):
        target = folder / name
        try:
            with atomic_path(target) as tmp:
                renderer.render_one(job.context, tmp, title=f"{title} — {job.label}")
            return target
        except UserError as exc:
            if not isinstance(exc.__cause__, OSError) or exc.__cause__.errno not in _NAME_ERRORS:
                raise
    raise UserError(f"Tidak dapat menulis dokumen {job.document.number} ({job.label}).")


def render_files(renderer: Renderer, jobs: list[Job], *, out: Path | None = None, split_dir: Path | None = None,
                 progress: Progress | None = None, title: str = "") -> list[Path]:
    """Render jobs into one PDF or one file each.  Touches no database, so it can run
    off the UI thread.  Files appear only complete (written under a temporary name
    first, see ``files.atomic_path``); a cancel (``progress`` returning False) or an
    error leaves no partial file behind, and nobody else's files are touched."""
    from bimtek_desk.documents.render import Cancelled

    if not jobs:
        raise UserError("Tidak ada dokumen untuk dibuat (belum ada yang memenuhi syarat?).")
    if any(j.draft for j in jobs) and not title.startswith(drafts.DRAFT):
        title = f"{drafts.DRAFT} {title}".strip()  # a reader's window title says it too, not only the watermark
    written: list[Path] = []
    try:
        if out is not None:
            with atomic_path(out) as tmp:
                renderer.render((j.context for j in jobs), tmp, progress=progress, total=len(jobs), title=title)
            written.append(out)
        else:
            assert split_dir is not None
            try:
                split_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"Folder '{split_dir}' tidak dapat dibuat: {exc.strerror or exc}.") from exc
            for n, job in enumerate(jobs, start=1):
                written.append(_write_split(renderer, job, split_dir, title))
                if progress is not None and progress(n, len(jobs)) is False:
                    raise Cancelled()
    except Cancelled:
        raise UserError(f"Dibatalkan setelah {len(written)} dari {len(jobs) if split_dir else 1} berkas.") from None
    return written


@dataclass(frozen=True)
class Batch:
    """What a render left behind: its complete files, the jobs whose documents are in
    them (to be logged as rendered), how many files were asked for, and whether the
    committee cancelled it."""

    files: list[Path]
    kept: list[Job]
    total: int  # one PDF, or one file per job
    cancelled: bool = False


def render_batch(renderer: Renderer, jobs: list[Job], *, out: Path | None = None, split_dir: Path | None = None,
                 title: str = "", progress: Callable[[int, int], object] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Batch:
    """:func:`render_files` with the committee's cancel policy, for a background job.

    A cancel (``cancelled()`` turning true) is not a failure: the batch stops at the next
    document and says what it kept.  One file each: the files written before the cancel,
    each whole; one PDF: none, it is made whole or not at all.  Nothing half-written is
    left (see :func:`render_files`).  Any other error is raised."""
    written = 0

    def step(done: int, total: int) -> bool:
        nonlocal written
        written = done
        if cancelled():
            return False
        if progress is not None:
            progress(done, total)
        return True

    total = len(jobs) if split_dir is not None else 1
    try:
        files = render_files(renderer, jobs, out=out, split_dir=split_dir, progress=step, title=title)
    except UserError:
        if not cancelled():
            raise
        return Batch([], jobs[:written] if split_dir is not None else [], total, cancelled=True)
    return Batch(files, list(jobs), total)


def log_rendered(store: Store, jobs: list[Job], detail: str, *, action: str = "render") -> None:
    """Record the documents as rendered (a reprint when they had been before) or printed;
    drafts are not documents yet and are not logged."""
    with store.transaction():
        for job in jobs:
            if job.draft:
                continue
            logged = action if action != "render" or job.new else "reprint"
            store.documents.log_print([job.document.id], logged, detail)


def renderer_for(event: Event, doc_type: str, layout: Layout | None = None) -> tuple[Renderer, str]:
    title = f"{'Sertifikat' if doc_type == 'sertifikat' else 'Piagam'} {event.short_name}"
    variables.check_texts(event, doc_type)
    return Renderer(layout or load_layout(event, doc_type), assets(event), strict=True), title


def write(store: Store, event: Event, doc_type: str, jobs: list[Job], *, out: Path | None = None,
          split_dir: Path | None = None, progress: Progress | None = None, layout: Layout | None = None) -> list[Path]:
    """Render the jobs and log them as rendered."""
    renderer, title = renderer_for(event, doc_type, layout)
    files = render_files(renderer, jobs, out=out, split_dir=split_dir, progress=progress, title=title)
    log_rendered(store, jobs, str(out or split_dir))
    return files
