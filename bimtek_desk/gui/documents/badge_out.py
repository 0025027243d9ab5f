"""One badge at once (a walk-in, a substitute, a reissued badge): saved where the
committee saves things, then printed on the default printer, or shown.

Before, the PDF went to a fresh temporary folder that was never removed and was
handed to the system's viewer; where none opened, nothing was seen at all.  Now
the file lands in the folder used last (else Documents, see
:mod:`bimtek_desk.gui.file_dialogs`) under the person's name, goes to the default
printer in the background, and where there is no printer a preview opens in the
window itself.  The returned message says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bimtek_desk.documents import badges
from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.documents.printing import (
    PrintResult,
    check_printer,
    make_printer,
    print_documents,
)
from bimtek_desk.gui.workers import Job, run_job
from bimtek_desk.store.models import Event, Registration
from bimtek_desk.system.files import atomic_write, safe_file_name


def save(event: Event, reg: Registration, folder: Path | None = None) -> Path:
    """The badge on an A6 page in ``folder`` (default: where the committee saves things)."""
    folder = folder or file_dialogs.start_folder()
    code = reg.badge_code or ""
    out = folder / safe_file_name(f"badge {reg.person.name} {code[-4:]}", ".pdf", fallback="badge")
    try:
        atomic_write(out, lambda tmp: badges.render([badges.badge_data(event, reg)], tmp, layout="a6",
                                                    title=f"Badge {reg.person.name}"))
    except OSError as exc:
        raise UserError(_fill(QCoreApplication.translate("BadgeOut", "Badge tidak dapat disimpan di %1: %2"),
                              folder, exc.strerror or exc)) from exc
    return out


class PreviewDialog(QDialog):
    """The badge shown in the window (no printer): print from here, or close."""

    def __init__(self, pdf: Path, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.setWindowTitle(QCoreApplication.translate("BadgeOut", "Badge — pratinjau"))
        self.doc = QPdfDocument(self)
        self.doc.load(str(pdf))
        view = QPdfView()
        view.setDocument(self.doc)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        view.setMinimumSize(240, 300)  # fits a 1024×600 screen with the note and the buttons
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(QCoreApplication.translate("BadgeOut", "Cetak…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    def _print(self) -> None:
        from bimtek_desk.gui.documents.badges_page import page_size

        try:
            printer = make_printer(None, landscape=False, page_size=page_size("a6"))
        except UserError as exc:
            self.note.setText(str(exc))
            return
        if QPrintDialog(printer, self).exec():
            try:
                print_documents(self.pdf, printer.printerName(), pages_per_document=1, landscape=False,
                                page_size=page_size("a6"))
            except UserError as exc:
                self.note.setText(str(exc))
                return
            self.accept()


def deliver(parent: QWidget, event: Event, reg: Registration, *,
            folder: Path | None = None, printer: str | None = None,
            on_message: Callable[[str], object] | None = None) -> tuple[Path, str, Job | None]:
    """Save the badge, then print it on ``printer`` (default: the system's default printer;
    a background job) or, with none, show it.  Returns the file, what to tell the user,
    and the print job (if any); ``on_message`` hears how the printing ended."""
    from bimtek_desk.gui.documents.badges_page import page_size

    out = save(event, reg, folder)
    default = printer or QPrinterInfo.defaultPrinter().printerName()
    try:
        check_printer(printer or "")
    except UserError as exc:
        note = _fill(QCoreApplication.translate("BadgeOut", "Badge %1 disimpan di %2. Tidak dicetak: %3"),
                     reg.person.name, out, exc)
        dialog = PreviewDialog(out, note, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Beside the desk, not in its way: the keys (and the next scan) stay with the desk.
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        dialog.show()
        return out, _fill(QCoreApplication.translate(
            "BadgeOut", "Badge %1 disimpan di %2 (tidak ada printer: pratinjau dibuka)."), reg.person.name, out), None
    size = page_size("a6")

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> PrintResult:
        return print_documents(out, printer, pages_per_document=1, landscape=False, page_size=size,
                               progress=progress, cancelled=cancelled)

    job = run_job(work, parent)
    if on_message is not None:
        sent = QCoreApplication.translate("BadgeOut", "Badge %1 terkirim ke printer %2.")
        unsent = QCoreApplication.translate("BadgeOut", "Badge tidak tercetak.")
        failed = QCoreApplication.translate("BadgeOut", "Badge %1 tidak tercetak: %2 Berkasnya ada di %3.")
        job.finished.connect(lambda result: on_message(
            _fill(sent, reg.person.name, default) if result.complete else (result.error or unsent)))
        job.failed.connect(lambda message: on_message(_fill(failed, reg.person.name, message, out)))
    _RUNNING.add(job)  # held until it ends (nobody else keeps the job); let go after the slots above
    job.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _RUNNING.discard(job)))
    job.failed.connect(lambda _message: QTimer.singleShot(0, lambda: _RUNNING.discard(job)))
    said = QCoreApplication.translate("BadgeOut", "Badge %1 disimpan di %2 dan dikirim ke printer %3…")
    return out, _fill(said, reg.person.name, out, default), job


_RUNNING: set[Job] = set()


def _fill(text: str, *parts: object) -> str:
    """``text`` with %1, %2 … replaced by ``parts``, as Qt's own arg()."""
    for n, part in enumerate(parts, 1):
        text = text.replace(f"%{n}", str(part))
    return text
