"""Closing the window without losing work.

Unsaved edits in Acara: save, discard, or stay.  A running job (documents, a
report): wait for it and then close, cancel it cleanly and then close, or stay.
The window never disappears under a worker that still reports to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bimtek_desk.gui.workers import Job

WAIT, CANCEL, STAY = "wait", "cancel", "stay"
SAVE, DISCARD = "save", "discard"


def ask_about_jobs(parent: QWidget, jobs: list[Job]) -> str:
    """WAIT, CANCEL or STAY."""
    text = QCoreApplication.translate("closing",
                                      "Masih berjalan: %1.\nJika ditutup sekarang, berkasnya belum lengkap.")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("closing", "Masih bekerja"),
                      text.replace("%1", ", ".join(j.describe() for j in jobs)), parent=parent)
    role = QMessageBox.ButtonRole
    wait = box.addButton(QCoreApplication.translate("closing", "Tunggu selesai, lalu tutup"), role.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("closing", "Batalkan pekerjaan, lalu tutup"),
                           role.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("closing", "Tetap di sini"), role.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return WAIT if clicked is wait else CANCEL if clicked is cancel else STAY


def ask_about_edits(parent: QWidget, where: str) -> str:
    """SAVE, DISCARD or STAY."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("closing", "Perubahan belum disimpan"),
        QCoreApplication.translate("closing", "Ada perubahan di %1 yang belum disimpan. Simpan sebelum menutup?")
        .replace("%1", where),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return SAVE if answer == buttons.Save else DISCARD if answer == buttons.Discard else STAY
