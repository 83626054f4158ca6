"""The results' writes: enter (or correct) one inspection's result, review, 退回.

Each function is one call of app.results.service in an Operation (one transaction, one audit entry
"results.<kind>") and announces Changes(results=True); they return the Operation unstarted:

    results_ops.review_results(self, ctx, draw_no, keys, reviewer).success(done).run()
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.results import service as results_service
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

RESULTS = Changes(results=True)


def enter_result(parent: QWidget | None, ctx: AppContext, draw_no: int, key: str, content: dict,
                 reason: str = "") -> Operation:
    """Record or correct one inspection's result as 已录入; the result is the new (or unchanged) revision."""
    def work(progress, cancel):
        return results_service.enter_result(draw_no, key, content, reason=reason)
    return Operation(parent, ctx, work, title=QCoreApplication.translate("ResultOperations", "Saving the result…"),
                     changes=RESULTS)


def review_results(parent: QWidget | None, ctx: AppContext, draw_no: int, keys: list[str],
                   reviewer: str) -> Operation:
    """已录入 → 已审核 for every key at once, naming the reviewer; the result is the list of new revisions."""
    def work(progress, cancel):
        return results_service.review_results(draw_no, keys, reviewer)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("ResultOperations", "Approving the results…"),
                     changes=RESULTS)


def return_result(parent: QWidget | None, ctx: AppContext, draw_no: int, key: str, reviewer: str,
                  reason: str) -> Operation:
    """退回: an entered or reviewed result goes back for correction, with the reviewer and the reason."""
    def work(progress, cancel):
        return results_service.return_result(draw_no, key, reviewer, reason)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("ResultOperations", "Returning the result…"),
                     changes=RESULTS)
