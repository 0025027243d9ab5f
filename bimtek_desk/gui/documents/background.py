"""The part of a document page that runs one background job at a time: its progress bar,
cancel button and status line, and the buttons that wait while it runs.  Shared by the
certificate/plaque page and the badge page (one home for "start, show progress, cancel,
say it failed, be idle again")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QPushButton

from bimtek_desk.gui.workers import Job, Work, run_job


class BackgroundJobs:
    """Mixed into a QWidget that has ``progress``, ``cancel_button``, ``status`` and ``job``."""

    progress: QProgressBar
    cancel_button: QAbstractButton
    status: QLabel
    job: Job | None
    if TYPE_CHECKING:  # the widget's own (its class is the translation context), as QObject types it
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803

    def _make_job_widgets(self, *, selectable: bool = False) -> None:
        """The progress bar, cancel button and status line, hidden until a job runs
        (``selectable``: the status text can be selected and copied)."""
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        if selectable:
            self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)

    def busy_buttons(self) -> list[QAbstractButton]:
        """The buttons that start a job, disabled while one runs."""
        raise NotImplementedError

    def _start(self, label: str, work: Work, on_done: Callable[..., Any]) -> Job | None:
        if self.job is not None and self.job.running:
            self.status.setText(self.tr("Masih ada pekerjaan berjalan."))
            return None
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        for b in self.busy_buttons():
            b.setEnabled(False)
        self.status.setText(label)
        job = run_job(work, self if isinstance(self, QObject) else None)
        job.setObjectName(label.rstrip("…"))
        job.progress.connect(self._on_progress)
        job.finished.connect(on_done)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._idle)
        job.failed.connect(self._idle)
        self.job = job
        return job

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Gagal: %1").replace("%1", message))

    def _idle(self, *_: object) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        for b in self.busy_buttons():
            b.setEnabled(True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
