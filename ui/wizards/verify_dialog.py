"""Verify a record: open any draw-record.json or match-record.json and re-compute it.

The checks are app.match.queries.verify_record_file (app.draw.verify / app.match.verify);
this dialog only chooses the files and shows each check with ✓/✗ and its Chinese message.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.match import queries
from ui.widgets import ask
from ui.widgets.labels import error_label, set_error
from ui.widgets.reads import read_in_background
from ui.widgets.tables import RecordTableModel, make_table
from ui.wizards import draw_models as dm


class PathField(QWidget):
    def __init__(self, choose, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._choose(choose))
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _choose(self, choose) -> None:
        path = choose()
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()


class VerifyDialog(QDialog):
    def __init__(self, ctx, parent=None, record_path: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Verify a record"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Re-compute a draw record or a match record from its own contents. Given the exported "
                               "frame files (draw) or the roster and avoidance files (match), their digests are "
                               "checked too. Nothing in the database is used or changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        json_filter = self.tr("Records (*.json)")
        self.record = PathField(lambda: ask.ask_open_path(self, self.tr("Open a record"), json_filter,
                                                            kind=ask.RECORDS))
        self.frames = PathField(lambda: ask.ask_folder(self, self.tr("Folder of the frame files"),
                                                         kind=ask.RECORDS))
        text_filter = self.tr("Text files (*.txt);;All files (*)")
        self.roster = PathField(lambda: ask.ask_open_path(self, self.tr("Roster file"), text_filter,
                                                            kind=ask.RECORDS))
        self.avoid = PathField(lambda: ask.ask_open_path(self, self.tr("Avoidance file"), text_filter,
                                                           kind=ask.RECORDS))
        self.draw_record = PathField(lambda: ask.ask_open_path(self, self.tr("The draw record"), json_filter,
                                                                 kind=ask.RECORDS))
        form.addRow(self.tr("Record (draw-record.json or match-record.json)"), self.record)
        form.addRow(self.tr("Frame files folder (draw, optional)"), self.frames)
        form.addRow(self.tr("Roster file (match, optional)"), self.roster)
        form.addRow(self.tr("Avoidance file (match, optional)"), self.avoid)
        form.addRow(self.tr("Draw record (match, optional)"), self.draw_record)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Verify"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        row.addWidget(self.run_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.model = RecordTableModel(dm.check_columns())
        self.model.row_colour = dm.check_colour
        self.view = make_table(self.model, stretch_last=True)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.record.edit.textChanged.connect(lambda t: self.run_button.setEnabled(bool(t.strip())))
        self.record.edit.setText(record_path)
        self.run_button.setEnabled(bool(record_path))
        self.resize(900, 560)

    def run(self) -> None:
        set_error(self.error, "")
        self.summary.setText("")
        self.model.set_rows([])
        args = (self.record.text(), self.frames.text(), self.roster.text(), self.avoid.text(), self.draw_record.text())
        self.run_button.setEnabled(False)
        read_in_background(self.ctx, lambda: queries.verify_record_file(*args), title=self.tr("Verifying the record…"),
                           on_done=self._done, on_error=self._failed, cancellable=True)

    def _done(self, result) -> None:
        kind, checks = result
        self.run_button.setEnabled(True)
        self.model.set_rows(checks)
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        failed = sum(1 for c in checks if not c["ok"])
        what = self.tr("Match record") if kind == queries.MATCH_SPEC else self.tr("Draw record")
        if failed:
            self.summary.setText(self.tr("%1: %2 of %3 checks FAILED.").replace("%1", what)
                                 .replace("%2", str(failed)).replace("%3", str(len(checks))))
            self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.summary.setText(self.tr("%1: all %2 checks passed.").replace("%1", what)
                                 .replace("%2", str(len(checks))))
            self.summary.setStyleSheet("color: #1b7f3b; font-weight: bold;")

    def _failed(self, exc) -> None:
        self.run_button.setEnabled(True)
        set_error(self.error, str(exc))
