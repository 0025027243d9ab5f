"""The ``bimtek-desk`` parser (one module per command group adds its commands), the
window and the selftest, and :func:`main`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bimtek_desk import __version__
from bimtek_desk.cli import committee, desk, documents, events, reports, roster
from bimtek_desk.cli import sync as sync_cli
from bimtek_desk.cli.common import Parser, argparse_language, cmd_gui, out
from bimtek_desk.errors import UserError
from bimtek_desk.store import default_path


def cmd_selftest(args: argparse.Namespace) -> int:
    from bimtek_desk.gui import selftest

    return selftest.run(out)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="bimtek-desk", description="Meja registrasi dan sertifikat Bimtek.")
    p.add_argument("--db", metavar="PATH", help=f"berkas basis data (bawaan: {default_path()})")
    p.add_argument("--version", action="version", version=f"bimtek-desk {__version__}",
                   help=argparse._("show program's version number and exit"))  # type: ignore[attr-defined]
    p.add_argument("--event", help=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["id", "en"],
                   help="bahasa jendela dan teks bantuan baris perintah: id (bawaan) atau en")
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(title="perintah", metavar="PERINTAH", parser_class=Parser)

    events.add_parsers(sub, Parser)
    roster.add_parsers(sub, Parser)
    desk.add_parsers(sub, Parser)
    documents.add_parsers(sub, Parser)
    reports.add_parsers(sub, Parser)
    committee.add_parsers(sub, Parser)

    st = sub.add_parser("selftest", help="periksa instalasi ini (basis data sementara, bukan milik Anda)")
    st.set_defaults(func=cmd_selftest)

    sync_cli.add_parser(sub, Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    hidden = list(sys.argv[1:] if argv is None else argv)[:1]  # a frozen app has no "python -m"
    if hidden == ["_sync-worker"]:
        from bimtek_desk.sync import worker

        return worker.main()
    if hidden == ["_qt-probe"]:
        from bimtek_desk.system import qtprobe

        return qtprobe.child_main()
    from bimtek_desk.integrity.files import private_umask

    argparse_language(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with private_umask():  # NIKs inside: what the program creates is the user's alone
            return int(args.func(args))
    except UserError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dibatalkan", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
