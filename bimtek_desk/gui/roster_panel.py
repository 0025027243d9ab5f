"""The Peserta area: the roster as a lazily filled table, filtered as you type;
import, correct a person (PIN), replace a participant, reprint a lost badge."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.committee.actions import disclose_nik, reissue_badge
from bimtek_desk.committee.pin import Grant, Purpose
from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.models.participants import ParticipantsModel, RegistrationRole
from bimtek_desk.gui.pin_dialog import ask_pin
from bimtek_desk.roster import rules
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event

if TYPE_CHECKING:
    from bimtek_desk.roster.importer import ImportReport


class RosterPanel(QWidget):
    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.model = ParticipantsModel(store, event_id, self)
        self.filter = QLineEdit(placeholderText=self.tr("Cari nama, kelurahan, no. HP atau kode badge…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move between rows
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((48, 330, 150, 40, 150, 160, 120, 100)):
            self.view.setColumnWidth(col, width)

        self.show_nik = QCheckBox(self.tr("Tampilkan NIK lengkap"))
        self.show_nik.toggled.connect(self._on_show_nik)
        self.edit_button = QPushButton(self.tr("Ubah data… (F2)"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.replace_button = QPushButton(self.tr("Ganti peserta…"))
        self.replace_button.clicked.connect(lambda: self.replace_selected())
        self.reissue_button = QPushButton(self.tr("Cetak ulang badge (hilang)…"))
        self.reissue_button.clicked.connect(lambda: self.reissue_selected())  # not clicked(bool) as the reason
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.edit_selected())
        edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key = QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.first_focus = self.filter
        self.audit_button = QPushButton(self.tr("Log audit…"))
        self.import_button = QPushButton(self.tr("Impor daftar peserta…  (Ctrl+I)"))
        self.import_button.clicked.connect(self._ask_import)
        import_key = QShortcut(QKeySequence("Ctrl+I"), self, self._ask_import)
        import_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.last_said = ""
        self.audit_button.clicked.connect(self._show_audit)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.show_nik)
        actions = QHBoxLayout()
        for b in (self.edit_button, self.replace_button, self.reissue_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.audit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.filter, self.view)
        self._update_count()

    def _on_filter(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 peserta").replace("%1", str(self.model.rowCount())))

    def _on_show_nik(self, on: bool) -> None:
        """Full NIKs are personal data: the committee PIN, and a line in the audit log."""
        if on:
            grant = ask_pin(self, self.store, self.event_id, Purpose.NIK_SHOW)
            if grant is None:
                self.show_nik.blockSignals(True)
                self.show_nik.setChecked(False)
                self.show_nik.blockSignals(False)
                return
            disclose_nik(self.store, self.event_id, grant, actor="panitia", where="Peserta")
        self.model.set_show_nik(on)

    def selected_registration(self) -> int | None:
        index = self.view.currentIndex()
        return None if not index.isValid() else int(self.model.index(index.row(), 0).data(RegistrationRole))

    def _selected_or_say(self) -> int | None:
        reg_id = self.selected_registration()
        if reg_id is None:
            QMessageBox.information(self, "bimtek-desk", self.tr("Pilih dulu peserta di tabel."))
        return reg_id

    def edit_selected(self, *, pin: Grant | None = None) -> list[str] | None:
        """Correct a person's data (committee PIN; the changes go to the audit log)."""
        from bimtek_desk.gui.person_dialog import EditPersonDialog
        from bimtek_desk.roster import edit

        reg_id = self._selected_or_say()
        if reg_id is None:
            return None
        grant = pin or ask_pin(self, self.store, self.event_id, Purpose.PERSON_EDIT)
        if grant is None:
            return None
        reg = self.store.registrations.get(reg_id)
        # the form shows the full NIK: the grant for the edit covers it (pin.COVERS)
        disclose_nik(self.store, self.event_id, grant, actor="panitia", where="Ubah data peserta",
                     registration=reg_id)
        dialog = EditPersonDialog(reg, self, regions=rules.regions_of(self.store.events.get(self.event_id)))
        while dialog.exec():
            try:
                changed = edit.edit(self.store, self.event_id, reg_id, dialog.person(), dialog.chosen_role(),
                                     pin=grant)
            except UserError as exc:
                dialog.error.setText(str(exc))
                continue
            self.refresh()
            return changed
        return None

    def replace_selected(self, open_pdf: bool = True) -> int | None:
        """Someone else takes this participant's place: the old badge stops working."""
        from bimtek_desk.gui.desk.dialogs import PersonForm
        from bimtek_desk.roster import edit

        reg_id = self._selected_or_say()
        if reg_id is None:
            return None
        old = self.store.registrations.get(reg_id)
        form = PersonForm(self.tr("Pengganti untuk %1").replace("%1", old.person.name), self,
                          fixed_kelurahan=old.person.kelurahan, with_role=False, with_reason=True,
                          regions=rules.regions_of(self.store.events.get(self.event_id)),
                          replacing=f"{old.person.name} (Kel. {old.person.kelurahan or '-'})")
        form.print_badge.setChecked(True)
        event = self.store.events.get(self.event_id)
        while form.exec():
            try:
                new_id = edit.substitute(self.store, event, reg_id, form.person(), form.reason.text(),
                                         actor="panitia")
            except UserError as exc:
                form.error.setText(str(exc))
                continue
            self.refresh()
            self.select_registration(new_id)
            if form.print_badge.isChecked():
                self._show_badge(event, new_id, open_pdf)
            return new_id
        return None

    def find_code(self, text: str) -> str:
        """A badge scanned in this area: select its holder (nobody is checked in)."""
        from bimtek_desk.desk import lookup

        try:
            found = lookup.resolve(self.store, self.store.events.get(self.event_id), text)
        except UserError as exc:
            return str(exc)
        if found.registration is None:
            return found.message
        self.filter.clear()
        self.select_registration(found.registration.id)
        self.view.setFocus()
        said = self.tr("Badge %1: %2 (dipilih di tabel; tidak dicatat hadir)").replace(
            "%1", text).replace("%2", found.registration.person.name)
        return said if found.status is lookup.Status.VALID else f"{said} — {found.message}"

    def select_registration(self, reg_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(RegistrationRole) == reg_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def _show_badge(self, event: Event, reg_id: int, open_pdf: bool) -> Path:
        """The new badge saved where the committee saves things; ``open_pdf``: printed on the
        default printer, or shown (gui/documents/badge_out)."""
        from bimtek_desk.gui.documents import badge_out

        reg = self.store.registrations.get(reg_id)
        if not open_pdf:
            return badge_out.save(event, reg)
        out, said, _job = badge_out.deliver(self, event, reg, on_message=self._say)
        self._say(said)
        return out

    def _say(self, text: str) -> None:
        """Where the badge went (the window's status bar)."""
        self.last_said = text
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 30_000)

    def reissue_selected(self, reason: str | None = None, open_pdf: bool = True,
                         pin: Grant | None = None) -> Path | None:
        """A lost badge: a new code (the old one is refused at the desk), printed on A6."""
        reg_id = self._selected_or_say()
        if reg_id is None:
            return None
        reg = self.store.registrations.get(reg_id)
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cetak ulang badge"),
                                              self.tr("Alasan cetak ulang badge %1:").replace("%1", reg.person.name),
                                              text=self.tr("hilang"))
            if not ok:
                return None
        event = self.store.events.get(self.event_id)
        grant = pin or ask_pin(self, self.store, self.event_id, Purpose.BADGE_REISSUE)
        if grant is None:
            return None
        try:
            reissue_badge(self.store, event, reg_id, reason, grant, actor="panitia")
            out = self._show_badge(event, reg_id, open_pdf)
        except UserError as exc:
            QMessageBox.warning(self, "bimtek-desk", str(exc))
            return None
        self.refresh()
        return out

    def _ask_import(self) -> None:
        from bimtek_desk.gui.import_dialog import ImportDialog

        path = file_dialogs.open_file(self, self.tr("Pilih berkas daftar peserta"),
                                      self.tr("Daftar peserta (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)"))
        if not path:
            return
        dialog = ImportDialog(self.store, self.event_id, Path(path), self)
        if dialog.exec():
            self.refresh()
            self._say(self.imported_message(dialog.result_report))

    def imported_message(self, report: ImportReport | None) -> str:
        """'28 orang diimpor …': what the import did, said once it is done."""
        if report is None:
            return ""
        text = self.tr("%1 orang diimpor (%2 baru, %3 diperbarui, %4 tetap); %5 pendaftaran baru.") \
            .replace("%1", str(report.new_people + report.updated_people + report.unchanged_people)) \
            .replace("%2", str(report.new_people)).replace("%3", str(report.updated_people)) \
            .replace("%4", str(report.unchanged_people)).replace("%5", str(report.new_registrations))
        if report.skipped_invalid:
            text += " " + self.tr("%1 baris bergalat dilewati.").replace("%1", str(len(report.skipped_invalid)))
        QMessageBox.information(self, self.tr("Impor selesai"), text)
        return text

    def _show_audit(self) -> None:
        from bimtek_desk.gui.audit_dialog import AuditDialog

        AuditDialog(self.store, self.event_id, self).exec()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()
