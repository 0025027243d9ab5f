"""Closing the window without losing work.

Unsaved edits in Acara: save, discard, or stay.  A running job (documents, a
report): wait for it and then close, cancel it cleanly and then close, or stay.
The window never disappears under a worker that still reports to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bimtek_desk.gui.workers import Job

WAIT, CANCEL, STAY = "wait", "cancel", "stay"
SAVE, DISCARD = "save", "discard"


def ask_about_jobs(parent: QWidget, jobs: list[Job]) -> str:
    """WAIT, CANCEL or STAY."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Masih bekerja"),
                      parent.tr("Masih berjalan: %1.\nJika ditutup sekarang, berkasnya belum lengkap.")
                      .replace("%1", ", ".join(j.describe() for j in jobs)), parent=parent)
    wait = box.addButton(parent.tr("Tunggu selesai, lalu tutup"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(parent.tr("Batalkan pekerjaan, lalu tutup"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(parent.tr("Tetap di sini"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return WAIT if clicked is wait else CANCEL if clicked is cancel else STAY


def ask_about_edits(parent: QWidget, where: str) -> str:
    """SAVE, DISCARD or STAY."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, parent.tr("Perubahan belum disimpan"),
        parent.tr("Ada perubahan di %1 yang belum disimpan. Simpan sebelum menutup?").replace("%1", where),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return SAVE if answer == buttons.Save else DISCARD if answer == buttons.Discard else STAY
