"""Print queues per operating system: which ones cannot take the app's jobs, and
what to say when none is found.  Qt-free; ``gui/documents/printing.py`` asks here
before it opens a queue.

On Windows, Qt prints through the Windows spooler (a QPrinter is a spooler job).
Windows' own virtual printers ask the user something for every job: a file name
(Microsoft Print to PDF, XPS Document Writer), a OneNote page, a fax number.  The
app prints one job per document, so 175 certificates would open 175 such dialogs;
these queues are refused with the way to get the same result.
"""

from __future__ import annotations

import sys

ASKING_QUEUES = ("microsoft print to pdf", "microsoft xps document writer", "onenote", "send to onenote", "fax")


def refusal(name: str, platform: str | None = None) -> str | None:
    """Why the app will not print to the queue ``name`` here, or None."""
    platform = platform or sys.platform
    if platform != "win32":
        return None
    lowered = name.strip().lower()
    if any(lowered == q or lowered.startswith(q + " ") or lowered.startswith(q + "(") for q in ASKING_QUEUES):
        return (f"Printer '{name}' adalah printer virtual Windows yang menanyakan nama berkas atau tujuan untuk "
                "setiap dokumen. Untuk berkas PDF gunakan 'Simpan PDF'; untuk mencetak pilih printer sungguhan.")
    return None


def not_found_hint(platform: str | None = None) -> str:
    """Where to look when the queue asked for does not exist."""
    platform = platform or sys.platform
    if platform == "win32":
        return ("Periksa di Pengaturan > Bluetooth & perangkat > Printer & pemindai; bila daftarnya kosong, "
                "layanan Windows 'Print Spooler' mungkin berhenti (nyalakan lewat services.msc).")
    if platform == "darwin":
        return "Periksa di Pengaturan Sistem > Printer & Pemindai."
    return "Periksa printer di pengaturan printer sistem (CUPS)."
