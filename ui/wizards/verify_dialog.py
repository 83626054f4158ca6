"""Verify a record: one of this database's draw or match records (picked from a list), or any
draw-record.json / match-record.json received from elsewhere, re-computed by the published rules.

The checks are app.match.queries.verify_record_file (app.draw.verify / app.match.verify), through
app.campaign.stored_records for a listed record (its frames and inputs come from the database, written
as published); a file's frames folder beside it is filled in without asking. This dialog only chooses
and shows each check with ✓/✗ and its Chinese message.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.campaign import stored_records
from app.match import queries, record_state
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
        intro = QLabel(self.tr("Re-compute a draw record or a match record from its own contents, by the published "
                               "rules. Pick one of this database's records below, or choose a record file received "
                               "from elsewhere. Nothing in the database is changed; for a match record the dialog "
                               "then says whether this database holds a later version."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Records of this database:")))
        self.records = QListWidget()
        self.records.setMaximumHeight(150)
        self.records_note = QLabel()
        self.records_note.setWordWrap(True)
        layout.addWidget(self.records)
        layout.addWidget(self.records_note)
        layout.addWidget(QLabel(self.tr("Or a record file received from elsewhere:")))
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
        self.standing = QLabel()        # which revision the file is, and whether this database has a later one
        self.standing.setObjectName("revisionStanding")
        self.standing.setWordWrap(True)
        self.standing.setVisible(False)
        layout.addWidget(self.standing)
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
        self._auto_frames = ""
        self._fill_records()
        self.records.currentRowChanged.connect(self._record_picked)
        self.record.edit.textChanged.connect(self._file_changed)
        self.record.edit.setText(record_path)
        self._update_button()
        self.resize(900, 680)

    def _fill_records(self) -> None:
        for rec in stored_records.stored_records():
            if rec.kind == stored_records.DRAW:
                text = self.tr("Draw %1: draw record")
            else:
                text = self.tr("Draw %1: match record")
            item = QListWidgetItem(text.replace("%1", str(rec.draw_no)))
            item.setData(Qt.ItemDataRole.UserRole, rec)
            item.setToolTip(self.tr("Plan: %1").replace("%1", rec.plan_title))
            self.records.addItem(item)
        if self.records.count():
            self.records.setCurrentRow(0)
            self.records_note.setText("")
        else:
            self.records_note.setText(self.tr("This database has no completed draw or match yet."))
        self.records_note.setHidden(not self.records_note.text())

    def picked(self) -> stored_records.StoredRecord | None:
        item = self.records.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def _record_picked(self, row: int) -> None:
        if row >= 0 and self.record.text():
            self.record.edit.clear()
        self._update_button()

    def _file_changed(self, text: str) -> None:
        """A file replaces the listed record; its frames folder, when written beside it, is filled in."""
        if text.strip():
            self.records.setCurrentRow(-1)
            self.records.clearSelection()
            found = stored_records.frames_beside(text.strip())
            if found and self.frames.text() in ("", self._auto_frames):
                self.frames.edit.setText(found)
                self._auto_frames = found
        elif self.frames.text() == self._auto_frames:
            self.frames.edit.clear()
        self._update_button()

    def _update_button(self) -> None:
        self.run_button.setEnabled(bool(self.record.text()) or self.picked() is not None)

    def run(self) -> None:
        set_error(self.error, "")
        self.summary.setText("")
        self.model.set_rows([])
        self.standing.setVisible(False)
        picked = self.picked()
        if self.record.text() or picked is None:
            args = (self.record.text(), self.frames.text(), self.roster.text(), self.avoid.text(),
                    self.draw_record.text())
            work = lambda: (*queries.verify_record_file(*args), record_state.file_standing(args[0]))   # noqa: E731
        else:
            work = lambda: _verify_stored(picked.kind, picked.draw_no)   # noqa: E731
        self.run_button.setEnabled(False)
        read_in_background(self.ctx, work, title=self.tr("Verifying the record…"),
                           on_done=self._done, on_error=self._failed, cancellable=True)

    def _done(self, result) -> None:
        kind, checks, standing = result
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
        self._show_standing(standing)

    def _show_standing(self, standing: dict | None) -> None:
        """A match record passes verification whatever its revision: say which one it is."""
        if standing is None:
            return
        version = self.tr("This file is version %1 of the match record.").replace("%1", str(standing["revision"]))
        if not standing["same_match"]:
            text = version + " " + self.tr("This database holds no such match of this draw (a record from "
                                           "elsewhere, or of a voided match): it cannot say whether a later "
                                           "version exists.")
            colour = ""
        elif standing["later"]:
            text = version + " " + self.tr("This database holds a later version (%1): the file is OUT OF DATE and "
                                           "no longer shows the current teams. Save the current record from the "
                                           "match screen.").replace("%1", str(standing["current_revision"]))
            colour = "color: #b3261e; font-weight: bold;"
        elif standing["current"]:
            text = version + " " + self.tr("It is the current version in this database.")
            colour = "color: #1b7f3b;"
        else:
            text = version + " " + self.tr("It differs from the record of this database (version %1).") \
                .replace("%1", str(standing["current_revision"]))
            colour = "color: #b3261e; font-weight: bold;"
        self.standing.setText(text)
        self.standing.setStyleSheet(colour)
        self.standing.setVisible(True)

    def _failed(self, exc) -> None:
        self.run_button.setEnabled(True)
        set_error(self.error, str(exc))


def _verify_stored(kind: str, draw_no: int) -> tuple:
    """(spec, checks, standing) of this database's own record; a match record's standing is its current one."""
    spec, checks = stored_records.verify_stored(kind, draw_no)
    match = queries.current_match(draw_no, required=False) if kind == stored_records.MATCH else None
    return spec, checks, record_state.standing(match.record) if match is not None and match.record else None
