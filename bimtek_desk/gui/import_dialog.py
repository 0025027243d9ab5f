"""The roster import wizard: choose a file, read the dry-run report with the
spreadsheet's own row numbers and reasons, then import or cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.roster.importer import ImportReport, import_roster
from bimtek_desk.store import Store


class ImportDialog(QDialog):
    def __init__(self, store: Store, event_id: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.path = store, event_id, path
        self.setWindowTitle(self.tr("Impor daftar peserta: %1").replace("%1", path.name))
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.skip_invalid = QCheckBox(self.tr("Impor baris yang sah saja (lewati baris bergalat)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Impor"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.skip_invalid.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.dry_run()

    def dry_run(self) -> None:
        try:
            self.report = import_roster(self.store, self.event_id, self.path, dry_run=True)
        except UserError as exc:
            self.summary.setText(str(exc))
            self.details.setPlainText("")
            self.import_button.setEnabled(False)
            self.skip_invalid.hide()
            return
        lines = self.report.summary()
        self.summary.setText("\n".join(lines[:4]))
        self.details.setPlainText("\n".join(lines[4:]) or self.tr("Tidak ada galat maupun peringatan."))
        self.skip_invalid.setVisible(bool(self.report.errors))
        self._update()

    def _update(self) -> None:
        ok = self.report is not None and (not self.report.errors or self.skip_invalid.isChecked())
        self.import_button.setEnabled(ok and bool(self.report and self.report.accepted))

    def do_import(self) -> None:
        try:
            report = import_roster(self.store, self.event_id, self.path, skip_invalid=self.skip_invalid.isChecked(),
                                   actor="panitia")
        except UserError as exc:
            self.summary.setText(str(exc))
            return
        if not report.applied:
            self.summary.setText(self.tr("Impor ditolak: ada baris bergalat. Tidak ada yang disimpan."))
            return
        self.result_report = report
        self.accept()
