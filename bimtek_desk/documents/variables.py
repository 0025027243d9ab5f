"""The variables a layout may use, each with a label and a sample value.

``{name}`` in a layout's text is replaced by the value for the document being
rendered; the samples let a layout be previewed with no data.  The registry is
the only list of valid names: an unknown ``{variable}`` shows as an error in a
preview and is refused before a bulk render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bimtek_desk import codes
from bimtek_desk.idn import dates, names
from bimtek_desk.idn.terbilang import terbilang, with_words

PLACEHOLDER = re.compile(r"\{([a-zA-Z0-9_]+)\}")


@dataclass(frozen=True)
class Variable:
    label: str
    sample: str


VARIABLES: dict[str, Variable] = {
    # the event
    "event_name": Variable("Nama kegiatan", "Bimbingan Teknis Peningkatan Kapasitas PSM Kota Banjarmasin Tahun 2025"),
    "event_short": Variable("Nama singkat kegiatan", "Bimtek PSM 2025"),
    "organizer": Variable("Penyelenggara", "Dinas Sosial Kota Banjarmasin"),
    "government": Variable("Pemerintah", "Pemerintah Kota Banjarmasin"),
    "unit": Variable("Bidang", "Bidang Pemberdayaan Sosial (Dayasos)"),
    "venue": Variable("Tempat", "Hotel Nasa Banjarmasin"),
    "city": Variable("Kota", "Banjarmasin"),
    "event_date": Variable("Tanggal kegiatan", "18 November 2025"),
    "event_day_date": Variable("Hari dan tanggal", "Selasa, 18 November 2025"),
    "place_date": Variable("Tempat dan tanggal tanda tangan", "Banjarmasin, 18 November 2025"),
    "year": Variable("Tahun", "2025"),
    "jp_total": Variable("Jumlah JP", "6"),
    "jp_words": Variable("Jumlah JP terbilang", "enam"),
    "jp_phrase": Variable("JP lengkap", "6 (enam) Jam Pelajaran"),
    "certificate_title": Variable("Judul sertifikat", "SERTIFIKAT"),
    "certificate_opening": Variable("Pembuka sertifikat", "diberikan kepada:"),
    "certificate_body": Variable("Isi sertifikat", "atas partisipasinya sebagai PESERTA dalam kegiatan …"),
    "plaque_title": Variable("Judul piagam", "PIAGAM PENGHARGAAN"),
    "plaque_opening": Variable("Pembuka piagam", "Wali Kota Banjarmasin memberikan penghargaan kepada:"),
    "plaque_subtitle": Variable("Keterangan penerima piagam",
                                "Pekerja Sosial Masyarakat (PSM) Kelurahan Antasan Besar Kecamatan Banjarmasin Tengah"),
    # the holder
    "name": Variable("Nama penerima", "Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si."),
    "name_plain": Variable("Nama tanpa gelar", "Ahmad Syarifuddin Noor Hidayatullah Al Banjari"),
    "role": Variable("Peran", "PESERTA"),
    "kelurahan": Variable("Kelurahan", "Antasan Besar"),
    "kecamatan": Variable("Kecamatan", "Banjarmasin Tengah"),
    # the document
    "number": Variable("Nomor dokumen", "400.9.12/001/Dayasos-Dinsos/XI/2025"),
    "verify_code": Variable("Kode verifikasi (cetak)", "BDS-TRMD-001-ABCD-EFGH"),
    "verify_payload": Variable("Isi QR verifikasi", "BDSTRMD001ABCDEFGH"),
    # awards
    "award_title": Variable("Nama penghargaan", "Piagam Penghargaan PSM Berdedikasi"),
    "citation": Variable("Kutipan penghargaan",
                         "atas pengabdian dan dedikasinya selama 30 (tiga puluh) tahun sebagai Pekerja Sosial …"),
    "years": Variable("Masa pengabdian (tahun)", "30"),
    "years_words": Variable("Masa pengabdian terbilang", "tiga puluh"),
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


def event_context(event: Any) -> dict[str, str]:
    """Everything that is the same on every document of the event."""
    s = event.settings
    jp_total = sum(int(item.get("jp", 0)) for item in s.get("agenda", []))
    texts = {**DEFAULT_TEXTS, **s.get("texts", {})}
    plaque_sig = s.get("signatories", {}).get("plaque", {})
    ctx = {
        "event_name": event.name, "event_short": event.short_name, "organizer": str(s.get("organizer", "")),
        "government": str(s.get("government", "")), "unit": str(s.get("unit", "")), "venue": event.venue,
        "city": event.city, "event_date": dates.long_date(event.date_start),
        "event_day_date": dates.day_date(event.date_start),
        "place_date": dates.place_date(event.city, event.date_end), "year": str(event.date_end.year),
        "jp_total": str(jp_total), "jp_words": terbilang(jp_total), "jp_phrase": f"{with_words(jp_total)} Jam Pelajaran",
        "plaque_giver": _title_case_office(str(plaque_sig.get("title_line", ""))) if plaque_sig else event.city,
    }
    for key in ("certificate_title", "certificate_opening", "plaque_title"):
        ctx[key] = texts[key]
    ctx["_templates"] = texts  # type: ignore[assignment]
    return ctx


def _finish(ctx: dict[str, Any]) -> dict[str, str]:
    """Evaluate the text templates that use the holder's own variables."""
    texts = ctx.pop("_templates")
    for key in ("certificate_body", "plaque_opening", "plaque_subtitle", "citation"):
        ctx[key] = fill(ctx.get(key) or texts[key], ctx)  # an award's own citation wins
    return ctx


def _document_vars(doc: Any) -> dict[str, str]:
    return {"number": doc.number, "verify_code": codes.pretty(doc.code), "verify_payload": doc.code}


def person_name(name: str, upper: bool) -> str:
    """The holder's name as printed: titles in proper case, the name as given or in capitals."""
    return names.print_name(name, upper)


def certificate_context(base: Mapping[str, Any], event: Any, reg: Any, doc: Any) -> dict[str, str]:
    p = reg.person
    ctx = dict(base)
    ctx.update({
        "name": person_name(p.name, bool(event.settings.get("names_upper"))), "name_plain": names.without_titles(p.name),
        "role": reg.role, "kelurahan": p.kelurahan or "", "kecamatan": p.kecamatan or "", **_document_vars(doc),
    })
    return _finish(ctx)


def plaque_context(base: Mapping[str, Any], event: Any, award: Any, person: Any | None, doc: Any) -> dict[str, str]:
    ctx = dict(base)
    years = int(award.years_of_service or 0)
    ctx.update({
        "name": person_name(person.name if person else award.recipient_name, True),
        "name_plain": names.without_titles(person.name if person else award.recipient_name),
        "role": "PENERIMA", "kelurahan": (person.kelurahan if person else "") or "",
        "kecamatan": (person.kecamatan if person else "") or "", "award_title": award.title,
        "years": str(years), "years_words": terbilang(years), **_document_vars(doc),
    })
    if award.citation:
        ctx["citation"] = award.citation
    return _finish(ctx)


def sample_context() -> dict[str, str]:
    return samples()
