"""Work packages out and returned results in, from the GUI: one function per user action."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.packages import returns, writer
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def write_packages(parent: QWidget | None, ctx: AppContext, draw_no: int, out_dir: str, *,
                   district: str | None = None, with_documents: bool = False) -> Operation:
    """Write the districts' work packages (and record them as issued); the result is the files written."""
    def work(progress, cancel):
        return writer.write_packages(draw_no, out_dir, district=district, with_documents=with_documents,
                                     progress=progress, cancel=cancel)

    return Operation(parent, ctx, work, title=translate("ReturnOperations", "Writing work packages…"),
                     changes=Changes(results=True, documents=with_documents), cancellable=True)


def import_results(parent: QWidget | None, ctx: AppContext, previews: list, *,
                   accept_changes: bool) -> Operation:
    """Import the checked returned files in one transaction; the result is what each file changed."""
    def work(progress, cancel):
        return returns.import_returns(previews, accept_changes=accept_changes, progress=progress, cancel=cancel)

    return Operation(parent, ctx, work, title=translate("ReturnOperations", "Importing results…"),
                     changes=Changes(results=True), cancellable=True)
