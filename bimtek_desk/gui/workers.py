"""Long work off the UI thread (the Picard/Anki pattern).

``run_job(fn, ...)`` runs ``fn(progress, cancelled)`` on a QThreadPool worker;
progress, result and failure come back as signals handled on the UI thread.
``fn`` must not touch widgets or the store's connection: give it plain data.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from bimtek_desk.errors import UserError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """Signals:
        progress(int, int): done, total.
        finished(object): the function's result.
        failed(str): a message for the user (Indonesian).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    def describe(self) -> str:
        """What it is doing, for 'still running' questions."""
        return self.objectName() or "pekerjaan"

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def _tell(job: Job, signal: Any, *args: object) -> None:
    """Emit ``signal``; should the job's Qt side be gone all the same (a caller deleted
    it), nobody is left to tell and the work is asked to stop."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        job._cancel.set()


class _Runner(QRunnable):
    def __init__(self, job: Job, work: Work) -> None:
        super().__init__()
        self.job, self.work = job, work

    def run(self) -> None:
        job = self.job
        # ``running`` is cleared before the last signal, so a window that waits for
        # ``finished``/``failed`` to close finds the job idle and the worker done with it.
        try:
            result = self.work(lambda done, total: _tell(job, job.progress, done, total), job._cancel.is_set)
        except UserError as exc:
            job.running = False
            _tell(job, job.failed, str(exc))
        except Exception as exc:  # noqa: BLE001  # a bug: still report it instead of dying silently
            traceback.print_exc()
            job.running = False
            _tell(job, job.failed, f"Galat tak terduga: {type(exc).__name__}: {exc}")
        else:
            job.running = False
            _tell(job, job.finished, result)


def run_job(work: Work, parent: QObject | None = None, pool: QThreadPool | None = None, *,
            finished: Callable[[Any], None] | None = None, failed: Callable[[str], None] | None = None) -> Job:
    """Start ``work`` once control returns to the event loop, so that the caller has
    connected to the job's signals first (a job that fails at once — an unwritable
    target — would otherwise report to nobody); ``finished``/``failed`` are connected
    here for callers that prefer to pass them."""
    # The job belongs to Python (the runner and the caller), never to the widget: a dialog
    # closed while the worker emits must not delete the job under the worker.  Its
    # owner's end asks the work to stop.
    job = Job()
    if parent is not None:
        parent.destroyed.connect(job.cancel)
    if finished is not None:
        job.finished.connect(finished)
    if failed is not None:
        job.failed.connect(failed)
    job.running = True
    runner = _Runner(job, work)
    QTimer.singleShot(0, job, lambda: (pool or QThreadPool.globalInstance()).start(runner))
    return job
