"""Printing rendered PDFs through QPrinter (the system's print queues).

Runs in a worker thread (painting on a QPrinter off the UI thread is supported by
Qt).  Each page of the PDF is rasterised with QtPdf at the printer's resolution
and painted on the page; A4 landscape is set for landscape documents.  The result
says which pages went to the printer, so nothing is marked as printed that was not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from bimtek_desk.errors import UserError


@dataclass(frozen=True)
class PrintResult:
    pages_printed: int
    pages_total: int
    cancelled: bool

    @property
    def complete(self) -> bool:
        return self.pages_printed == self.pages_total and not self.cancelled


def make_printer(name: str | None = None, *, landscape: bool = True, copies: int = 1) -> QPrinter:
    check_printer(name or "")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setCopyCount(copies)
    return printer


def check_printer(name: str) -> None:
    """Refuse a queue that does not exist or that the system reports stopped."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames()) or "tidak ada"
        raise UserError(f"Printer '{name or '(bawaan)'}' tidak ditemukan (printer yang ada: {known}).")
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise UserError(f"Printer '{info.printerName()}' mati atau antreannya dihentikan. Nyalakan printer, "
                        "lalu cetak lagi.")


def print_pdf(pdf: Path, printer: QPrinter, *, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, dpi: int = 200) -> PrintResult:
    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        raise UserError(f"PDF '{pdf.name}' tidak dapat dibuka untuk dicetak.")
    total = doc.pageCount()
    check_printer(printer.printerName())
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(f"Printer '{printer.printerName()}' tidak dapat dibuka (mati, kertas habis, atau tidak ada).")
    printed = 0
    stopped = False
    try:
        for page in range(total):
            if cancelled is not None and cancelled():
                stopped = True
                printer.abort()
                break
            if page:
                if not printer.newPage():
                    raise UserError(f"Printer berhenti di halaman {page + 1} dari {total}.")
            points = doc.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = doc.render(page, size)
            target = painter.viewport()
            scaled = QSizeF(image.size()).scaled(QSizeF(target.size()), _keep_aspect())
            painter.drawImage(QRect(0, 0, int(scaled.width()), int(scaled.height())), image)
            printed += 1
            if progress is not None:
                progress(printed, total)
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise UserError(f"Printer melaporkan galat; {printed} dari {total} halaman mungkin tidak tercetak.")
    return PrintResult(printed, total, stopped)


def _keep_aspect():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio
