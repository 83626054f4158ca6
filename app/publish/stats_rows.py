"""The rows of a plan's statistics (app.publish.stats_model.PlanStatistics holds them) and StatTable.

A share is a fraction (0..1, None when nothing is counted);
`StatTable.percent_columns` says which columns hold one, `text_rows()` prints it as "12.5%".
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

# What a district's, a task's and the plan's "with problem" share is counted over.
BASIS = "entered+reviewed"
BASIS_ZH = "已录入和已审核的结果（不含未录入和已退回的）"

UNIT_ITEM, UNIT_ENTERPRISE = "检查事项", "检查对象"
KIND_ZH = {"replacement": "更换", "short-resolution": "缺员补足"}


@dataclass
class GroupCounts:
    """Inspections of one group (a district, a task, the whole plan) and their current results.

    entered: the current result is 已录入 or 已审核 (the basis of the share); reviewed: 已审核;
    returned: 已退回 (not in the basis); with_problem: entered results where has_problem() holds."""
    group: str               # district name, task code, "" for the totals
    name: str = ""           # task name ("" for a district)
    inspections: int = 0
    entered: int = 0
    reviewed: int = 0
    returned: int = 0
    with_problem: int = 0

    @property
    def share(self) -> float | None:
        return self.with_problem / self.entered if self.entered else None

    def as_dict(self) -> dict:
        return dict(asdict(self), share=self.share)


@dataclass
class ItemCounts:
    """One check item over the inspections that have it: entered results, checked or not, problems
    (item rows whose result counts as a problem); share = with_problem / checked."""
    item: str
    inspections: int = 0
    entered: int = 0
    checked: int = 0
    not_checked: int = 0
    with_problem: int = 0

    @property
    def share(self) -> float | None:
        return self.with_problem / self.checked if self.checked else None

    def as_dict(self) -> dict:
        return dict(asdict(self), share=self.share)


@dataclass
class CategoryCount:
    """How often one result category was recorded in the entered results. Item results are counted per
    item row (unit 检查事项), enterprise outcomes and publicity results per inspection (unit 检查对象)."""
    list_key: str            # item_results | enterprise_outcomes | publicity_results
    list_title: str          # 检查结果 | 企业层面的检查结果 | 公示信息检查结果
    category: str
    problem: bool            # counts as "problem found" (the setting result_lists)
    count: int = 0
    unit: str = UNIT_ITEM
    known: bool = True       # False: recorded but no longer in the settings' lists


@dataclass
class MethodCount:
    """Checked item rows (checked = 是) of the entered results by 核查方式, and how many found a problem."""
    method: str
    items: int = 0
    with_problem: int = 0


@dataclass
class InspectorLoad:
    """Active assignments of one inspector of a draw's frozen roster (zeros included)."""
    draw_no: int
    cert_no: str
    name: str
    district: str
    load: int


@dataclass
class ReplacementInfo:
    draw_no: int
    key: str
    enterprise: str
    district: str
    kind: str                # replacement | short-resolution
    out_cert: str
    out_name: str
    in_cert: str
    in_name: str
    reason: str
    approver: str
    at: str


@dataclass
class AlternateInfo:
    draw_no: int
    task: str
    stratum: str
    out_key: str
    out_name: str
    in_key: str
    in_name: str
    reason: str
    at: str


@dataclass
class VoidedDraw:
    draw_no: int
    reason: str
    voided_at: str


@dataclass
class Difficulty:
    """One row of a returned file's 抽查中遇到的问题 sheet (ResultBatch.problems)."""
    draw_no: int
    district: str
    file_name: str
    batch_id: int
    at: str
    row: int
    number: str              # 序号
    category: str            # 问题类别
    description: str         # 问题描述
    enterprises: str         # 涉及的检查对象（名称或代码）
    suggestion: str          # 意见建议
    reporter: str            # 填报人


@dataclass
class StatTable:
    name: str                # stable machine name ("districts", "tasks", …)
    title: str               # Chinese title (sheet name, heading)
    headers: list[str]
    rows: list[list]         # str | int | float (a share) | None
    percent_columns: tuple[int, ...] = ()

    def text_rows(self) -> list[list[str]]:
        """The rows as printed: a share as "12.5%", nothing as "—"."""
        return [[_cell_text(v, i in self.percent_columns) for i, v in enumerate(row)] for row in self.rows]

    def as_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "headers": self.headers, "rows": self.rows,
                "percent_columns": list(self.percent_columns)}


def percent_text(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def _cell_text(value, percent: bool) -> str:
    if percent:
        return percent_text(value)
    return "—" if value is None else str(value)
