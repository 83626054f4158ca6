"""The statistics as an xlsx: a 说明 sheet (plan, draws, basis, when), then one sheet per table.

Row 1 of each table sheet is its header, the rows follow as PlanStatistics.tables() gives them (the same
numbers the GUI, the CLI and the summary report print). Shares are numbers formatted as percentages.
Every cell goes through app.spreadsheet (district names, reasons and the districts' reported
difficulties are user data: no formula is ever written), and the file is saved under a temporary name
and renamed (app.files.atomic_path).
"""
from __future__ import annotations

from pathlib import Path

from app.clock import now_iso
from app.files import atomic_path, remove_stale_temporaries
from app.publish.stats import PlanStatistics, plan_statistics
from app.publish.stats_rows import BASIS_ZH
from app.spreadsheet import append_row, safe_sheet_title

INFO_SHEET = "说明"
PERCENT_FORMAT = "0.0%"


def export_statistics(plan_id: int, out_path: str | Path, *, stats: PlanStatistics | None = None) -> Path:
    """Write plan `plan_id`'s statistics (or `stats` already computed for it) to `out_path`; returns the path."""
    # lazy: openpyxl is heavy and only needed when an xlsx is written
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    stats = stats if stats is not None else plan_statistics(plan_id)
    path = Path(out_path)
    book = Workbook()
    info = book.active
    info.title = INFO_SHEET
    for row in (["抽查计划", stats.title], ["文号", stats.number], ["计划编号", stats.plan_id],
                ["统计的抽取", "、".join(f"第 {n} 号" for n in stats.draws) or "无"],
                ["统计口径", f"发现问题比例 = 发现问题的检查对象 ÷ {BASIS_ZH}"], ["生成时间", now_iso()]):
        append_row(info, row)
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 70
    used = {INFO_SHEET}
    for table in stats.tables():
        sheet = book.create_sheet(_unique(safe_sheet_title(table.title, table.name), used))
        append_row(sheet, table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            append_row(sheet, row)
        for column in table.percent_columns:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                cell.number_format = PERCENT_FORMAT
        for n, header in enumerate(table.headers, 1):
            widest = max([len(str(header))] + [len(str(r[n - 1])) for r in table.rows[:200] if r[n - 1] is not None])
            sheet.column_dimensions[get_column_letter(n)].width = min(max(8, widest * 2 + 2), 60)
        sheet.freeze_panes = "A2"
    remove_stale_temporaries(path.parent)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def _unique(title: str, used: set[str]) -> str:
    """A sheet title not taken yet (Excel compares them case-insensitively), at most 31 characters."""
    candidate, n = title, 2
    while candidate.lower() in used:
        suffix = f"({n})"
        candidate, n = title[:31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate
