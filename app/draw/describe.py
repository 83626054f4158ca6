"""A task's filter in words and in the form the commitment and the draw record carry.

Only a task with a targeted filter (`where`) or a risk class gets these: a plan without them commits
and records exactly as before, byte for byte.
"""
from __future__ import annotations

from fractions import Fraction

from app.draw.filters import where_text
from app.draw.risk import class_label


def ratio_percent(ratio: str) -> str:
    """"1/100" -> "1%", "1/8" -> "12.5%", "1/3" -> "1/3" (a fraction with no short percentage stays)."""
    if not ratio or ratio.startswith("n="):
        return ratio
    value = Fraction(ratio) * 100
    if value.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100):
        text = f"{float(value):.2f}".rstrip("0").rstrip(".")
        return f"{text}%"
    return ratio


def risk_source_text(risk: dict) -> str:
    if "column" in risk:
        return f"名录列“{risk['column']}”"
    listed = risk.get("list") or {}
    return f"信用风险分类名单{('“' + listed['file'] + '”') if listed.get('file') else ''}"


def filter_text(flt: dict | None) -> str:
    """The whole filter as one Chinese sentence ("" when there is none)."""
    flt = flt or {}
    parts = []
    risk: dict = flt.get("risk") or {}
    if risk:
        parts.append(f"信用风险分类为{class_label(risk['class'])}（依据{risk_source_text(risk)}）")
    if flt.get("product_contains"):
        parts.append(f"产品名称包含 {' 或 '.join(flt['product_contains'])}")
    own = sorted(d for d, ratios in (risk.get("districts") or {}).items() if risk["class"] in ratios)
    if own and not risk.get("district") and not risk.get("parent_districts"):
        parts.append(f"所属区市不是 {'、'.join(own)}（{'、'.join(own)}本分类的比例单独设定）")
    elif flt.get("districts"):
        parts.append(f"所属区市为 {'、'.join(flt['districts'])}")
    if flt.get("where"):
        parts.append(where_text(flt["where"], nested=False))
    if flt.get("exclude_inspected_months"):
        parts.append(f"近 {flt['exclude_inspected_months']} 个月内未被其他计划抽查")
    return "，且".join(parts)


def committed_filter(flt: dict | None) -> dict:
    """What the commitment and the record say of a targeted or risk filter ({} for any other task):
    filter (the expression and the class rule, a class list named by its SHA-256), filter_text, and
    for a risk sub-task risk_class, risk_task (the task the clerk wrote) and, for a list, risk_list."""
    flt = flt or {}
    if not flt.get("where") and not flt.get("risk"):
        return {}
    kept = {k: v for k, v in flt.items() if k != "risk"}
    out: dict = {"filter_text": filter_text(flt)}
    risk = flt.get("risk")
    if risk:
        rule = {"class": risk["class"]}
        if risk.get("district"):
            rule["district"] = risk["district"]
        if "column" in risk:
            rule["column"] = risk["column"]
        else:
            rule["list"] = {"file": risk["list"]["file"], "sha256": risk["list"]["sha256"]}
        kept["risk"] = rule
        out |= {"risk_class": risk["class"], "risk_task": risk["of"]}
    out["filter"] = kept
    return out
