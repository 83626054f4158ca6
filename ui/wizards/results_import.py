"""The results-import wizard: returned files → check (nothing saved) → import.

Reading and checking a returned file (app.packages.returns.read_return) is a read on the worker; the
import of every checked file (ui.operations.returns.import_results: one transaction) is the one write.
A file refused because its identity sheet is gone can be matched to an issued package by hand, with
a reason that the import records.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.errors import SpotcheckError
from app.packages import returns
from ui.operations import returns as return_ops
from ui.widgets import ask
from ui.widgets.labels import error_text, set_error
from ui.widgets.reads import progress_over, read_with_progress
from ui.wizards.results_check_page import CheckPage
from ui.wizards.wizard_setup import fit_to_screen, setup_wizard


class FilesPage(QWizardPage):
    def __init__(self, wizard: ResultsImportWizard, paths: list[str]):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Returned files"))
        self.setSubTitle(self.tr("Choose the work packages the districts returned (one or several .xlsx files). "
                                 "Each file is recognised by its hidden package identity and checked row by row "
                                 "before anything is saved."))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add files…")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_files)
        remove.clicked.connect(self.remove_selected)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        for path in paths:
            self.list.addItem(str(path))

    def add_files(self) -> None:
        chosen = ask.ask_open_paths(self, self.tr("Returned work packages"), self.tr("Excel workbooks (*.xlsx)"),
                                    kind=ask.RETURNS)
        self.add_paths(chosen)

    def add_paths(self, paths) -> None:
        have = set(self.paths())
        for path in paths:
            if str(path) not in have:
                self.list.addItem(str(path))
        self.completeChanged.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.completeChanged.emit()

    def paths(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.list.count() > 0


class ResultsImportWizard(QWizard):
    imported = Signal(object)          # what import_returns returned

    def __init__(self, ctx, paths: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self._closing = False
        self.outcome = None                       # what the import returned, once it has been committed
        self.previews: dict[str, object] = {}     # path -> ReturnPreview
        self.refusals: dict[str, str] = {}        # path -> why it was refused
        self.mapped: dict[str, tuple[str, str]] = {}   # path -> (package uid, reason) chosen by hand
        setup_wizard(self, self.tr("Import returned results"), self.tr("Import"))
        self.files_page = FilesPage(self, list(paths or []))
        self.check_page = CheckPage(self)
        self.addPage(self.files_page)
        self.addPage(self.check_page)
        fit_to_screen(self, 1040, 700)

    def read_all(self, on_done) -> None:
        """read_return for every file on the worker; refusals are kept per file, not raised."""
        paths = self.files_page.paths()
        mapped = dict(self.mapped)

        def work(progress, cancel):
            previews, refusals = {}, {}
            for n, path in enumerate(paths):
                progress(n, len(paths), Path(path).name)
                uid, reason = mapped.get(path, (None, ""))
                try:
                    previews[path] = returns.read_return(path, map_to=uid, map_reason=reason)
                except SpotcheckError as exc:
                    refusals[path] = str(exc)
            return previews, refusals

        def done(value):
            self.task = None
            if self._closing:
                return
            self.previews, self.refusals = value
            on_done()

        def failed(exc):
            self.task = None
            if not self._closing:
                set_error(self.check_page.error, error_text(exc))

        self.task = read_with_progress(self.ctx, work, title=self.tr("Checking the returned files…"),
                                       on_done=done, on_error=failed, on_cancelled=failed, owner=self)

    def commit(self, accept_changes: bool, on_error) -> None:
        previews = [self.previews[p] for p in self.files_page.paths() if p in self.previews]

        def done(outcome):
            self.task = None
            # before accept(): QWizard validates the current page again on accept, and the check page
            # must then let it close instead of importing a second time
            self.outcome = outcome
            self.imported.emit(outcome)
            self.accept()

        def failed(exc):
            self.task = None
            if not self._closing:
                on_error(exc)

        with progress_over(self.ctx, self):
            self.task = (return_ops.import_results(self, self.ctx, previews, accept_changes=accept_changes)
                         .success(done).failure(failed).cancelled(failed).run())

    def busy(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._closing = True
        super().reject()
