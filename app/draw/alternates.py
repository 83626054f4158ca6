"""Using an ordered alternate (替补) — called by service.use_alternate inside its transaction.

The record stays as drawn; the change lives in AlternateUse rows (and the log)
and in the inspections' task sets, so every later document shows it.
"""
from __future__ import annotations

from app.draw.conditions import conditions_for
from app.draw.models import AlternateUse, Draw, Inspection
from app.errors import NotFoundError, StateError
from app.registers.models import Enterprise, Register, RegisterVersion


def current_selection(draw: Draw, task_code: str) -> dict[str, str]:
    """key -> stratum of the task's drawn enterprises after the alternates used so far."""
    task = _record_task(draw, task_code)
    current = {s["key"]: s["stratum"] for s in task["selected"]}
    for use in AlternateUse.select().where(AlternateUse.draw == draw, AlternateUse.task_code == task_code) \
            .order_by(AlternateUse.id):
        current.pop(use.out_key, None)
        current[use.in_key] = use.stratum
    return current


def _record_task(draw: Draw, task_code: str) -> dict:
    for task in draw.record["tasks"]:
        if task["code"] == task_code:
            return task
    raise NotFoundError(f"第 {draw.draw_no} 号抽取中没有任务 {task_code}。")


def _items(codes: list[str], record: dict, conditions: list[dict]) -> list[str]:
    items = []
    for task in record["tasks"]:
        if task["code"] in codes:
            items += [i for i in task["items"] if i not in items]
    return items + [c["item"] for c in conditions if c["item"] not in items]


def apply_alternate(draw: Draw, task_code: str, out_key: str, reason: str, at: str) -> AlternateUse:
    task = _record_task(draw, task_code)
    current = current_selection(draw, task_code)
    if out_key not in current:
        raise NotFoundError(f"企业 {out_key} 不在第 {draw.draw_no} 号抽取任务 {task_code} 的抽中名单中。")
    stratum = current[out_key]
    used = AlternateUse.select().where(AlternateUse.draw == draw, AlternateUse.task_code == task_code,
                                       AlternateUse.stratum == stratum).count()
    candidates = [a for a in task["alternates"] if a["stratum"] == stratum]
    if used >= len(candidates):
        raise StateError(f"任务 {task_code} 在“{stratum}”的替补对象已全部用完（共 {len(candidates)} 个）。")
    alternate = candidates[used]               # ranks are listed in order: first unused first
    use = AlternateUse.create(draw=draw, task_code=task_code, stratum=stratum, out_key=out_key,
                              in_key=alternate["key"], rank=alternate["rank"], reason=reason, at=at)
    conditionals = draw.plan.conditional_items

    out = Inspection.get(Inspection.draw == draw, Inspection.key == out_key)
    codes = [c for c in out.tasks if c != task_code]
    conds = conditions_for(out.key, codes, _extra(task, out.key), conditionals) if codes else []
    Inspection.update(tasks=codes, items=_items(codes, draw.record, conds), conditions=conds,
                      active=bool(codes)).where(Inspection.id == out.id).execute()

    row = Inspection.get_or_none(Inspection.draw == draw, Inspection.key == alternate["key"])
    codes = sorted(set((row.tasks if row and row.active else []) + [task_code]),
                   key=[t["code"] for t in draw.record["tasks"]].index)
    extra = _extra(task, alternate["key"])
    conds = conditions_for(alternate["key"], codes, extra, conditionals)
    tickets = (row.tickets if row else {}) | {task_code: alternate["ticket"]}
    ranks = (row.ranks if row else {}) | {task_code: alternate["rank"]}
    values = {"tasks": codes, "items": _items(codes, draw.record, conds), "conditions": conds,
              "tickets": tickets, "ranks": ranks, "active": True}
    if row:
        if not row.active:
            values["source"] = "alternate"
        Inspection.update(**values).where(Inspection.id == row.id).execute()
    else:
        e = _enterprise(task, alternate["key"])
        Inspection.create(draw=draw, key=alternate["key"], name=alternate["name"],
                          district=e.district if e else alternate["stratum"], source="alternate", **values)
    return use


def _enterprise(record_task: dict, key: str) -> Enterprise | None:
    version = (RegisterVersion.select().join(Register)
               .where(Register.name == record_task["register"],
                      RegisterVersion.version == record_task["register_version"]).first())
    return Enterprise.get_or_none(Enterprise.version == version, Enterprise.key == key) if version else None


def _extra(record_task: dict, key: str) -> dict:
    e = _enterprise(record_task, key)
    return e.extra if e else {}
