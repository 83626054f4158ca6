"""The error report (xlsx): every rejected, conflicting, flagged, excluded or skipped row.

Everything in it comes from the clerk's file (its name, sheet names, cell values), so each
cell goes through app.spreadsheet (no formula, no control character survives), and the
workbook is saved through app.files.atomic_path: a kill leaves the previous report or
none, never half of one under the final name.
"""
from __future__ import annotations

from pathlib import Path

from app.files import atomic_path, remove_stale_temporaries
from app.spreadsheet import append_row, safe_sheet_title

SEVERITY_ZH = {"rejected": "未导入", "conflict": "冲突（未导入）", "flagged": "已导入，需核实",
               "excluded": "已导入，不参与抽取/匹配", "skipped": "已跳过"}
HEADERS = ["文件", "工作表", "行号", "列", "值", "原因", "处理结果"]
SHEET_TITLE = "导入问题"


def write_error_report(source, path: str | Path, *, severities: tuple[str, ...] | None = None) -> Path:
    """source: an ImportResult (before commit) or a RegisterVersion (its kept ImportIssue rows)."""
    # lazy: openpyxl is heavy and only needed when an xlsx is written
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    if hasattr(source, "issues") and not hasattr(source.issues, "order_by"):   # not a query of stored issues
        file_name, issues = source.source_name, source.issues
    else:
        file_name, issues = source.source_name, list(source.issues.order_by("id"))
    book = Workbook()
    sheet = book.active
    sheet.title = safe_sheet_title(SHEET_TITLE)
    append_row(sheet, HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for issue in issues:
        if severities and issue.severity not in severities:
            continue
        append_row(sheet, [file_name, issue.sheet, issue.row, issue.column, issue.value, issue.reason,
                           SEVERITY_ZH.get(issue.severity, issue.severity)])
    for letter, width in zip("ABCDEFG", (28, 16, 8, 18, 24, 60, 20)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    remove_stale_temporaries(path.parent)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path
