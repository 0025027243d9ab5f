"""Printing rendered PDFs through QPrinter (the system's print queues).

Runs in a worker thread (painting on a QPrinter off the UI thread is supported by
Qt).  Each page of the PDF is rasterised with QtPdf at the printer's resolution
and painted on the page; A4 landscape is set for landscape documents.

Each document (a two-sided certificate, a plaque) is its own print job, and the
queue is asked before every job whether it still exists and runs.  Qt hands a
finished job to the system without telling whether the queue took it, so this is
how a printer that disappears or is stopped halfway is noticed: the result says
which documents and pages went to the queue and which did not, and only those
that went are logged as printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from bimtek_desk.errors import UserError
from bimtek_desk.system import printers


@dataclass(frozen=True)
class PrintResult:
    pages_printed: int
    pages_total: int
    cancelled: bool
    documents_printed: int = 0
    error: str | None = None  # why printing stopped, naming the pages that were not printed

    @property
    def complete(self) -> bool:
        return self.pages_printed == self.pages_total and not self.cancelled and self.error is None


def make_printer(name: str | None = None, *, landscape: bool = True, copies: int = 1,
                 duplex: QPrinter.DuplexMode | None = None, page_size: QPageSize | None = None) -> QPrinter:
    check_printer(name or "")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setPageSize(page_size or QPageSize(QPageSize.PageSizeId.A4))  # badges: A6, CR80
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setCopyCount(copies)
    if duplex is not None:
        printer.setDuplex(duplex)
    return printer


def check_printer(name: str) -> None:
    """Refuse a queue that does not exist, that the system reports stopped, or that
    would ask the user something for every document (Windows' virtual printers)."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames()) or "tidak ada"
        raise UserError(f"Printer '{name or '(bawaan)'}' tidak ditemukan (printer yang ada: {known}). "
                        f"{printers.not_found_hint()}")
    refused = printers.refusal(info.printerName())
    if refused:
        raise UserError(refused)
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise UserError(f"Printer '{info.printerName()}' mati atau antreannya dihentikan. Nyalakan printer, "
                        "lalu cetak lagi.")


def print_documents(pdf: Path, printer_name: str | None, *, pages_per_document: int, landscape: bool = True,
                    copies: int = 1, duplex: QPrinter.DuplexMode | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, dpi: int = 200,
                    page_size: QPageSize | None = None) -> PrintResult:
    """Print ``pdf`` document by document, one job each; stop at the first
    document the queue cannot take and say which pages were not printed."""
    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        raise UserError(f"PDF '{pdf.name}' tidak dapat dibuka untuk dicetak.")
    total = doc.pageCount()
    per = max(1, pages_per_document)
    count = (total + per - 1) // per
    sent, stopped, error = 0, False, None
    for n in range(count):
        if cancelled is not None and cancelled():
            stopped = True
            break
        first, last = n * per, min(total, (n + 1) * per)
        try:
            printer = make_printer(printer_name, landscape=landscape, copies=copies, duplex=duplex,
                                   page_size=page_size)  # asks the queue
            _print_job(doc, printer, range(first, last), dpi)
        except UserError as exc:
            if n == 0:
                raise
            error = (f"{exc} Dokumen {n + 1}–{count} (halaman {first + 1}–{total}) tidak dicetak; "
                     f"dokumen 1–{n} sudah terkirim.")
            break
        sent += 1
        if progress is not None:
            progress(last, total)
    return PrintResult(min(total, sent * per), total, stopped, sent, error)


def _print_job(doc: QPdfDocument, printer: QPrinter, pages: range, dpi: int) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(f"Printer '{printer.printerName()}' tidak dapat dibuka (mati, kertas habis, atau tidak ada).")
    try:
        for i, page in enumerate(pages):
            if i and not printer.newPage():
                printer.abort()
                raise UserError(f"Printer '{printer.printerName()}' berhenti di tengah dokumen.")
            points = doc.pagePointSize(page)
            image = doc.render(page, QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi)))
            scaled = QSizeF(image.size()).scaled(QSizeF(painter.viewport().size()), _keep_aspect())
            painter.drawImage(QRect(0, 0, int(scaled.width()), int(scaled.height())), image)
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise UserError(f"Printer '{printer.printerName()}' melaporkan galat.")


def _keep_aspect() -> Qt.AspectRatioMode:
    return Qt.AspectRatioMode.KeepAspectRatio
