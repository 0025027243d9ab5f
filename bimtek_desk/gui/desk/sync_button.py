""""Sinkron": the folder mode of issue #17 in the desk window.

Writes this laptop's bundle to a chosen folder (USB stick or shared folder) and
merges every bundle found there, in the background; the desk keeps scanning.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.errors import UserError
from bimtek_desk.gui.change_watch import ChangeWatch
from bimtek_desk.gui.workers import Job, run_job
from bimtek_desk.idn.dates import stamp
from bimtek_desk.sync.status import STALE_AFTER_S, peers_file

if TYPE_CHECKING:
    from bimtek_desk.sync import core


class SyncButton(QPushButton):
    """Signals:
        failed(str): why sync did not run or what was refused, for the desk's banner.
        merged(): bundles were merged (counts may refresh).

    ``status`` is a label with the last summary, for the desk to place next to it;
    ``network`` lists the laptops a running ``sync serve`` sees (empty otherwise).
    """

    failed = Signal(str)
    merged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sinkron…"), parent)
        self.desk = desk
        self.job: Job | None = None
        self.status = QLabel()
        self.network = QLabel()
        self._problems: list[str] = []  # refusals in network mode, already shown
        # what `sync serve` sees, shown when its status file is rewritten or goes stale
        ChangeWatch.of(desk.store).network_changed.connect(self.show_network)
        self.show_network()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Tulis bundel laptop ini ke folder (flashdisk/folder bersama) dan gabungkan "
                                "bundel laptop lain di sana"))
        self.clicked.connect(self.choose_and_run)

    def choose_and_run(self) -> None:
        settings = QSettings("bimtek-desk", "bimtek-desk")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder sinkron"), str(settings.value("sync/folder",
                                                                                                     "")))
        if folder:
            settings.setValue("sync/folder", folder)
            self.run(folder)

    def run(self, folder: str) -> Job | None:
        if self.job is not None and self.job.running:
            return self.job
        from bimtek_desk.sync import core  # a sync is rare: not imported at start

        try:
            plan = core.folder_job(self.desk.store, self.desk.event.id, folder)
        except UserError as exc:
            self.failed.emit(str(exc))
            return None
        self.setEnabled(False)
        self.setText(self.tr("Sinkron berjalan…"))
        self.job = run_job(lambda progress, cancelled: core.run_folder(plan), self)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        return self.job

    def _reset(self) -> None:
        self.setEnabled(True)
        self.setText(self.tr("Sinkron…"))

    def _finished(self, result: core.FolderResult) -> None:
        self._reset()
        text = (self.tr("Sinkron selesai: %1 bundel digabung, %2 check-in baru.")
                .replace("%1", str(result.merged)).replace("%2", str(result.new_checkins)))
        self.status.setText(text)
        self.merged.emit()
        if result.refused:
            self.failed.emit(self.tr("Sinkron: bundel ditolak: %1").replace(
                "%1", "; ".join(r["message"] for r in result.refused)))

    def _failed(self, message: str) -> None:
        self._reset()
        self.status.setText(self.tr("Sinkron gagal."))
        self.failed.emit(message)

    def show_network(self) -> None:
        """The laptops the network mode sees and when each last merged (from its status file)."""
        path = peers_file(self.desk.store.path)
        try:
            if time.time() - path.stat().st_mtime > STALE_AFTER_S:  # no sync serve running
                self.network.clear()
                return
            peers = json.loads(path.read_text(encoding="utf-8"))["peers"]
        except (OSError, ValueError, KeyError):
            self.network.clear()
            return
        parts: list[str] = []
        problems: list[str] = []
        for p in peers:
            name = self.tr("Panitia") if p.get("slot") == 0 else self.tr("Meja %1").replace("%1", str(p.get("slot")))
            if p.get("slot") is None:
                name = p["peer"]
            when = stamp(p.get("last_merged_at"), "time") or "–"
            refused = p.get("message") and "dicoba lagi" not in p["message"]  # a busy moment is not a refusal
            mark = "⚠" if refused or p.get("clock") else "✓" if p.get("reachable") else "✗"
            parts.append(f"{name} {mark} {when}")
            if refused:
                problems.append(f"{name}: {p['message']}")
            if p.get("clock"):  # a wrong clock becomes the record: a standing warning (issue #24)
                problems.append(f"{name}: {p['clock']}")
        text = " · ".join(parts) or self.tr("belum ada laptop lain")
        self.network.setText(self.tr("Jaringan: %1").replace("%1", text))
        self.network.setToolTip("\n".join(problems))
        if problems and problems != self._problems:  # a refused bundle does not look like a healthy desk
            self.failed.emit(self.tr("Sinkron: bundel ditolak: %1").replace("%1", "; ".join(problems)))
        self._problems = problems
