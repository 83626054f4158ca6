"""What the draw and match wizards explain to the clerk: the ratio as the plan wrote it, how each quota
was rounded, the strata in the settings' district order, and the draw's witnesses to offer again.

Reads only. The quotas themselves stay app.draw.spec's (stratum_quota): the sentence here re-states
the same arithmetic in words, so what the clerk reads and what the draw uses cannot differ.
"""
from __future__ import annotations

import tomllib
from fractions import Fraction

from app.draw import spec
from app.draw.describe import ratio_percent
from app.draw.models import Plan
from app.draw.queries import get_draw
from app.settings.store import district_names


def written_ratios(plan_id: int) -> dict[str, str]:
    """{task code: its ratio as the plan file wrote it ("20%", "1/5")} for the tasks of a plan made from a
    file; {} when the plan came from the wizard or its file cannot be read (callers fall back to
    `shown_ratio`'s percentage)."""
    plan = Plan.get_or_none(Plan.id == plan_id)
    if plan is None or not plan.source_toml:
        return {}
    try:
        data = tomllib.loads(plan.source_toml)
    except tomllib.TOMLDecodeError:
        return {}
    out = {}
    for task in data.get("task") or []:
        if isinstance(task, dict) and task.get("code") and task.get("ratio") is not None:
            out[str(task["code"]).strip()] = str(task["ratio"]).strip().replace("％", "%")
    return out


def shown_ratio(ratio: str, written: str | None = None) -> str:
    """The ratio as the clerk wrote it when that is the same fraction (the plan file's "20%"), else the
    short percentage ("1/5" -> "20%"; "1/3" stays). Fixed counts ("n=5") are returned as they are."""
    if not ratio or ratio.startswith("n="):
        return ratio
    if written and _fraction(written) == Fraction(ratio):
        return written
    return ratio_percent(ratio)


def _fraction(text: str) -> Fraction | None:
    try:
        text = text.strip()
        return Fraction(text[:-1].strip()) / 100 if text.endswith("%") else Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None


def _decimal(value: Fraction) -> tuple[str, bool]:
    """value with up to two decimals, and whether that is exact."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text, Fraction(text) == value


def quota_sentence(size: int, ratio: str, written: str | None = None) -> str:
    """How a stratum's quota comes from its size: "209 × 20% = 41.8，向上取整为 42", "200 × 20% = 40",
    "固定抽取 5 家", "固定 5 家，本层只有 3 家，全部抽取"."""
    size = int(size or 0)
    quota = spec.stratum_quota(size, ratio)
    if ratio.startswith("n="):
        count = int(ratio[2:])
        if size < count:
            return f"固定 {count} 家，本层只有 {size} 家，全部抽取"
        return f"固定抽取 {count} 家"
    exact = size * Fraction(ratio)
    factor = f"{size} × {shown_ratio(ratio, written)}"
    if exact.denominator == 1:
        return f"{factor} = {exact.numerator}"
    text, is_exact = _decimal(exact)
    return f"{factor} {'=' if is_exact else '≈'} {text}，向上取整为 {quota}"


def in_district_order(rows: list[dict], key: str = "stratum") -> list[dict]:
    """Rows grouped by task as given, each task's strata in the order the settings list the districts
    (the city-wide stratum and unknown names after them, in their own order)."""
    order = {name: i for i, name in enumerate(district_names())}
    first_seen: dict[str, int] = {}
    for row in rows:
        first_seen.setdefault(str(row.get("code", "")), len(first_seen))
    return sorted(rows, key=lambda r: (first_seen[str(r.get("code", ""))],
                                       order.get(str(r.get(key, "")), len(order))))


def draw_witnesses(draw_no: int) -> list[dict]:
    """The witnesses of a drawn draw as {name, unit, role}, in signing order — never their digits, which a
    later ceremony must have rolled anew."""
    return [{"name": w.get("name", ""), "unit": w.get("unit", ""), "role": w.get("role", "")}
            for w in get_draw(draw_no).witnesses or []]
