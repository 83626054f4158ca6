"""The district copy's side of a two-level campaign, from the GUI: one function per user action.

    share_ops.import_share(self, ctx, path, district).success(done).failure(refused).run()
    share_ops.write_return(self, ctx, draw_no, path).success(done).failure(refused).run()

Each is one core call (app.share.importer.import_share, app.share.returns_writer.write_return) on the
worker thread. Checking a share before the import is a read (ui.widgets.reads, app.share.verify).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.share import importer, returns_writer
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def import_share(parent: QWidget | None, ctx: AppContext, path: str, district: str | None) -> Operation:
    """Import a share file the city sent (a new frozen plan, its drawn draw and inspections); the result
    is the ImportedShare. Refused with the core's Chinese message, nothing written, unless it verifies."""
    def work(progress, cancel):
        progress(0, 0, translate("ShareOperations", "Importing the share file…"))
        return importer.import_share(path, district=district)

    return Operation(parent, ctx, work, title=translate("ShareOperations", "Importing the share file…"),
                     changes=Changes(plan=True, draw=True))


def write_return(parent: QWidget | None, ctx: AppContext, draw_no: int, path: str) -> Operation:
    """Write the return of a received, matched draw to the city; the result is the ReturnOutcome.
    It adds a "share.return" audit entry only; results=True so the return tab and step 6 re-read."""
    def work(progress, cancel):
        progress(0, 0, translate("ShareOperations", "Writing the return file…"))
        return returns_writer.write_return(draw_no, path)

    return Operation(parent, ctx, work, title=translate("ShareOperations", "Writing the return file…"),
                     changes=Changes(results=True))
