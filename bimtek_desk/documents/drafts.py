"""The draft guard: a document that uses a field still marked unconfirmed, or the
placeholder logo, is a DRAF.

An event file lists placeholder fields in ``unconfirmed`` (``"numbering"``,
``"signatories.certificate"``, ``"agenda.jp"``, ``"transport.amount"`` …) and may
flag single agenda items ``"unconfirmed": true``.  While any field a document uses
is unconfirmed, or the logo is the grey placeholder, every page of that document
carries a large diagonal "DRAF", no real number is spent (the number reads
"DRAF") and the CLI, the Dokumen area and the print dialog list what remains.
The committee confirms fields with ``confirm`` (PIN, audited) — from the CLI
(``event confirm``) or the window — or loads an event file without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.render import images
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event

DRAFT = "DRAF"
LOGO = "logo"

LABELS = {
    "signatories": "penandatangan",
    "signatories.certificate": "penandatangan sertifikat",
    "signatories.plaque": "penandatangan piagam",
    "signatories.attendance": "penandatangan daftar hadir",
    "signatories.treasurer": "Bendahara Pengeluaran (daftar transport)",
    "signatories.pptk": "PPTK/PA (daftar transport)",
    "numbering": "pola nomor",
    "numbering.certificate": "pola nomor sertifikat",
    "numbering.plaque": "pola nomor piagam",
    "agenda.jp": "JP dan materi",
    "agenda": "susunan acara dan JP",
    "transport": "uang transport",
    "transport.amount": "besaran uang transport",
    "awards": "penerima penghargaan",
    "name": "nama acara (menyebut tahun)",
    LOGO: "logo (masih gambar contoh: pilih lambang resmi di Acara)",
}

DOC_LABELS = {"sertifikat": "sertifikat", "piagam": "piagam", "daftar-hadir": "daftar hadir",
              "transport": "daftar penerimaan transport"}


# The payment list for the SPJ: the PPTK (or PA) approves ("Setuju dibayar"), the
# Bendahara Pengeluaran certifies the payment ("Lunas dibayar").
DEFAULT_SIGN_OFFS = ("pptk", "treasurer")


def transport_sign_offs(event: Event) -> list[str]:
    """The signatory roles of the transport list, left to right."""
    return list((event.settings.get("transport") or {}).get("sign_offs") or DEFAULT_SIGN_OFFS)


def uses(event: Event, doc_type: str) -> list[str]:
    """The confirmable fields a document type prints (every one prints the event's name)."""
    if doc_type == "sertifikat":
        return ["signatories.certificate", "numbering.certificate", "agenda.jp", "texts.certificate_body", "name"]
    if doc_type == "piagam":
        return ["signatories.plaque", "numbering.plaque", "awards", "texts.citation", "name"]
    if doc_type == "daftar-hadir":
        return ["signatories.attendance", "agenda.sessions", "name"]
    if doc_type == "transport":
        return [*(f"signatories.{r}" for r in transport_sign_offs(event)), "transport.amount", "agenda.sessions",
                "name"]
    raise ValueError(doc_type)


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def years_in(text: str) -> list[int]:
    """The years a title names ('… Tahun 2025' -> [2025])."""
    return [int(y) for y in _YEAR.findall(text)]


def year_mismatch(event: Event) -> list[Pending]:
    """A title naming a year the event does not fall in ('Tahun 2025' on a 2026 event,
    as a copy for next year starts): a DRAF reason until the title is changed."""
    years = {event.date_start.year, event.date_end.year}
    out = []
    for field, label in (("name", "nama acara"), ("short_name", "nama singkat")):
        wrong = [y for y in years_in(str(getattr(event, field, "") or "")) if y not in years]
        if wrong:
            out.append(Pending(f"{FILL}{field}", f"{label} menyebut tahun {', '.join(map(str, wrong))}, acara "
                                                 f"bertanggal {event.date_start.year} (ubah di Acara)"))
    return out


# The signature blocks each document prints: role -> whether the block shows a NIP line
# (the transport list prints "NIP. ……" for every sign-off; the others only a NIP they have).
FILL = "isi:"  # a Pending entry to fill in (a name, a NIP), not to confirm


def signature_blocks(event: Event, doc_type: str) -> dict[str, bool]:
    if doc_type == "sertifikat":
        return {"certificate": False}
    if doc_type == "piagam":
        return {"plaque": False} if event.settings.get("awards") else {}
    if doc_type == "daftar-hadir":  # the 'Mengetahui' block is printed only when the event names one
        return {"attendance": False} if (event.settings.get("signatories") or {}).get("attendance") else {}
    if doc_type == "transport":
        return {role: True for role in transport_sign_offs(event)}
    raise ValueError(doc_type)


def missing_signatories(event: Event, doc_type: str) -> list[Pending]:
    """A signature block printed without a name (or without the NIP it shows) keeps the
    document a DRAF: a final payment list with "(……) NIP. ……" under "Lunas dibayar" is
    a list nobody has signed for."""
    out = []
    for role, shows_nip in signature_blocks(event, doc_type).items():
        sig = (event.settings.get("signatories") or {}).get(role) or {}
        lacking = [what for what, value in (("nama", sig.get("name")), ("NIP", sig.get("nip") if shows_nip else "-"))
                   if not str(value or "").strip()]
        if lacking:
            label = LABELS.get(f"signatories.{role}", role)
            out.append(Pending(f"{FILL}signatories.{role}",
                               f"{label}: {' dan '.join(lacking)} belum diisi (Acara → Penandatangan)"))
    return out


def _covers(entry: str, field: str) -> bool:
    return entry == field or field.startswith(entry + ".") or entry.startswith(field + ".")


def unconfirmed(event: Event) -> list[str]:
    """Every unconfirmed entry of the event: the file's list, and 'agenda.jp' when an
    agenda item with JP is flagged."""
    out = [str(e) for e in event.settings.get("unconfirmed") or []]
    if any(item.get("unconfirmed") and int(item.get("jp", 0)) > 0 for item in event.settings.get("agenda", [])) \
            and "agenda.jp" not in out:
        out.append("agenda.jp")
    return out


def logo_is_placeholder(event: Event) -> bool:
    src = images.source(event.settings.get("logo"), event.images)
    if isinstance(src, bytes):
        return False
    return not (src and Path(src).is_file())


@dataclass(frozen=True)
class Pending:
    entry: str  # what to confirm ('numbering'), or 'logo' (to be chosen, not confirmed)
    label: str


def pending(event: Event, doc_type: str) -> list[Pending]:
    """What keeps this document type a DRAF, in Indonesian; empty when it is final."""
    used = uses(event, doc_type)
    out = [Pending(e, LABELS.get(e, e)) for e in unconfirmed(event) if any(_covers(e, u) for u in used)]
    out += missing_signatories(event, doc_type)
    out += year_mismatch(event)
    if logo_is_placeholder(event):
        out.append(Pending(LOGO, LABELS[LOGO]))
    return out


def is_draft(event: Event, doc_type: str) -> bool:
    return bool(pending(event, doc_type))


def describe(items: list[Pending]) -> str:
    return "; ".join(p.label for p in items)


def notice(event: Event, doc_type: str) -> str:
    """One line for the CLI and the window, empty when the document is final."""
    items = pending(event, doc_type)
    if not items:
        return ""
    numbered = " dan tanpa nomor resmi" if doc_type in ("sertifikat", "piagam") else ""
    return f"DRAF: {DOC_LABELS[doc_type]} bertanda DRAF{numbered}; belum dikonfirmasi: {describe(items)}."


def _minutes(hhmm: str) -> int | None:
    try:
        h, m = str(hhmm).split(":")
        return int(h) * 60 + int(m)
    except ValueError:
        return None


def jp_warnings(event: Event) -> list[str]:
    """Agenda items whose JP disagree with their time (``minutes_per_jp``, 45 by default);
    the certificate prints the JP, so the committee should know."""
    per_jp = int(event.settings.get("minutes_per_jp") or 45)
    out = []
    for item in event.settings.get("agenda", []):
        jp = int(item.get("jp", 0) or 0)
        start, end = _minutes(item.get("start", "")), _minutes(item.get("end", ""))
        if jp <= 0 or start is None or end is None:
            continue
        if jp * per_jp != end - start:
            out.append(f"{item.get('key', '?')}: {jp} JP × {per_jp} menit = {jp * per_jp} menit, tetapi "
                       f"{item['start'].replace(':', '.')}–{item['end'].replace(':', '.')} = {end - start} menit")
    return out


def confirm(store: Store, event: Event, entries: Iterable[str] | None, *, pin: str | None,
            actor: str) -> Event:
    """The committee confirms fields that were examples (all of them when ``entries``
    is None): PIN, one transaction, one audit entry."""
    from bimtek_desk.committee.pin import Purpose, authorize

    authorize(store, event.id, pin, actor=actor, purpose=Purpose.EVENT_CONFIRM)
    event = store.events.get(event.id)
    current = unconfirmed(event)
    chosen = list(current) if entries is None else [str(e).strip() for e in entries]
    if LOGO in chosen:
        raise UserError("Logo tidak dikonfirmasi, melainkan dipilih: pilih berkas lambang resmi di area Acara.")
    to_fill = [e for e in chosen if e.startswith(FILL)]
    chosen = [e for e in chosen if not e.startswith(FILL)]
    if to_fill and not chosen:
        raise UserError("Penandatangan tidak dikonfirmasi, melainkan diisi: lengkapi nama dan NIP "
                        f"({', '.join(LABELS.get(e.removeprefix(FILL), e) for e in to_fill)}) di Acara → "
                        "Penandatangan.")
    unknown = [e for e in chosen if e not in current]
    if unknown:
        raise UserError(f"Tidak ada yang perlu dikonfirmasi untuk: {', '.join(unknown)} "
                        f"(yang belum: {', '.join(current) or 'tidak ada'}).")
    if not chosen:
        raise UserError("Semua data acara sudah dikonfirmasi.")
    changes: dict[str, Any] = {"unconfirmed": [e for e in event.settings.get("unconfirmed") or []
                                               if e not in chosen]}
    if "agenda.jp" in chosen:
        changes["agenda"] = [{k: v for k, v in item.items() if k != "unconfirmed"}
                             for item in event.settings.get("agenda", [])]
    with store.transaction():
        store.events.update_settings(event.id, changes)
        store.audit.log("event.confirm", actor=actor, event_id=event.id, fields=chosen)
    return store.events.get(event.id)
