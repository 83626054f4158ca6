"""The `scope` check of a match record (docs/spec-match-1.md sections 12 and 13).

A district's match over a received share says {"district": d}: every inspection is of d. A city
match whose plan leaves districts to their own copies says {"excluded_districts": [...]}: no
inspection is of those; given the draw record, the list is the plan's `self_matching` there and the
inspections are exactly the record's inspections of the other districts.
"""
from __future__ import annotations

from app.draw.verify import Check


def scope_check(r: dict, draw_record: dict | None) -> Check:
    """A match over one district's share (spec section 12): every inspection, alternates included, is of it.
    A city match leaving districts to their own copies (section 13): none is of those districts."""
    if "excluded_districts" in r["scope"]:
        return _city_scope(r, draw_record)
    district = r["scope"]["district"]
    others = [a["key"] for a in r["assignments"] if a["district"] != district]
    others += [a.get("in_key") for a in r.get("alternates", []) if a.get("district") != district]
    if not district or others:
        named = "、".join(map(str, others[:3]))
        return Check("scope", False, f"匹配记录限定为“{district}”的共享检查对象，但检查对象“{named}”不属于该区市。")
    return Check("scope", True, f"限定为“{district}”共享的 {len(r['assignments'])} 个检查对象，均属于该区市。")


def _city_scope(r: dict, draw_record: dict | None) -> Check:
    """Section 13: no inspection of an excluded district; with the draw record, its plan's self_matching list
    and exactly its inspections of the other districts (less those an alternate used before the match replaced)."""
    excluded = list(r["scope"]["excluded_districts"])
    names = "、".join(excluded)
    if not excluded or excluded != sorted(set(excluded)):
        return Check("scope", False, "匹配记录的 scope.excluded_districts 应为按码位排序、不重复的非空区市列表。")
    inside = [a["key"] for a in r["assignments"] if a["district"] in excluded]
    inside += [a.get("in_key") for a in r.get("alternates", []) if a.get("district") in excluded]
    if inside:
        named = "、".join(map(str, inside[:3]))
        return Check("scope", False, f"匹配记录说明“{names}”由区市自行匹配，但检查对象“{named}”"
                                     "属于这些区市，却在市局的匹配中。")
    text = f"市局匹配 {len(r['assignments'])} 个检查对象，不含由区市自行匹配的“{names}”。"
    if draw_record is None:
        return Check("scope", True, text + "（未提供抽取记录，未核对是否恰好为其他区市的全部检查对象）")
    planned = (draw_record.get("plan") or {}).get("self_matching")
    if planned != excluded:
        return Check("scope", False, f"抽取记录中计划的区市自行匹配为“{'、'.join(planned or []) or '无'}”，"
                                     f"与匹配记录的“{names}”不符。")
    drawn = {i["key"]: i["district"] for i in draw_record["inspections"]}
    alternates = {a["key"] for t in draw_record["tasks"] for a in t["alternates"]}
    keys = [a["key"] for a in r["assignments"]]
    moved = [k for k in keys if k in drawn and drawn[k] in excluded]
    strangers = [k for k in keys if k not in drawn and k not in alternates]
    if moved or strangers:
        return Check("scope", False, f"检查对象“{'、'.join((moved + strangers)[:3])}”不是抽取记录中"
                                     "由市局匹配的区市的检查对象。")
    missing = [k for k, d in sorted(drawn.items()) if d not in excluded and k not in set(keys)]
    came_in = [k for k in keys if k not in drawn]        # alternates used before the match commitment
    if len(missing) > len(came_in):
        return Check("scope", False, f"抽取记录中由市局匹配的检查对象“{'、'.join(missing[:3])}”不在匹配记录中"
                                     f"（共缺 {len(missing)} 个，匹配前使用的替补只有 {len(came_in)} 个）。")
    return Check("scope", True, text + "与抽取记录中其他区市的检查对象一致"
                 + (f"（其中 {len(came_in)} 个为匹配前使用的替补）。" if came_in else "。"))
