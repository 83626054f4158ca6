"""The columns of a work package's inspections sheet, in the order of the printed result form.

One row per inspection and check item. Identity columns are issued by the city and locked; item
columns are filled on every row; enterprise columns only on an inspection's first row (the result
form prints them once, below the items). The writer, the returned-file reader and the result form
all take their order and labels from here, so paper and file stay line for line alike.
"""
from __future__ import annotations

from dataclasses import dataclass

IDENTITY, ITEM, ENTERPRISE = "identity", "item", "enterprise"

FORMAT = "SPOTCHECK-PACKAGE-1"
INSPECTIONS_SHEET = "检查结果"
COVER_SHEET = "封面"
PROBLEMS_SHEET = "抽查中遇到的问题"
LISTS_SHEET = "选项"
IDENTITY_SHEET = "包标识"
HEADER_ROW = 3          # rows 1-2: title and fill-in instructions

YES_NO = ("是", "否")


@dataclass(frozen=True)
class Column:
    field: str          # identity name, or a field of app.results.content
    label: str
    scope: str          # identity | item | enterprise
    width: int = 14
    choices: str = ""   # the ResultLists attribute (or "yes_no") whose values the cell takes
    date: bool = False
    hint: str = ""      # printed in the instructions row


COLUMNS: tuple[Column, ...] = (
    Column("no", "序号", IDENTITY, 6),
    Column("district", "所属区市", IDENTITY, 10),
    Column("key", "统一社会信用代码（注册号）", IDENTITY, 22),
    Column("name", "检查对象名称", IDENTITY, 28),
    Column("tasks", "抽查任务", IDENTITY, 26),
    Column("item_no", "事项序号", IDENTITY, 6),
    Column("item", "检查事项", IDENTITY, 24),
    Column("team", "匹配的检查人员", IDENTITY, 30),
    Column("checked", "是否检查", ITEM, 8, choices="yes_no", hint="是/否"),
    Column("reason", "未检查原因", ITEM, 16, hint="未检查时填写"),
    Column("method", "核查方式", ITEM, 14, choices="check_methods"),
    Column("result", "检查结果", ITEM, 18, choices="item_results"),
    Column("problem", "发现的问题", ITEM, 24, hint="结果为发现问题时必填"),
    Column("outcome", "企业层面检查结果", ENTERPRISE, 22, choices="enterprise_outcomes",
           hint="仅在适用时填写，每户一次"),
    Column("publicity", "公示信息检查结果", ENTERPRISE, 20, choices="publicity_results",
           hint="仅有公示信息检查事项时填写"),
    Column("measures", "后续处置措施", ENTERPRISE, 16, choices="followup_measures", hint="多项以顿号分隔"),
    Column("followup_text", "处置说明", ENTERPRISE, 20, hint="措施为“其他”时必填"),
    Column("closed", "是否办结", ENTERPRISE, 8, choices="yes_no"),
    Column("closed_on", "办结日期", ENTERPRISE, 12, date=True),
    Column("check_date", "检查日期", ENTERPRISE, 12, date=True, hint="抽查期间内的日期"),
    Column("inspectors", "实际检查人员", ENTERPRISE, 20, hint="姓名或执法证号，顿号分隔"),
    Column("unit", "检查实施单位", ENTERPRISE, 24),
    Column("entered_by", "录入人", ENTERPRISE, 10, hint="谁检查、谁录入"),
)

BY_FIELD = {c.field: c for c in COLUMNS}
FILL_COLUMNS = tuple(c for c in COLUMNS if c.scope != IDENTITY)


def column_index(field: str) -> int:
    """1-based column number of `field` in the inspections sheet."""
    return COLUMNS.index(BY_FIELD[field]) + 1


def column_letter(field: str) -> str:
    n, out = column_index(field), ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


PROBLEM_COLUMNS = ("序号", "问题类别", "问题描述", "涉及的检查对象（名称或代码）", "意见建议", "填报人")
