"""One set of rules for a person's data, used by the roster import, the desk's
walk-in and substitute, and the committee's edit.

``check`` reads what someone wrote (texts, numbers, dates) and returns the
person as it will be stored plus every problem found.  A problem is an *error*
(the data cannot be stored: a malformed NIK, a missing name, control
characters, a sex that is neither L nor P) or a *warning* (stored, but worth a
look).  A form that someone is typing into (``typed=True``) turns the warnings
it can fix on the spot into errors: an unknown kelurahan, an unreadable phone
number or date.  An import keeps such values as written and reports them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bimtek_desk.errors import UserError
from bimtek_desk.idn import dates, names, wilayah
from bimtek_desk.idn import nik as niklib
from bimtek_desk.idn import phone as phonelib
from bimtek_desk.idn.wilayah import Regions
from bimtek_desk.roster.cell import cell_text
from bimtek_desk.scanning.shape import MESSAGE as SCAN_MESSAGE
from bimtek_desk.scanning.shape import looks_like_code
from bimtek_desk.store.models import Event
from bimtek_desk.store.people import PersonData

ERROR, WARNING, INFO = "error", "warning", "info"

SEX_WORDS = {
    "L": {"l", "lk", "laki-laki", "laki", "laki2", "pria", "m", "male", "1"},
    "P": {"p", "pr", "perempuan", "wanita", "f", "female", "w", "2"},
}
TEXT_FIELDS = ("name", "nik", "birth_place", "kelurahan", "kecamatan", "phone")
MAX_TEXT = 200


@dataclass(frozen=True)
class Problem:
    field: str | None  # PersonData field, or None for the whole person
    level: str  # error | warning | info
    kind: str  # a short label shared by every problem of this sort (for grouped reports)
    message: str  # Indonesian, about this value


@dataclass
class Checked:
    person: PersonData
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == ERROR]

    def require(self) -> PersonData:
        """The person, or :class:`ProblemError` (a UserError) with the first error."""
        if self.errors:
            raise ProblemError(self.errors[0])
        return self.person


class ProblemError(UserError):
    """A person's data refused; ``field`` says which field (a form puts the cursor there)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.field = problem.field


def sex_code(text: str) -> str | None:
    """'L', 'P' or None for a word or code the rosters use (1 = L, 2 = P as SIAK/BDT/DTKS)."""
    t = re.sub(r"[^a-z0-9]", "", text.lower())  # 'LAKI - LAKI', 'Laki2'? no: 'laki-laki', 'P.' -> 'p'
    return _SEX_LOOKUP.get(t)


_SEX_LOOKUP = {re.sub(r"[^a-z0-9]", "", w): s for s, words in SEX_WORDS.items() for w in words}


_text = cell_text


_SPACING = re.compile("[ ]*[\t\r\n]+[ \t\r\n]*")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
                      "\ud800-\udfff\ue000-\uf8ff]")


_WORD_BREAK = re.compile(r"(?<=[^\W\d_])[\r\n]+(?=[a-z\u00df-\u00ff])")


def unbreak(text: str) -> str:
    """Line breaks and tabs typed inside a cell, as spacing: 'Siti\\nAisyah' -> 'Siti Aisyah', but a break in the
    middle of a word, before a small letter ('Banjar\\nmasin'), is where the cell wrapped: 'Banjarmasin'."""
    return _SPACING.sub(" ", _WORD_BREAK.sub("", text))


def _control(text: str) -> bool:
    """NUL, other control characters, text-direction overrides, private-use and lone surrogates."""
    return _CONTROL.search(text) is not None


has_control = _control


def check(raw: Mapping[str, object], *, regions: Regions | None, typed: bool = False, show_nik: bool = False,
          today: dt.date | None = None) -> Checked:
    """Check one person's data.

    Args:
        raw: PersonData field names to what was written (text, number, date or None).
        regions: the event's city (kelurahan/kecamatan are checked and spelled
            officially); None: not checked.
        typed: the data comes from a form (see the module docstring).
        show_nik: messages may show the full NIK (else it is masked).
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    fixable = ERROR if typed else WARNING

    def add(field_: str | None, level: str, kind: str, message: str) -> None:
        problems.append(Problem(field_, level, kind, message))

    # Line breaks and tabs inside a cell (Alt+Enter in Excel) are only spacing.
    texts = {f: _text(raw.get(f)) for f in TEXT_FIELDS}
    texts = {f: unbreak(t) if _SPACING.search(t) else t for f, t in texts.items()}
    for f, t in texts.items():
        if _control(t):
            add(f, ERROR, "Karakter kendali", f"{_LABEL[f]} mengandung karakter kendali (mis. NUL); ketik ulang.")
            texts[f] = "".join(ch for ch in t if not _control(ch))
        elif len(t) > MAX_TEXT:
            add(f, ERROR, "Isian terlalu panjang", f"{_LABEL[f]} lebih dari {MAX_TEXT} karakter.")
            texts[f] = t[:MAX_TEXT]

    # Name
    name = names.tidy(texts["name"])
    if not name:
        add("name", ERROR, "Nama kosong", "Nama wajib diisi.")
    elif len(name) < 2:
        add("name", ERROR, "Nama terlalu pendek", f"Nama '{name}' terlalu pendek.")
    elif looks_like_code(name):  # a badge scanned into the name field
        add("name", ERROR, "Nama berupa kode", f"Nama '{name[:40]}': {SCAN_MESSAGE}")
    elif re.search(r"\d", name):
        add("name", WARNING, "Nama mengandung angka", f"Nama '{name}' mengandung angka; periksa kembali.")

    # NIK
    nik: str | None = None
    facts: niklib.NikFacts | None = None
    if texts["nik"]:
        try:
            nik = niklib.validate(texts["nik"], show=show_nik)
        except niklib.NikError as exc:
            add("nik", ERROR, "NIK tidak sah", str(exc))
        else:
            for kind, message in niklib.doubts(nik):
                add("nik", WARNING, kind, f"NIK {nik if show_nik else niklib.mask(nik)}: {message}.")
            facts = niklib.facts(nik, today)

    # Sex
    sex: str | None = None
    sex_raw = _text(raw.get("sex"))
    if sex_raw:
        sex = sex_code(sex_raw)
        if sex is None:
            from_nik = f"; dari NIK: {facts.sex}" if facts and not typed else ""
            add("sex", ERROR if typed else WARNING, "Jenis kelamin tidak dikenali",
                f"Jenis kelamin '{sex_raw[:20]}' tidak dikenali (L atau P){from_nik}.")
    if facts and sex is None:
        sex = facts.sex
    elif facts and sex != facts.sex:
        written = f"'{sex_raw[:20]}' ({sex})" if sex_raw.upper() != sex else sex
        add("sex", WARNING, "Jenis kelamin tidak cocok dengan NIK",
            f"Jenis kelamin di berkas {written} tidak cocok dengan NIK, yang menunjukkan {facts.sex} "
            f"(tanggal lahir {'+40, perempuan' if facts.sex == 'P' else 'tanpa +40, laki-laki'}); "
            f"disimpan {sex}, periksa kembali.")

    # Birth
    place = texts["birth_place"] or None
    bdate_raw = raw.get("birth_date")
    bdate = dates.parse_date(bdate_raw) if bdate_raw is not None else None
    if bdate_raw is not None and _text(bdate_raw) and bdate is None:
        add("birth_date", fixable, "Tanggal lahir tidak terbaca",
            f"Tanggal lahir '{_text(bdate_raw)[:30]}' tidak terbaca" + ("." if typed else "; dikosongkan."))
    if bdate and bdate > today:
        add("birth_date", fixable, "Tanggal lahir di masa depan", f"Tanggal lahir {bdate.isoformat()} belum terjadi.")
        bdate = None
    if bdate and facts and facts.birth_date and bdate != facts.birth_date:
        add("birth_date", WARNING, "Tanggal lahir tidak cocok dengan NIK",
            f"Tanggal lahir {bdate.isoformat()} tidak cocok dengan NIK ({facts.birth_date.isoformat()}).")

    # Region
    kel_raw, kec_raw = texts["kelurahan"], texts["kecamatan"]
    kel = kec = None
    if regions is not None:
        kel = regions.kelurahan(kel_raw) if kel_raw else None
        kec = regions.kecamatan(kec_raw) if kec_raw else None
        if kel_raw and not kel:
            add("kelurahan", fixable, f"Kelurahan tidak dikenal di Kota {regions.city}",
                f"Kelurahan '{kel_raw}' tidak dikenal di Kota {regions.city}"
                + ("." if typed else "; disimpan apa adanya."))
        if kec_raw and not kec:
            add("kecamatan", fixable, f"Kecamatan tidak dikenal di Kota {regions.city}",
                f"Kecamatan '{kec_raw}' tidak dikenal di Kota {regions.city}"
                + ("." if typed else "; disimpan apa adanya."))
        if kel and kec and regions.kecamatan_of[kel] != kec:
            add("kecamatan", WARNING, "Kelurahan tidak di kecamatan itu",
                f"Kelurahan {kel} berada di Kecamatan {regions.kecamatan_of[kel]}, bukan {kec}.")
        if kel and not kec_raw:
            kec = regions.kecamatan_of[kel]
    if not kel_raw and not typed:
        add("kelurahan", WARNING, "Kelurahan kosong", "Kelurahan kosong.")

    # Phone
    phone, warn = phonelib.normalise(raw.get("phone") if not isinstance(raw.get("phone"), str) else texts["phone"])
    if warn:
        add("phone", fixable, "No. HP tidak dikenali", warn.replace("; disimpan apa adanya.", ".") if typed else warn)

    # Year service started
    year: int | None = None
    tmt = raw.get("service_start_year")
    if tmt is not None and _text(tmt):
        if isinstance(tmt, dt.date):
            year = tmt.year
        elif isinstance(tmt, int) and not isinstance(tmt, bool):
            year = tmt if 1940 <= tmt <= 2099 else None
        else:
            m = re.search(r"\b(19[4-9]\d|20\d\d)\b", _text(tmt))
            year = int(m[1]) if m else None
        if year is None or year > today.year:
            add("service_start_year", fixable, "Tahun mulai tugas tidak terbaca",
                f"Tahun mulai tugas '{_text(tmt)[:20]}' tidak terbaca" + ("." if typed else "; dikosongkan."))
            year = None
        elif bdate and year - bdate.year < 15:
            add("service_start_year", WARNING, "Mulai tugas sebelum usia 15",
                f"Tahun mulai tugas {year} saat usia {year - bdate.year} tahun; periksa kembali.")

    person = PersonData(
        name=name or "?", nik=nik, sex=sex, birth_place=place, birth_date=bdate,
        kelurahan=kel or (kel_raw or None), kecamatan=kec or (kec_raw or None), phone=phone,
        service_start_year=year,
    )
    return Checked(person, problems)


def require(data: PersonData, *, regions: Regions | None) -> PersonData:
    """A person typed into a form (walk-in, substitute, edit), checked and tidied;
    UserError with the first problem that must be fixed."""
    raw = {f: getattr(data, f) for f in ("name", "nik", "sex", "birth_place", "birth_date", "kelurahan",
                                         "kecamatan", "phone", "service_start_year")}
    if raw["kelurahan"] and raw["kecamatan"] and regions and regions.kelurahan(str(raw["kelurahan"])):
        raw["kecamatan"] = None  # follows the kelurahan
    return check(raw, regions=regions, typed=True).require()


_LABEL = {"name": "Nama", "nik": "NIK", "birth_place": "Tempat lahir", "kelurahan": "Kelurahan",
          "kecamatan": "Kecamatan", "phone": "No. HP"}


def regions_of(event: Event) -> Regions | None:
    """The regions the event's people are checked against (see ``wilayah.for_event``)."""
    return wilayah.for_event(event.city, event.settings)
