"""The Laporan area: the SPJ documents and the Excel export, written in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee.actions import disclose_nik
from bimtek_desk.committee.pin import Purpose
from bimtek_desk.documents import drafts
from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.pin_dialog import ask_pin
from bimtek_desk.gui.sessions import session_box
from bimtek_desk.gui.workers import Job, run_job
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event
from bimtek_desk.system.files import atomic_write


class ReportsPanel(QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None, *,
                 session_id: int | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self.job: Job | None = None
        self.session_box = session_box(store, event.id, session_id)
        self.first_focus = self.session_box
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Kosong, untuk tanda tangan di pintu (semua terdaftar)"), "blank")
        self.mode_box.addItem(self.tr("Yang tercatat hadir, dengan jam check-in"), "attended")
        self.show_nik = QCheckBox(self.tr("NIK lengkap (perlu PIN panitia)"))
        self.attendance_button = QPushButton(self.tr("Daftar hadir (PDF)…"))
        self.transport_button = QPushButton(self.tr("Daftar penerimaan transport (PDF)…"))
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sesi"), self.session_box)
        form.addRow(self.tr("Isi daftar hadir"), self.mode_box)
        form.addRow("", self.show_nik)
        buttons = QHBoxLayout()
        for b in (self.attendance_button, self.transport_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.attendance_button.clicked.connect(lambda: self._ask("daftar-hadir.pdf", "PDF (*.pdf)",
                                                                 self.write_attendance))
        self.transport_button.clicked.connect(lambda: self._ask("transport.pdf", "PDF (*.pdf)", self.write_transport))
        self.export_button.clicked.connect(lambda: self._ask("bimtek.xlsx", "Excel (*.xlsx)", self.write_export))

    def _ask(self, name: str, filter_: str, action: Callable[[Path], object]) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan laporan"), name, filter_)
        if path:
            action(Path(path))

    def _nik_allowed(self) -> bool:
        if not self.show_nik.isChecked():
            return False
        grant = ask_pin(self, self.store, self.ev.id, Purpose.NIK_SHOW)
        if grant is None:
            return False
        disclose_nik(self.store, self.ev.id, grant, actor="panitia", where="Laporan")
        return True

    def _run(self, target: Path, work: Callable[[Store], Any], *, readonly: bool = True) -> Job:
        """The report is written off the UI thread from its own connection to the database
        (read-write only for the transport list, which records a final list's number)."""
        db_path = self.store.path
        self.progress.show()
        self.status.setText(self.tr("Menulis %1…").replace("%1", target.name))

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            try:
                with Store.open(db_path, readonly=readonly) as store:
                    return work(store)
            except OSError as exc:
                raise UserError(f"Tidak dapat menulis '{target}': {exc.strerror or exc}.") from exc

        self.job = run_job(job, self)
        self.job.setObjectName(self.tr("Menulis %1").replace("%1", target.name))
        self.job.finished.connect(lambda result: self._done(target, result))
        self.job.failed.connect(lambda message: self._done(target, None, message))
        return self.job

    def _done(self, target: Path, result: object, error: str | None = None) -> None:
        self.progress.hide()
        if error:
            self.status.setText(self.tr("Gagal: %1").replace("%1", error))
        else:
            self.status.setText(self.tr("Tersimpan: %1 (%2)").replace("%1", str(target)).replace("%2", str(result)))

    def write_attendance(self, target: Path) -> Job:
        from bimtek_desk.reports import attendance

        session_id, mode, show = self.session_box.currentData(), self.mode_box.currentData(), self._nik_allowed()

        def work(store: Store) -> str:
            event = store.events.get(self.ev.id)
            session = store.events.session(event.id, session_id)
            n = atomic_write(target, lambda tmp: attendance.render(store, event, session, tmp, mode=mode,
                                                                   show_nik=show))
            return " — ".join(filter(None, [f"{n} orang", drafts.notice(event, "daftar-hadir")]))

        return self._run(target, work)

    def write_transport(self, target: Path) -> Job:
        from bimtek_desk.idn.terbilang import rupiah
        from bimtek_desk.reports import transport

        session_id = self.session_box.currentData()

        def work(store: Store) -> str:
            event = store.events.get(self.ev.id)
            session = store.events.session(event.id, session_id)
            r = atomic_write(target, lambda tmp: transport.render(store, event, tmp, session=session,
                                                                  actor="panitia"))
            copy = f"SALINAN dari nomor {r.number}" if r.copy else (f"nomor {r.number}" if r.number else "")
            return " — ".join(filter(None, [f"{r.people} orang, {rupiah(r.total)}", copy,
                                            drafts.notice(event, "transport")]))

        return self._run(target, work, readonly=False)

    def write_export(self, target: Path) -> Job:
        from bimtek_desk.reports import excel

        show = self._nik_allowed()

        def work(store: Store) -> str:
            sheets = excel.export(store, store.events.get(self.ev.id), target, show_nik=show)
            return ", ".join(f"{k}: {v}" for k, v in sheets.items())

        return self._run(target, work)
