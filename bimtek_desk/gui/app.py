"""Start the Qt application: open the store, pick the event, show the window."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bimtek_desk import __version__
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event
from bimtek_desk.system.resources import resource

if TYPE_CHECKING:
    from bimtek_desk.desk.checkin import Desk
    from bimtek_desk.gui.main_window import MainWindow
    from bimtek_desk.gui.scanner_filter import ScannerFilter


def _fail(message: str) -> int:
    print(f"galat: {message}", file=sys.stderr)
    QMessageBox.critical(None, "bimtek-desk", message)
    return 1


def application() -> QApplication:
    """The process's QApplication, made on first use (a test's pytest-qt has made it already)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):  # a QCoreApplication made by someone else: no window can open
        raise RuntimeError("a QCoreApplication exists; bimtek-desk needs a QApplication")
    return app


def install_translation(app: QApplication, lang: str | None) -> QTranslator | None:
    """Bahasa Indonesia is the source language; English comes from a .qm file.

    Numbers and dates in the widgets follow the language: Rp 150.000 and
    November in Indonesian, whatever the laptop's own locale is."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if lang == "en"
                       else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    translator = QTranslator(app)
    # Qt has no Indonesian for its own buttons and menus (OK/Batal, Salin/Tempel):
    # a small catalogue of ours; the app's strings are Indonesian in the source.
    if translator.load(str(resource("i18n", "bimtek_desk_en.qm" if lang == "en" else "qt_id.qm"))):
        app.installTranslator(translator)
        return translator
    return None


# Set in the environment, the app quits as soon as its first window is shown (the main
# window, or the first-start dialog that comes before it) and prints
# "jendela tampil <epoch seconds> <window class>" (also into the file the variable names,
# when it is not "1": Windows' windowed exe has no stdout): the start-up tests (started as a
# shortcut starts it), the wheel test, the frozen build's check and the cold-start bench
# (bench/bench_frozen.py) use it.
SHOWN_AND_QUIT_ENV = "BIMTEK_DESK_QUIT_WHEN_SHOWN"


class _QuitWhenShown(QObject):
    """Application-wide filter: each top-level window shown is printed and ends its run.
    ``QApplication.exit`` leaves every event loop, so a first-start dialog returns as if
    cancelled and the start goes on to the next window, which ends the program."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            line = f"jendela tampil {time.time():.3f} {type(watched).__name__}"
            print(line, flush=True)  # nowhere, in Windows' windowed exe: the variable may name a file too
            target = os.environ.get(SHOWN_AND_QUIT_ENV, "1")
            if target != "1":
                with open(target, "a", encoding="utf-8") as f:
                    f.write(line + "\n")
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def settle() -> None:
    """After start-up: move the long-lived objects (roster, indexes, widgets) out of the
    garbage collector's sight, so that no collection pause lands on a scan.  Only the
    young generations are collected first: a full collection here found nothing to free
    (41,000 objects, none unreachable, on the demo) and took 30-40 ms of the start."""
    gc.collect(1)
    gc.freeze()


def _start_backups(app: QApplication, store: Store) -> None:
    """A copy now and every five minutes; a failing copy is reported, never fatal."""
    from bimtek_desk.store import backups

    def copy(reason: str) -> None:
        try:
            backups.take(store, reason)
        except (UserError, OSError) as exc:
            print(f"peringatan: cadangan gagal: {exc}", file=sys.stderr)

    copy("mulai")
    timer = QTimer(app)
    timer.setInterval(5 * 60 * 1000)
    timer.timeout.connect(lambda: copy("otomatis"))
    timer.start()


def _open_or_restore(db_path: str | None) -> Store | None:
    """Open the database; when it is damaged, empty or not ours, offer its backups."""
    from bimtek_desk.store import StoreError, backups, default_path

    path = Path(db_path) if db_path else default_path()
    for _attempt in range(3):
        try:
            store = Store.open(path)
        except StoreError as exc:
            if exc.kind not in ("corrupt", "empty", "notadb", "io"):
                raise
            problem = str(exc)
        else:
            problem = backups.check(store)
            if problem == "ok":
                return store
            store.close()
            problem = f"Berkas basis data rusak ({problem}). Pulihkan dari cadangan."
        print(f"galat: {problem}", file=sys.stderr)
        # imported only for a damaged database, not at every start
        from bimtek_desk.gui.restore_dialog import RestoreDialog

        if not RestoreDialog(path, problem).exec():
            return None
    return Store.open(path)


class Windows:
    """The app's one main window, replaced by another event's when the committee
    opens one (the new window is up before the old one closes)."""

    def __init__(self, store: Store, scanner: ScannerFilter | None, *, desk_name: str = "Meja 1",
                 operator: str = "relawan", desk_mode: bool = False, sound: bool = True,
                 fullscreen: bool = False) -> None:
        self.store, self.scanner = store, scanner
        self.desk_name, self.operator = desk_name, operator
        self.desk_mode, self.sound, self.fullscreen = desk_mode, sound, fullscreen
        self.current: MainWindow | None = None

    def show(self, event: Event, desk: Desk | None = None) -> MainWindow:
        from bimtek_desk.desk.checkin import Desk
        from bimtek_desk.gui.main_window import MainWindow

        old = self.current
        if isinstance(old, MainWindow) and not old.ready_to_close(can_wait=False):
            return old  # unsaved edits kept, or a job still running: stay on this event

        desk = desk or Desk(self.store, event, desk=self.desk_name, operator=self.operator)
        window = MainWindow(self.store, event, desk=desk, desk_mode=self.desk_mode, sound=self.sound,
                            scanner=self.scanner)
        window.open_event.connect(self.open)
        app = QApplication.instance()
        screen = app.primaryScreen() if isinstance(app, QApplication) else None
        if screen is not None:  # also without a window manager (a kiosk laptop, Xvfb)
            window.setGeometry(screen.availableGeometry())
        if self.fullscreen:
            window.showFullScreen()
        else:
            window.showMaximized()
        self.current = window
        if old is not None:
            old.ask_before_closing = False
            old.close()
            old.deleteLater()
        return window

    def open(self, event_id: str) -> None:
        try:
            self.show(self.store.events.get(event_id))
        except UserError as exc:
            QMessageBox.warning(self.current, "bimtek-desk", str(exc))


def event_for_today(events: list[Event], today: dt.date | None = None) -> Event:
    """The event to open without being told: the one running today, else the next to
    come, else the latest (``events`` is not empty)."""
    today = today or dt.date.today()
    running = [e for e in events if e.date_start <= today <= e.date_end]
    if running:
        return max(running, key=lambda e: e.date_start)
    coming = [e for e in events if e.date_start > today]
    if coming:
        return min(coming, key=lambda e: e.date_start)
    return max(events, key=lambda e: e.date_end)


def run(db_path: str | None = None, event_id: str | None = None, *, desk_mode: bool = False,
        session: str | None = None, desk_name: str | None = None, operator: str = "relawan",
        fullscreen: bool = False, lang: str | None = None, sound: bool = True) -> int:
    if not QApplication.instance():
        from bimtek_desk.system import qtprobe

        verdict = qtprobe.before_window()  # Qt aborts the process when it cannot open its platform
        if not verdict.ok:
            print(f"GAGAL    platform Qt: {verdict.message}", file=sys.stderr)
            return 1
    app = application()
    app.setApplicationName("bimtek-desk")
    app.setApplicationVersion(__version__)
    install_translation(app, lang)
    from bimtek_desk.gui.focus import keep_focus
    from bimtek_desk.gui.scanner_filter import ScannerFilter

    keeper = keep_focus(app)  # before the first dialog: a kiosk laptop without a window manager
    scanner = ScannerFilter(app)  # also before it: a badge scanned into the desk-name dialog is no name
    app.installEventFilter(scanner)
    if os.environ.get(SHOWN_AND_QUIT_ENV):
        app.installEventFilter(_QuitWhenShown(app))
    try:
        return _run(app, scanner, db_path, event_id, desk_mode=desk_mode, session=session, desk_name=desk_name,
                    operator=operator, fullscreen=fullscreen, sound=sound)
    finally:
        app.removeEventFilter(scanner)
        app.removeEventFilter(keeper)


def _run(app: QApplication, scanner: ScannerFilter, db_path: str | None, event_id: str | None, *,
         desk_mode: bool, session: str | None, desk_name: str | None, operator: str, fullscreen: bool,
         sound: bool) -> int:
    from bimtek_desk.desk.checkin import Desk

    try:
        store = _open_or_restore(db_path)
        if store is None:
            return 1
        events = store.events.all()
        if not events:
            from bimtek_desk.gui.event.new_dialog import StartDialog

            start = StartDialog(store)
            if not start.exec() or start.chosen is None:
                store.close()
                return 0
            events = [start.chosen]
        event = store.events.get(event_id) if event_id else event_for_today(events)
        if desk_name is None:  # this laptop's own name, asked at its first start
            from bimtek_desk.gui.desk.desk_name import laptop_desk_name

            desk_name = laptop_desk_name()
        desk = Desk(store, event, desk=desk_name, operator=operator, session=session)
    except UserError as exc:
        return _fail(str(exc))

    _start_backups(app, store)
    windows = Windows(store, scanner, desk_name=desk_name, operator=operator, desk_mode=desk_mode, sound=sound,
                      fullscreen=fullscreen)
    windows.show(event, desk)
    settle()
    try:
        return app.exec()
    finally:
        store.close()
