"""What a campaign archive carries besides the records: the summary report and the statistics workbook,
made fresh from the database when the archive is written (the GUI's 生成归档文件 and `spotcheck archive`)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from app.docs.summary import write_summary_pdf
from app.draw.models import Draw
from app.progress import CancelFn, ProgressFn
from app.publish.archive import ArchiveOutcome, write_archive
from app.publish.stats_export import export_statistics

SUMMARY = "summary/汇总报告.pdf"
STATISTICS = "summary/统计.xlsx"


def campaign_extras(plan_id: int) -> list[tuple[str, bytes]]:
    """[(member name, bytes)]: the summary PDF when the plan has a completed draw, and the statistics."""
    out = []
    with tempfile.TemporaryDirectory(prefix="spotcheck-extras-") as tmp:
        if Draw.select().where((Draw.plan == plan_id) & (Draw.status == "drawn")).exists():
            out.append((SUMMARY, write_summary_pdf(plan_id, Path(tmp) / "summary.pdf").read_bytes()))
            out.append((STATISTICS, export_statistics(plan_id, Path(tmp) / "stats.xlsx").read_bytes()))
    return out


def write_campaign_archive(plan_id: int, out_path, *, progress: ProgressFn | None = None,
                           cancel: CancelFn | None = None) -> ArchiveOutcome:
    """The archive with the summary report and the statistics inside."""
    return write_archive(plan_id, out_path, extras=campaign_extras(plan_id), progress=progress, cancel=cancel)
