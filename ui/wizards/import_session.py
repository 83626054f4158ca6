"""What the import wizard's pages ask of the wizard that holds them.

The pages (import_file_pages, import_mapping_page, import_check_pages) are built by
ImportWizard and share its state through it: this Protocol names that contract, so
the pages depend on it and not on the wizard's module (which imports them).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance

from app.registers.models import RegisterVersion
from app.registers.results import FilePreview, ImportResult
from ui.context import AppContext
from ui.operations import Operation
from ui.tasks import Task


class ImportSession(Protocol):
    ctx: AppContext
    preview: FilePreview | None          # the file as read for the sheets and columns pages
    preview_key: tuple | None            # (path, kind, encoding) the preview was made for
    result: ImportResult | None          # the validation, once run
    version: RegisterVersion | None      # the committed version, once imported
    committed: SignalInstance            # emits the new version's id
    file_page: Any                       # FilePage (its module imports this one)
    sheets_page: Any                     # SheetsPage
    validate_page: Any                   # ValidatePage (its confirmation of a replacing version)

    def kind(self) -> str: ...

    def options(self) -> dict: ...

    def busy(self) -> bool: ...

    def is_closing(self) -> bool: ...

    def read(self, fn: Callable, *, title: str, on_done: Callable, on_error: Callable,
             on_cancelled: Callable | None = None, cancellable: bool = True) -> Task: ...

    def write(self, operation: Operation, *, on_done: Callable, on_error: Callable,
              on_cancelled: Callable | None = None, even_if_closed: bool = False) -> Task: ...

    def next(self) -> None: ...

    def accept(self) -> None: ...
