"""The legal-basis sentence of a notice, built from its check items' bases (检查依据).

A basis is free text as catalogues write it: 《中华人民共和国工业产品生产许可证管理条例》第四十七条、
第四十八条；《……实施办法》第二十条. The sentence names each law once, in the order the items first cite
it, with all the articles the items cite from it:

    依据《A》第四十七条、第四十八条和《B》第二十条的规定

Pure functions: no database, so the documents, the plan check and the tests share them.
"""
from __future__ import annotations

import re

# When no item of a notice has a basis: the general rule that every inspection is done under
# (a clerk is warned before the commitment; after it the plan cannot change, see docs/catalogue.md).
FALLBACK_SENTENCE = "依据《市场监督管理行政执法责任制规定》等有关规定"

_NUM = "零〇一二三四五六七八九十百千0-9"
_ARTICLE = re.compile(rf"第[{_NUM}]+条(?:之[{_NUM}]+)?(?:第[{_NUM}]+款)?(?:第[{_NUM}]+项)?")
_TITLED = re.compile(r"《([^《》]+)》([^《]*)")
_BARE_LAW = re.compile(rf"^(.*?(?:法|条例|办法|规定|细则|决定))\s*(第[{_NUM}]+条.*)?$")


def parse_basis(text: str) -> list[tuple[str, list[str]]]:
    """[(law, [articles])] in the order written; a law written twice is merged."""
    text = (text or "").strip()
    if not text:
        return []
    pairs: list[tuple[str, str]] = [(m.group(1).strip(), m.group(2)) for m in _TITLED.finditer(text)]
    if not pairs:
        # No book-title marks: each part separated by ；/; is "law 第…条" or a law alone.
        for part in re.split(r"[；;\n]+", text):
            part = part.strip(" ，,、。")
            if not part:
                continue
            m = _BARE_LAW.match(part)
            pairs.append((m.group(1).strip(), m.group(2) or "") if m else (part, ""))
    out: dict[str, list[str]] = {}
    for law, rest in pairs:
        if not law:
            continue
        articles = out.setdefault(law, [])
        for art in _ARTICLE.findall(rest):
            if art not in articles:
                articles.append(art)
    return list(out.items())


def merge_bases(bases: list[str]) -> list[tuple[str, list[str]]]:
    """The laws of several bases, each once (first citation first), with every article cited from it."""
    merged: dict[str, list[str]] = {}
    for text in bases:
        for law, articles in parse_basis(text):
            known = merged.setdefault(law, [])
            known += [a for a in articles if a not in known]
    return list(merged.items())


def law_citation(law: str, articles: list[str]) -> str:
    return f"《{law}》" + "、".join(articles)


def legal_basis_sentence(bases: list[str]) -> str:
    """依据《A》第x条、第y条和《B》第z条的规定 — or FALLBACK_SENTENCE when no basis is given."""
    laws = merge_bases([b for b in bases if b and b.strip()])
    if not laws:
        return FALLBACK_SENTENCE
    cited = [law_citation(law, articles) for law, articles in laws]
    joined = cited[0] if len(cited) == 1 else "、".join(cited[:-1]) + "和" + cited[-1]
    return f"依据{joined}的规定"


def basis_text(basis: str) -> str:
    """One item's basis as printed beside it: the parsed citations joined, or the text as written."""
    laws = parse_basis(basis)
    if not laws:
        return ""
    return "；".join(law_citation(law, articles) for law, articles in laws)
