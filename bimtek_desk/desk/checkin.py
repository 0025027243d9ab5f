"""The check-in desk, without any window: scan, check in, walk-in, substitute, undo.

Every call that answers "OK" has committed its check-in durably before it
returns; a database that cannot be written gives a DB_ERROR result and nothing
is reported as checked in.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bimtek_desk.committee.pin import Grant, Purpose, authorize
from bimtek_desk.desk import lookup
from bimtek_desk.desk.lookup import Status
from bimtek_desk.errors import UserError
from bimtek_desk.idn.dates import long_date, stamp
from bimtek_desk.roster import rules
from bimtek_desk.store import PersonData, Store, StoreError
from bimtek_desk.store.models import CheckIn, Event, Registration, Session


class Outcome(enum.Enum):
    CHECKED_IN = "checked_in"      # BERHASIL
    ALREADY = "already"            # SUDAH HADIR
    UNKNOWN = "unknown"
    FORGED = "forged"
    OTHER_EVENT = "other_event"
    REPLACED = "replaced"
    NOT_A_BADGE = "not_a_badge"
    DOCUMENT = "document"
    DB_ERROR = "db_error"
    WRONG_DAY = "wrong_day"        # not one of the event's days: nothing recorded (amber)
    IGNORED = "ignored"            # the camera saw the same code again

    @property
    def ok(self) -> bool:
        return self in (Outcome.CHECKED_IN, Outcome.ALREADY)


TITLES = {
    Outcome.CHECKED_IN: "BERHASIL",
    Outcome.ALREADY: "SUDAH HADIR",
    Outcome.UNKNOWN: "KODE TIDAK DIKENAL",
    Outcome.FORGED: "KODE PALSU",
    Outcome.OTHER_EVENT: "BADGE ACARA LAIN",
    Outcome.REPLACED: "BADGE SUDAH DIGANTI",
    Outcome.NOT_A_BADGE: "BUKAN BADGE",
    Outcome.DOCUMENT: "QR SERTIFIKAT",
    Outcome.DB_ERROR: "GAGAL MENYIMPAN",
    Outcome.WRONG_DAY: "BUKAN HARI ACARA",
    Outcome.IGNORED: "",
}
_FROM_LOOKUP = {
    Status.UNKNOWN: Outcome.UNKNOWN, Status.FORGED: Outcome.FORGED, Status.OTHER_EVENT: Outcome.OTHER_EVENT,
    Status.REPLACED: Outcome.REPLACED, Status.NOT_A_BADGE: Outcome.NOT_A_BADGE, Status.DOCUMENT: Outcome.DOCUMENT,
}


@dataclass(frozen=True)
class DeskResult:
    outcome: Outcome
    message: str
    text: str = ""
    registration: Registration | None = None
    checkin: CheckIn | None = None  # the check-in now in force (new, or the first one)
    session: Session | None = None

    @property
    def title(self) -> str:
        return TITLES[self.outcome]


# Indonesia keeps no summer time: its three zones are fixed offsets, used when the
# system has no time-zone database (a Windows laptop without tzdata).
_INDONESIA = {"Asia/Jakarta": 7, "Asia/Pontianak": 7, "WIB": 7, "Asia/Makassar": 8, "Asia/Ujung_Pandang": 8,
              "WITA": 8, "Asia/Jayapura": 9, "WIT": 9}


def event_zone(event: Event) -> dt.tzinfo:
    """The event's ``timezone`` setting (Asia/Makassar for Banjarmasin); the laptop's own without one."""
    name = str(event.settings.get("timezone") or "")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            if name in _INDONESIA:
                return dt.timezone(dt.timedelta(hours=_INDONESIA[name]), name)
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def wall_clock(zone: dt.tzinfo) -> dt.datetime:
    """Now, in the event's zone (tests replace this)."""
    return dt.datetime.now(zone)


def event_day_clock(event: Event, start: dt.time = dt.time(8, 0)) -> Callable[[], dt.datetime]:
    """A clock running from ``start`` on the event's first day, in its zone: for
    benchmarks and tests that check people in on a day that is not the event's."""
    zone = event_zone(event)
    origin, began = dt.datetime.combine(event.date_start, start, tzinfo=zone), time.monotonic()
    return lambda: origin + dt.timedelta(seconds=time.monotonic() - began)


def clock_time(iso: str) -> str:
    """'2025-11-18T07:45:12.345+08:00' -> '07:45'."""
    return stamp(iso, "clock")


def default_session(sessions: list[Session], now: dt.datetime) -> Session | None:
    """The session the clock is in; else the next one today; else the last one that began."""
    if not sessions:
        return None
    today = now.date()
    hhmm = now.strftime("%H:%M")
    todays = [s for s in sessions if s.date == today]
    for s in todays:
        if s.start_time <= hhmm < s.end_time:
            return s
    upcoming = [s for s in todays if s.start_time > hhmm]
    if upcoming:
        return upcoming[0]
    begun = [s for s in sessions if (s.date, s.start_time) <= (today, hhmm)]
    return begun[-1] if begun else sessions[0]


class Desk:
    """One desk recording check-ins for one session of one event."""

    CAMERA_REPEAT_S = 4.0
    CHECKPOINT_EVERY = 32  # check-ins between the window's log checkpoints (about 200 pages of log)

    def __init__(self, store: Store, event: Event, *, desk: str = "Meja 1", operator: str = "relawan",
                 session: str | int | None = None, now: Callable[[], dt.datetime] | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.store, self.event = store, event
        self.desk, self.operator = desk, operator
        self.zone = event_zone(event)
        self._now = now or (lambda: wall_clock(self.zone))
        # Days outside the event on which the committee let this desk record (asked once, kept in the audit log).
        self._allowed_days: dict[tuple[dt.date, str], bool] = {}  # only days allowed
        self._monotonic = monotonic
        self._camera_seen: dict[str, float] = {}
        self._registered: tuple[int, int] | None = None  # (roster revision, count)
        self._unchecked: int | None = None  # check-ins since the last checkpoint; None: SQLite's own
        sessions = store.events.sessions(event.id)
        if session is not None:
            self.session = store.events.session(event.id, session)
        else:
            chosen = default_session(sessions, self.now())
            if chosen is None:
                raise UserError(f"Acara '{event.id}' belum punya sesi presensi.")
            self.session = chosen

    def now(self) -> dt.datetime:
        """The time in the event's zone, whatever the laptop's zone is."""
        return self._now().astimezone(self.zone)

    def set_session(self, key: str | int) -> Session:
        self.session = self.store.events.session(self.event.id, key)
        return self.session

    # -- counts --------------------------------------------------------------------

    def present(self) -> int:
        return self.store.checkins.present_count(self.session.id)

    def registered(self) -> int:
        rev = self.store.registrations.revision()
        if self._registered is None or self._registered[0] != rev:
            self._registered = (rev, self.store.registrations.count(self.event.id))
        return self._registered[1]

    # -- scanning --------------------------------------------------------------------

    def scan(self, text: str, method: str = "scanner") -> DeskResult:
        """What a scan of ``text`` does: look it up, check in if valid, log it."""
        text = text.strip()
        if method == "camera":
            key = text.upper()
            last = self._camera_seen.get(key)
            now = self._monotonic()
            if last is not None and now - last < self.CAMERA_REPEAT_S:
                return DeskResult(Outcome.IGNORED, "", text, session=self.session)
            self._camera_seen[key] = now
        try:
            res = lookup.resolve(self.store, self.event, text)
            if res.status is Status.VALID and res.registration is not None:
                return self._check_in(res.registration, method, text)
            outcome = _FROM_LOOKUP[res.status]
            message = res.message
            if outcome is Outcome.DOCUMENT:
                message = self._document_message(res)
            with self.store.transaction():
                self.store.scans.log(self.event.id, self.session.id, desk=self.desk, operator=self.operator,
                                     method=method, text=text, status=outcome.value,
                                     registration_id=res.registration.id if res.registration else None)
            return DeskResult(outcome, message, text, res.registration, session=self.session)
        except StoreError as exc:
            return self._db_error(exc, text)

    def _document_message(self, res: lookup.Resolution) -> str:
        from bimtek_desk.desk import verify  # certificates add verification

        return verify.verify_text(self.store, res.text).brief

    def check_in(self, registration_id: int, method: str = "manual") -> DeskResult:
        """Check in a person chosen by hand (search) rather than scanned."""
        try:
            reg = self.store.registrations.get(registration_id)
            if reg.event_id != self.event.id or reg.status != "active":
                return DeskResult(Outcome.REPLACED, "Pendaftaran ini tidak aktif di acara ini.", registration=reg,
                                  session=self.session)
            return self._check_in(reg, method, reg.badge_code or f"#{reg.id}")
        except StoreError as exc:
            return self._db_error(exc, f"#{registration_id}")

    # -- the event's days -------------------------------------------------------------

    def is_event_day(self, day: dt.date | None = None) -> bool:
        day = day or self.now().date()
        if self.event.date_start <= day <= self.event.date_end:
            return True
        key = (day, self.desk)
        if key not in self._allowed_days:  # in the audit log: a restart, or `checkin --allow-other-day`, allowed it
            if self.store.audit.newest("checkin.wrong_day", self.event.id, date=day.isoformat(),
                                       desk=self.desk) is None:
                return False  # asked again next time (only a yes is remembered)
            self._allowed_days[key] = True
        return True

    def _wrong_day(self, text: str, method: str, reg: Registration | None) -> DeskResult:
        today = self.now().date()
        days = long_date(self.event.date_start) if self.event.date_end == self.event.date_start else \
            f"{long_date(self.event.date_start)} – {long_date(self.event.date_end)}"
        message = f"Hari ini {long_date(today)}, acara {days}: check-in TIDAK dicatat."
        with self.store.transaction():
            self.store.scans.log(self.event.id, self.session.id, desk=self.desk, operator=self.operator,
                                 method=method, text=text, status=Outcome.WRONG_DAY.value,
                                 registration_id=reg.id if reg else None)
        return DeskResult(Outcome.WRONG_DAY, message, text, reg, session=self.session)

    def allow_today(self, *, reason: str, pin: str | Grant | None) -> dt.date:
        """The committee lets this desk record check-ins today although it is not one of
        the event's days (a rehearsal, a moved date): PIN, reason, audited.  Asked once per
        day and desk: on an event day, or a day already allowed, nothing is asked or logged."""
        today = self.now().date()
        if self.is_event_day(today):
            return today
        if not reason.strip():
            raise UserError("Alasan wajib diisi.")
        authorize(self.store, self.event.id, pin, actor=self.operator, purpose=Purpose.WRONG_DAY)
        with self.store.transaction():
            self.store.audit.log("checkin.wrong_day", actor=self.operator, event_id=self.event.id,
                                 date=today.isoformat(), reason=reason.strip(), desk=self.desk)
        self._allowed_days[(today, self.desk)] = True
        return today

    def _check_in(self, reg: Registration, method: str, text: str) -> DeskResult:
        if not self.is_event_day():
            return self._wrong_day(text, method, reg)
        with self.store.transaction():
            first = self.store.checkins.current(reg.id, self.session.id)
            if first is not None:
                self.store.scans.log(self.event.id, self.session.id, desk=self.desk, operator=self.operator,
                                     method=method, text=text, status=Outcome.ALREADY.value, registration_id=reg.id,
                                     checkin_id=first.id)
                outcome, ci = Outcome.ALREADY, first
                message = f"Sudah tercatat hadir pukul {clock_time(first.at)} ({first.desk})."
            else:
                ci = self.store.checkins.record(reg.id, self.session.id, desk=self.desk, operator=self.operator,
                                                method=method,
                                                at=self.now().isoformat(timespec="milliseconds"))
                self.store.scans.log(self.event.id, self.session.id, desk=self.desk, operator=self.operator,
                                     method=method, text=text, status=Outcome.CHECKED_IN.value,
                                     registration_id=reg.id, checkin_id=ci.id)
                outcome = Outcome.CHECKED_IN
                message = f"Tercatat hadir pukul {clock_time(ci.at)} — {self.session.label}."
        # The transaction has committed: only now is the result reported.
        if self._unchecked is not None:
            self._unchecked += 1
        return DeskResult(outcome, message, text, reg, ci, self.session)

    # -- the write-ahead log -----------------------------------------------------------

    def defer_checkpoints(self) -> None:
        """Keep the log's checkpoints out of the check-ins (see Database.defer_checkpoints):
        the window calls tidy() once a result is on screen."""
        if self.store.db.defer_checkpoints():
            self._unchecked = 0

    def tidy(self) -> None:
        """After a result has been shown: every CHECKPOINT_EVERY check-ins, copy the log
        into the database file.  A failure is left to the next call (the data is safe
        in the log)."""
        if self._unchecked is None or self._unchecked < self.CHECKPOINT_EVERY:
            return
        try:
            self.store.db.checkpoint()
        except StoreError:
            return
        self._unchecked = 0

    def _db_error(self, exc: StoreError, text: str) -> DeskResult:
        return DeskResult(Outcome.DB_ERROR, f"{exc} Check-in TIDAK tersimpan; catat manual dan panggil panitia.",
                          text, session=self.session)

    # -- walk-ins, substitutes, undo ---------------------------------------------------

    def walk_in(self, person: PersonData, role: str = "PESERTA") -> DeskResult:
        """Register someone who is not on the roster and check them in (audited)."""
        # imported on the first walk-in or substitute, not at start
        from bimtek_desk.roster import edit as roster_edit

        person = rules.require(person, regions=rules.regions_of(self.event))
        if not self.is_event_day():
            return self._wrong_day(person.name, "walk-in", None)
        try:
            with self.store.transaction():
                reg_id, created = self.store.registrations.register(
                    self.event, roster_edit.person_id_for(self.store, person), role, source="walk-in")
                self.store.audit.log("desk.walk_in", actor=self.operator, event_id=self.event.id,
                                     registration=reg_id, name=person.name, desk=self.desk, new=created)
                return self._check_in_or_roll_back(reg_id)
        except StoreError as exc:
            return self._db_error(exc, person.name)

    def _check_in_or_roll_back(self, registration_id: int) -> DeskResult:
        """Check in within the caller's transaction; a failure rolls all of it back."""
        result = self.check_in(registration_id, "walk-in")
        if result.outcome is Outcome.DB_ERROR:
            raise StoreError(result.message)
        return result

    def substitute(self, registration_id: int, person: PersonData, reason: str) -> DeskResult:
        """A substitute from the same kelurahan takes a registered person's place and
        is checked in, all in one transaction."""
        from bimtek_desk.roster import edit as roster_edit

        if not self.is_event_day():
            return self._wrong_day(person.name, "walk-in", None)
        try:
            with self.store.transaction():
                new_id = roster_edit.substitute(self.store, self.event, registration_id, person, reason,
                                                actor=f"{self.operator} ({self.desk})")
                return self._check_in_or_roll_back(new_id)
        except StoreError as exc:
            return self._db_error(exc, person.name)

    def undo(self, checkin_id: int, *, reason: str, pin: str | Grant | None) -> CheckIn:
        """Annul a mistaken check-in (committee PIN required); the original row stays."""
        if not reason.strip():
            raise UserError("Alasan pembatalan wajib diisi.")
        authorize(self.store, self.event.id, pin, actor=self.operator, purpose=Purpose.CHECKIN_ANNUL)
        with self.store.transaction():  # checked and written under one write lock: never two undos from here
            original = self.store.checkins.get(checkin_id)
            if self.store.checkins.is_annulled(checkin_id):
                raise UserError("Check-in ini sudah dibatalkan.")
            if original.annuls is not None:
                raise UserError("Baris pembatalan tidak dapat dibatalkan lagi.")
            undo = self.store.checkins.annul(checkin_id, reason=reason, desk=self.desk, operator=self.operator)
            self.store.audit.log("checkin.annul", actor=self.operator, event_id=self.event.id, checkin=checkin_id,
                                 annulled_by=undo.id, reason=reason, desk=self.desk)
        return undo

    def describe_session(self) -> str:
        s = self.session
        return f"{s.key} · {s.label} · {long_date(s.date)} {s.start_time}–{s.end_time}"
