"""The results-import wizard's check page: every file's outcome, every problem with its row and
column, the changed results to confirm, and the hand mapping of a file without its identity sheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.draw.models import Draw
from app.results.queries import packages_of
from ui.widgets.ask import exec_dialog
from ui.widgets.forms import RequiredForm
from ui.widgets.labels import bold, error_label, error_text, set_error
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table, source_row


class CheckPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every returned row is checked as it would be imported. Nothing is saved yet."))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        self.files = RecordTableModel([
            Column(self.tr("File"), lambda r: r["name"]),
            Column(self.tr("District"), lambda r: r["district"]),
            Column(self.tr("New"), lambda r: r["new"], numeric=True),
            Column(self.tr("Changed"), lambda r: r["changed"], numeric=True),
            Column(self.tr("Unchanged"), lambda r: r["unchanged"], numeric=True),
            Column(self.tr("Not filled in"), lambda r: r["open"], numeric=True),
            Column(self.tr("With errors"), lambda r: r["refused"], numeric=True),
            Column(self.tr("Outcome"), lambda r: r["outcome"]),
        ])
        self.files_view = make_table(self.files, stretch_last=True)
        self.issues = RecordTableModel([
            Column(self.tr("File"), lambda r: r["file"]), Column(self.tr("Sheet"), lambda r: r["sheet"]),
            Column(self.tr("Row"), lambda r: r["row"], numeric=True), Column(self.tr("Column"), lambda r: r["column"]),
            Column(self.tr("Object"), lambda r: r["key"]), Column(self.tr("Problem"), lambda r: r["message"]),
        ])
        self.issues_view = make_table(self.issues, stretch_last=True)
        self.changes = RecordTableModel([
            Column(self.tr("File"), lambda r: r["file"]), Column(self.tr("Object"), lambda r: r["key"]),
            Column(self.tr("Changed fields"), lambda r: r["fields"]),
        ])
        self.changes_view = make_table(self.changes, stretch_last=True)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, view in ((self.tr("Files"), self.files_view), (self.tr("Problems found"), self.issues_view),
                            (self.tr("Results that differ from what was imported before"), self.changes_view)):
            split.addWidget(titled(title, view))
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.accept_changes = QCheckBox()
        self.accept_changes.toggled.connect(self.completeChanged)
        row.addWidget(self.accept_changes, 1)
        self.map_button = QPushButton(self.tr("Match a refused file to a package by hand…"))
        self.map_button.clicked.connect(self.map_by_hand)
        row.addWidget(self.map_button)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.start()

    def start(self) -> None:
        set_error(self.error, "")
        self.status.setText(self.tr("Checking…"))
        self.wiz.read_all(self.show_results)

    def show_results(self) -> None:
        rows, issues, changes = [], [], []
        for path in self.wiz.files_page.paths():
            name = Path(path).name
            preview = self.wiz.previews.get(path)
            if preview is None:
                rows.append({"path": path, "name": name, "district": "", "new": "", "changed": "", "unchanged": "",
                             "open": "", "refused": "", "outcome": self.wiz.refusals.get(path, "")})
                continue
            rows.append({"path": path, "name": name, "district": preview.district, "new": len(preview.new),
                         "changed": len(preview.changed), "unchanged": len(preview.unchanged),
                         "open": len(preview.open), "refused": len(preview.refused), "outcome": preview.summary()})
            issues += [{"file": name, "sheet": i.sheet, "row": i.row or "", "column": i.column, "key": i.key,
                        "message": i.message} for i in preview.issues]
            changes += [{"file": name, "key": c.key, "fields": "、".join(c.fields)} for c in preview.changed]
        self.files.set_rows(rows)
        self.issues.set_rows(issues)
        self.changes.set_rows(changes)
        for view in (self.files_view, self.issues_view, self.changes_view):
            fit_columns(view, 360)
        refused = sum(1 for r in rows if r["district"] == "")
        self.status.setText(self.tr("%1 file(s) checked: %2 can be imported, %3 refused; %4 problem(s) found.")
                            .replace("%1", str(len(rows))).replace("%2", str(len(rows) - refused))
                            .replace("%3", str(refused)).replace("%4", str(len(issues))))
        self.accept_changes.setText(self.tr("Also import the %1 changed result(s) (the earlier results are kept "
                                            "as history)").replace("%1", str(len(changes))))
        self.accept_changes.setEnabled(bool(changes))
        self.map_button.setEnabled(refused > 0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self.wiz.previews) and not self.wiz.busy()

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        if self.wiz.outcome is not None:   # committed: accept() validates once more on its way out
            return True
        if self.wiz.busy():
            return False
        set_error(self.error, "")
        self.wiz.commit(self.accept_changes.isChecked(), lambda exc: set_error(self.error, error_text(exc)))
        return False   # the wizard closes itself once the import has been committed

    def map_by_hand(self) -> None:
        row = source_row(self.files_view)
        refused = [r for r in self.files.rows() if r["district"] == ""]
        target = row if row is not None and row["district"] == "" else (refused[0] if refused else None)
        if target is None:
            return
        dialog = MapDialog(Path(target["path"]).name, self)
        if not exec_dialog(dialog):
            return
        self.wiz.mapped[target["path"]] = (dialog.uid(), dialog.reason.text().strip())
        self.start()


def titled(title: str, view) -> QWidget:
    """A table with its caption above it (one pane of the splitter)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(bold(QLabel(title)))
    layout.addWidget(view, 1)
    return box


class MapDialog(RequiredForm):
    """Choose the issued package a file without its identity sheet belongs to, and say why."""

    def __init__(self, file_name: str, parent=None):
        super().__init__(self.tr("Match a file to a package"),
                         self.tr("%1 has no readable package identity. If you are sure which issued package it "
                                 "is, choose it and give the reason; the rows are then checked against that "
                                 "package by their credit codes, and your choice is recorded in the audit log.")
                         .replace("%1", file_name), parent)
        form = QFormLayout()
        self.package = QComboBox()
        districts: list[str] = []
        for draw in Draw.select().where(Draw.status == "drawn").order_by(Draw.draw_no):
            for p in packages_of(draw):
                self.package.addItem(self.tr("Draw %1, %2, issue %3 (%4)").replace("%1", str(draw.draw_no))
                                     .replace("%2", p.district).replace("%3", str(p.issue_no))
                                     .replace("%4", p.uid[:8]), p.uid)
                districts.append(p.district)
        # A district's file is usually named after the district: preselect its latest package.
        guesses = [i for i, district in enumerate(districts) if district in file_name]
        if guesses:
            self.package.setCurrentIndex(guesses[-1])
        self.reason = QLineEdit()
        self.reason.textChanged.connect(self.update_ok)
        form.addRow(self.tr("Package"), self.package)
        form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addLayout(form)
        self.finish(560, 260)

    def is_filled(self) -> bool:
        return self.package.currentIndex() >= 0 and bool(self.reason.text().strip())

    def uid(self) -> str:
        return str(self.package.currentData())
