"""A task's targeted filter and risk class applied to the rows of its register version.

Columns are named as the clerk sees them: a mapped field by its label or by the header it was mapped
from (产品名称, 发证日期, or 许可产品 when that header was mapped to 产品名称), or any other column
of the file, kept verbatim in the row's extra cells (行业代码, 成立日期, 企业类型 …). Names are
compared as register headers are (app.registers.headers.norm_header: no spaces, no '*', upper case).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from peewee import SQL

from app.draw.filters import columns_of, date_columns, holds, where_text
from app.draw.models import Task
from app.draw.risk import normalize_class
from app.errors import ValidationError
from app.registers.headers import FIELD_LABELS, norm_header
from app.registers.models import Enterprise, RegisterVersion
from app.registers.normalize import parse_date

OTHER_CLASS = "其他信用风险分类"
NOT_MATCHING = "不符合筛选条件"
FIELDS = ("key", "name", "district", "status", "legal_rep", "address", "phone", "licence_no", "product",
          "issued_on", "valid_until")
_ALIASES = {"企业名称": "name", "登记状态": "status", "经营状态": "status"}
_UNSEEN = object()


def _field_names(version: RegisterVersion) -> dict[str, str]:
    """norm_header(name) -> field, for every way a clerk may name a mapped field of this version."""
    out = {norm_header(f): f for f in FIELDS}
    out |= {norm_header(FIELD_LABELS[f]): f for f in FIELDS if f in FIELD_LABELS}
    out |= {norm_header(k): f for k, f in _ALIASES.items()}
    out |= {norm_header(h): f for f, h in (version.mapping or {}).items() if f in FIELDS and h}
    return out


class RowTest:
    """Reads the version's operating enterprises with the cells the filter needs, and judges each row."""

    def __init__(self, task: Task, version: RegisterVersion):
        flt = task.filter or {}
        self.task, self.version = task, version
        self.where = flt.get("where")
        self.risk = flt.get("risk")
        wanted = columns_of(self.where) if self.where else []
        if self.risk and self.risk.get("column"):
            wanted = wanted + [self.risk["column"]]
        fields = _field_names(version)
        self.by_field = {c: fields[norm_header(c)] for c in wanted if norm_header(c) in fields}
        self.by_extra = {norm_header(c): c for c in wanted if c not in self.by_field}
        self.dates = date_columns(self.where) if self.where else set()
        self.seen: set[str] = set()              # extra column names met in the rows (as written)
        self.bad_dates: dict[str, int] = {}

    @property
    def active(self) -> bool:
        return self.where is not None or self.risk is not None

    def rows(self) -> Iterable[tuple]:
        """(key, district, product, row, cells) of the operating enterprises; cells is None when the task
        has neither a targeted filter nor a risk class (then the rows come straight from the query)."""
        columns = [Enterprise.key, Enterprise.district, Enterprise.product, Enterprise.row]
        if not self.active:
            return (Enterprise.select(*columns, SQL("NULL"))
                    .where(Enterprise.version == self.version, Enterprise.operating == True).tuples())  # noqa: E712
        return self._rows_with_cells(columns)

    def _rows_with_cells(self, columns: list) -> Iterator[tuple[str, str, str, int, dict[str, str]]]:
        extra_fields = sorted({f for f in self.by_field.values()} - {"key", "district", "product"})
        columns += [getattr(Enterprise, f) for f in extra_fields]
        if self.by_extra:
            columns.append(Enterprise.extra)
        query = (Enterprise.select(*columns)
                 .where(Enterprise.version == self.version, Enterprise.operating == True).tuples())  # noqa: E712
        columns_by_header: dict = {}
        for values in query:
            key, district, product, row = values[:4]
            field_values = {"key": key, "district": district, "product": product}
            field_values |= dict(zip(extra_fields, values[4:4 + len(extra_fields)]))
            cells = {c: str(field_values.get(f) or "") for c, f in self.by_field.items()}
            if self.by_extra:
                extra = values[-1] or {}
                self.seen.update(extra)
                for name, value in extra.items():
                    column = columns_by_header.get(name, _UNSEEN)
                    if column is _UNSEEN:   # a register has a few dozen headers: normalise each once
                        column = columns_by_header[name] = self.by_extra.get(norm_header(name))
                    if column is not None:
                        cells[column] = str(value)
            yield key, district, product, row, cells

    def reject(self, key: str, row: int, cells: dict[str, str]) -> str:
        """"" when the row belongs to the task's frame, else why not."""
        if self.risk and self._class(key, row, cells) != self.risk["class"]:
            return OTHER_CLASS
        if self.where is None:
            return ""
        for column in self.dates:
            text = cells.get(column, "")
            if text and not parse_date(text)[1]:
                self.bad_dates[column] = self.bad_dates.get(column, 0) + 1
        return "" if holds(self.where, lambda c: cells.get(c, "")) else NOT_MATCHING

    def _class(self, key: str, row: int, cells: dict[str, str]) -> str:
        risk: dict = self.risk or {}
        if "list" in risk:
            original = risk["list"]["keys"].get(key)
            return "U" if original is None else (normalize_class(original) or "U")
        column = risk["column"]
        text = cells.get(column, "")
        cls = normalize_class(text)
        if cls is None:
            raise ValidationError(f"任务 {self.task.code}：名录库“{self.task.register_name}”"
                                  f"第 {self.version.version} 版"
                                  f"第 {row} 行（{key}）列“{column}”的信用风险分类“{text}”无法识别"
                                  f"（可用 A/B/C/D 或 低/一般/较高/高风险，空白为未分类）。")
        return cls

    def finish(self, found_any: bool) -> None:
        """After the rows: a column found nowhere, or a targeted filter that keeps nobody, is refused."""
        seen = {norm_header(s) for s in self.seen}
        missing = [c for n, c in self.by_extra.items() if n not in seen]
        if missing:
            where = "信用风险分类列" if self.risk and self.risk.get("column") in missing else "筛选条件中的列"
            kept = sorted(self.seen)[:12]
            raise ValidationError(
                f"任务 {self.task.code}：{where}“{'、'.join(missing)}”在名录库“{self.task.register_name}”"
                f"第 {self.version.version} 版中不存在。名录中可用的列：{'、'.join(FIELD_LABELS[f] for f in FIELDS)}"
                + (f"，以及 {'、'.join(kept)}" if kept else "") + "。")
        if self.where is not None and not found_any and not self.risk:
            raise ValidationError(
                f"任务 {self.task.code}：筛选条件“{where_text(self.where)}”在名录库“{self.task.register_name}”"
                f"第 {self.version.version} 版的在营企业中没有选中任何企业，请检查列名和条件值。")
