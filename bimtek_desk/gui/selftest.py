"""`bimtek-desk selftest`: is this installation complete and working?

Runs end to end in a temporary database (never the user's): the bundled files,
the fonts, Qt's platform plugin, the demo event, one check-in, a certificate whose
QR is read back with zxing-cpp and verified, the PDF opened with QtPdf, Qt's print
support, the multimedia backend (a missing camera is a note, not a failure) and
QtCharts.  One line per check, ``OK``, ``CATATAN`` or ``GAGAL`` with the reason in
Indonesian, then a summary line; exit status 0 only if nothing failed.  The
committee runs it after installing; support asks for its output.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from bimtek_desk import __version__
from bimtek_desk.errors import UserError

OK, NOTE, FAILED, SKIPPED = "OK", "CATATAN", "GAGAL", "LEWAT"


class Failed(Exception):
    """The check failed; the message says why, in Indonesian."""


class Note(Exception):
    """Not a failure, but worth telling (no camera, no printer yet)."""


class Skipped(Exception):
    """Cannot be checked because a check it needs failed."""


@dataclass
class Context:
    folder: Path
    values: dict[str, Any] = field(default_factory=dict)

    def need(self, key: str, check: str) -> Any:
        if key not in self.values:
            raise Skipped(f"tidak dapat diperiksa karena pemeriksaan '{check}' gagal")
        return self.values[key]


Check = Callable[[Context], str]


# -- the checks --------------------------------------------------------------------


def check_files(ctx: Context) -> str:
    from bimtek_desk.render import fonts
    from bimtek_desk.system.resources import resource_dir

    root = resource_dir()
    wanted = sorted({f"fonts/{f}" for files in fonts.FAMILIES.values() for f in files})
    wanted += ["layouts/sertifikat.json", "layouts/piagam.json", "i18n/bimtek_desk_en.qm", "i18n/qt_id.qm",
               "demo/event.json", "demo/roster_psm_175.xlsx"]
    missing = [w for w in wanted if not (root / w).is_file()]
    for package, name in (("bimtek_desk.store", "eventfile.schema.json"),
                          ("bimtek_desk.documents", "layout.schema.json"), ("bimtek_desk.store", "schema.sql")):
        if not resources.files(package).joinpath(name).is_file():
            missing.append(f"{package.replace('.', '/')}/{name}")
    if missing:
        raise Failed(f"berkas {', '.join(missing)} tidak ada (di {root}); pasang ulang bimtek-desk")
    return f"{len(wanted) + 3} berkas bawaan ada ({root})"


def check_fonts(ctx: Context) -> str:
    from bimtek_desk.errors import UserError
    from bimtek_desk.render import fonts

    try:
        fonts.register()
    except UserError as exc:
        raise Failed(str(exc)) from exc
    return f"{len(fonts.FAMILIES)} keluarga huruf dimuat ({', '.join(fonts.FAMILIES)})"


def check_qt_platform(ctx: Context) -> str:
    import os

    from bimtek_desk.system import qtplugins

    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen (a server, CI): check the rest without one
    names = qtplugins.platform_names()
    found = [p for name in names for p in qtplugins.find("platforms", name)]
    if not found:
        dirs = ", ".join(str(d / "platforms") for d in qtplugins.plugin_dirs())
        raise Failed(f"plugin platform Qt '{' atau '.join(names)}' tidak ada (dicari di {dirs}); "
                     "jendela tidak dapat dibuka, pasang ulang bimtek-desk")
    from PySide6.QtWidgets import QApplication

    if not QApplication.instance():
        from bimtek_desk.system import qtprobe

        verdict = qtprobe.diagnose()  # in a child process: a plugin that cannot load aborts the process
        if not verdict.ok:
            raise Failed(verdict.message)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bimtek-desk"])
    ctx.values["app"] = app
    return f"platform '{QApplication.platformName()}' ({found[0].name})"


def check_translations(ctx: Context) -> str:
    from PySide6.QtCore import QTranslator

    from bimtek_desk.system.resources import resource

    ctx.need("app", "platform Qt")
    for name in ("bimtek_desk_en.qm", "qt_id.qm"):
        if not QTranslator().load(str(resource("i18n", name))):
            raise Failed(f"terjemahan {name} tidak dapat dimuat")
    return "Bahasa Indonesia dan English"


def _final_logo() -> bytes:
    """A plain PNG standing in for the office's emblem (the demo's is a placeholder)."""
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", (120, 144), "white")
    ImageDraw.Draw(im).ellipse((10, 10, 110, 134), fill="#1E3A8A")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def check_database(ctx: Context) -> str:
    from bimtek_desk.documents import drafts
    from bimtek_desk.events.demo import DEMO_PIN, load_demo
    from bimtek_desk.render import images
    from bimtek_desk.store import Store

    path = ctx.folder / "selftest.sqlite3"
    with Store.open(path) as store:
        event, _ = load_demo(store)
        count = store.registrations.count(event.id)
        # The demo's examples are confirmed and a logo chosen in this temporary copy, so
        # that the certificate below is final: numbered and signed, as a real one is.
        ref = store.events.put_image(images.check(_final_logo(), "lambang.png"))
        event = store.events.update_settings(event.id, {"logo": ref})
        if drafts.unconfirmed(event):
            drafts.confirm(store, event, None, pin=DEMO_PIN, actor="selftest")
    if count == 0:
        raise Failed("acara demo dimuat tanpa peserta")
    ctx.values["db"], ctx.values["event_id"] = path, event.id
    return f"basis data sementara, acara demo dengan {count} peserta"


def check_checkin(ctx: Context) -> str:
    from bimtek_desk.desk.checkin import Desk, Outcome, event_day_clock
    from bimtek_desk.store import Store

    path, event_id = ctx.need("db", "basis data"), ctx.need("event_id", "basis data")
    with Store.open(path) as store:
        event = store.events.get(event_id)
        reg = store.registrations.for_event(event_id)[0]
        sessions = [s for s in store.events.sessions(event_id) if s.counts_for_certificate]
        clock = event_day_clock(event)  # today need not be the demo's day
        for s in sessions:
            result = Desk(store, event, session=s.key, desk="selftest", operator="selftest", now=clock).check_in(reg.id)
            if result.outcome is not Outcome.CHECKED_IN:
                raise Failed(f"check-in sesi {s.key} ditolak: {result.message}")
    with Store.open(path, readonly=True) as store:  # it is on disk, not only in memory
        present = [store.checkins.present_count(s.id) for s in sessions]
    if present != [1] * len(sessions):
        raise Failed("check-in tidak tersimpan di disk")
    ctx.values["code"] = reg.badge_code
    return f"{reg.person.name} hadir di {len(sessions)} sesi, tersimpan di disk"


def check_certificate(ctx: Context) -> str:
    from bimtek_desk.documents import issue
    from bimtek_desk.store import Store

    path, event_id, code = ctx.need("db", "basis data"), ctx.need("event_id", "basis data"), \
        ctx.need("code", "check-in")
    pdf = ctx.folder / "sertifikat.pdf"
    with Store.open(path) as store:
        event = store.events.get(event_id)
        layout = issue.load_layout(event, "sertifikat")
        jobs, refused = issue.certificate_jobs(store, event, codes_in=[code], layout=layout)
        if not jobs:
            raise Failed(f"peserta tidak memenuhi syarat sertifikat: {refused[0].reason if refused else '?'}")
        issue.write(store, event, "sertifikat", jobs, out=pdf, layout=layout)
    ctx.values["pdf"] = pdf
    return f"sertifikat {jobs[0].document.number} digambar dengan huruf bawaan ({pdf.stat().st_size // 1024} KB)"


def check_qtpdf(ctx: Context) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    pdf = ctx.need("pdf", "sertifikat")
    ctx.need("app", "platform Qt")
    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        raise Failed(f"QtPdf tidak dapat membuka {pdf.name}")
    images = []
    for page in range(doc.pageCount()):
        size = doc.pagePointSize(page)
        images.append(doc.render(page, QSize(int(size.width() * 2), int(size.height() * 2))))  # 144 dpi
    if not images or any(i.isNull() for i in images):
        raise Failed("QtPdf tidak dapat menggambar halaman sertifikat")
    ctx.values["pages"] = images
    return f"{doc.pageCount()} halaman dibuka dan digambar"


def check_qr(ctx: Context) -> str:
    from bimtek_desk.desk.verify import verify_text
    from bimtek_desk.gui.desk.camera import decode_image
    from bimtek_desk.store import Store

    texts = [t for image in ctx.need("pages", "QtPdf") for t in decode_image(image)]
    if not texts:
        raise Failed("QR sertifikat tidak terbaca oleh zxing-cpp")
    with Store.open(ctx.need("db", "basis data"), readonly=True) as store:
        result = verify_text(store, texts[0])
    if not result.genuine:
        raise Failed(f"QR terbaca tetapi tidak terverifikasi: {result.message}")
    return "QR terbaca (zxing-cpp) dan terverifikasi ASLI"


def check_printing(ctx: Context) -> str:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from bimtek_desk.system import qtplugins

    ctx.need("app", "platform Qt")
    if sys.platform.startswith("linux") and not qtplugins.find("printsupport", "cupsprintersupport"):
        raise Failed("plugin cetak Qt (cupsprintersupport) tidak ada; pasang ulang bimtek-desk")
    QPrinter(QPrinter.PrinterMode.HighResolution)
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        raise Note("dukungan cetak Qt dimuat; belum ada printer terpasang")
    default = QPrinterInfo.defaultPrinterName() or "(tidak ada)"
    return f"{len(names)} printer, bawaan: {default}"


def check_multimedia(ctx: Context) -> str:
    from bimtek_desk.system import qtplugins
    from bimtek_desk.system.multimedia import camera_support

    ctx.need("app", "platform Qt")
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.*=false")  # optional codecs it does not find: noise here
    support = camera_support()
    if not support.available:
        raise Note(support.reason)
    backends = [p.name for p in qtplugins.find("multimedia")]
    if not backends:
        raise Note("backend multimedia Qt tidak ada: kamera dan suara meja tidak bisa dipakai; "
                   "pemindai dan pencarian tetap bisa")
    from PySide6.QtMultimedia import QMediaDevices

    cameras = QMediaDevices.videoInputs()
    if not cameras:
        raise Note(f"backend {', '.join(backends)} dimuat; tidak ada kamera (pemindai dan pencarian tetap bisa)")
    return f"backend {', '.join(backends)}, kamera: {cameras[0].description()}"


def check_charts(ctx: Context) -> str:
    from PySide6.QtCharts import QChart, QChartView, QLineSeries

    ctx.need("app", "platform Qt")
    series = QLineSeries()
    series.append(0, 0)
    series.append(1, 175)
    chart = QChart()
    chart.addSeries(series)
    QChartView(chart).deleteLater()
    return "grafik statistik dapat dibuat"


def check_sync(ctx: Context) -> str:
    """The sync engine (apsw, SQLite's session extension) in its own process, as the
    desks use it: this laptop's bundle of the temporary demo."""
    from bimtek_desk.store import Store
    from bimtek_desk.sync import core

    path, event_id = ctx.need("db", "basis data"), ctx.need("event_id", "basis data")
    out = ctx.folder / "bundel.bdsync"
    with Store.open(path) as store:
        core.export_bundle(store, event_id, out)
    if not out.is_file() or out.stat().st_size == 0:
        raise Failed("bundel sinkron tidak tertulis")
    return f"bundel laptop ini ditulis oleh proses sinkron ({out.stat().st_size // 1024} KB)"


CHECKS: list[tuple[str, Check]] = [
    ("berkas bawaan", check_files),
    ("huruf", check_fonts),
    ("platform Qt", check_qt_platform),
    ("terjemahan", check_translations),
    ("basis data", check_database),
    ("check-in", check_checkin),
    ("sertifikat", check_certificate),
    ("QtPdf", check_qtpdf),
    ("QR sertifikat", check_qr),
    ("sinkron antar-laptop", check_sync),
    ("cetak", check_printing),
    ("kamera/multimedia", check_multimedia),
    ("QtCharts", check_charts),
]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run(out: Callable[[str], None] = print, checks: list[tuple[str, Check]] | None = None) -> int:
    """Run every check, write one line each and a summary; 0 if nothing failed."""
    t0 = time.perf_counter()
    out(f"bimtek-desk {__version__} — pemeriksaan instalasi (Python {sys.version.split()[0]}, {sys.platform})")
    failed: list[str] = []
    skipped = 0
    with tempfile.TemporaryDirectory(prefix="bimtek-desk-selftest-") as tmp:
        ctx = Context(Path(tmp))
        for name, check in checks if checks is not None else CHECKS:
            try:
                status, detail = OK, check(ctx)
            except Note as note:
                status, detail = NOTE, str(note)
            except Skipped as exc:
                status, detail = SKIPPED, str(exc)
            except (Failed, UserError) as exc:
                status, detail = FAILED, str(exc)
            except Exception as exc:  # noqa: BLE001  # a damaged install fails in ways nobody listed: one line, no traceback
                status, detail = FAILED, f"{type(exc).__name__}: {exc}"
            if status == FAILED:
                failed.append(name)
            skipped += status == SKIPPED
            out(f"{status:<8} {name}: {_one_line(detail)}")
        ctx.values.clear()  # close what the checks opened before the folder goes (Windows)
    seconds = time.perf_counter() - t0
    if failed or skipped:
        rest = f"; {skipped} pemeriksaan dilewati" if skipped else ""
        out(f"GAGAL: bagian yang rusak: {', '.join(failed)}{rest} ({seconds:.1f} s). "
            "Ikuti petunjuk di baris GAGAL (pasang ulang bimtek-desk, atau paket sistem yang disebut), "
            "atau kirim keluaran ini ke bagian dukungan.")
        return 1
    out(f"Semua pemeriksaan lulus dalam {seconds:.1f} s.")
    return 0
