"""The import wizard: file and register → sheets and header row → column mapping → validation → commit.

Every step asks app.registers: preview_file (no writes) and validate_import (no
writes, on the worker with progress and cancel) are reads; committing the
import (ui.operations.registers.import_register: one transaction, on the worker)
is the one write. Nothing is written before the last page's button, and a
cancelled or failed commit writes nothing.

The pages live in import_file_pages (file, sheets), import_mapping_page
(columns) and import_check_pages (validation) and import_confirm_page (the import).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from ui.operations import Operation
from ui.widgets.reads import progress_over, read_with_progress
from ui.wizards.import_check_pages import ValidatePage
from ui.wizards.import_confirm_page import ConfirmPage
from ui.wizards.import_file_pages import FilePage, SheetsPage
from ui.wizards.import_mapping_page import MappingPage
from ui.wizards.wizard_setup import fit_to_screen, setup_wizard


class ImportWizard(QWizard):
    """Implements ui.wizards.import_session.ImportSession for its pages."""
    committed = Signal(int)          # the new RegisterVersion's id

    def __init__(self, ctx, kind: str = "enterprise", path: str | Path | None = None,
                 register_name: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None          # app.registers.results.FilePreview
        self.preview_key = None      # (path, kind, encoding) the preview was made for
        self.result = None           # app.registers.results.ImportResult
        self.version = None          # the committed RegisterVersion
        self.task = None             # the running Task, if any
        self._closing = False
        setup_wizard(self, self.tr("Import a register"), self.tr("Import"))
        self.file_page = FilePage(self, kind, path, register_name)
        self.sheets_page = SheetsPage(self)
        self.mapping_page = MappingPage(self)
        self.validate_page = ValidatePage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.file_page, self.sheets_page, self.mapping_page, self.validate_page, self.confirm_page):
            self.addPage(page)
        fit_to_screen(self, 980, 680)

    # ---- what the pages collected -------------------------------------------------

    def kind(self) -> str:
        return self.file_page.kind()

    def options(self) -> dict:
        """The keyword arguments of validate_import, from the pages."""
        return {"mapping": self.mapping_page.mapping(), "sheets": self.sheets_page.sheets(),
                "header_row": self.sheets_page.header_row(), "encoding": self.file_page.encoding()}

    # ---- running services ---------------------------------------------------------

    def read(self, fn, *, title: str, on_done, on_error, on_cancelled=None, cancellable: bool = True):
        """A long read (preview, validation) on the worker; its progress dialog over the wizard."""
        done, failed, cancelled = self._guarded(on_done, on_error, on_cancelled)
        self.task = read_with_progress(self.ctx, fn, title=title, on_done=done, on_error=failed,
                                       cancellable=cancellable, on_cancelled=cancelled, owner=self)
        return self.task

    def write(self, operation: Operation, *, on_done, on_error, on_cancelled=None, even_if_closed: bool = False):
        """Run a write (ui.operations.registers) with the wizard's callbacks; its progress dialog over the wizard."""
        done, failed, cancelled = self._guarded(on_done, on_error, on_cancelled, even_if_closed)
        with progress_over(self.ctx, self):
            self.task = operation.success(done).failure(failed).cancelled(cancelled).run()
        return self.task

    def _guarded(self, on_done, on_error, on_cancelled, even_if_closed: bool = False):
        """The callbacks, forgetting the task and silent once the wizard is closed (a result may still count)."""
        def done(value):
            self.task = None
            if not self._closing or even_if_closed:
                on_done(value)

        def failed(exc):
            self.task = None
            if not self._closing:
                on_error(exc)

        def cancelled(exc):
            self.task = None
            if not self._closing and on_cancelled is not None:
                on_cancelled(exc)

        return done, failed, cancelled

    def busy(self) -> bool:
        return self.task is not None

    def is_closing(self) -> bool:
        """Closed while a service ran: late results are ignored (a finished commit still counts)."""
        return self._closing

    def reject(self) -> None:
        # Closing while a service runs: ask it to stop; its result is ignored (nothing was committed
        # unless the commit itself had finished, which then is reported by the registers screen).
        if self.task is not None:
            self.task.cancel()
        self._closing = True
        super().reject()
