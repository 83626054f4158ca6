"""A plan's timetable in words, shown by the plan screen and the plan wizard's review page.

The dates come from app.draw.plans.plan_deadlines / deadlines_for; this module
only names each line.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.draw.filters import normalize_where, where_text
from app.draw.plans import Deadline
from app.draw.risk import class_label, normalize_class
from app.errors import ValidationError

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def deadline_label(deadline: Deadline) -> str:
    kind = deadline.kind
    if kind == "start":
        return translate("PlanScreen", "Plan starts (notice received)")
    if kind == "fetch_list":
        return translate("PlanScreen", "Obtain the list of objects (within %1 working days of receiving the plan)") \
            .replace("%1", str(deadline.days))
    if kind == "match":
        return translate("PlanScreen", "Match inspectors (within %1 working days of obtaining the list)") \
            .replace("%1", str(deadline.days))
    if kind == "working_days":
        return translate("PlanScreen", "Working-day deadlines")
    if kind == "due":
        return translate("PlanScreen", "Checks and result entry completed by")
    if kind == "span":
        return translate("PlanScreen", "Working days from start to completion")
    if kind == "end":
        return translate("PlanScreen", "Plan ends (results entered and published)")
    return kind


def deadline_rows(deadlines: list[Deadline]) -> list[tuple[str, str, bool]]:
    """(what, when, ok) for each line of the timetable."""
    return [(deadline_label(d), d.value, d.ok) for d in deadlines]


def matching_text(self_matching: list[str]) -> str:
    """Which way each district is matched (plan option self_matching), in one line."""
    if not self_matching:
        return translate("PlanScreen", "Every district is matched by the city")
    return translate("PlanScreen", "Matched in the districts' own copies: %1; the other districts by the city") \
        .replace("%1", "、".join(self_matching))


def risk_ratios_text(risk: dict) -> str:
    """A task's risk table in words: "按信用风险分类：A类（低风险）1%、B类（一般风险）2%；崂山区 D类（高风险）50%"."""
    def ratios(table: dict) -> str:
        return "、".join(f"{class_label(normalize_class(k) or str(k))}{v}" for k, v in (table or {}).items())
    text = translate("PlanWizard", "By credit-risk class: ") + ratios(risk.get("ratios") or {})
    for district, table in (risk.get("districts") or {}).items():
        text += f"；{district} {ratios(table)}"
    return text


def scope_sentences(data: dict) -> list[tuple[dict, str]]:
    """(task, its targeted filter as a Chinese sentence) for each task with one; a faulty filter gives
    app.draw's message instead, so the review page shows what the save would refuse."""
    out = []
    for task in data.get("task") or []:
        where = (task.get("filter") or {}).get("where")
        if not where:
            continue
        try:
            out.append((task, where_text(normalize_where(where, f"任务 {task.get('code', '')}的筛选条件"))))
        except ValidationError as exc:
            out.append((task, str(exc)))
    return out
