"""The draw's writes: one function per user action, each one core call in an Operation.

Every function returns the Operation unstarted, so the caller adds its own
GUI follow-up and starts it:

    draw_ops.void_draw(self, ctx, draw_no, reason).success(on_done).run()

The default failure is the error dialog with the core's Chinese message; a
wizard page that shows the message in its own error line passes .failure().
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.campaign import changes as campaign_changes
from app.campaign import outputs
from app.draw import service as draw_service
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

# What a draw changes: the draw screen, the match screen's list of drawn draws, the documents' draws.
DRAWS = Changes(draw=True, match=True, documents=True)


def commit_draw(parent: QWidget | None, ctx: AppContext, plan_id: int) -> Operation:
    """Freeze the plan's frames and publish the commitment; the result is the new draw's number."""
    def work(progress, cancel):
        return draw_service.commit_draw(plan_id, progress=progress, cancel=cancel).draw_no
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Committing the draw…"),
                     changes=Changes(plan=True, draw=True),
                     cancellable=True)


def run_draw(parent: QWidget | None, ctx: AppContext, draw_no: int, witnesses: list[dict]) -> Operation:
    """The witnessed draw itself, exactly once; the result is the draw's number."""
    def work(progress, cancel):
        draw = draw_service.run_draw(draw_no, witnesses, progress=progress, cancel=cancel)
        return draw.draw_no if draw is not None else draw_no
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Drawing…"),
                     changes=DRAWS, cancellable=True)


def void_draw(parent: QWidget | None, ctx: AppContext, draw_no: int, reason: str) -> Operation:
    def work(progress, cancel):
        return campaign_changes.void_draw(draw_no, reason)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Voiding the draw…"),
                     changes=DRAWS)


def use_alternate(parent: QWidget | None, ctx: AppContext, draw_no: int, task: str, key: str, reason: str,
                  approver: str) -> Operation:
    """The rule's alternate for a drawn enterprise (and, once matched, its team); the result is the change dict."""
    def work(progress, cancel):
        return campaign_changes.use_alternate_after_match(draw_no, task, key, reason, approver)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Using an alternate…"),
                     changes=DRAWS)


def write_commitment_sheet(parent: QWidget | None, ctx: AppContext, draw_no: int, folder: str) -> Operation:
    """commitment.json, the commitment sheet PDF and the frame files in `folder`; the result is {name: path}."""
    def work(progress, cancel):
        progress(0, 1, "")
        return outputs.write_commit_outputs(draw_no, Path(folder))
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Writing the commitment sheet…"),
                     changes=Changes())


def write_draw_record(parent: QWidget | None, ctx: AppContext, draw_no: int, folder: str,
                      full_pdf: bool = False) -> Operation:
    """draw-record.json, draw-listing.xlsx and the printed draw record in `folder` (its lists up to the
    page limit, or every row when `full_pdf`); the result is {name: path}."""
    def work(progress, cancel):
        return outputs.write_draw_outputs(draw_no, Path(folder), full_pdf=full_pdf)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("DrawOperations", "Writing the draw record…"),
                     changes=Changes(), cancellable=True)
