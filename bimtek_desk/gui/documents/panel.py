"""The Dokumen area: preview the real page for anyone, render all in the
background with progress and cancel, save as PDF, print."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee.pin import Grant, Purpose
from bimtek_desk.documents import drafts, issue
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.layout import Layout
from bimtek_desk.documents.render import Renderer
from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.documents.background import BackgroundJobs
from bimtek_desk.gui.documents.printing import PrintResult, make_printer, print_documents
from bimtek_desk.gui.event.confirm_row import ask_and_confirm
from bimtek_desk.gui.workers import Job
from bimtek_desk.store import Store
from bimtek_desk.store.documents import Document
from bimtek_desk.store.models import Event

if TYPE_CHECKING:
    from bimtek_desk.gui.documents.badges_page import BadgesPage

TYPES = (("sertifikat", "Sertifikat peserta"), ("piagam", "Piagam penghargaan"), ("badge", "Badge peserta"))


class DocumentsPanel(BackgroundJobs, QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self._job: Job | None = None
        self.last_files: list[Path] = []

        self.type_box = QComboBox()
        self.first_focus = self.type_box
        for key, label in TYPES:
            self.type_box.addItem(self.tr(label), key)
        self.layout_box = QComboBox()
        self.layout_box.setToolTip(self.tr("Tata letak bawaan, atau berkas tata letak JSON milik panitia"))
        self.holder_box = QComboBox()
        self.holder_box.setMinimumWidth(300)
        self.summary = QLabel()
        self.preview_doc = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.preview_doc)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._preview_buffer: QBuffer | None = None

        self.save_button = QPushButton(self.tr("Simpan semua ke satu PDF…  (Ctrl+S)"))
        self.split_button = QPushButton(self.tr("Satu PDF per orang…"))
        self.print_button = QPushButton(self.tr("Cetak semua…  (Ctrl+P)"))
        self.print_one_button = QPushButton(self.tr("Cetak yang dipratinjau…"))
        self.decide_button = QPushButton(self.tr("Keputusan panitia…"))
        self.decide_button.setToolTip(self.tr("Tetapkan layak/tidak layak sertifikat untuk orang yang dipratinjau, "
                                              "dengan alasan (PIN panitia)"))
        self.decide_button.clicked.connect(lambda: self.decide_selected())
        self.revoke_button = QPushButton(self.tr("Cabut…"))
        self.revoke_button.setToolTip(self.tr("Cabut dokumen yang dipratinjau (sudah bernomor), dengan alasan "
                                              "(PIN panitia): verifikasi akan menyatakan DICABUT"))
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        self.page_button = QPushButton(self.tr("Halaman verifikasi…"))
        self.page_button.setToolTip(self.tr("Satu berkas HTML untuk memeriksa keaslian sertifikat tanpa aplikasi dan "
                                            "tanpa internet: kunci publik dan daftar yang dicabut ada di dalamnya"))
        self.page_button.clicked.connect(self._ask_verify_page)
        self.pending = QLabel()  # what keeps the document a DRAF
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet("color: #B45309; font-weight: bold;")
        self.confirm_button = QPushButton(self.tr("Konfirmasi data contoh…"))
        self.confirm_button.setToolTip(self.tr("Data contoh yang sudah benar dikonfirmasi (PIN panitia); "
                                               "dokumen tidak lagi bertanda DRAF"))
        self.confirm_button.clicked.connect(lambda: self.confirm_pending())
        self._make_job_widgets()

        self.type_box.currentIndexChanged.connect(self.reload)
        self.layout_box.activated.connect(self._on_layout_chosen)
        self.holder_box.currentIndexChanged.connect(self.show_preview)
        self.save_button.clicked.connect(self._ask_save)
        self.split_button.clicked.connect(self._ask_split)
        self.print_button.clicked.connect(self._ask_print)
        self.print_one_button.clicked.connect(lambda: self._ask_print(only=[int(self.holder_box.currentData())]))
        QShortcut(QKeySequence.StandardKey.Save, self, self._ask_save)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self._ask_print())

        self.layout_label = QLabel(self.tr("Tata letak:"))
        # Two rows, combo boxes that do not grow with their longest entry: fits 1024 px.
        for box in (self.type_box, self.layout_box, self.holder_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dokumen:")))
        top.addWidget(self.type_box)
        top.addWidget(self.layout_label)
        top.addWidget(self.layout_box)
        top.addStretch(1)
        top.addWidget(self.summary)
        holder = QHBoxLayout()
        holder.addWidget(QLabel(self.tr("Pratinjau untuk:")))
        holder.addWidget(self.holder_box, 1)
        holder.addWidget(self.decide_button)
        holder.addWidget(self.revoke_button)
        actions = QHBoxLayout()
        for w in (self.save_button, self.split_button, self.print_button, self.print_one_button, self.page_button):
            actions.addWidget(w)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.pending, 1)
        draft_row.addWidget(self.confirm_button)
        # Certificates and plaques on one page; badges (gui/documents/badges_page) on another.
        self.documents_page = QWidget()
        page = QVBoxLayout(self.documents_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(holder)
        page.addLayout(draft_row)
        page.addWidget(self.preview, 1)
        page.addLayout(actions)
        page.addWidget(self.status)
        self.badges: BadgesPage | None = None  # made when first chosen
        self.pages = QStackedWidget()
        self.pages.addWidget(self.documents_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.reload()

    # -- choosing and previewing ---------------------------------------------------------

    @property
    def doc_type(self) -> str:
        return str(self.type_box.currentData())

    def _fill_layouts(self) -> None:
        chosen = (self.ev.settings.get("layouts") or {}).get(self.doc_type)
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        self.layout_box.addItem(self.tr("Bawaan"), "builtin")
        if chosen and chosen != "builtin":
            self.layout_box.addItem(Path(chosen).name, chosen)
            self.layout_box.setCurrentIndex(1)
        self.layout_box.addItem(self.tr("Pilih berkas tata letak…"), None)
        self.layout_box.blockSignals(False)

    def _on_layout_chosen(self, index: int) -> None:
        value = self.layout_box.itemData(index)
        if value is None:
            path = file_dialogs.open_file(self, self.tr("Berkas tata letak"), self.tr("Tata letak (*.json)"))
            if not path:
                self._fill_layouts()
                return
            value = path
        self.use_layout(str(value))

    def use_layout(self, value: str, pin: Grant | None = None) -> bool:
        """Use the built-in layout or a layout file for this document type (checked first; PIN)."""
        from bimtek_desk.committee.actions import choose_layout
        from bimtek_desk.gui.pin_dialog import ask_pin

        try:
            if value != "builtin":
                chosen = layoutlib.load(value)
                if chosen.doc_type != self.doc_type:
                    raise UserError(self.tr("Berkas ini tata letak %1, bukan %2.").replace("%1", chosen.doc_type)
                                    .replace("%2", self.doc_type))
            grant = pin or ask_pin(self, self.store, self.ev.id, Purpose.LAYOUT_CHOOSE)
            if grant is None:
                self._fill_layouts()
                return False
            choose_layout(self.store, self.ev, self.doc_type, value, grant, actor="panitia")
        except UserError as exc:
            self.status.setText(str(exc))
            self._fill_layouts()
            return False
        self.ev = self.store.events.get(self.ev.id)
        self.status.setText("")
        self._fill_layouts()
        self.show_preview()
        return True

    def decide_selected(self, *, pin: Grant | None = None) -> bool:
        """Committee decision on one person's certificate (PIN, reason, audit log)."""
        from bimtek_desk.gui.documents.decision import DecisionDialog
        from bimtek_desk.gui.pin_dialog import ask_pin

        holder = self.holder_box.currentData()
        if holder is None or self.doc_type != "sertifikat":
            return False
        grant = pin or ask_pin(self, self.store, self.ev.id, Purpose.ELIGIBILITY)
        if grant is None:
            return False
        current = next((e for e in issue.eligibility(self.store, self.ev) if e.registration.id == int(holder)), None)
        if current is None:
            return False
        dialog = DecisionDialog(current, self)
        while dialog.exec():
            try:
                issue.decide(self.store, self.ev, int(holder), dialog.eligible(), dialog.reason.text(),
                             actor="panitia", pin=grant)
            except UserError as exc:
                dialog.error.setText(str(exc))
                continue
            row = self.holder_box.currentIndex()
            self.reload()
            self.holder_box.setCurrentIndex(row)
            return True
        return False

    def _issued(self) -> Document | None:
        """The previewed holder's document, if it has been numbered."""
        holder = self.holder_box.currentData()
        if holder is None:
            return None
        column = "registration_id" if self.doc_type == "sertifikat" else "award_id"
        return next((d for d in self.store.documents.for_event(self.ev.id, self.doc_type)
                     if getattr(d, column) == int(holder)), None)

    def revoke_selected(self) -> bool:
        """Withdraw the previewed document (reason, PIN, audit log: signing.issuer.revoke)."""
        from bimtek_desk.gui.documents.revoke import RevokeDialog
        from bimtek_desk.signing import issuer

        doc = self._issued()
        if doc is None:
            self.status.setText(self.tr("Dokumen ini belum bernomor: tidak ada yang dapat dicabut."))
            return False
        dialog = RevokeDialog(doc.number, self.holder_box.currentText(), self)
        while dialog.exec():
            try:
                issuer.revoke(self.store, self.ev, doc.number, dialog.reason.text(), pin=dialog.pin.text(),
                              actor="panitia")
            except UserError as exc:
                dialog.error.setText(str(exc))
                continue
            self.status.setText(self.tr("Dicabut: Nomor %1. Buat ulang halaman verifikasi (tombol «Halaman "
                                        "verifikasi…») agar pemeriksa melihatnya.").replace("%1", doc.number))
            return True
        return False

    def draft_note(self) -> str:
        """'DRAF — belum dikonfirmasi: …', or '' when this document type is final."""
        items = drafts.pending(self.store.events.get(self.ev.id), self.doc_type)
        return self.tr("DRAF — belum dikonfirmasi: %1").replace("%1", drafts.describe(items)) if items else ""

    def missing_signatory(self, event: Event) -> str:
        """'Penandatangan sertifikat belum diisi' when this document has nobody to sign it
        (a new event): not an unconfirmed example, so the DRAF line would not say it."""
        role = {"sertifikat": "certificate", "piagam": "plaque"}.get(self.doc_type)
        sig = (event.settings.get("signatories") or {}).get(role or "") or {}
        if role is None or (sig.get("name") or "").strip():
            return ""
        return self.tr("Penandatangan %1 belum diisi (Acara → Penandatangan).").replace(
            "%1", self.tr("sertifikat") if role == "certificate" else self.tr("piagam"))

    def _show_pending(self) -> None:
        event = self.store.events.get(self.ev.id)
        note = self.draft_note()
        missing = self.missing_signatory(event)
        if missing:
            note = f"{note}\n{missing}" if note else missing
        if self.doc_type == "sertifikat":
            for warning in drafts.jp_warnings(event):
                warned = self.tr("JP tidak cocok dengan waktu agenda: %1").replace("%1", warning)
                note += ("\n" if note else "") + warned
        self.pending.setText(note)
        self.pending.setVisible(bool(note))
        self.confirm_button.setVisible(any(p.entry != drafts.LOGO for p in drafts.pending(event, self.doc_type)))

    def confirm_pending(self) -> bool:
        """The committee confirms the example fields this document uses (PIN; audited by the core)."""
        event = self.store.events.get(self.ev.id)
        items = [p for p in drafts.pending(event, self.doc_type) if p.entry != drafts.LOGO]
        if not items:
            return False
        try:
            confirmed = ask_and_confirm(self, self.store, event, [(p.entry, p.label) for p in items])
        except UserError as exc:
            self.status.setText(str(exc))
            return False
        if confirmed is None:
            return False
        self.ev = confirmed
        self.status.setText(self.tr("Dikonfirmasi: %1").replace("%1", drafts.describe(items)))
        row = self.holder_box.currentIndex()
        self.reload()
        self.holder_box.setCurrentIndex(row)
        return True

    def _show_badges(self) -> bool:
        """Badge peserta chosen: its own page (layout, whom, preview, save, print)."""
        badge = self.doc_type == "badge"
        for w in (self.layout_label, self.layout_box, self.summary):
            w.setVisible(not badge)
        if badge and self.badges is None:
            from bimtek_desk.gui.documents.badges_page import BadgesPage

            self.badges = BadgesPage(self.store, self.ev)
            self.pages.addWidget(self.badges)
        if badge and self.badges is not None:
            self.badges.refresh()
            self.pages.setCurrentWidget(self.badges)
        else:
            self.pages.setCurrentWidget(self.documents_page)
        return badge

    @property
    def job(self) -> Job | None:
        """The running (or last) background job of either page (the window asks before closing)."""
        if self.badges is not None and self.badges.job is not None and self.badges.job.running:
            return self.badges.job
        return self._job

    @job.setter
    def job(self, value: Job | None) -> None:
        self._job = value

    def reload(self) -> None:
        if self._show_badges():
            return
        self._show_pending()
        self.decide_button.setEnabled(self.doc_type == "sertifikat")
        self._fill_layouts()
        self.holder_box.blockSignals(True)
        self.holder_box.clear()
        if self.doc_type == "sertifikat":
            rows = issue.eligibility(self.store, self.ev)
            for e in rows:
                mark = "" if e.eligible else self.tr(" — TIDAK memenuhi syarat")
                self.holder_box.addItem(f"{e.registration.person.name}{mark}", e.registration.id)
            eligible = sum(e.eligible for e in rows)
            self.summary.setText(self.tr("%1 dari %2 memenuhi syarat").replace("%1", str(eligible))
                                 .replace("%2", str(len(rows))))
        else:
            awards = self.store.events.awards(self.ev.id)
            for a in awards:
                self.holder_box.addItem(f"{a.recipient_name} ({a.years_of_service} tahun)", a.id)
            self.summary.setText(self.tr("%1 piagam").replace("%1", str(len(awards))))
        self.holder_box.blockSignals(False)
        self.show_preview()

    def show_preview(self) -> None:
        holder = self.holder_box.currentData()
        if holder is None:
            self.preview_doc.close()
            return
        try:
            event = self.store.events.get(self.ev.id)
            ctx = issue.preview_context(self.store, event, self.doc_type, int(holder))
            renderer = Renderer(layoutlib.for_event(event, self.doc_type), issue.assets(event), strict=False)
            import io

            out = io.BytesIO()
            renderer.render_one(ctx, out)
            # The buffer owns a copy of the bytes (the document reads from it lazily, so
            # it must outlive this call); the previous page's buffer goes once replaced.
            buffer = QBuffer(self)
            buffer.setData(QByteArray(out.getvalue()))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.preview_doc.close()
            self.preview_doc.load(buffer)
            old, self._preview_buffer = self._preview_buffer, buffer
            if old is not None:
                old.close()
                old.deleteLater()
        except UserError as exc:
            self.status.setText(str(exc))

    # -- bulk work in the background -------------------------------------------------------

    def _jobs(self, event: Event, layout: Layout, only: list[int] | None = None) -> list[issue.Job]:
        if self.doc_type == "sertifikat":
            jobs, _refused = issue.certificate_jobs(self.store, event, layout=layout)
            if only is not None:
                jobs = [j for j in jobs if j.document.registration_id in only]
        else:
            jobs = issue.plaque_jobs(self.store, event, layout=layout)
            if only is not None:
                jobs = [j for j in jobs if j.document.award_id in only]
        if not jobs:
            raise UserError(self.tr("Belum ada dokumen yang dapat dibuat (belum ada peserta yang memenuhi syarat)."))
        return jobs

    def busy_buttons(self) -> list[QAbstractButton]:
        return [self.save_button, self.split_button, self.print_button, self.print_one_button]

    def _prepare(self, only: list[int] | None = None) -> tuple[list[issue.Job], Renderer, str] | None:
        """Numbers (on the UI thread: the store is not shared with workers) and a renderer."""
        try:
            event = self.store.events.get(self.ev.id)
            layout = issue.load_layout(event, self.doc_type)  # read and checked once for the batch
            jobs = self._jobs(event, layout, only)
            renderer, title = issue.renderer_for(event, self.doc_type, layout)
        except UserError as exc:
            self.status.setText(str(exc))
            return None
        self.show_preview()  # numbers were just given: the preview shows its holder's
        return jobs, renderer, title

    def save_all(self, target: Path) -> Job | None:
        """Everyone's documents into one PDF, in the background."""
        return self._save(target, split=False)

    def save_split(self, folder: Path) -> Job | None:
        """One file per person into ``folder``, in the background."""
        return self._save(folder, split=True)

    def _save(self, where: Path, *, split: bool) -> Job | None:
        """Numbers on the UI thread, the render in a worker (documents.issue.render_batch
        holds the cancel policy); what was kept complete is logged, and the status says so."""
        prepared = self._prepare()
        if prepared is None:
            return None
        jobs, renderer, title = prepared

        def work(progress: Callable[[int, int], object], cancelled: Callable[[], bool]) -> issue.Batch:
            return issue.render_batch(renderer, jobs, out=None if split else where, split_dir=where if split else None,
                                      title=title, progress=progress, cancelled=cancelled)

        def done(batch: issue.Batch) -> None:
            if batch.kept:
                self._log(batch.kept, str(where))
            if batch.cancelled and batch.kept:
                self.status.setText(self.tr("Dibatalkan: %1 dari %2 berkas tersimpan di %3.")
                                    .replace("%1", str(len(batch.kept))).replace("%2", str(batch.total))
                                    .replace("%3", str(where)))
            elif batch.cancelled:
                self.status.setText(self.tr("Dibatalkan: tidak ada berkas yang disimpan."))
            else:
                self.last_files = batch.files
                done_text = (self.tr("Selesai: %1 berkas di %2").replace("%1", str(len(batch.files))) if split
                             else self.tr("Selesai: %1 dokumen di %2").replace("%1", str(len(jobs))))
                self.status.setText(done_text.replace("%2", str(where)))

        label = self.tr("Membuat %1 berkas…") if split else self.tr("Membuat %1 dokumen…")
        return self._start(label.replace("%1", str(len(jobs))), work, done)

    def print_to(self, printer_name: str | None, printer: QPrinter | None = None,
                 only: list[int] | None = None) -> Job | None:
        """Render and print in the background (everyone, or only these holders);
        only documents whose pages all went to the printer are logged as printed."""
        prepared = self._prepare(only)
        if prepared is None:
            return None
        jobs, renderer, title = prepared
        pages_per_doc = len(renderer.layout.pages)
        landscape = renderer.layout.orientation == "landscape"
        name = printer_name if printer is None else printer.printerName()
        copies = 1 if printer is None else printer.copyCount()
        duplex = None if printer is None else printer.duplex()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> PrintResult:
            with tempfile.TemporaryDirectory(prefix="bimtek-print-") as tmp:
                pdf = Path(tmp) / "cetak.pdf"
                issue.render_files(renderer, jobs, out=pdf, title=title)
                return print_documents(pdf, name, pages_per_document=pages_per_doc, landscape=landscape,
                                       copies=copies, duplex=duplex, progress=progress, cancelled=cancelled)

        def done(result: PrintResult) -> None:
            self._log(jobs[: result.documents_printed], name or "", action="print")
            if result.error:
                self.status.setText(self.tr("Pencetakan berhenti: %1").replace("%1", result.error))
            elif not result.complete and self.job is not None and self.job.cancelled:
                self.status.setText(self.tr("Dibatalkan: %1 dari %2 dokumen terkirim ke printer (dicatat tercetak).")
                                    .replace("%1", str(result.documents_printed)).replace("%2", str(len(jobs))))
            elif result.complete:
                self.status.setText(self.tr("Terkirim ke printer: %1 dokumen (%2 halaman).")
                                    .replace("%1", str(len(jobs))).replace("%2", str(result.pages_total)))
            else:
                self.status.setText(self.tr("Pencetakan berhenti: %1 dari %2 halaman terkirim; dokumen yang belum "
                                            "lengkap tidak dicatat tercetak.").replace("%1", str(result.pages_printed))
                                    .replace("%2", str(result.pages_total)))

        return self._start(self.tr("Mencetak %1 dokumen…").replace("%1", str(len(jobs))), work, done)

    def _log(self, jobs: list[issue.Job], detail: str, action: str = "render") -> None:
        try:
            issue.log_rendered(self.store, jobs, detail, action=action)
        except UserError as exc:
            self.status.setText(str(exc))

    # -- dialogs -------------------------------------------------------------------------------

    def has_documents(self) -> bool:
        """Is there anything to save or print (asked before a file name or a printer)?"""
        if self.doc_type == "sertifikat":
            ok = any(e.eligible for e in issue.eligibility(self.store, self.ev))
        else:
            ok = bool(self.store.events.awards(self.ev.id))
        if not ok:
            self.status.setText(self.tr("Belum ada dokumen yang dapat dibuat (belum ada peserta yang memenuhi "
                                        "syarat)."))
        return ok

    def _ask_save(self) -> None:
        if self.badges is not None and self.doc_type == "badge":
            self.badges.ask_save()
            return
        if not self.has_documents():  # said before a file name is asked
            return
        path = file_dialogs.save_file(self, self.tr("Simpan dokumen"), f"{self.doc_type}.pdf", "PDF (*.pdf)")
        if path:
            self.save_all(Path(path))

    def _ask_verify_page(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan halaman verifikasi"), "verifikasi.html", "HTML (*.html)")
        if path:
            self.save_verify_page(Path(path))

    def save_verify_page(self, out: Path) -> bool:
        """The offline verification page with every issuer's public keys and the revocations."""
        from bimtek_desk.signing import issuer, page

        try:
            page.write(out, issuer.key_list(self.store))
        except UserError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(self.tr("Halaman verifikasi disimpan: %1. Bagikan berkas ini kepada pemeriksa "
                                    "(BKPSDM, pemberi kerja).").replace("%1", str(out)))
        return True

    def _ask_split(self) -> None:
        if not self.has_documents():
            return
        folder = file_dialogs.choose_folder(self, self.tr("Folder untuk satu PDF per orang"))
        if folder:
            self.save_split(Path(folder))

    def _ask_print(self, only: list[int] | None = None) -> None:
        if self.badges is not None and self.doc_type == "badge":
            self.badges.ask_print()
            return
        if not self.has_documents():
            return
        event = self.store.events.get(self.ev.id)
        lay = layoutlib.for_event(event, self.doc_type)
        try:
            printer = make_printer(None, landscape=lay.orientation == "landscape")
        except UserError as exc:
            self.status.setText(str(exc))
            return
        dialog = QPrintDialog(printer, self)
        note = self.draft_note()
        if note:  # the print dialog says what remains (Qt's own dialog; a native one gets the title)
            dialog.setWindowTitle(self.tr("Cetak — DRAF"))
            box = dialog.layout()
            if box is not None:
                label = QLabel(note)
                label.setWordWrap(True)
                label.setStyleSheet("color: #B45309; font-weight: bold;")
                box.addWidget(label)
        if dialog.exec():
            self.print_to(None, printer, only=only)
