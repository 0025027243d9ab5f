"""Which desk is this laptop?  Asked once, at the first start, kept in the
laptop's own settings (not the event database) and shown on the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bimtek_desk.device import settings
from bimtek_desk.errors import UserError
from bimtek_desk.gui.forms import FormDialog


class DeskNameDialog(FormDialog):
    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nama meja laptop ini"), parent)
        note = QLabel(self.tr("Setiap check-in mencatat mejanya. Beri laptop ini nama yang berbeda dari laptop "
                              "lain, misalnya «Meja 2» atau «Meja Pintu Timur». Nama ini disimpan di laptop ini "
                              "saja dan dapat diganti nanti."))
        note.setWordWrap(True)
        self.name = QLineEdit(current or settings.DEFAULT_DESK)
        self.name.setMaxLength(settings.MAX_DESK_NAME)
        self.name.selectAll()
        self.form.addRow(note)
        self.form.addRow(self.tr("Nama meja"), self.name)
        self.submit = lambda: settings.set_desk_name(self.name.text())

    def validate(self) -> None:
        settings.clean_desk_name(self.name.text())

    def badge_scanned(self, text: str) -> None:
        """A scanner burst (any: by its timing) is no desk name; it was taken out of the field."""
        self.error.setText(self.tr("Itu hasil pindaian, bukan nama meja: tidak dipakai. Ketik nama meja dengan "
                                   "keyboard, misalnya «Meja 2»."))
        self.name.setFocus()


def ask_desk_name(parent: QWidget | None, current: str | None) -> str | None:
    """The chosen name (saved for this laptop), or None if the dialog was cancelled."""
    dialog = DeskNameDialog(current, parent)
    return str(dialog.outcome) if dialog.exec() else None


def laptop_desk_name(parent: QWidget | None = None, *, ask: bool = True) -> str:
    """This laptop's desk name; at the very first start it is asked for (once)."""
    try:
        name = settings.desk_name()
    except UserError:
        name = None
    if name is None and ask:
        name = ask_desk_name(parent, None)
    return name or settings.DEFAULT_DESK
