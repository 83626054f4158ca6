"""Work packages out and returned results in, from the GUI: one function per user action."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.draw.models import Inspection
from app.draw.queries import get_draw
from app.packages import returns, writer
from app.progress import check_cancel
from app.share.returns_import import import_return
from app.share.writer import write_share
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


def share_file_name(draw_no: int, district: str) -> str:
    return f"{district}-共享文件-第{draw_no}号抽取.zip"


def write_shares(parent: QWidget | None, ctx: AppContext, draw_no: int, out_dir: str,
                 districts: list[str]) -> Operation:
    """Write one share file (app.share.writer.write_share) per district into `out_dir`; the result is the
    ShareOutcomes. A district without active inspections in the draw has nothing to share and is left out
    when several are written (asked for alone, its refusal is shown)."""
    def work(progress, cancel):
        wanted = _with_inspections(draw_no, districts) if len(districts) > 1 else districts
        out = []
        for n, district in enumerate(wanted):
            # Between files only: each written file is complete and logged (share.write) on its own.
            check_cancel(cancel, translate("ReturnOperations", "Cancelled: the share files already written "
                                           "are kept and logged.") if out else None)
            progress(n, len(wanted), translate("ReturnOperations", "Writing the share file of %1…")
                     .replace("%1", district))
            out.append(write_share(draw_no, district, Path(out_dir) / share_file_name(draw_no, district)))
        return out

    return Operation(parent, ctx, work, title=translate("ReturnOperations", "Writing share files…"),
                     changes=Changes(results=True), cancellable=True)


def _with_inspections(draw_no: int, districts: list[str]) -> list[str]:
    """The districts (in the given order) with at least one active inspection in the draw."""
    draw = get_draw(draw_no)
    present = {d for (d,) in Inspection.select(Inspection.district).distinct()
               .where((Inspection.draw == draw) & (Inspection.active == True)).tuples()}  # noqa: E712
    return [d for d in districts if d in present]


def import_district_return(parent: QWidget | None, ctx: AppContext, path: str) -> Operation:
    """The city imports one district's return (app.share.returns_import): re-computes its match, records
    its teams and results in one transaction; the result is the ReturnImport."""
    return Operation(parent, ctx, lambda _progress, _cancel: import_return(path),
                     title=translate("ReturnOperations", "Importing a district's return…"),
                     changes=Changes(results=True))
