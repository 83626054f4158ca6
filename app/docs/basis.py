"""What a notice cites: the legal-basis sentence and the list of check items.

Each is ONE small function so that the check-item catalogue (issue 16, item 1) can replace
how they are produced without touching the notice's layout: today a plan can name its basis
in its options ("legal_basis"); otherwise the notice cites the State Council's rule that every
"双随机、一公开" inspection rests on, which is right whatever the task. Items are printed as the
draw froze them (with a conditional item's note).
"""
from __future__ import annotations

from app.docs.data import InspectionSheet

GENERAL_BASIS = "《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）"


def legal_basis_text(sheet: InspectionSheet, plan) -> str:
    """The laws the inspection rests on, as they follow "根据" in the notice's first sentence."""
    options = getattr(plan, "options", None) or {}
    basis = str(options.get("legal_basis") or "").strip() or GENERAL_BASIS
    number = str(getattr(plan, "number", "") or "").strip()
    return f"{basis}和本局抽查计划（{number}）" if number else f"{basis}和本局《{plan.title}》"


def check_items_text(sheet: InspectionSheet, plan) -> str:
    """The check items, numbered （一）（二）…, each with its legal basis where one is known."""
    items = [item for item in sheet.items if item]
    if not items:
        return "本次抽查任务所列事项。"
    if len(items) == 1:
        return f"{items[0]}。"
    numerals = "一二三四五六七八九十"
    return "；".join(f"（{numerals[i] if i < 10 else i + 1}）{item}" for i, item in enumerate(items)) + "。"
