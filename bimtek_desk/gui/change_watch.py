"""One change signal per open database: the header, the desk, the statistics and the
reports listen to ``changed`` instead of each recounting attendance on a timer of its own,
and the desk's network line listens to ``network_changed``.

The watcher reads :meth:`Database.data_version` (one PRAGMA, no table) twice a second and
emits ``changed`` only when it moved: a check-in made by another desk process, a merge
from another laptop, or this window's own commit.  In the same tick it looks at the
status file ``sync serve`` rewrites every round (one ``stat``) and emits
``network_changed`` when it was rewritten, or when it went stale because the serve
stopped.  An idle window therefore asks the database and the disk nothing but that.
"""

from __future__ import annotations

import time
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from bimtek_desk.store import Store, StoreError
from bimtek_desk.sync.status import STALE_AFTER_S, peers_file

INTERVAL_MS = 500


class ChangeWatch(QObject):
    changed = Signal()
    network_changed = Signal()

    _by_store: weakref.WeakKeyDictionary[Store, ChangeWatch] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, store: Store) -> ChangeWatch:
        """The one watcher of this store (made at the first ask)."""
        watch = cls._by_store.get(store)
        if watch is None:
            watch = cls._by_store[store] = cls(store)
        return watch

    def __init__(self, store: Store) -> None:
        super().__init__(QCoreApplication.instance())
        self._store = weakref.ref(store)
        self._last = self._version()
        self._peers = peers_file(store.path) if store.path != ":memory:" else None
        self._last_network = self._network()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _version(self) -> tuple[int, int] | None:
        store = self._store()
        if store is None:
            return None
        try:
            return store.db.data_version()
        except (StoreError, AttributeError):  # closed, or gone from under us
            return None

    def _network(self) -> tuple[int, bool] | None:
        """The status file's modification time and whether it is stale; None without one."""
        if self._peers is None:
            return None
        try:
            mtime = self._peers.stat().st_mtime
        except OSError:
            return None
        return int(mtime * 1000), time.time() - mtime > STALE_AFTER_S

    def check(self) -> bool:
        """Look now (the timer does this twice a second); True when the database changed."""
        network = self._network()
        if network != self._last_network:
            self._last_network = network
            self.network_changed.emit()
        version = self._version()
        if version is None:
            if self._store() is None:
                self._timer.stop()
            return False
        if version == self._last:
            return False
        self._last = version
        self.changed.emit()
        return True
