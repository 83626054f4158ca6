"""The district's inspections in share.json against the draw record's selection (no database).

The record keeps the selection as drawn; alternates used later live in share.json's "alternates_used".
Each is re-applied here under the committed rule (the out key is currently drawn in that task; the in key
is the next unused alternate of that stratum, with its rank), which gives every task's current selection,
hence each enterprise's tasks and check items. An enterprise's district comes from the record's merged
inspections, or for an alternate only the record lists among alternates, from its stratum when the task is
stratified by district.
"""
from __future__ import annotations

from typing import Protocol

SHARE = "share.json"


class _Result(Protocol):
    passed: list[str]
    inspections: int

    def fail(self, member: str, message: str) -> None: ...


def _current(record: dict, uses: list, result: _Result) -> dict[str, dict[str, str]]:
    """{task code: {key: stratum}} after the alternates used, in order; a bad use is named and skipped."""
    tasks = {t["code"]: t for t in record["tasks"]}
    current = {code: {s["key"]: s["stratum"] for s in t["selected"]} for code, t in tasks.items()}
    used: dict[tuple[str, str], int] = {}
    for n, use in enumerate(uses, start=1):
        code, out_key = use.get("task"), use.get("out_key")
        if code not in tasks or out_key not in current[code]:
            result.fail(SHARE, f"记载的第 {n} 次替补（任务 {code}，换下 {out_key}）不在抽取记录的抽中名单中")
            continue
        stratum = current[code][out_key]
        candidates = [a for a in tasks[code]["alternates"] if a["stratum"] == stratum]
        k = used.get((code, stratum), 0)
        if k >= len(candidates) or candidates[k]["key"] != use.get("in_key") \
                or candidates[k]["rank"] != use.get("rank") or use.get("stratum") != stratum:
            want = candidates[k]["key"] if k < len(candidates) else "（替补已用完）"
            result.fail(SHARE, f"记载的第 {n} 次替补（任务 {code}“{stratum}”）换上 {use.get('in_key')}，"
                               f"按承诺的替补规则应为 {want}")
            continue
        used[(code, stratum)] = k + 1
        del current[code][out_key]
        current[code][use["in_key"]] = stratum
    return current


def _expected(record: dict, current: dict[str, dict[str, str]]) -> dict[str, dict]:
    """{key: {name, district, tasks, items}} of every enterprise drawn now (district None if unknown)."""
    merged = {i["key"]: i for i in record["inspections"]}
    names = {x["key"]: x["name"] for t in record["tasks"] for x in t["selected"] + t["alternates"]}
    out: dict[str, dict] = {}
    for t in record["tasks"]:
        for key, stratum in current[t["code"]].items():
            district = merged[key]["district"] if key in merged else (stratum if t.get("stratified") else None)
            entry = out.setdefault(key, {"name": names.get(key), "district": district, "tasks": [], "items": []})
            entry["tasks"].append(t["code"])
            entry["items"] += [i for i in t.get("items", []) if i not in entry["items"]]
    return out


def check_inspections(share: dict, record: dict, result: _Result) -> None:
    district, listed = share.get("district"), share.get("inspections")
    if not isinstance(listed, list) or not isinstance(share.get("alternates_used", []), list):
        result.fail(SHARE, "缺少检查对象名单（inspections）或替补记载（alternates_used）的格式不正确")
        return
    try:
        current = _current(record, share.get("alternates_used", []), result)
        expected = _expected(record, current)
    except (KeyError, TypeError, AttributeError) as exc:
        result.fail(SHARE, f"无法按抽取记录核对检查对象（记录或替补记载格式有误：{exc}）")
        return
    merged = {i["key"]: i for i in record["inspections"]}
    seen: set[str] = set()
    for n, ins in enumerate(listed, start=1):
        if not isinstance(ins, dict):
            result.fail(SHARE, f"检查对象第 {n} 条格式不正确")
            continue
        key = str(ins.get("key"))
        where = f"检查对象第 {n} 条（{key} {ins.get('name', '')}）"
        want = expected.get(key)
        if key in seen:
            result.fail(SHARE, f"{where}重复列出")
            continue
        seen.add(key)
        if want is None:
            result.fail(SHARE, f"{where}不在抽取记录的抽中名单中（替补之后）")
            continue
        problems = _differences(ins, want, district, merged.get(key))
        if problems:
            result.fail(SHARE, f"{where}与抽取记录不符：{'；'.join(problems)}")
    missing = [k for k, v in expected.items() if v["district"] == district and k not in seen]
    if missing:
        result.fail(SHARE, f"缺少抽取记录中{district}的检查对象：{'、'.join(sorted(missing))}")
    result.inspections = len(listed)
    if not missing and len(seen) == len(listed):
        result.passed.append(f"{district}的 {len(listed)} 个检查对象与抽取记录（及所记载的替补）逐一核对一致。")


def _differences(ins: dict, want: dict, district, recorded: dict | None) -> list[str]:
    out = []
    if ins.get("name") != want["name"]:
        out.append(f"名称应为“{want['name']}”")
    if ins.get("district") != district or (want["district"] is not None and want["district"] != district):
        out.append(f"所属区市为{want['district'] or '（记录未载明）'}，不是本共享文件的{district}")
    if ins.get("tasks") != want["tasks"]:
        out.append(f"任务应为 {'、'.join(want['tasks'])}")
    raw = ins.get("conditions")
    conditions: list = raw if isinstance(raw, list) else []
    extra = [c.get("item") for c in conditions if isinstance(c, dict) and c.get("item") not in want["items"]]
    if ins.get("items") != want["items"] + extra:
        out.append("检查内容与其任务的检查内容（加附加检查项）不符")
    # Conditions come from the register: only re-checkable when the record holds them for these tasks.
    if recorded is not None and recorded.get("tasks") == want["tasks"] and conditions != recorded.get("conditions", []):
        out.append("附加检查项的条件与抽取记录不符")
    return out
