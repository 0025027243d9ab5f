"""Start the Qt application: open the store, pick the event, show the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from bimtek_desk import __version__
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store


def _fail(message: str) -> int:
    QMessageBox.critical(None, "bimtek-desk", message)
    print(f"galat: {message}", file=sys.stderr)
    return 1


def run(db_path: str | None = None, event_id: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bimtek-desk")
    app.setApplicationVersion(__version__)
    try:
        store = Store.open(db_path)
        events = store.events.list()
        if not events:
            return _fail("Belum ada acara di basis data ini. Jalankan 'bimtek-desk demo' atau "
                         "'bimtek-desk event load BERKAS'.")
        event = store.events.get(event_id) if event_id else events[0]
    except UserError as exc:
        return _fail(str(exc))

    from bimtek_desk.gui.main_window import MainWindow

    window = MainWindow(store, event)
    window.resize(1280, 720)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
