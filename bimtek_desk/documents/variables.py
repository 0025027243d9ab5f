"""The variables a layout may use, each with a label and a sample value.

``{name}`` in a layout's text is replaced by the value for the document being
rendered; the samples let a layout be previewed with no data.  The registry is
the only list of valid names; each entry carries its evaluator and the document
types it applies to, so validation checks exactly what the renderer can fill: an
unknown ``{variable}`` (in a layout or in the event's texts) shows as an error in
a preview and is refused before a bulk render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates, names
from bimtek_desk.idn.terbilang import terbilang, with_words
from bimtek_desk.scanning import codes

PLACEHOLDER = re.compile(r"\{([a-zA-Z0-9_]+)\}")


CERT, PLAQUE = "sertifikat", "piagam"
BOTH = frozenset({CERT, PLAQUE})


@dataclass(frozen=True)
class Source:
    """What one document's values come from (an event-level preview has no holder)."""

    event: Any
    doc_type: str
    document: Any | None = None
    name: str = ""  # the holder's name as stored
    person: Any | None = None
    role: str = ""
    award: Any | None = None

    @property
    def settings(self) -> Mapping[str, Any]:
        return self.event.settings

    @property
    def texts(self) -> dict[str, str]:
        return {**DEFAULT_TEXTS, **(self.settings.get("texts") or {})}


@dataclass(frozen=True)
class Variable:
    """One ``{variable}``: its label, a sample for previews, the document types it
    applies to and how its value is computed (like pretix's DEFAULT_VARIABLES).  A
    ``template`` variable is a text holding other variables, filled after them."""

    label: str
    sample: str
    evaluate: Callable[[Source], str]
    doc_types: frozenset[str] = BOTH
    template: bool = False


def _jp(s: Source) -> int:
    return sum(int(item.get("jp", 0) or 0) for item in s.settings.get("agenda", []))


def _setting(key: str) -> Callable[[Source], str]:
    return lambda s: str(s.settings.get(key) or "")


def _text(key: str) -> Callable[[Source], str]:
    return lambda s: s.texts[key]


def _person(attr: str) -> Callable[[Source], str]:
    return lambda s: str(getattr(s.person, attr, None) or "") if s.person is not None else ""


def _doc(attr: str) -> Callable[[Source], str]:
    return lambda s: str(getattr(s.document, attr, "") or "") if s.document is not None else ""


def _plaque_giver(s: Source) -> str:
    sig = (s.settings.get("signatories") or {}).get("plaque")
    return _title_case_office(str(sig.get("title_line", ""))) if sig else s.event.city


def _holder_name(s: Source) -> str:
    return person_name(s.name, s.doc_type == PLAQUE or bool(s.settings.get("names_upper")))


def _citation(s: Source) -> str:
    return (s.award.citation if s.award is not None and s.award.citation else None) or s.texts["citation"]


def _years(s: Source) -> int:
    return int(getattr(s.award, "years_of_service", 0) or 0)


VARIABLES: dict[str, Variable] = {
    # the event
    "event_name": Variable("Nama kegiatan", "Bimbingan Teknis Peningkatan Kapasitas PSM Kota Banjarmasin Tahun 2025",
                           lambda s: s.event.name),
    "event_short": Variable("Nama singkat kegiatan", "Bimtek PSM 2025", lambda s: s.event.short_name),
    "organizer": Variable("Penyelenggara", "Dinas Sosial Kota Banjarmasin", _setting("organizer")),
    "government": Variable("Pemerintah", "Pemerintah Kota Banjarmasin", _setting("government")),
    "unit": Variable("Bidang", "Bidang Pemberdayaan Sosial (Dayasos)", _setting("unit")),
    "venue": Variable("Tempat", "Hotel Nasa Banjarmasin", lambda s: s.event.venue),
    "city": Variable("Kota", "Banjarmasin", lambda s: s.event.city),
    "event_date": Variable("Tanggal kegiatan", "18 November 2025", lambda s: dates.long_date(s.event.date_start)),
    "event_day_date": Variable("Hari dan tanggal", "Selasa, 18 November 2025",
                               lambda s: dates.day_date(s.event.date_start)),
    "place_date": Variable("Tempat dan tanggal tanda tangan", "Banjarmasin, 18 November 2025",
                           lambda s: dates.place_date(s.event.city, s.event.date_end)),
    "year": Variable("Tahun", "2025", lambda s: str(s.event.date_end.year)),
    "jp_total": Variable("Jumlah JP", "6", lambda s: str(_jp(s)), frozenset({CERT})),
    "jp_words": Variable("Jumlah JP terbilang", "enam", lambda s: terbilang(_jp(s)), frozenset({CERT})),
    "jp_phrase": Variable("JP lengkap", "6 (enam) Jam Pelajaran", lambda s: f"{with_words(_jp(s))} Jam Pelajaran",
                          frozenset({CERT})),
    "certificate_title": Variable("Judul sertifikat", "SERTIFIKAT", _text("certificate_title"), frozenset({CERT})),
    "certificate_opening": Variable("Pembuka sertifikat", "diberikan kepada:", _text("certificate_opening"),
                                    frozenset({CERT})),
    "certificate_body": Variable("Isi sertifikat", "atas partisipasinya sebagai PESERTA dalam kegiatan …",
                                 _text("certificate_body"), frozenset({CERT}), template=True),
    "plaque_title": Variable("Judul piagam", "PIAGAM PENGHARGAAN", _text("plaque_title"), frozenset({PLAQUE})),
    "plaque_giver": Variable("Pemberi piagam", "Wali Kota Banjarmasin", _plaque_giver, frozenset({PLAQUE})),
    "plaque_opening": Variable("Pembuka piagam", "Wali Kota Banjarmasin memberikan penghargaan kepada:",
                               _text("plaque_opening"), frozenset({PLAQUE}), template=True),
    "plaque_subtitle": Variable("Keterangan penerima piagam",
                                "Pekerja Sosial Masyarakat (PSM) Kelurahan Antasan Besar Kecamatan Banjarmasin Tengah",
                                _text("plaque_subtitle"), frozenset({PLAQUE}), template=True),
    # the holder
    "name": Variable("Nama penerima", "Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si.", _holder_name),
    "name_plain": Variable("Nama tanpa gelar", "Ahmad Syarifuddin Noor Hidayatullah Al Banjari",
                           lambda s: names.without_titles(s.name)),
    "role": Variable("Peran", "PESERTA", lambda s: s.role),
    "kelurahan": Variable("Kelurahan", "Antasan Besar", _person("kelurahan")),
    "kecamatan": Variable("Kecamatan", "Banjarmasin Tengah", _person("kecamatan")),
    # the document
    "number": Variable("Nomor dokumen", "400.9.12/001/Dayasos-Dinsos/XI/2025", _doc("number")),
    "verify_code": Variable("Kode verifikasi (cetak)", "BDS-TRMD-001-ABCD-EFGH",
                            lambda s: codes.pretty(s.document.code) if s.document is not None else ""),
    # replaced by the signed QR (signing.issuer.sign_context) once the document has a number
    "verify_payload": Variable(
        "Isi QR verifikasi (bertanda tangan digital, BD1:)",
        "BD1:RRQN29P60AO0LO68CKZ*F2E0CK4646/$5Z$5MF6646 960T8NFFVQEAPE8T8F/D14EF:5FB9NF6SF6XJ0%R74LEI$5S59M34"
        "39D2EC+34NFF*KE*.C5VCZEDZ34.3EBJE.692VCNFFNWE VD6ECM345UDSH86/DGECEDDY34O%5JCD.2EYED7WEJOD/6AYX9NF6S"
        "F60T0P3ACY027BQ 41K3BOK7VEF204C36PH2+0XMGWB50ZQL-31$GNN0GIJ56SZJF1MD*4SCYOYQSY*S+QGK/8CWUMQU*PEXLGQU"
        "D4XSSA5HNC",
        _doc("code")),
    "key_id": Variable("Id kunci tanda tangan penerbit", "33c3", lambda s: "—"),
    # awards
    "award_title": Variable("Nama penghargaan", "Piagam Penghargaan PSM Berdedikasi",
                            lambda s: str(getattr(s.award, "title", "") or ""), frozenset({PLAQUE})),
    "citation": Variable("Kutipan penghargaan",
                         "atas pengabdian dan dedikasinya selama 30 (tiga puluh) tahun sebagai Pekerja Sosial …",
                         _citation, frozenset({PLAQUE}), template=True),
    "years": Variable("Masa pengabdian (tahun)", "30", lambda s: str(_years(s)), frozenset({PLAQUE})),
    "years_words": Variable("Masa pengabdian terbilang", "tiga puluh", lambda s: terbilang(_years(s)),
                            frozenset({PLAQUE})),
}

DEFAULT_TEXTS = {
    "certificate_title": "SERTIFIKAT",
    "certificate_opening": "diberikan kepada:",
    "certificate_body": ("atas partisipasinya sebagai {role} dalam kegiatan {event_name} yang diselenggarakan oleh "
                         "{organizer} pada tanggal {event_date} di {venue} selama {jp_phrase}."),
    "plaque_title": "PIAGAM PENGHARGAAN",
    "plaque_opening": "{plaque_giver} memberikan penghargaan kepada:",
    "plaque_subtitle": "Pekerja Sosial Masyarakat (PSM) Kelurahan {kelurahan} Kecamatan {kecamatan}",
    "citation": ("atas pengabdian dan dedikasinya selama {years} ({years_words}) tahun sebagai Pekerja Sosial "
                 "Masyarakat dalam penyelenggaraan kesejahteraan sosial di Kota {city}."),
}


def samples() -> dict[str, str]:
    return {k: v.sample for k, v in VARIABLES.items()}


def available(doc_type: str, *, templates: bool = True) -> set[str]:
    """The variables a document type can fill (without the text templates if asked)."""
    return {k for k, v in VARIABLES.items() if doc_type in v.doc_types and (templates or not v.template)}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def fill(text: str, ctx: Mapping[str, str], *, on_missing: Callable[[str], str] | None = None) -> str:
    """Replace ``{variable}``; an unknown one becomes a visible '(galat: name)'."""

    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in ctx:
            return ctx[key]
        return on_missing(key) if on_missing else f"(galat: {key})"

    return PLACEHOLDER.sub(repl, text)


def text_errors(event: Any, doc_type: str) -> list[str]:
    """Variables in the event's texts (and award citations) that this document type
    cannot fill: such a text would print '(galat: …)', so a render is refused first."""
    plain = available(doc_type, templates=False)
    source = Source(event, doc_type)
    errors = []
    texts: list[tuple[str, str]] = [(f"texts.{k}", source.texts[k]) for k, v in VARIABLES.items()
                                    if v.template and doc_type in v.doc_types and k in source.texts]
    if doc_type == PLAQUE:
        texts += [(f"awards[{i}].citation", str(a.get("citation")))
                  for i, a in enumerate(event.settings.get("awards") or []) if a.get("citation")]
    for where, text in texts:
        unknown = sorted(placeholders(text) - plain)
        if unknown:
            errors.append(f"{where}: variabel {', '.join('{' + u + '}' for u in unknown)} tidak dikenal untuk "
                          f"{doc_type} (yang boleh: lihat daftar variabel di README)")
    return errors


def check_texts(event: Any, doc_type: str) -> None:
    errors = text_errors(event, doc_type)
    if errors:
        raise UserError("Teks acara memakai variabel yang tidak dapat diisi: " + "; ".join(errors))


# -- building contexts ------------------------------------------------------------------


def _title_case_office(line: str) -> str:
    """'WALI KOTA BANJARMASIN,' -> 'Wali Kota Banjarmasin'."""
    return " ".join(w.capitalize() for w in line.strip().rstrip(",").split())


def signatory_name(sig: Mapping[str, Any]) -> str:
    """The signatory's printed name: no academic titles (Permendagri 1/2023 Ps. 44(2)),
    the religious honorific H./Hj. only if ``print_honorific``; upper case."""
    prefix, core, _suffix = names.split_titles(str(sig.get("name", "")))
    honorific = [p for p in prefix if p.rstrip(".").lower() in ("h", "hj")]
    shown = " ".join([*honorific, core]) if sig.get("print_honorific", False) else core
    return shown.upper()


def context(source: Source) -> dict[str, str]:
    """Every variable of the document type, evaluated; templates filled last."""
    ctx: dict[str, str] = {}
    for key, var in VARIABLES.items():
        if source.doc_type in var.doc_types and not var.template:
            ctx[key] = var.evaluate(source)
    for key, var in VARIABLES.items():
        if source.doc_type in var.doc_types and var.template:
            ctx[key] = fill(var.evaluate(source), ctx)
    return ctx


def person_name(name: str, upper: bool) -> str:
    """The holder's name as printed: titles in proper case, the name as given or in capitals."""
    return names.print_name(name, upper)


def certificate_context(event: Any, reg: Any, doc: Any) -> dict[str, str]:
    return context(Source(event, CERT, doc, reg.person.name, reg.person, reg.role))


def plaque_context(event: Any, award: Any, person: Any | None, doc: Any) -> dict[str, str]:
    return context(Source(event, PLAQUE, doc, person.name if person else award.recipient_name, person, "PENERIMA",
                          award))


def sample_context() -> dict[str, str]:
    return samples()
