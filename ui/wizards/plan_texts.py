"""A plan's timetable in words, shown by the plan screen and the plan wizard's review page.

The dates come from app.draw.plans.plan_deadlines / deadlines_for; this module
only names each line.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.draw.plans import Deadline

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
