"""What every command group shares: the parser class, opening the store, output, the PIN prompt."""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from bimtek_desk.errors import UserError
from bimtek_desk.store import Store, default_path

Handler = Callable[[argparse.Namespace], int]


# argparse's own words (usage, options, its error messages) in Indonesian like the rest
# of the command line; with `--lang en` they stay English.  argparse looks its texts up
# through the module's ``_`` (gettext) at the moment it needs them.
_ARGPARSE_EN = argparse._  # type: ignore[attr-defined]


_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "argumen %r diabaikan",
}


def argparse_language(argv: Sequence[str]) -> None:
    english = any(a == "--lang=en" or (a == "--lang" and nxt == "en")
                  for a, nxt in itertools.pairwise([*argv, ""]))
    translate = _ARGPARSE_EN if english else (lambda text: _ARGPARSE_ID.get(text, _ARGPARSE_EN(text)))
    argparse._ = translate  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(1, f"galat: {message} (lihat '{self.prog} --help')\n")


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    return Store.open(args.db, readonly=readonly)


def out(line: str = "") -> None:
    print(line, flush=True)


def write_csv(fields: list[str], rows: list[dict[str, Any]]) -> None:
    """CSV on stdout; a value a spreadsheet would run as a formula is neutralised."""
    from bimtek_desk.reports.cells import csv_row

    w = csv.DictWriter(sys.stdout, fieldnames=fields)
    w.writeheader()
    w.writerows(csv_row(r) for r in rows)


def next_steps(event: Any, items: list[Any]) -> str:
    """The commands that clear what keeps a document a DRAF: confirming is not choosing a logo."""
    from bimtek_desk.documents import drafts

    steps = []
    entries = [p.entry for p in items if p.entry != drafts.LOGO and not p.entry.startswith(drafts.FILL)]
    if entries:
        steps.append(f"bimtek-desk event confirm {event.id} {' '.join(entries)}")
    if any(p.entry == drafts.LOGO for p in items):
        steps.append(f"bimtek-desk event image {event.id} logo LAMBANG.png")
    if any(p.entry.startswith(drafts.FILL) for p in items):
        steps.append("isi yang kosong di Acara (Penandatangan, nama acara) atau dalam berkas acara lalu "
                     "'bimtek-desk event load BERKAS.json --pin PIN'")
    return "; ".join(steps)


def draft_notice(event: Any, doc_type: str) -> None:
    from bimtek_desk.documents import drafts

    line = drafts.notice(event, doc_type)
    if line:
        out(f"{line} Selesaikan dengan: {next_steps(event, drafts.pending(event, doc_type))}")
    if doc_type == "sertifikat":
        for warning in drafts.jp_warnings(event):
            out(f"peringatan: JP tidak cocok dengan waktu agenda: {warning}")


def exists_readonly(args: argparse.Namespace) -> bool:
    """Read-only commands open an existing file read-only (and never create one)."""
    path = Path(args.db) if args.db else default_path()
    if not path.exists():
        raise UserError(f"Basis data '{path}' belum ada. Jalankan 'bimtek-desk demo' atau 'bimtek-desk event load'.")
    return True


def disclose(store: Store, event_id: str, args: argparse.Namespace, *, where: str, **detail: Any) -> None:
    """--show-nik: the committee PIN (--pin, else asked on the terminal), audited."""
    from bimtek_desk.committee.actions import disclose_nik

    disclose_nik(store, event_id, ask_pin(args), actor="cli", where=where, **detail)


def ask_pin(args: argparse.Namespace, flag: str = "pin", prompt: str = "PIN panitia: ") -> str | None:
    """A PIN from its option, else asked without echo when a terminal is attached."""
    import getpass

    value = getattr(args, flag, None)
    if value is None and sys.stdin.isatty():
        try:
            value = getpass.getpass(prompt)
        except EOFError:  # Ctrl-D at the prompt: no PIN given
            print(file=sys.stderr)
    return value


def write_pdf(out: str, writer: Callable[[Path], int]) -> int:
    """Write to a temporary file and move it into place, so a failure leaves no half file."""
    from bimtek_desk.system.files import atomic_write

    return atomic_write(Path(out), writer)


def positive(text: str) -> int:
    """argparse type: a whole number of at least 1, said in Indonesian otherwise."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat 1 atau lebih, bukan '{text}'")
    return n


def progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def write_text(path: Path, text: str) -> None:
    from bimtek_desk.system.files import atomic_write

    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def cmd_gui(args: argparse.Namespace) -> int:
    from bimtek_desk.gui.app import run  # Qt is imported only here

    return run(db_path=args.db, event_id=getattr(args, "event", None), lang=getattr(args, "lang", None))
