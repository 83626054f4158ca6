"""The actions of step 7 (结果公示): the publication export, closing a follow-up, the statistics workbook,
the summary report and the archive.

Each function is one call of an app.publish service in an Operation and returns it unstarted:

    publish_ops.export_publication(self, ctx, plan_id, path, csv=True, only_new=True).success(done).run()

An export records what it carried (the next export shows only what is new or changed) and closing a
follow-up adds a result revision, so both announce Changes(results=True): the step list and the tabs
read again. The statistics workbook, the summary report and the archive only write files: they change
nothing in the database and announce nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.docs import summary as summary_core
from app.publish import archive as archive_core
from app.publish import archive_extras, stats_export
from app.publish import export as export_core
from app.publish import followup as followup_core
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

RESULTS = Changes(results=True)
NOTHING = Changes()

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def export_publication(parent: QWidget | None, ctx: AppContext, plan_id: int, out_path: str, *, csv: bool,
                       only_new: bool, published_on: str | None = None) -> Operation:
    """The publication file (and its CSV twin); the result is the core's ExportOutcome (counts, files)."""
    def work(progress, cancel):
        return export_core.export_publication(plan_id, out_path, csv=csv, only_new=only_new,
                                              published_on=published_on, progress=progress, cancel=cancel)
    return Operation(parent, ctx, work, title=translate("PublishOperations", "Exporting the publication file…"),
                     changes=RESULTS, cancellable=True)


def close_followup(parent: QWidget | None, ctx: AppContext, draw_no: int, key: str, *, closed_on: str, by: str,
                   note: str = "", measures: list[str] | None = None) -> Operation:
    """办结: the follow-up of one inspection is closed on `closed_on` by `by` (measures: those taken, added to
    the recorded ones); the result is the new result revision."""
    def work(progress, cancel):
        return followup_core.close_followup(draw_no, key, closed_on=closed_on, by=by, note=note,
                                            measures=measures)
    return Operation(parent, ctx, work, title=translate("PublishOperations", "Closing the follow-up…"),
                     changes=RESULTS)


def export_statistics(parent: QWidget | None, ctx: AppContext, plan_id: int, out_path: str) -> Operation:
    """The statistics tables as an xlsx workbook."""
    def work(progress, cancel):
        return stats_export.export_statistics(plan_id, out_path)
    return Operation(parent, ctx, work, title=translate("PublishOperations", "Exporting the statistics…"),
                     changes=NOTHING)


def write_summary(parent: QWidget | None, ctx: AppContext, plan_id: int, out_path: str) -> Operation:
    """The summary report PDF for the leadership; the result is its path. Nothing in the database changes."""
    def work(progress, cancel):
        return summary_core.write_summary_pdf(plan_id, out_path, progress=progress, cancel=cancel)
    return Operation(parent, ctx, work, title=translate("PublishOperations", "Writing the summary report…"),
                     changes=NOTHING, cancellable=True)


def write_archive(parent: QWidget | None, ctx: AppContext, plan_id: int, out_path: str, *,
                  with_summary: bool) -> Operation:
    """The campaign archive (with the summary report and the statistics when asked); the result is the core's
    ArchiveOutcome. Nothing in the database changes."""
    def work(progress, cancel):
        if with_summary:
            return archive_extras.write_campaign_archive(plan_id, out_path, progress=progress, cancel=cancel)
        return archive_core.write_archive(plan_id, out_path, progress=progress, cancel=cancel)
    return Operation(parent, ctx, work, title=translate("PublishOperations", "Writing the archive…"),
                     changes=NOTHING, cancellable=True)
