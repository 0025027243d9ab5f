"""Badges in the Dokumen area: layout (A4 8-up, A6, CR80), whom (everyone, those
not yet made, those chosen in the list), a preview of the first sheet, save as
PDF and print, in the background with progress and cancel (as the certificates).

The core decides whom and logs what was made (:mod:`bimtek_desk.documents.badge_sheets`);
this page only wires it to the widgets.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.documents import badge_sheets, badges
from bimtek_desk.documents.badge_sheets import Who
from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.documents.background import BackgroundJobs
from bimtek_desk.gui.documents.printing import PrintResult, make_printer, print_documents
from bimtek_desk.gui.workers import Job
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event, Registration
from bimtek_desk.system.files import atomic_write

LAYOUTS = (("a4-8", "A4, 8 badge per lembar (garis potong)"), ("a6", "A6, satu badge per lembar"),
           ("cr80", "Kartu CR80 (ukuran KTP)"))
WHO = ((Who.ALL, "Semua peserta"), (Who.UNPRINTED, "Yang belum pernah dibuat"),
       (Who.CHOSEN, "Yang dipilih di daftar"))
LIST_LIMIT = 2000  # the list shows this many matches; type a name or kelurahan to narrow it


def page_size(layout: str) -> QPageSize:
    """The paper of a badge layout, for the printer (points as ReportLab draws them)."""
    width, height = badges.LAYOUTS[layout].page
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, layout.upper(), QPageSize.SizeMatchPolicy.FuzzyMatch)


class BadgesPage(BackgroundJobs, QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self.job: Job | None = None
        self.last_file: Path | None = None

        self.layout_box = QComboBox()
        layout_names = {"a4-8": self.tr("A4, 8 badge per lembar (garis potong)"),
                        "a6": self.tr("A6, satu badge per lembar"), "cr80": self.tr("Kartu CR80 (ukuran KTP)")}
        for key, _label in LAYOUTS:
            self.layout_box.addItem(layout_names[key], key)
        self.who_box = QComboBox()
        who_names = {Who.ALL: self.tr("Semua peserta"), Who.UNPRINTED: self.tr("Yang belum pernah dibuat"),
                     Who.CHOSEN: self.tr("Yang dipilih di daftar")}
        for who, _label in WHO:
            self.who_box.addItem(who_names[who], who.value)
        self.filter = QLineEdit(placeholderText=self.tr("Saring daftar: nama atau kelurahan…"))
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setToolTip(self.tr("Pilih beberapa orang (Shift/Ctrl, atau Ctrl+A untuk semua yang tampil), "
                                       "lalu «Yang dipilih di daftar»"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_doc = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.preview_doc)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._preview_buffer: QBuffer | None = None
        self.save_button = QPushButton(self.tr("Simpan badge ke PDF…  (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("Cetak badge…  (Ctrl+P)"))
        self._make_job_widgets(selectable=True)

        self.layout_box.currentIndexChanged.connect(self.refresh)
        self.who_box.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self._fill_list)
        self.people.itemSelectionChanged.connect(self._on_selection)
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tata letak:")))
        top.addWidget(self.layout_box)
        top.addWidget(QLabel(self.tr("Untuk:")))
        top.addWidget(self.who_box)
        top.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.filter)
        side.addWidget(self.people, 1)
        body = QHBoxLayout()
        body.addLayout(side, 2)
        body.addWidget(self.preview, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._fill_list()
        self.refresh()

    # -- whom ---------------------------------------------------------------------------------

    @property
    def who(self) -> Who:
        return Who(self.who_box.currentData())

    @property
    def sheet_layout(self) -> str:
        return str(self.layout_box.currentData())

    def chosen_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.people.selectedItems()]

    def _fill_list(self) -> None:
        text = self.filter.text().strip()
        regs = self.store.registrations.for_event(self.ev.id, search=text, order="name", limit=LIST_LIMIT) if text \
            else self.store.registrations.for_event(self.ev.id, order="name", limit=LIST_LIMIT)
        self.people.clear()
        for reg in regs:
            item = QListWidgetItem(f"{reg.person.name} — Kel. {reg.person.kelurahan or '-'} · {reg.role}")
            item.setData(Qt.ItemDataRole.UserRole, reg.id)
            self.people.addItem(item)

    def _on_selection(self) -> None:
        if self.people.selectedItems() and self.who is not Who.CHOSEN:
            self.who_box.setCurrentIndex(self.who_box.findData(Who.CHOSEN.value))  # refreshes
        elif self.who is Who.CHOSEN:
            self.refresh()

    def selection(self) -> list[Registration]:
        """Whom the badges are for now (UserError: nobody)."""
        return badge_sheets.choose(self.store, self.ev, self.who, self.chosen_ids())

    def refresh(self) -> None:
        try:
            regs = self.selection()
        except UserError as exc:
            self.summary.setText(str(exc))
            self.preview_doc.close()
            return
        self.summary.setText(self.tr("%1 badge, %2 lembar.").replace("%1", str(len(regs)))
                             .replace("%2", str(badge_sheets.pages(len(regs), self.sheet_layout))))
        self.show_preview(regs)

    def show_preview(self, regs: list[Registration]) -> None:
        """The first sheet as it will print."""
        per = len(badges.LAYOUTS[self.sheet_layout].slots)
        out = io.BytesIO()
        try:
            badges.render(badge_sheets.sheet_data(self.ev, regs[:per]), out, layout=self.sheet_layout)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        buffer = QBuffer(self)  # owns the bytes while the document reads them
        buffer.setData(QByteArray(out.getvalue()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.preview_doc.close()
        self.preview_doc.load(buffer)
        old, self._preview_buffer = self._preview_buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()

    # -- making them, in the background ---------------------------------------------------------------

    def _prepared(self) -> tuple[list[Registration], list[badges.BadgeData]] | None:
        try:
            regs = self.selection()
            return regs, badge_sheets.sheet_data(self.ev, regs)
        except UserError as exc:
            self.status.setText(str(exc))
            return None

    def busy_buttons(self) -> list[QAbstractButton]:
        return [self.save_button, self.print_button]

    def _log(self, regs: list[Registration], how: str, where: str) -> None:
        try:
            badge_sheets.log_made(self.store, self.ev, regs, how=how, where=where, layout=self.sheet_layout,
                                  actor="panitia")
        except UserError as exc:
            self.status.setText(str(exc))

    @staticmethod
    def _render(data: list[badges.BadgeData], layout: str, title: str, target: Path,
                progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        """Render into ``target`` whole or not at all; a cancel returns 0 pages."""

        def step(done: int) -> bool:
            if cancelled():
                return False
            progress(done, len(data))
            return True

        try:
            return atomic_write(target, lambda tmp: badges.render(data, tmp, layout=layout, title=title,
                                                                  progress=step))
        except UserError:
            if cancelled():
                return 0
            raise

    def save(self, target: Path) -> Job | None:
        prepared = self._prepared()
        if prepared is None:
            return None
        regs, data = prepared
        layout, title = self.sheet_layout, f"Badge {self.ev.short_name}"

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
            return self._render(data, layout, title, target, progress, cancelled)

        def done(pages: int) -> None:
            if not pages:
                self.status.setText(self.tr("Dibatalkan: tidak ada berkas yang disimpan."))
                return
            self._log(regs, "pdf", str(target))
            self.last_file = target
            self.status.setText(self.tr("Selesai: %1 badge (%2 lembar) disimpan di %3")
                                .replace("%1", str(len(regs))).replace("%2", str(pages)).replace("%3", str(target)))
            self.refresh()

        return self._start(self.tr("Membuat %1 badge…").replace("%1", str(len(regs))), work, done)

    def print_to(self, printer_name: str | None, printer: QPrinter | None = None) -> Job | None:
        """Render and print in the background; logged once every sheet went to the printer."""
        prepared = self._prepared()
        if prepared is None:
            return None
        regs, data = prepared
        layout, title = self.sheet_layout, f"Badge {self.ev.short_name}"
        name = printer_name if printer is None else printer.printerName()
        copies = 1 if printer is None else printer.copyCount()
        size = page_size(layout)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> PrintResult | None:
            with tempfile.TemporaryDirectory(prefix="bimtek-print-") as tmp:
                pdf = Path(tmp) / "badge.pdf"
                if not self._render(data, layout, title, pdf, progress, cancelled):
                    return None
                return print_documents(pdf, name, pages_per_document=1, landscape=False, copies=copies,
                                       page_size=size, cancelled=cancelled, progress=progress)

        def done(result: PrintResult | None) -> None:
            if result is None:
                self.status.setText(self.tr("Dibatalkan: tidak ada yang dicetak."))
                return
            per = len(badges.LAYOUTS[layout].slots)
            sent = regs[: result.documents_printed * per]
            if sent:
                self._log(sent, "printer", name or "")
            if result.error:
                self.status.setText(self.tr("Pencetakan berhenti: %1").replace("%1", result.error))
            elif result.complete:
                self.status.setText(self.tr("Terkirim ke printer %1: %2 badge (%3 lembar).")
                                    .replace("%1", name or self.tr("bawaan")).replace("%2", str(len(regs)))
                                    .replace("%3", str(result.pages_total)))
            else:
                self.status.setText(self.tr("Dibatalkan: %1 dari %2 lembar terkirim ke printer.")
                                    .replace("%1", str(result.pages_printed)).replace("%2", str(result.pages_total)))
            self.refresh()

        return self._start(self.tr("Mencetak %1 badge…").replace("%1", str(len(regs))), work, done)

    # -- asking first ----------------------------------------------------------------------------------

    def ask_save(self) -> None:
        if self._prepared() is None:  # nothing to make: said before a file name is asked
            return
        path = file_dialogs.save_file(self, self.tr("Simpan badge"), f"badge-{self.sheet_layout}.pdf", "PDF (*.pdf)")
        if path:
            self.save(Path(path))

    def ask_print(self) -> None:
        if self._prepared() is None:
            return
        try:
            printer = make_printer(None, landscape=False, page_size=page_size(self.sheet_layout))
        except UserError as exc:
            self.status.setText(str(exc))
            return
        if QPrintDialog(printer, self).exec():
            self.print_to(None, printer)
