"""Write a parsed roster into the store: all of it, the valid rows, or nothing.

Everything is checked before the first write.  A refused import or a dry run
leaves the database file exactly as it was; a real import is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.roster import parse as parselib
from bimtek_desk.roster import read as readlib
from bimtek_desk.roster.parse import Finding, Parsed
from bimtek_desk.store import Store


@dataclass
class ImportReport:
    source: str
    sheet: str
    columns: dict[str, str]  # field -> header text
    parsed: Parsed
    dry_run: bool
    applied: bool = False
    new_people: int = 0
    updated_people: int = 0
    unchanged_people: int = 0
    new_registrations: int = 0
    kept_registrations: int = 0
    skipped_invalid: list[int] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return self.parsed.errors

    @property
    def warnings(self) -> list[Finding]:
        return self.parsed.warnings

    @property
    def accepted(self) -> int:
        return len(self.parsed.valid)

    def summary(self) -> list[str]:
        """The report as lines of Indonesian text."""
        p = self.parsed
        lines = [
            f"Berkas: {self.source}" + (f" (lembar '{self.sheet}')" if self.sheet else ""),
            "Kolom: " + ", ".join(f"{k}←'{v}'" for k, v in self.columns.items()),
            f"Baris peserta: {len(p.rows)}; diterima: {self.accepted}; galat: {len({f.row for f in p.errors})}; "
            f"peringatan: {len(p.warnings)}",
        ]
        if self.applied or self.dry_run:
            verb = "akan" if self.dry_run else "telah"
            lines.append(
                f"Orang baru: {self.new_people}, diperbarui: {self.updated_people}, tetap: {self.unchanged_people}; "
                f"pendaftaran baru: {self.new_registrations} ({verb} disimpan)"
            )
        for f in p.findings:
            tag = {"error": "GALAT", "warning": "PERINGATAN", "info": "INFO"}[f.level]
            lines.append(f"  {tag} {f}")
        return lines


def _column_texts(book: readlib.Workbook, parsed: Parsed) -> dict[str, str]:
    sheet = next(s for s in book.sheets if s.name == parsed.sheet)
    cells = sheet.rows[parsed.header.index][1]
    return {f: str(cells[i]).strip() for f, i in parsed.header.columns.items() if f not in ("no",)}


def import_roster(store: Store, event_id: str, path: str | Path, *, dry_run: bool = False,
                  skip_invalid: bool = False, sheet: str | None = None, actor: str = "panitia") -> ImportReport:
    """Import a roster file into an event.

    Raises UserError when the file cannot be read at all.  Otherwise returns a
    report; ``report.applied`` says whether anything was written.  Without
    ``skip_invalid`` any error row refuses the whole file.
    """
    event = store.events.get(event_id)
    book = readlib.read(path, sheet=sheet)
    parsed = parselib.parse(book)
    report = ImportReport(str(path), parsed.sheet if book.kind == "xlsx" else "", _column_texts(book, parsed),
                          parsed, dry_run)
    if not parsed.rows:
        raise UserError("Berkas tidak memuat satu pun baris peserta di bawah judul kolom.")
    if parsed.errors and not skip_invalid and not dry_run:
        return report
    report.skipped_invalid = sorted({r.row for r in parsed.rows if not r.ok})

    # Plan against what is stored, without writing.
    registered = store.registrations.person_ids(event.id)
    fresh: list[parselib.RosterRow] = []  # people not in the database yet: written in bulk
    known: list[parselib.RosterRow] = []
    for r in parsed.valid:
        existing = store.people.by_nik(r.person.nik) if r.person.nik else None
        if existing is None:
            report.new_people += 1
            report.new_registrations += 1
            fresh.append(r)
            continue
        known.append(r)
        same = all(getattr(r.person, f) in (None, getattr(existing, f))
                   for f in ("name", "sex", "birth_place", "birth_date", "kelurahan", "kecamatan", "phone",
                             "service_start_year"))
        report.unchanged_people += same
        report.updated_people += not same
        if existing.id in registered:
            report.kept_registrations += 1
        else:
            report.new_registrations += 1
    if dry_run or not parsed.valid:
        return report

    from bimtek_desk import backups

    backups.take(store, "sebelum-impor")
    with store.transaction():
        ids = store.people.add_many([r.person for r in fresh])
        store.registrations.register_new(event, [(pid, r.role, r.row) for pid, r in zip(ids, fresh, strict=True)])
        for r in known:
            person_id, _ = store.people.upsert(r.person)
            store.registrations.register(event, person_id, r.role, source="roster", roster_row=r.row)
        store.audit.log("roster.import", actor=actor, event_id=event.id, file=Path(path).name,
                        sheet=report.sheet, accepted=report.accepted, new_people=report.new_people,
                        updated_people=report.updated_people, skipped_rows=report.skipped_invalid)
    report.applied = True
    return report
