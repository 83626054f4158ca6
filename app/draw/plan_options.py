"""Plan options with a meaning of their own (the rest of Plan.options is free text for the documents).

`self_matching` lists the districts that match the draw's inspections in their own copy of the
program (区市自行匹配, issue 14); every other district is matched by the city as before. It is
validated against the settings' district list when the plan is written, and since a plan is
frozen at its draw's commitment (and the list is in the draw record's `plan`), the choice is
fixed before any witness gives digits.
"""
from __future__ import annotations

from app.errors import ValidationError
from app.settings.store import district_names

SELF_MATCHING = "self_matching"


def normalize_options(raw) -> dict:
    """The plan's [options] table checked: self_matching becomes a sorted list of known districts
    (absent when empty, so a plan without it is stored exactly as before)."""
    if raw in (None, {}):
        return {}
    if not isinstance(raw, dict):
        raise ValidationError("计划的“options”应为表（[options]，键值对）。")
    options = dict(raw)
    if SELF_MATCHING not in options:
        return options
    value = options.pop(SELF_MATCHING)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValidationError("计划选项“self_matching”（区市自行匹配）应为区市名称的列表，"
                              "如 self_matching = [\"市南区\"]。")
    names = sorted({v.strip() for v in value if v.strip()})
    known = district_names()
    bad = [n for n in names if n not in known]
    if bad:
        raise ValidationError(f"计划选项“self_matching”（区市自行匹配）中的区市“{'、'.join(bad)}”"
                              f"不在设置的区市列表中（{'、'.join(known)}）。")
    if names:
        options[SELF_MATCHING] = names
    return options


def self_matching(plan) -> list[str]:
    """The districts the plan leaves to their own copies (sorted; empty: the city matches every district)."""
    return sorted((plan.options or {}).get(SELF_MATCHING) or [])
