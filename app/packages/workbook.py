"""Build one district work package as an openpyxl workbook: cover, inspections, problems, lists, identity.

Pure layout: everything the sheets show arrives in a PackageData read beforehand (app.packages.writer).
The inspections sheet follows app.packages.layout column for column. Identity cells are grey and locked,
fill cells unlocked; an inspection's enterprise cells are open on its first row only (the result form
prints them once). Drop-downs take their values from the hidden lists sheet by range (an inline list is
limited to 255 characters). Every text from the database goes through app.spreadsheet.safe_cell.

openpyxl's write-only mode cannot protect cells or add validation, so the normal mode is used; for a
package of 15,000 rows the per-cell styles are copied from prepared templates (see _Styles) instead of
being assigned attribute by attribute, which openpyxl resolves through its style tables on every call.
"""
from __future__ import annotations

import datetime as dt
from copy import copy
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from app.packages import layout as L
from app.packages.identity import identity_rows
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.results.lists import LIST_TITLES, ResultLists
from app.spreadsheet import append_row, safe_cell

# Protection guards against slips, not against a determined person (the identity's digest does that);
# the password is the same in every package so the city can unprotect a sheet when it must.
PASSWORD = "spotcheck-package"
PROBLEMS_HEADER_ROW = 1
PROBLEM_ROWS = 50
CANCEL_EVERY = 500          # inspections between two cancel checks

LINE_HEIGHT = 15           # points per line of 11-point text
PAPER_A4, PAPER_A3 = 9, 8  # openpyxl's paperSize codes

GREY = PatternFill("solid", fgColor="E7E6E6")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "yyyy-mm-dd"


@dataclass
class PackageRow:
    """One inspection as the package shows it."""
    key: str
    name: str
    tasks: str                  # "T1 name、T2 name"
    items: list[str]
    team: str                   # "name（cert）、…"


@dataclass
class PackageData:
    plan_title: str
    plan_number: str
    draw_no: int
    district: str
    unit: str
    start: str
    due: str
    end: str
    deadlines: list[tuple[str, str]]        # (what, when: an ISO date, a count, or the calendar's message)
    contact: dict[str, str]                 # bureau_name, contact_person, contact_phone
    lists: ResultLists
    rows: list[PackageRow]
    content: dict                           # app.packages.identity.issued_content
    uid: str = ""
    issue_no: int = 1
    issued_at: str = ""
    digest: str = ""
    row_count: int = field(default=0)

    def __post_init__(self):
        self.row_count = sum(max(1, len(r.items)) for r in self.rows)


def build_workbook(data: PackageData, *, progress: ProgressFn | None = None,
                   cancel: CancelFn | None = None) -> Workbook:
    wb = Workbook()
    cover = wb.active
    cover.title = L.COVER_SHEET
    _cover(cover, data)
    lists_ws = wb.create_sheet(L.LISTS_SHEET)
    ranges = _lists(lists_ws, data.lists)
    _inspections(wb.create_sheet(L.INSPECTIONS_SHEET), data, ranges, progress, cancel)
    _problems(wb.create_sheet(L.PROBLEMS_SHEET))
    _identity(wb.create_sheet(L.IDENTITY_SHEET), data)
    lists_ws.sheet_state = "hidden"     # the file opens on the cover and its instructions
    # A locked structure keeps the sheets from being deleted, renamed or unhidden by a slip.
    wb.security = WorkbookProtection(workbookPassword=PASSWORD, lockStructure=True)
    return wb


def _lines(value, width: int) -> int:
    """How many lines `value` wraps to in a column `width` characters wide (a Chinese character is two)."""
    if value is None or value == "":
        return 1
    text = str(value)
    units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return max(1, -(-units // max(width - 1, 1)))


def _print_setup(ws, *, landscape: bool, paper: int, title_rows: str | None = None) -> None:
    """Printed on paper as the districts do: the sheet's width on one page, the header on every page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = paper
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _protect(ws, **allowed) -> None:
    ws.protection.sheet = True
    ws.protection.password = PASSWORD
    for name, value in allowed.items():
        setattr(ws.protection, name, value)   # False = the protected sheet still allows it


# ---- cover -------------------------------------------------------------------------------------------

INSTRUCTIONS = (
    "在“检查结果”工作表中填写：每个检查对象的每个检查事项占一行，灰色单元格由市局下发，不能修改。",
    "每户的企业层面内容只在第一行填写（企业层面检查结果、公示信息检查结果、后续处置、检查日期、实际检查人员、"
    "检查实施单位、录入人）。",
    "有下拉列表的单元格请从列表中选择；后续处置措施可填多项，以顿号“、”分隔。",
    "检查日期须在抽查期间内；未检查的事项请在“未检查原因”中说明；检查结果为发现问题时须填写发现的问题。",
    "抽查中遇到的问题请填在“抽查中遇到的问题”工作表。",
    "请勿增删行、修改检查对象或改动工作表名称；完成后将本文件原样交回市局导入。",
)


def _cover(ws, data: PackageData) -> None:
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    append_row(ws, [f"{data.plan_title} 工作包"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:B1")
    rows = [("抽查计划", data.plan_title), ("计划文号", data.plan_number or "—"), ("区市", data.district),
            ("检查实施单位", data.unit or "—"), ("抽取编号", f"第 {data.draw_no} 号抽取"),
            ("下发次数", f"第 {data.issue_no} 次"), ("包编号", data.uid),
            ("检查对象", f"{len(data.rows)} 户"), ("检查事项行数", f"{data.row_count} 行"),
            ("抽查期间", f"{data.start} 至 {data.end}")]
    rows += data.deadlines
    rows += [("市局", data.contact.get("bureau_name", "")),
             ("联系人", data.contact.get("contact_person", "")),
             ("联系电话", data.contact.get("contact_phone", ""))]
    for label, value in rows:
        append_row(ws, [label, value])
    append_row(ws, [])
    append_row(ws, ["填写说明"])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    for n, line in enumerate(INSTRUCTIONS, 1):
        append_row(ws, [f"{n}.", line])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        # Spreadsheet programs do not grow a row for wrapped text written by a program: say its height.
        ws.row_dimensions[row[0].row].height = LINE_HEIGHT * max(
            _lines(row[0].value, 34), _lines(row[1].value if len(row) > 1 else None, 70))
    _print_setup(ws, landscape=False, paper=PAPER_A4)
    _protect(ws, formatColumns=False, formatRows=False)


# ---- lists -------------------------------------------------------------------------------------------

def _lists(ws, lists: ResultLists) -> dict[str, str]:
    """One column per list; returns {choices name: absolute range} for the validations."""
    values = {"yes_no": L.YES_NO, **{name: getattr(lists, name) for name in
                                     ("check_methods", "item_results", "enterprise_outcomes",
                                      "publicity_results", "followup_measures")}}
    ranges = {}
    for col, (name, entries) in enumerate(values.items(), 1):
        ws.cell(row=1, column=col, value="是否" if name == "yes_no" else LIST_TITLES[name])
        for n, entry in enumerate(entries, 2):
            cell = ws.cell(row=n, column=col, value=safe_cell(entry))
            cell.data_type = "s"
        if entries:
            letter = ws.cell(row=1, column=col).column_letter
            ranges[name] = f"'{ws.title}'!${letter}$2:${letter}${len(entries) + 1}"
    _protect(ws)
    return ranges


# ---- inspections -------------------------------------------------------------------------------------

class _Styles:
    """Style templates copied onto cells (a StyleArray copy is a few integers)."""

    def __init__(self, ws):
        def make(fill=None, locked=True, number_format=None, wrap=False):
            cell = Cell(ws)
            cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            cell.protection = Protection(locked=locked)
            if fill is not None:
                cell.fill = fill
            if number_format:
                cell.number_format = number_format
            return cell._style   # openpyxl's StyleArray: the only cheap way to style 300,000 cells

        self.identity = make(GREY, wrap=True)
        self.closed = make(GREY)
        self.open = make(locked=False, wrap=True)
        self.open_date = make(locked=False, number_format=DATE_FORMAT)


def _inspections(ws, data: PackageData, ranges: dict[str, str], progress, cancel) -> None:
    columns = L.COLUMNS
    last = L.column_letter(columns[-1].field)
    append_row(ws, [f"{data.plan_title} 检查结果（{data.district}）"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(f"A1:{last}1")
    hints = [c.hint for c in columns]
    hints[0] = "灰色列由市局下发，不可修改；企业层面各列只在每户第一行填写"
    append_row(ws, hints)
    append_row(ws, [c.label for c in columns])
    ws.row_dimensions[2].height = LINE_HEIGHT * 2
    ws.row_dimensions[L.HEADER_ROW].height = LINE_HEIGHT * 2
    for n, col in enumerate(columns, 1):
        hint, head = ws.cell(row=2, column=n), ws.cell(row=L.HEADER_ROW, column=n)
        hint.font = Font(size=9, color="7F7F7F")
        hint.alignment = Alignment(wrap_text=True, vertical="top")
        head.font = Font(bold=True)
        head.fill = GREY if col.scope == L.IDENTITY else HEADER_FILL
        head.border = BOX
        head.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[head.column_letter].width = col.width
    styles = _Styles(ws)
    fields = [c.field for c in columns]
    wrapped = [(f, L.BY_FIELD[f].width) for f in ("name", "tasks", "item", "team")]
    r = L.HEADER_ROW
    for n, ins in enumerate(data.rows, 1):
        if n % CANCEL_EVERY == 0:
            check_cancel(cancel, "已取消下发工作包：未写入任何文件。")
            report(progress, n, len(data.rows), f"正在写入{data.district}工作包 {n}/{len(data.rows)}")
        for i, item in enumerate(ins.items or [""]):
            r += 1
            first = i == 0
            identity = {"no": n, "district": data.district, "key": ins.key, "name": ins.name,
                        "tasks": ins.tasks, "item_no": i + 1 if item else "", "item": item, "team": ins.team}
            lines = max(_lines(identity[f], width) for f, width in wrapped)
            if lines > 1:
                ws.row_dimensions[r].height = LINE_HEIGHT * lines
            for c, (fld, col) in enumerate(zip(fields, columns, strict=True), 1):
                if col.scope == L.IDENTITY:
                    value, style = identity[fld], styles.identity
                elif col.scope == L.ENTERPRISE and not first:
                    value, style = None, styles.closed
                else:
                    value = data.unit if fld == "unit" else None
                    style = styles.open_date if col.date else styles.open
                cell = ws.cell(row=r, column=c, value=safe_cell(value))
                if isinstance(value, str):
                    cell.data_type = "s"     # text stays text, never a formula
                cell._style = copy(style)
    _validations(ws, data, ranges, r)
    ws.freeze_panes = f"E{L.HEADER_ROW + 1}"
    _print_setup(ws, landscape=True, paper=PAPER_A3, title_rows=f"{L.HEADER_ROW}:{L.HEADER_ROW}")
    ws.auto_filter.ref = f"A{L.HEADER_ROW}:{last}{max(r, L.HEADER_ROW + 1)}"
    _protect(ws, formatColumns=False, formatRows=False, autoFilter=False)


def _excel_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"DATE({day.year},{day.month},{day.day})"


def _validations(ws, data: PackageData, ranges: dict[str, str], last_row: int) -> None:
    first_row = L.HEADER_ROW + 1
    if last_row < first_row:
        return
    for col in L.COLUMNS:
        letter = L.column_letter(col.field)
        area = f"{letter}{first_row}:{letter}{last_row}"
        dv = None
        if col.choices and col.choices in ranges:
            several = col.field == "measures"
            dv = DataValidation(type="list", formula1=ranges[col.choices], allow_blank=True,
                                showErrorMessage=True, errorStyle="information" if several else "stop",
                                errorTitle=col.label,
                                error=("可选多项，以顿号“、”分隔；请确认所填措施都在列表中。" if several
                                       else "请从下拉列表中选择。"))
        elif col.field == "check_date":
            dv = DataValidation(type="date", operator="between", formula1=_excel_date(data.start),
                                formula2=_excel_date(data.end), allow_blank=True, showErrorMessage=True,
                                errorTitle=col.label, error=f"检查日期须在抽查期间（{data.start} 至 {data.end}）内。")
        elif col.field == "closed_on":
            dv = DataValidation(type="date", operator="greaterThanOrEqual", formula1=_excel_date(data.start),
                                allow_blank=True, showErrorMessage=True, errorTitle=col.label,
                                error=f"办结日期不能早于抽查开始日期（{data.start}）。")
        if dv is not None:
            if col.hint:
                dv.showInputMessage, dv.promptTitle, dv.prompt = True, col.label, col.hint
            dv.add(area)
            ws.add_data_validation(dv)


# ---- problems and identity ---------------------------------------------------------------------------

def _problems(ws) -> None:
    append_row(ws, list(L.PROBLEM_COLUMNS))
    widths = (6, 16, 48, 30, 36, 10)
    for n, width in enumerate(widths[:len(L.PROBLEM_COLUMNS)], 1):
        head = ws.cell(row=PROBLEMS_HEADER_ROW, column=n)
        head.font, head.fill, head.border = Font(bold=True), HEADER_FILL, BOX
        ws.column_dimensions[head.column_letter].width = width
    unlocked = Protection(locked=False)
    for r in range(PROBLEMS_HEADER_ROW + 1, PROBLEMS_HEADER_ROW + 1 + PROBLEM_ROWS):
        for c in range(1, len(L.PROBLEM_COLUMNS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.protection, cell.border = unlocked, BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{PROBLEMS_HEADER_ROW + 1}"
    _print_setup(ws, landscape=True, paper=PAPER_A4, title_rows=f"{PROBLEMS_HEADER_ROW}:{PROBLEMS_HEADER_ROW}")
    _protect(ws, formatColumns=False, formatRows=False, insertRows=False)


def _identity(ws, data: PackageData) -> None:
    rows = identity_rows(data.content, uid=data.uid, issue_no=data.issue_no, issued_at=data.issued_at,
                         digest=data.digest)
    # ws.cell rather than append_row: append_row finds the last row by scanning every cell (quadratic)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=safe_cell(value))
            cell.data_type = "s"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    ws.sheet_state = "veryHidden"
    _protect(ws)
