"""A risk task (app.draw.risk) written out as its sub-tasks, and folded back for editing.

The sub-tasks are what the plan stores and the draw commits (one ordinary SPOTCHECK-DRAW-1 task
each); every one carries in `filter.risk` the parent's code, name and class rules, so the plan
wizard can show and edit the one task the clerk wrote.
"""
from __future__ import annotations

import re

from app.draw.risk import class_short, normalize_class
from app.errors import ValidationError

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")


def _source(risk: dict, cls: str) -> dict:
    if "column" in risk:
        return {"column": risk["column"]}
    listed = risk["list"]
    # Class U is "not in the list, or listed as 未分类": its sub-task needs the whole list to tell.
    keys = dict(listed["classes"]) if cls == "U" else {
        k: v for k, v in listed["classes"].items() if normalize_class(v) == cls}
    return {"list": {"file": listed["file"], "sha256": listed["sha256"], "keys": keys}}


def expand_task(task: dict, districts: list[str]) -> list[dict]:
    """The normalized task itself, or for a risk task its sub-tasks in class order (A B C D U)."""
    risk = task.pop("risk", None)
    if not risk:
        return [task]
    where = f"任务 {task['code']}"
    if risk["districts"] and not task["stratify"]:
        raise ValidationError(f"{where}按区市设定了信用风险分类比例，须按区市分层（stratify = \"district\"）。")
    parent_districts = task["filter"].get("districts")
    base = parent_districts or districts
    outside = [d for d in risk["districts"] if d not in base]
    if outside:
        raise ValidationError(f"{where}的筛选区市不含“{'、'.join(outside)}”，不能为其单独设定比例。")
    subs = []
    for cls, ratio in risk["ratios"].items():
        own = [d for d in districts if cls in risk["districts"].get(d, {})]
        groups: list[tuple[str, list[str] | None, str, str | None]] = []
        if own:
            rest = [d for d in base if d not in own]
            if rest:
                groups.append(("", rest, ratio, None))
            groups += [(str(districts.index(d) + 1), [d], risk["districts"][d][cls], d) for d in own]
        else:
            groups.append(("", None, ratio, None))
        for suffix, only, sub_ratio, district in groups:
            code = f"{task['code']}-{cls}{suffix}"
            if not CODE_RE.match(code):
                raise ValidationError(f"{where}的编号过长：按信用风险分类拆分后的子任务编号“{code}”超过 16 位，"
                                      f"请把任务编号改短（如 T1）。")
            flt = {k: v for k, v in task["filter"].items()}
            if only is not None:
                flt["districts"] = only
            info = {"of": task["code"], "name": task["name"], "class": cls, **_source(risk, cls),
                    "ratios": risk["ratios"], "districts": risk["districts"]}
            if district:
                info["district"] = district
            if parent_districts:
                info["parent_districts"] = parent_districts
            flt["risk"] = info
            p, q = (int(x) for x in sub_ratio.split("/"))
            label = class_short(cls) + (f"，{district}" if district else "")
            subs.append(task | {"code": code, "name": f"{task['name']}（{label}）", "ratio_p": p, "ratio_q": q,
                                "count": None, "filter": flt})
    return subs


def fold_tasks(tasks: list[dict]) -> list[dict]:
    """Tasks of the plan-file shape (as the wizard holds them) with each run of sub-tasks of one risk
    task folded back into that task with its `risk` table."""
    out: list[dict] = []
    folded: dict[str, dict] = {}
    for t in tasks:
        info = (t.get("filter") or {}).get("risk")
        if not info:
            out.append(t)
            continue
        parent = folded.get(info["of"])
        if parent is None:
            flt = {k: v for k, v in t["filter"].items() if k not in ("risk", "districts")}
            if info.get("parent_districts"):
                flt["districts"] = info["parent_districts"]
            risk: dict = {"ratios": dict(info["ratios"]),
                          "districts": {d: dict(r) for d, r in info["districts"].items()}}
            if "column" in info:
                risk["column"] = info["column"]
            else:
                risk["classes"], risk["list_name"] = {}, info["list"]["file"]
            parent = {k: v for k, v in t.items() if k not in ("ratio", "count", "filter")}
            parent |= {"code": info["of"], "name": info["name"], "risk": risk}
            if flt:
                parent["filter"] = flt
            folded[info["of"]] = parent
            out.append(parent)
        if "list" in info:
            parent["risk"]["classes"].update(info["list"]["keys"])
    return out
