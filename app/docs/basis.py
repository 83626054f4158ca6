"""What a notice cites: the legal-basis sentence and the list of check items with their bases.

Both come from the check items as the draw's commitment froze them (app.catalogue: each item's
检查依据 in the 抽查事项清单 version current at the commitment, carried on InspectionSheet.item_bases),
never from fixed text: a food-related-product task cites the laws of its own items. A plan may
still name its basis outright in its options ("legal_basis"). With no basis known at all, the
notice cites the State Council's rule that every "双随机、一公开" inspection rests on.
"""
from __future__ import annotations

from app.catalogue.basis import basis_text, legal_basis_sentence, merge_bases
from app.docs.data import InspectionSheet

GENERAL_BASIS = "依据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）"
NUMERALS = "一二三四五六七八九十"


def laws_sentence(bases: list[str]) -> str:
    """依据《A》和《B》的规定 — the laws only: each item's articles follow it in the item list, and a
    notice must stay within two pages (GB/T 9704's 22 lines a page)."""
    laws = [f"《{law}》" for law, _articles in merge_bases([b for b in bases if b and b.strip()])]
    if not laws:
        return GENERAL_BASIS
    return "依据" + (laws[0] if len(laws) == 1 else "、".join(laws[:-1]) + "和" + laws[-1]) + "的规定"


def legal_basis_text(sheet: InspectionSheet, plan, *, with_articles: bool = False) -> str:
    """The notice's opening clause: 依据《A》和《B》的规定，按照本局抽查计划（文号）. `with_articles`
    (when the items are listed without their bases): 依据《A》第x条、第y条和《B》第z条的规定."""
    options = getattr(plan, "options", None) or {}
    given = str(options.get("legal_basis") or "").strip()
    bases = [b for b in sheet.item_bases if b and b.strip()]
    if given:
        sentence = f"依据{given}"
    elif with_articles and bases:
        sentence = legal_basis_sentence(bases)
    else:
        sentence = laws_sentence(bases)
    number = str(getattr(plan, "number", "") or "").strip()
    return f"{sentence}，按照本局抽查计划（{number}）" if number else f"{sentence}，按照本局《{plan.title}》"


def check_items_text(sheet: InspectionSheet, plan, *, with_bases: bool = True) -> str:
    """The check items, numbered （一）（二）…, each followed by its basis where one is known (unless
    `with_bases` is False: then the opening clause carries the articles)."""
    bases = (list(sheet.item_bases) if with_bases else []) + [""] * len(sheet.items)
    items = [(item, basis_text(basis)) for item, basis in zip(sheet.items, bases) if item]
    if not items:
        return "本次抽查任务所列事项。"

    def one(item: str, cited: str) -> str:
        return f"{item}（检查依据：{cited}）" if cited else item

    if len(items) == 1:
        return f"{one(*items[0])}。"
    return "；".join(f"（{NUMERALS[i] if i < 10 else i + 1}）{one(*pair)}" for i, pair in enumerate(items)) + "。"
