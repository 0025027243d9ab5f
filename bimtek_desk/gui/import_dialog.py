"""The roster import wizard: read the file in the background, show which column
feeds which field (the committee may choose another before importing) and the
dry-run report grouped by kind, then import or cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bimtek_desk.errors import UserError
from bimtek_desk.gui import file_dialogs
from bimtek_desk.gui.workers import Job, run_job
from bimtek_desk.roster import read as readlib
from bimtek_desk.roster.columns import FIELD_LABELS, FIELDS, letter
from bimtek_desk.roster.importer import (
    ImportReport,
    apply_parsed,
    parse_book,
    read_book,
)
from bimtek_desk.roster.parse import ColumnMissing, Parsed
from bimtek_desk.store import Store

UNUSED = "-"


class ImportDialog(QDialog):
    def __init__(self, store: Store, event_id: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.path = store, event_id, path
        self.roster_event = store.events.get(event_id)
        self.setWindowTitle(self.tr("Impor daftar peserta: %1").replace("%1", path.name))
        self.book: readlib.Workbook | None = None
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self.mapping: dict[str, str] = {}
        self.job: Job | None = None

        self.summary = QLabel(self.tr("Membaca berkas…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: 600;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)

        self.columns_box = QGroupBox(self.tr("Kolom yang dipakai"))
        self.columns_form = QFormLayout(self.columns_box)
        self.columns_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[str, QComboBox] = {}
        for f in FIELDS:
            if f == "no":
                continue
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, f=f: self._column_chosen(f))
            self.combos[f] = combo
            self.columns_form.addRow(FIELD_LABELS[f], combo)
        self.columns_box.setEnabled(False)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFont("DejaVu Sans")
        mono.setPointSizeF(max(8.0, self.font().pointSizeF() - 0.5))
        self.details.setFont(mono)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.columns_box)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.skip_invalid = QCheckBox(self.tr("Impor baris yang sah saja (lewati baris bergalat)"))
        self.skip_invalid.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_full = QPushButton(self.tr("Simpan daftar lengkap…"))
        self.save_full.setEnabled(False)
        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)  # Enter imports, once importing is possible
        self.buttons.addButton(self.save_full, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.save_full.clicked.connect(self._save_full)
        self.skip_invalid.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(split, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 640
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        # Tab walks the page top-down and left to right: the columns, the report, the choice, the buttons.
        chain = [*self.combos.values(), self.details, self.skip_invalid, self.import_button, self.save_full,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(chain, chain[1:], strict=False):
            self.setTabOrder(a, b)
        self._start()

    # -- reading, in the background ------------------------------------------------------------

    def _start(self) -> None:
        """Read (or, after a column choice, re-read) the roster on a worker thread."""
        event, path, book, mapping = self.roster_event, self.path, self.book, dict(self.mapping)

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> tuple[Any, Any]:
            read = book if book is not None else read_book(path)
            try:
                return read, parse_book(read, event, mapping=mapping)
            except ColumnMissing as exc:  # the committee chooses the column here, on the sheet the message names
                return read, exc

        self.busy.show()
        self.import_button.setEnabled(False)
        self.columns_box.setEnabled(False)
        self.job = run_job(work, self, finished=self._parsed, failed=self._failed)

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until the background reading is done (for scripts and tests)."""
        from PySide6.QtCore import QDeadlineTimer, QThreadPool

        QThreadPool.globalInstance().waitForDone(QDeadlineTimer(timeout_ms))
        QApplication.processEvents()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.summary.setText(message)
        self.verdict.setText("")
        self.details.setPlainText("")
        self.import_button.setEnabled(False)
        self.skip_invalid.hide()
        # a column choice that cannot work: the choices stay open so it can be undone
        self.columns_box.setEnabled(self.book is not None)

    def _parsed(self, result: tuple[readlib.Workbook, Parsed | ColumnMissing]) -> None:
        self.busy.hide()
        self.book, parsed = result
        if isinstance(parsed, ColumnMissing):
            self._column_missing(parsed)
            return
        first = self.report is None
        try:
            self.report = apply_parsed(self.store, self.roster_event, self.path, self.book.kind, parsed, dry_run=True,
                                       skip_invalid=self.skip_invalid.isChecked())
        except UserError as exc:
            self._failed(str(exc))
            return
        self._fill_columns()
        self._show_report()
        if first:  # the keyboard lands where the next decision is: import, or import the valid rows only
            target = self.import_button if self.import_button.isEnabled() else \
                self.skip_invalid if self.skip_invalid.isVisible() else self.buttons.button(
                    QDialogButtonBox.StandardButton.Cancel)
            target.setFocus()

    def _fill_columns(self) -> None:
        assert self.report is not None
        header = self.report.parsed.header
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipakai)"), UNUSED)
            for col, text in sorted(header.texts.items()):
                combo.addItem(f"{letter(col)}  {text}", letter(col))
            choice = header.choices.get(f)
            combo.setCurrentIndex(combo.findData(letter(choice.column)) if choice else 0)
            tip = ""
            if choice and choice.rivals:
                tip = self.tr("Juga mirip: %1").replace("%1", ", ".join(header.describe(c) for c in choice.rivals))
            combo.setToolTip(tip)
            combo.blockSignals(False)
        self.columns_box.setEnabled(True)

    def _column_missing(self, missing: ColumnMissing) -> None:
        """NIK or Nama not found: every column of that sheet is offered, the missing field's first."""
        self.report = None
        label = FIELD_LABELS[missing.field]
        self.summary.setText(self.tr("Kolom %1 tidak ditemukan di lembar '%2'. Pilih kolom yang berisi %1 di "
                                     "'Kolom yang dipakai'.").replace("%1", label).replace("%2", missing.sheet))
        self.verdict.setText("")
        self.details.setPlainText("\n".join(f"{letter(c)}  {t}" for c, t in sorted(missing.texts.items())))
        self.import_button.setEnabled(False)
        self.skip_invalid.hide()
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipakai)"), UNUSED)
            for col, text in sorted(missing.texts.items()):
                combo.addItem(f"{letter(col)}  {text}", letter(col))
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(f, UNUSED))))
            combo.setToolTip("")
            combo.blockSignals(False)
        self.columns_box.setEnabled(True)
        self.combos[missing.field].setFocus()

    def _column_chosen(self, f: str) -> None:
        self.mapping[f] = self.combos[f].currentData()
        self._start()

    # -- the report --------------------------------------------------------------------------

    def _show_report(self) -> None:
        report = self.report
        assert report is not None
        lines = report.summary(skip_option=self.tr("centang 'Impor baris yang sah saja'"), groups=40)
        n_mapping = len(report.mapping_lines())
        head, body = lines[0], lines[2 + n_mapping:]
        self.summary.setText(head + "\n" + body[0])
        self.verdict.setText(body[1])
        self.details.setPlainText("\n".join(x.strip() for x in body[2:]) or
                                  self.tr("Tidak ada galat maupun peringatan."))
        self.skip_invalid.setVisible(bool(report.errors) and report.accepted > 0)
        self.save_full.setEnabled(bool(report.parsed.findings))
        self._update()

    def _update(self) -> None:
        report = self.report
        if report is not None and report.skip_invalid != self.skip_invalid.isChecked():
            report.skip_invalid = self.skip_invalid.isChecked()
            self.verdict.setText(report.verdict(self.tr("centang 'Impor baris yang sah saja'")))
        ok = report is not None and not report.refused
        self.import_button.setEnabled(ok)

    def _save_full(self) -> None:
        if self.report is None:
            return
        name = file_dialogs.save_file(self, self.tr("Simpan daftar lengkap"), f"laporan-impor-{self.path.stem}.txt",
                                      self.tr("Teks (*.txt)"))
        if name:
            try:
                self.report.write_full(name)
            except UserError as exc:
                self.summary.setText(str(exc))

    # -- importing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.report is None or self.book is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = apply_parsed(self.store, self.roster_event, self.path, self.book.kind, self.report.parsed,
                                  dry_run=False, skip_invalid=self.skip_invalid.isChecked(), actor="panitia")
        except UserError as exc:
            self.summary.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if not report.applied:
            self.summary.setText(self.tr("Impor ditolak: ada baris bergalat. Tidak ada yang disimpan."))
            return
        self.result_report = report
        self.accept()

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        super().reject()
