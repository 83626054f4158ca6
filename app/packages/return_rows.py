"""The inspections sheet of a returned work package, row by row, against what was issued.

Rows are grouped by their key (one row per inspection and check item, app.packages.layout); each group
becomes one inspection's result content, checked by the same rules as the entry screen
(app.results.content.check), whose findings are mapped back to the cell they came from. What the
district changed in the locked columns (a key, a name, an item row added or removed) is reported
here; an inspection with any error is refused, one without a filled cell stays open.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter

from app.errors import Location, ValidationError
from app.packages import layout
from app.packages import return_cells as cells
from app.registers.cells import Memo
from app.registers.readers import SheetData
from app.results import content as rc
from app.results.lists import ResultLists

ERROR, WARNING = "error", "warning"
_ITEM_FILL = ("checked", "reason", "method", "result", "problem")
_ENTERPRISE = tuple(c.field for c in layout.COLUMNS if c.scope == layout.ENTERPRISE)
_FILL = _ITEM_FILL + _ENTERPRISE
# The executing unit is pre-filled by the writer and who entered it is incidental: alone they leave an
# inspection open (as app.results.content.is_blank does).
_SUBSTANCE = tuple(f for f in _FILL if f not in ("unit", "entered_by"))


@dataclass(frozen=True)
class RowIssue:
    file: str
    sheet: str
    row: int | None
    column: str          # the column's label ("" for the whole row or file)
    key: str
    message: str
    severity: str = ERROR

    def text(self) -> str:
        where = Location(self.file, self.sheet, self.row, self.column or None).describe()
        who = f"检查对象 {self.key}：" if self.key else ""
        return f"{where}：{who}{self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column, "key": self.key,
                "message": self.message, "severity": self.severity}


@dataclass(frozen=True)
class Issued:
    """One inspection as the package issued it (from the draw's inspection rows)."""
    key: str
    name: str
    district: str
    items: list[str]
    active: bool = True


@dataclass
class ParsedSheet:
    results: dict[str, dict] = field(default_factory=dict)     # key -> normalized content, no error
    open: list[str] = field(default_factory=list)               # nothing filled: stays 未录入
    refused: list[str] = field(default_factory=list)            # filled but with errors: not imported
    first_row: dict[str, int] = field(default_factory=dict)     # key -> its first row in the sheet
    issues: list[RowIssue] = field(default_factory=list)


def column_map(sheet: SheetData, file: str) -> dict[str, int]:
    """field -> 0-based column of the inspections sheet, found by the header labels in HEADER_ROW."""
    header = next((c for no, c in sheet.rows if no == layout.HEADER_ROW), None)
    labels = {cells.folded(cells.text(v)): i for i, v in enumerate(header or []) if cells.text(v)}
    found = {c.field: labels.get(cells.folded(c.label)) for c in layout.COLUMNS}
    missing = [c.label for c in layout.COLUMNS if found[c.field] is None]
    if missing:
        raise ValidationError(f"第 {layout.HEADER_ROW} 行的表头缺少列：{'、'.join(missing)}；"
                              "请使用下发的工作包原样填写，不要改动表头。",
                              location=Location(file=file, sheet=sheet.name, row=layout.HEADER_ROW))
    return {f: i for f, i in found.items() if i is not None}


class SheetParser:
    def __init__(self, file: str, sheet: SheetData, issued: list[Issued], contexts: dict[str, rc.Context],
                 lists: ResultLists, roster: cells.Roster):
        self.file, self.sheet = file, sheet
        self.issued = {i.key: i for i in issued}
        self.order = [i.key for i in issued]
        self.contexts, self.lists, self.roster = contexts, lists, roster
        self.choices = cells.Choices(lists)
        self.cols = column_map(sheet, file)
        self.width = max(self.cols.values()) + 1
        self._substance = itemgetter(*(self.cols[f] for f in _SUBSTANCE))
        self.out = ParsedSheet()
        # One converter per column, remembered per text: a column repeats a handful of values (是,
        # 实地核查, a date, the unit) down 15,000 rows, so most cells cost one dict lookup.
        self.fns = {f: self._converter(f) for f in self.cols}
        self.memos = {f: Memo(fn) for f, fn in self.fns.items()}
        self._item_columns = [(f, self.cols[f], self.memos[f], self.fns[f]) for f in _ITEM_FILL]

    def _converter(self, fld: str):
        if fld in ("checked", "closed"):
            return cells.yes_no
        if fld in ("method", "result", "outcome", "publicity"):
            return partial(self.choices.value, fld)
        if fld == "measures":
            return partial(self.choices.values, fld)
        if fld in ("closed_on", "check_date"):
            return cells.date
        if fld == "inspectors":
            return cells.people
        if fld == "key":
            return cells.code
        if fld in ("name", "item"):
            return lambda v: cells.folded(cells.identity_text(v))
        return cells.text

    def _item_values(self, row: list) -> dict:
        """The five item cells of a row, converted (one call per row: 15,000 rows of a big package)."""
        out = {}
        for fld, col, memo, fn in self._item_columns:
            value = row[col]
            out[fld] = memo[value] if value.__class__ is str else fn(value)
        return out

    def _v(self, row: list, fld: str):
        """The cell of `fld` in a (padded) row, converted for its column."""
        value = row[self.cols[fld]]
        return self.memos[fld][value] if value.__class__ is str else self.fns[fld](value)

    def issue(self, row: int | None, fld: str, key: str, message: str, severity: str = ERROR) -> None:
        label = layout.BY_FIELD[fld].label if fld else ""
        self.out.issues.append(RowIssue(self.file, self.sheet.name, row, label, key, message, severity))

    def parse(self) -> ParsedSheet:
        groups = self._groups()
        claimed = self._strays(groups)
        for key in self.order:
            if key in groups:
                self._inspection(key, groups[key])
            elif key not in claimed:
                ins = self.issued[key]
                self.issue(None, "key", key, f"下发的检查对象“{ins.name}”在文件中没有对应的行（被删除）；"
                                             "其结果未导入，仍为未录入")
                self.out.open.append(key)
        return self.out

    def _groups(self) -> dict[str, list[tuple[int, list]]]:
        """key -> its rows, each padded to the sheet's width (so a cell is row[col], never out of range)."""
        width, filled = self.width, self._filled
        groups: dict[str, list[tuple[int, list]]] = {}
        for no, row in self.sheet.rows:
            if no <= layout.HEADER_ROW:
                continue
            if len(row) < width:
                row = row + [""] * (width - len(row))
            key = self._v(row, "key")
            if not key:
                if filled(row):
                    self.issue(no, "key", "", "该行填写了检查结果，但没有统一社会信用代码（注册号），"
                                              "无法对应检查对象，未导入")
                continue
            groups.setdefault(key, []).append((no, row))
        return groups

    def _strays(self, groups: dict[str, list[tuple[int, list]]]) -> set[str]:
        """Keys in the file that were not issued: a changed key (its name is an issued inspection's
        whose key is missing) or an added inspection. Both are refused; the changed one is named."""
        missing_by_name = {cells.folded(self.issued[k].name): k for k in self.order if k not in groups}
        claimed = set()
        for key in [k for k in groups if k not in self.issued]:
            rows = groups.pop(key)
            no = rows[0][0]
            name = cells.identity_text(self._cell(rows[0][1], "name"))
            was = missing_by_name.get(cells.folded(name)) if name else None
            if was is not None and was not in claimed:
                claimed.add(was)
                self.issue(no, "key", was, f"统一社会信用代码被改为“{key}”（下发的是 {was}）；该检查对象的结果未导入")
                self.out.refused.append(was)
                self.out.first_row[was] = no
            else:
                self.issue(no, "key", key, f"检查对象“{name or key}”不在下发的工作包中（新增的检查对象），未导入")
        return claimed

    def _cell(self, row: list, fld: str):
        return row[self.cols[fld]]

    def _filled(self, row: list) -> bool:
        """Something of substance typed in the row (not only the pre-filled unit or who entered it)."""
        return any(v != "" and v is not None for v in self._substance(row))

    def _inspection(self, key: str, rows: list[tuple[int, list]]) -> None:
        ins, ctx = self.issued[key], self.contexts.get(key)
        first = rows[0][0]
        self.out.first_row[key] = first
        issues_before = len(self.out.issues)
        typed = any(self._filled(r) for _, r in rows)
        if ctx is None or not ins.active:
            if typed:
                self.issue(first, "key", key, "该检查对象已由替补递补，不再需要检查结果，未导入")
                self.out.refused.append(key)
            return
        self._identity(key, ins, rows)
        item_rows = self._items(key, ctx, rows)
        if not typed:
            self.out.open.append(key)
            return
        value, cell_issues = self._content(key, ctx, rows, item_rows)
        taken = {(i.row, i.column) for i in cell_issues}
        self.out.issues.extend(cell_issues)
        for found in rc.check(value, ctx, self.lists):
            row = item_rows.get(found.item, first) if found.item is not None else first
            label = layout.BY_FIELD[found.field].label
            if (row, label) not in taken:
                prefix = f"检查事项“{ctx.items[found.item]}”：" if found.item is not None else ""
                self.out.issues.append(RowIssue(self.file, self.sheet.name, row, label, key, prefix + found.message))
        if any(i.severity == ERROR for i in self.out.issues[issues_before:]):
            self.out.refused.append(key)
        else:
            self.out.results[key] = value

    def _identity(self, key: str, ins: Issued, rows: list[tuple[int, list]]) -> None:
        issued_name, issued_district = cells.folded(ins.name), cells.folded(ins.district)
        for no, row in rows:
            if self._v(row, "name") != issued_name:
                name = cells.identity_text(self._cell(row, "name"))
                self.issue(no, "name", key, f"检查对象名称被改为“{name}”（下发的是“{ins.name}”）")
            district = self._v(row, "district")
            if district and cells.folded(district) != issued_district:
                self.issue(no, "district", key, f"所属区市被改为“{district}”（下发的是“{ins.district}”），"
                                                "以下发的为准", WARNING)

    def _items(self, key: str, ctx: rc.Context, rows: list[tuple[int, list]]) -> dict[int, int]:
        """item index -> its row; an item not issued or given twice is an error, so is a missing one."""
        index = {cells.folded(item): n for n, item in enumerate(ctx.items)}
        found: dict[int, int] = {}
        for no, row in rows:
            n = index.get(self._v(row, "item"))
            item = cells.identity_text(self._cell(row, "item")) if n is None else ctx.items[n]
            if n is None and not item and not ctx.items:
                continue   # an inspection without items has one row with a blank item
            if n is None:
                self.issue(no, "item", key, f"检查事项“{item}”不是下发给该检查对象的事项（新增的事项行）")
            elif n in found:
                self.issue(no, "item", key, f"检查事项“{item}”重复（第 {found[n]} 行已有）")
            else:
                found[n] = no
        for n, item in enumerate(ctx.items):
            if n not in found:
                self.issue(rows[0][0], "item", key, f"缺少检查事项“{item}”的行（事项行被删除）")
        return found

    def _content(self, key: str, ctx: rc.Context, rows: list[tuple[int, list]],
                 item_rows: dict[int, int]) -> tuple[dict, list[RowIssue]]:
        issues: list[RowIssue] = []

        def bad(no: int, fld: str, message: str) -> None:
            issues.append(RowIssue(self.file, self.sheet.name, no, layout.BY_FIELD[fld].label, key, message))

        by_no = dict(rows)
        blank = [""] * self.width   # a missing item row (reported by _items) reads as blank
        v = self._v
        items = []
        for n, item in enumerate(ctx.items):
            no = item_rows.get(n)
            values = self._item_values(by_no[no] if no is not None else blank)
            checked, wrong = values["checked"]
            if wrong:
                bad(no or 0, "checked", f"“{wrong}”不是{cells.YES_NO_TEXT}")
            values["item"], values["checked"] = item, checked
            items.append(values)
        first_no, first = rows[0]
        for no, row in rows[1:]:
            for fld in _ENTERPRISE:
                if row[self.cols[fld]] in ("", None):
                    continue
                raw = cells.text(self._cell(row, fld))
                if raw and cells.folded(raw) != cells.folded(cells.text(self._cell(first, fld))):
                    bad(no, fld, f"企业层面的内容只填在该检查对象的第一行（第 {first_no} 行），本行的“{raw}”未采用")
        closed, wrong = v(first, "closed")
        if wrong:
            bad(first_no, "closed", f"“{wrong}”不是{cells.YES_NO_TEXT}")
        content = {
            "items": items, "outcome": v(first, "outcome"), "publicity": v(first, "publicity"),
            "followup": {"measures": v(first, "measures"), "text": v(first, "followup_text"), "closed": closed,
                         "closed_on": v(first, "closed_on")},
            "check_date": v(first, "check_date"),
            "inspectors": self.roster.resolve(v(first, "inspectors"), set(ctx.team) | set(ctx.allowed)),
            "unit": v(first, "unit"), "entered_by": v(first, "entered_by"),
        }
        return rc.normalized(content, ctx.items), issues
