"""What a notice cites: the legal-basis sentence and the list of check items with their bases.

Both come from the check items as the draw's commitment froze them (app.catalogue: each item's
检查依据 in the 抽查事项清单 version current at the commitment, carried on InspectionSheet.item_bases),
never from fixed text: a food-related-product task cites the laws of its own items. A plan may
still name its basis outright in its options ("legal_basis"). With no basis known at all, the
notice cites the State Council's rule that every "双随机、一公开" inspection rests on.
"""
from __future__ import annotations

from app.catalogue.basis import basis_text, legal_basis_sentence
from app.docs.data import InspectionSheet

GENERAL_BASIS = "依据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）"
NUMERALS = "一二三四五六七八九十"


def legal_basis_text(sheet: InspectionSheet, plan) -> str:
    """The notice's opening clause: 依据《A》第x条和《B》第y条的规定，按照本局抽查计划（文号）."""
    options = getattr(plan, "options", None) or {}
    given = str(options.get("legal_basis") or "").strip()
    bases = [b for b in sheet.item_bases if b and b.strip()]
    sentence = f"依据{given}" if given else legal_basis_sentence(bases) if bases else GENERAL_BASIS
    number = str(getattr(plan, "number", "") or "").strip()
    return f"{sentence}，按照本局抽查计划（{number}）" if number else f"{sentence}，按照本局《{plan.title}》"


def check_items_text(sheet: InspectionSheet, plan) -> str:
    """The check items, numbered （一）（二）…, each followed by its basis where one is known."""
    bases = list(sheet.item_bases) + [""] * len(sheet.items)
    items = [(item, basis_text(basis)) for item, basis in zip(sheet.items, bases) if item]
    if not items:
        return "本次抽查任务所列事项。"

    def one(item: str, cited: str) -> str:
        return f"{item}（依据{cited}）" if cited else item

    if len(items) == 1:
        return f"{one(*items[0])}。"
    return "；".join(f"（{NUMERALS[i] if i < 10 else i + 1}）{one(*pair)}" for i, pair in enumerate(items)) + "。"
