"""The audit vocabulary: every action the audit log may hold, with the Indonesian
label the audit viewer and ``audit log`` show instead of the internal name, and
labels for the details.  The store refuses an action that is not listed here."""

from __future__ import annotations

import enum
import json
from typing import Any, Self

ACTIONS: dict[str, str] = {
    "event.create": "Acara dibuat",
    "event.update": "Acara diperbarui dari berkas",
    "event.edit": "Data acara diubah",
    "event.copy": "Acara baru disalin dari acara lain",
    "layout.choose": "Tata letak dokumen dipilih",
    "pin.change": "PIN panitia diganti",
    "pin.fail": "PIN panitia salah",
    "pin.locked": "PIN panitia dikunci (terlalu banyak salah)",
    "nik.show": "NIK lengkap dibuka",
    "roster.import": "Daftar peserta diimpor",
    "person.edit": "Data peserta diubah",
    "registration.replace": "Peserta diganti",
    "badge.reissue": "Badge dicetak ulang dengan kode baru",
    "badge.print": "Badge dibuat (PDF) atau dicetak",
    "desk.walk_in": "Peserta tanpa undangan (walk-in) didaftarkan",
    "checkin.annul": "Check-in dibatalkan",
    "checkin.wrong_day": "Check-in di luar hari acara diizinkan",
    "sync.wrong_day": "Check-in di luar hari acara diizinkan di laptop lain (diterima lewat sinkron)",
    "eligibility.override": "Keputusan panitia tentang sertifikat",
    "backup.restore": "Basis data dipulihkan dari cadangan",
    "event.confirm": "Data contoh acara dikonfirmasi",
    "report.transport": "Daftar penerimaan transport dibuat (bernomor)",
    "document.revoke": "Dokumen dicabut",
    "signing.key_created": "Kunci tanda tangan penerbit dibuat",
    "signing.key_rotated": "Kunci tanda tangan penerbit diganti",
}

class Purpose(enum.Enum):
    """What the committee PIN is given for: a grant (:class:`bimtek_desk.committee.pin.Grant`) is
    good only for its own purpose.  The value is a stable key (the name of the audit
    action the PIN opens); ``label`` is the Indonesian words the PIN dialog (translated)
    and the audit log (``pin.fail``, ``pin.locked``: "untuk: …") show."""

    label: str

    def __new__(cls, key: str, label: str) -> Self:
        member = object.__new__(cls)
        member._value_ = key
        member.label = label
        return member

    NIK_SHOW = "nik.show", "menampilkan NIK lengkap"
    PERSON_EDIT = "person.edit", "mengubah data peserta"
    BADGE_REISSUE = "badge.reissue", "cetak ulang badge"
    EVENT_EDIT = "event.edit", "mengubah data acara"
    EVENT_LOAD = "event.update", "mengubah acara dari berkas"
    EVENT_CONFIRM = "event.confirm", "mengonfirmasi data contoh"
    LAYOUT_CHOOSE = "layout.choose", "memilih tata letak"
    ELIGIBILITY = "eligibility.override", "keputusan kelayakan sertifikat"
    WRONG_DAY = "checkin.wrong_day", "check-in di luar hari acara"
    CHECKIN_ANNUL = "checkin.annul", "membatalkan check-in"
    KEY_ROTATE = "signing.key_rotated", "mengganti kunci tanda tangan"
    DOCUMENT_REVOKE = "document.revoke", "mencabut dokumen"
    PIN_CHANGE = "pin.change", "mengganti PIN"
    BACKUP_RESTORE = "backup.restore", "memulihkan cadangan"


DETAILS: dict[str, str] = {
    "where": "tempat", "count": "jumlah", "registration": "pendaftaran", "reason": "alasan",
    "old": "lama", "new": "baru", "name": "nama", "desk": "meja", "checkin": "check-in",
    "annulled_by": "dibatalkan oleh baris", "file": "berkas", "doc_type": "jenis dokumen", "layout": "tata letak",
    "eligible": "layak", "purpose": "untuk", "failures": "salah berturut-turut", "wait_s": "tunggu (detik)",
    "report": "laporan", "source": "sumber", "roster": "peserta disalin", "replaced": "diganti",
    "changes": "perubahan", "session": "sesi", "date": "tanggal", "backup": "cadangan",
    "accepted": "baris diterima", "rows": "baris", "sheet": "lembar", "new_people": "orang baru",
    "updated_people": "orang diperbarui", "skipped_rows": "baris dilewati", "by": "pengganti", "person": "orang",
    "replaced_name": "nama yang diganti",
    "fields": "data", "issuer": "penerbit", "kid": "id kunci", "old_kid": "kunci lama", "number": "nomor",
    "document": "dokumen",
}


def label(action: str) -> str:
    """The Indonesian label of an action (the internal name if it is not known)."""
    return ACTIONS.get(action, action)


def _value(value: Any) -> str:
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    if value is None or value == [] or value == {}:
        return "-"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe(detail: dict[str, Any]) -> str:
    """The details of an entry as 'alasan: hilang; lama: BDB…' instead of raw JSON."""
    return "; ".join(f"{DETAILS.get(k, k)}: {_value(v)}" for k, v in detail.items())
