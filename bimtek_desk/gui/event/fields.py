"""Validation messages name event-file fields ('agenda[3].end'); in the window
they name what the committee sees ('Sesi baris 4, Selesai')."""

from __future__ import annotations

import re

TOP = {"id": "Kode acara", "name": "Nama kegiatan", "short_name": "Nama singkat", "organizer": "Penyelenggara",
       "government": "Pemerintah", "unit": "Bidang", "venue": "Tempat", "city": "Kota", "date": "Tanggal",
       "date_end": "Tanggal selesai", "minutes_per_jp": "Menit per JP", "agenda": "Sesi", "logo": "Logo",
       "eligibility.min_sessions": "Minimal sesi", "transport.amount": "Uang transport",
       "numbering.certificate": "Nomor sertifikat", "numbering.plaque": "Nomor piagam"}
AGENDA = {"key": "Kode", "start": "Mulai", "end": "Selesai", "title": "Kegiatan / materi", "speaker": "Narasumber",
          "jp": "JP", "label": "Label di meja", "date": "Tanggal"}
ROLES = {"certificate": "sertifikat", "plaque": "piagam", "attendance": "daftar hadir",
         "pptk": "transport (PPTK/PA)", "treasurer": "transport (Bendahara Pengeluaran)"}
SIGNATORY = {"on_behalf": "Atas nama", "title_line": "Jabatan", "name": "Nama", "rank": "Pangkat/gol.", "nip": "NIP",
             "signature_image": "Tanda tangan", "stamp_image": "Stempel"}

_AGENDA = re.compile(r"\bagenda\[(\d+)\](?:\.(\w+))?")
_SIGNATORY = re.compile(r"\bsignatories\.(\w+)(?:\.(\w+))?")
_TOP = re.compile(r"(^|; |\n|tidak sah: )(" + "|".join(re.escape(k) for k in sorted(TOP, key=len, reverse=True))
                  + r")(?=:)")


def readable(text: str) -> str:
    def agenda(m: re.Match[str]) -> str:
        where = f"Sesi baris {int(m[1]) + 1}"
        return f"{where}, {AGENDA.get(m[2], m[2])}" if m[2] else where

    def signatory(m: re.Match[str]) -> str:
        where = f"Penandatangan {ROLES.get(m[1], m[1])}"
        return f"{where}, {SIGNATORY.get(m[2], m[2])}" if m[2] else where

    text = _AGENDA.sub(agenda, text)
    text = _SIGNATORY.sub(signatory, text)
    return _TOP.sub(lambda m: m[1] + TOP[m[2]], text)
