"""Write a parsed roster into the store: all of it, the valid rows, or nothing.

Everything is checked before the first write.  A refused import or a dry run
leaves the database file exactly as it was; a real import is one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.roster import parse as parselib
from bimtek_desk.roster import read as readlib
from bimtek_desk.roster import rules
from bimtek_desk.roster.columns import FIELD_LABELS, FIELDS
from bimtek_desk.roster.parse import Finding, Parsed, rows_text
from bimtek_desk.roster.rules import ERROR, INFO, WARNING
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


@dataclass
class ImportReport:
    source: str
    sheet: str
    columns: dict[str, str]  # field -> header text
    parsed: Parsed
    dry_run: bool
    skip_invalid: bool = False
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

    @property
    def error_rows(self) -> int:
        return len({f.row for f in self.parsed.errors})

    @property
    def refused(self) -> bool:
        """Whether this import (or, for a dry run, the same command without --dry-run) stores nothing."""
        return (bool(self.errors) and not self.skip_invalid) or not self.accepted

    def mapping_lines(self) -> list[str]:
        """'Nama ← kolom C 'Nama ART'', one line per field, with any rival columns."""
        h = self.parsed.header
        out = []
        for f in FIELDS:
            choice = h.choices.get(f)
            if choice is None or f == "no":
                continue
            line = f"{FIELD_LABELS[f]} ← {h.describe(choice.column)}"
            if choice.chosen_by == "committee":
                line += " (dipilih panitia)"
            elif choice.why:
                line += f" ({choice.why})"
            elif choice.rivals:
                line += " (juga mirip: " + ", ".join(h.describe(c) for c in choice.rivals[:3]) + ")"
            out.append(line)
        return out

    def verdict(self, skip_option: str = "--skip-invalid") -> str:
        """What this import did, or what the same command without --dry-run would do."""
        n_err = self.error_rows
        if self.applied:
            return (f"Tersimpan: {self.new_people} orang baru, {self.updated_people} diperbarui, "
                    f"{self.unchanged_people} tetap; {self.new_registrations} pendaftaran baru."
                    + (f" {len(self.skipped_invalid)} baris bergalat dilewati." if self.skipped_invalid else ""))
        will = (f"{self.accepted} orang ({self.new_people} baru, {self.updated_people} diperbarui, "
                f"{self.unchanged_people} tetap; {self.new_registrations} pendaftaran baru)")
        if not self.accepted:
            return (f"Berkas ini DITOLAK: tidak ada satu pun baris yang sah ({n_err} baris bergalat). "
                    "Tidak ada yang disimpan.")
        if self.errors and not self.skip_invalid:
            lead = "Tanpa " + skip_option if self.dry_run else "impor ditolak:"
            text = (f"{lead} berkas ini DITOLAK ({n_err} baris bergalat); tidak ada yang disimpan."
                    if self.dry_run else f"{lead} {n_err} baris bergalat; tidak ada yang disimpan.")
            return text + f" Dengan {skip_option}: {will} disimpan, {n_err} baris dilewati."
        if self.dry_run:
            return f"Akan disimpan: {will}" + (f"; {n_err} baris bergalat dilewati." if n_err else ".")
        return "Tidak ada yang disimpan."

    def summary(self, *, skip_option: str = "--skip-invalid", groups: int = 12,
                full_report: str | None = None) -> list[str]:
        """The report as lines of Indonesian text that fit a screen: the columns used, the
        verdict, then the findings grouped by kind (errors first) with a count and the first rows."""
        p = self.parsed
        rows = p.header.rows
        lines = [
            f"Berkas: {Path(self.source).name}" + (f" (lembar '{self.sheet}')" if self.sheet else "")
            + f"; judul kolom di baris {rows[0]}" + (f"–{rows[-1]}" if len(rows) > 1 else ""),
            "Kolom yang dipakai:",
            *("  " + line for line in self.mapping_lines()),
            f"Baris peserta: {len(p.rows)}; sah: {self.accepted}; bergalat: {self.error_rows}; "
            f"peringatan: {len(p.warnings)}",
            self.verdict(skip_option),
        ]
        lines += group_lines(p.findings, limit=groups)
        if full_report:
            lines.append(f"Daftar lengkap ({len(p.findings)} catatan): {full_report}")
        return lines

    def full_lines(self) -> list[str]:
        """Every finding, one per line (for the file the user can open)."""
        tag = {ERROR: "GALAT", WARNING: "PERINGATAN", INFO: "INFO"}
        order = {ERROR: 0, WARNING: 1, INFO: 2}
        head = self.summary(groups=0)
        return head + [""] + [f"{tag[f.level]} {f}" for f in sorted(self.parsed.findings,
                                                                    key=lambda f: (order[f.level], f.row or 0))]

    def write_full_beside(self, now: dt.datetime | None = None) -> Path:
        """Write the full list beside the roster file (its folder is the user's own), or into the user's
        Documents when that folder cannot be written (a read-only USB stick, a network share); returns the path."""
        from platformdirs import user_documents_dir

        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        source = Path(self.source)
        name = f"{source.stem[:60]}-laporan-impor-{stamp}.txt"
        folders = [source.resolve().parent, Path(user_documents_dir()), Path.home()]
        last: Exception | None = None
        for folder in folders:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                return self.write_full(folder / name)
            except (OSError, UserError) as exc:
                last = exc
        raise UserError(f"Laporan lengkap tidak dapat ditulis (di samping berkas, di Dokumen, di folder rumah): "
                        f"{last}.")

    def write_full(self, path: str | Path) -> Path:
        """Write the full list (UTF-8 with BOM so Notepad and Excel show it right); private to the user."""
        from bimtek_desk.system.files import atomic_write

        path = Path(path)
        data = ("\r\n".join(self.full_lines()) + "\r\n").encode("utf-8-sig")
        atomic_write(path, lambda tmp: tmp.write_bytes(data))  # mkstemp: 0600, and no link followed
        return path


def group_lines(findings: list[Finding], *, limit: int = 12) -> list[str]:
    """Findings grouped by kind, errors first (after what is said of the whole file):
    'PERINGATAN Kelurahan kosong: 598 baris (2–599)'."""
    if limit <= 0:
        return []
    tag = {ERROR: "GALAT", WARNING: "PERINGATAN", INFO: "INFO"}
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.level, f.group), []).append(f)
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    # what is said of the whole file (most rows from another region, a column's date order) comes first
    whole = {k for k, items in groups.items() if k[0] != INFO and all(f.row is None for f in items)}
    keys = sorted(groups, key=lambda k: (k not in whole, order[k[0]], -len(groups[k])))
    out = []
    for level, kind in keys[:limit]:
        items = groups[(level, kind)]
        rows = [f.row for f in items if f.row]
        if len(items) == 1:
            out.append(f"  {tag[level]} {items[0]}")
        elif rows:
            out.append(f"  {tag[level]} {kind}: {len(set(rows))} baris ({rows_text(rows)}); mis. {items[0]}")
        else:
            out.append(f"  {tag[level]} {kind}: {len(items)} kali; mis. {items[0].message}")
    if len(keys) > limit:
        rest = sum(len(groups[k]) for k in keys[limit:])
        out.append(f"  … dan {len(keys) - limit} jenis catatan lain ({rest} catatan)")
    return out


def _column_texts(parsed: Parsed) -> dict[str, str]:
    h = parsed.header
    return {f: h.texts.get(c, "") for f, c in h.columns.items() if f != "no"}


def read_roster(path: str | Path, event: Event, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
                show_nik: bool = False) -> tuple[readlib.Workbook, Parsed]:
    """Read and check a roster file for an event, without the store (so it can run
    on a worker thread).  UserError when the file cannot be read at all."""
    book = read_book(path, sheet=sheet)
    return book, parse_book(book, event, mapping=mapping, show_nik=show_nik)


def read_book(path: str | Path, *, sheet: str | None = None) -> readlib.Workbook:
    """The roster file as a grid of cells (UserError when it cannot be read at all)."""
    with _no_cycle_collection():
        return readlib.read(path, sheet=sheet)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hundreds of thousands of new cells and rows make Python's cycle collector
    scan them again and again (the read of 100,000 rows took twice as long); they
    hold no cycles, so it waits until the roster is read."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def parse_book(book: readlib.Workbook, event: Event, *, mapping: dict[str, str] | None = None,
               show_nik: bool = False) -> Parsed:
    """The people of a workbook already read (again, e.g. after the committee chose another column)."""
    with _no_cycle_collection():
        parsed = parselib.parse(book, mapping=mapping, regions=rules.regions_of(event), city=event.city,
                                show_nik=show_nik)
    if not parsed.rows:
        raise UserError("Berkas tidak memuat satu pun baris peserta di bawah judul kolom.")
    return parsed


def import_roster(store: Store, event_id: str, path: str | Path, *, dry_run: bool = False,
                  skip_invalid: bool = False, sheet: str | None = None, actor: str = "panitia",
                  mapping: dict[str, str] | None = None, show_nik: bool = False) -> ImportReport:
    """Import a roster file into an event.

    Raises UserError when the file cannot be read at all.  Otherwise returns a
    report; ``report.applied`` says whether anything was written.  Without
    ``skip_invalid`` any error row refuses the whole file.  ``mapping`` holds the
    committee's column choices ({field: column letter or header text}); messages
    show NIKs masked unless ``show_nik``.
    """
    event = store.events.get(event_id)
    book, parsed = read_roster(path, event, sheet=sheet, mapping=mapping, show_nik=show_nik)
    return apply_parsed(store, event, path, book.kind, parsed, dry_run=dry_run, skip_invalid=skip_invalid,
                        actor=actor)


def apply_parsed(store: Store, event: Event, path: str | Path, kind: str, parsed: Parsed, *, dry_run: bool,
                 skip_invalid: bool, actor: str = "panitia") -> ImportReport:
    """Plan a parsed roster against the store and, unless a dry run or refused,
    write it in one transaction (with a backup first and an audit entry)."""
    report = ImportReport(str(path), parsed.sheet if kind != "csv" else "", _column_texts(parsed),
                          parsed, dry_run, skip_invalid)
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
    if dry_run or report.refused:
        return report

    from bimtek_desk.store import backups

    backups.take(store, "sebelum-impor")
    with store.transaction():
        ids = store.people.add_many([r.person for r in fresh])
        reg_ids = store.registrations.register_new(event, [(pid, r.role, r.row)
                                                           for pid, r in zip(ids, fresh, strict=True)])
        extras = [(reg_id, r.extras) for reg_id, r in zip(reg_ids, fresh, strict=True) if r.extras]
        for r in known:
            person_id, _ = store.people.upsert(r.person)
            reg_id, _ = store.registrations.register(event, person_id, r.role, source="roster", roster_row=r.row)
            extras.append((reg_id, r.extras))  # the file's extras replace the earlier import's
        store.extras.set_many(extras)
        store.audit.log("roster.import", actor=actor, event_id=event.id, file=Path(path).name,
                        sheet=report.sheet, accepted=report.accepted, new_people=report.new_people,
                        updated_people=report.updated_people, skipped_rows=report.skipped_invalid)
    report.applied = True
    return report
