"""One inspection's result as recorded: the shape, its normal form and its rules. Pure.

    {"items": [{"item", "checked": true|false|null, "reason", "method", "result", "problem"}],
     "outcome": "",            # enterprise-level outcome, once per enterprise (已注销, 无法联系 …)
     "publicity": "",          # only with a publicity-information item
     "followup": {"measures": [...], "text": "", "closed": true|false|null, "closed_on": ""},
     "check_date": "", "inspectors": [cert_no, ...], "unit": "", "entered_by": ""}

The same fields, in the same order, are the columns of a work package and the rows of the printed
result form (app.packages.layout), so a district copies paper into the file line by line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.results.lists import ResultLists, is_publicity_item

ITEM_FIELDS = ("checked", "reason", "method", "result", "problem")
FOLLOWUP_FIELDS = ("measures", "text", "closed", "closed_on")
ENTERPRISE_FIELDS = ("outcome", "publicity", "measures", "followup_text", "closed", "closed_on", "check_date",
                     "inspectors", "unit", "entered_by")
# What makes a result "entered" rather than open: the executing unit and who entered it are
# pre-filled or incidental, so they alone do not.
_SUBSTANCE = ("outcome", "publicity", "measures", "followup_text", "closed", "closed_on", "check_date",
              "inspectors")

MIN_INSPECTORS = 2   # 行政执法：检查人员不少于两人


@dataclass(frozen=True)
class Issue:
    """One rule broken. `field` is a key of ITEM_FIELDS (with `item` the item's index) or of ENTERPRISE_FIELDS."""
    field: str
    message: str
    item: int | None = None


@dataclass
class Context:
    """What a result is checked against: the inspection's items, its team, the plan period."""
    items: list[str]
    team: list[str]                              # current team, cert numbers
    allowed: set[str] = field(default_factory=set)   # team + recorded replacements (in or out)
    start: str = ""
    end: str = ""
    names: dict[str, str] = field(default_factory=dict)   # cert -> name, for messages and name input


def empty_content(items: list[str]) -> dict:
    return {"items": [{"item": i, "checked": None, "reason": "", "method": "", "result": "", "problem": ""}
                      for i in items],
            "outcome": "", "publicity": "",
            "followup": {"measures": [], "text": "", "closed": None, "closed_on": ""},
            "check_date": "", "inspectors": [], "unit": "", "entered_by": ""}


def normalized(content: dict, items: list[str]) -> dict:
    """`content` in the one shape above, item rows in `items` order (missing rows blank)."""
    out = empty_content(items)
    given = {r.get("item"): r for r in content.get("items") or [] if isinstance(r, dict)}
    for row in out["items"]:
        src = given.get(row["item"], {})
        checked = src.get("checked")
        row["checked"] = checked if checked in (True, False) else None
        for key in ("reason", "method", "result", "problem"):
            row[key] = _text(src.get(key))
    for key in ("outcome", "publicity", "check_date", "unit", "entered_by"):
        out[key] = _text(content.get(key))
    out["inspectors"] = [_text(c) for c in content.get("inspectors") or [] if _text(c)]
    follow = content.get("followup") or {}
    out["followup"] = {"measures": [_text(m) for m in follow.get("measures") or [] if _text(m)],
                       "text": _text(follow.get("text")),
                       "closed": follow.get("closed") if follow.get("closed") in (True, False) else None,
                       "closed_on": _text(follow.get("closed_on"))}
    return out


def _text(value) -> str:
    if value.__class__ is str:   # nearly every value: skip str() (a returned package calls this ~100,000 times)
        return value.strip()
    return "" if value is None else str(value).strip()


def is_blank(content: dict) -> bool:
    """Nothing of substance recorded: the inspection stays open (a partial return leaves it so)."""
    for row in content.get("items") or []:
        if row.get("checked") is not None or any(row.get(k) for k in ("reason", "method", "result", "problem")):
            return False
    follow = content.get("followup") or {}
    values = {"outcome": content.get("outcome"), "publicity": content.get("publicity"),
              "measures": follow.get("measures"), "followup_text": follow.get("text"),
              "closed": follow.get("closed"), "closed_on": follow.get("closed_on"),
              "check_date": content.get("check_date"), "inspectors": content.get("inspectors")}
    return not any(values[k] not in (None, "", []) for k in _SUBSTANCE)


def check(content: dict, ctx: Context, lists: ResultLists) -> list[Issue]:
    """Every rule `content` (normalized) breaks; [] when it may be recorded as entered."""
    issues: list[Issue] = []
    outcome = content["outcome"]
    if outcome and outcome not in lists.enterprise_outcomes:
        issues.append(Issue("outcome", f"“{outcome}”不在企业层面检查结果的选项中"))
    for n, row in enumerate(content["items"]):
        issues += _check_item(n, row, bool(outcome), lists)
    _check_publicity(content, ctx, lists, issues)
    _check_followup(content, lists, issues)
    _check_date_and_people(content, ctx, issues)
    return issues


def _check_item(n: int, row: dict, outcome_set: bool, lists: ResultLists) -> list[Issue]:
    out = []
    filled = row["checked"] is not None or any(row[k] for k in ("reason", "method", "result", "problem"))
    if not filled:
        if not outcome_set:   # an enterprise-level outcome (已注销, 无法联系 …) stands for unchecked items
            out.append(Issue("checked", "未填写是否检查", n))
        return out
    if row["checked"] is None:
        out.append(Issue("checked", "未填写是否检查（填“是”或“否”）", n))
    elif row["checked"] is False:
        if not row["reason"]:
            out.append(Issue("reason", "未检查的事项须填写未检查原因", n))
        for key in ("method", "result", "problem"):
            if row[key]:
                out.append(Issue(key, "未检查的事项不应填写核查方式、检查结果或问题", n))
                break
    else:
        if not row["method"]:
            out.append(Issue("method", "已检查的事项须填写核查方式", n))
        elif row["method"] not in lists.check_methods:
            out.append(Issue("method", f"“{row['method']}”不在核查方式的选项中", n))
        if not row["result"]:
            out.append(Issue("result", "已检查的事项须填写检查结果", n))
        elif row["result"] not in lists.item_results:
            out.append(Issue("result", f"“{row['result']}”不在检查结果的选项中", n))
        elif lists.counts_as_problem(row["result"]) and not row["problem"]:
            out.append(Issue("problem", f"检查结果为“{row['result']}”，须填写发现的问题", n))
        if row["reason"]:
            out.append(Issue("reason", "已检查的事项不应填写未检查原因", n))
    return out


def _check_publicity(content: dict, ctx: Context, lists: ResultLists, issues: list[Issue]) -> None:
    value = content["publicity"]
    if not value:
        return
    if not any(is_publicity_item(i) for i in ctx.items):
        issues.append(Issue("publicity", "本检查对象没有公示信息检查事项，不应填写公示信息检查结果"))
    elif value not in lists.publicity_results:
        issues.append(Issue("publicity", f"“{value}”不在公示信息检查结果的选项中"))


def _check_followup(content: dict, lists: ResultLists, issues: list[Issue]) -> None:
    follow = content["followup"]
    for measure in follow["measures"]:
        if measure not in lists.followup_measures:
            issues.append(Issue("measures", f"“{measure}”不在后续处置措施的选项中"))
    if "其他" in follow["measures"] and not follow["text"]:
        issues.append(Issue("followup_text", "后续处置措施为“其他”时须填写处置说明"))
    if follow["closed"] is True and not follow["closed_on"]:
        issues.append(Issue("closed_on", "已办结的须填写办结日期"))
    if follow["closed_on"]:
        if follow["closed"] is not True:
            issues.append(Issue("closed", "填写了办结日期，是否办结应为“是”"))
        if not _is_date(follow["closed_on"]):
            issues.append(Issue("closed_on", f"办结日期“{follow['closed_on']}”不是日期"))
        elif content["check_date"] and _is_date(content["check_date"]) and follow["closed_on"] < content["check_date"]:
            issues.append(Issue("closed_on", "办结日期早于检查日期"))
    if follow["closed"] is not None and not follow["measures"]:
        issues.append(Issue("measures", "填写了是否办结，须填写后续处置措施"))


def _check_date_and_people(content: dict, ctx: Context, issues: list[Issue]) -> None:
    date = content["check_date"]
    if not date:
        issues.append(Issue("check_date", "未填写检查日期"))
    elif not _is_date(date):
        issues.append(Issue("check_date", f"检查日期“{date}”不是日期"))
    elif ctx.start and ctx.end and not ctx.start <= date <= ctx.end:
        issues.append(Issue("check_date", f"检查日期 {date} 不在抽查期间（{ctx.start} 至 {ctx.end}）内"))
    people = content["inspectors"]
    allowed = set(ctx.team) | set(ctx.allowed)
    for cert in people:
        if cert not in allowed:
            issues.append(Issue("inspectors", f"检查人员“{ctx.names.get(cert, cert)}”不是本检查组成员，"
                                              "也没有登记的人员更换记录"))
    if len(set(people)) < MIN_INSPECTORS:
        issues.append(Issue("inspectors", f"实际检查人员应不少于 {MIN_INSPECTORS} 名（现填 {len(set(people))} 名）"))
    if not content["entered_by"]:
        issues.append(Issue("entered_by", "未填写录入人（谁检查、谁录入）"))


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def has_problem(content: dict, lists: ResultLists) -> bool:
    """Counts as "problem found" for statistics: any item, the outcome or the publicity result says so."""
    values = [r["result"] for r in content.get("items") or []] + [content.get("outcome"), content.get("publicity")]
    return any(v and lists.counts_as_problem(v) for v in values)


def is_pending(content: dict, pending_result: str) -> bool:
    """Something left to do: an item 待后续处理, or a follow-up measure, and the follow-up not recorded
    as closed (办结: app.publish.followup.close_followup sets closed and closed_on)."""
    follow = content.get("followup") or {}
    if follow.get("closed") is True:
        return False
    return (any(r.get("result") == pending_result for r in content.get("items") or [])
            or bool(follow.get("measures")))
