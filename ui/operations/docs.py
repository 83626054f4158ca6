"""Document writes from the GUI: generate the PDFs of a draw (document numbers are allocated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.docs import service as docs_service
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def generate_documents(parent: QWidget | None, ctx: AppContext, kind: str, draw_no: int, out_dir: str, *,
                       keys: list[str] | None = None, district: str | None = None) -> Operation:
    """Generate one kind of document for a draw (all, one district's or the chosen inspections');
    the result is the list of files written. A failure is shown in the error dialog (the default)."""
    def work(progress, cancel):
        return docs_service.generate(kind, draw_no, out_dir, keys=keys, district=district,
                                     progress=progress, cancel=cancel)

    return (Operation(parent, ctx, work, title=translate("DocumentOperations", "Generating documents…"),
                      changes=Changes(documents=True), cancellable=True))
