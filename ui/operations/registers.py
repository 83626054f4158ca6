"""Register writes from the GUI: commit an import, save an error report.

Each function returns an Operation (ui/operations); the caller adds its
callbacks and runs it:

    import_register(wizard, ctx, result).success(on_done).failure(on_error).run()
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.registers import queries, service
from app.registers.results import ImportResult
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def import_register(parent: QWidget | None, ctx: AppContext, result: ImportResult) -> Operation:
    """Commit a validated import as the register's new version; the result is the new version's id."""
    def work(progress, cancel) -> int:
        return service.commit_import(result, progress=progress, cancel=cancel).id

    return Operation(parent, ctx, work, title=translate("RegisterOperations", "Importing"),
                     changes=Changes(registers=True), cancellable=True)


def save_import_report(parent: QWidget | None, ctx: AppContext, result: ImportResult, path: Path) -> Operation:
    """Write the remarks of a validation (not yet imported) to an Excel file; the result is its path."""
    return _save_report(parent, ctx, lambda: result, path)


def save_version_report(parent: QWidget | None, ctx: AppContext, version_id: int, path: Path) -> Operation:
    """Write the kept remarks of an imported version to an Excel file; the result is its path."""
    return _save_report(parent, ctx, lambda: queries.version_by_id(version_id), path)


def _save_report(parent, ctx, source, path: Path) -> Operation:
    def work(progress, cancel) -> Path:
        progress(0, 0, translate("RegisterOperations", "Writing the error report…"))
        return service.write_error_report(source(), path)

    # A file outside the database: nothing the screens show changes.
    return Operation(parent, ctx, work, title=translate("RegisterOperations", "Save error report"),
                     changes=Changes(), cancellable=False)
