"""Read-only views of plans' draws for the GUI and the command line.

Every function here reads; none writes. The answers are plain dicts, lists and
dataclasses (or, for `get_draw`, the Draw row itself) so that the GUI can show
them without knowing the models, and the command line can print them. No rule
is decided here: the rows re-arrange what the draw service froze.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.draw.alternates import current_selection
from app.draw.models import AlternateUse, Draw, Inspection, Plan
from app.draw.plans import get_plan, plan_tasks, task_ratio_text
from app.errors import NotFoundError


def get_draw(draw_no: int) -> Draw:
    """The draw with this number; NotFoundError when there is none."""
    draw = Draw.get_or_none(Draw.draw_no == int(draw_no))
    if draw is None:
        raise NotFoundError(f"找不到第 {draw_no} 号抽取。")
    return draw


def plan_title(plan_id: int | None) -> str | None:
    """The plan's title, or None when no such plan (or no plan) is chosen."""
    if plan_id is None:
        return None
    plan = Plan.get_or_none(Plan.id == plan_id)
    return plan.title if plan else None


def plan_choices() -> list[dict]:
    """Every plan as {id, title, number}, oldest first (the draw wizard's list)."""
    return [{"id": p.id, "title": p.title, "number": p.number} for p in Plan.select().order_by(Plan.id)]


def plan_overview(plan_id: int) -> dict:
    """What the draw will take from the plan: number, start, end, due and its tasks
    ({code, name, register, ratio, stratify}) in plan order. NotFoundError for an unknown plan."""
    plan = get_plan(plan_id)
    return {"number": plan.number, "start": plan.start, "end": plan.end, "due": plan.due,
            "tasks": [{"code": t.code, "name": t.name, "register": t.register_name, "ratio": task_ratio_text(t),
                       "stratify": t.stratify} for t in plan_tasks(plan)]}


def draw_rows(plan_id: int | None) -> list[dict]:
    """The plan's draws, newest first (without the large record)."""
    if plan_id is None:
        return []
    query = (Draw.select(Draw.draw_no, Draw.status, Draw.commitment, Draw.seed, Draw.committed_at, Draw.drawn_at,
                         Draw.void_reason)
             .where(Draw.plan == plan_id).order_by(Draw.draw_no.desc()))
    return [{"draw_no": d.draw_no, "status": d.status, "commitment": d.commitment, "seed": d.seed,
             "committed_at": d.committed_at, "drawn_at": d.drawn_at, "void_reason": d.void_reason}
            for d in query]


def draw_numbers_by_status(plan_id: int) -> dict[str, int]:
    """{status: draw_no} of the plan's draws; for a status seen twice the newest number wins."""
    return {d.status: d.draw_no for d in Draw.select(Draw.status, Draw.draw_no).where(Draw.plan == plan_id)
            .order_by(Draw.draw_no)}


@dataclass(frozen=True)
class DrawnDraw:
    """A completed draw, as the match wizard and screen list it."""
    draw_no: int
    plan_id: int
    plan_title: str
    team_size: int | None


def drawn_draws(plan_id: int | None = None) -> list[DrawnDraw]:
    """Completed draws (of one plan, or of all), newest first."""
    query = Draw.select(Draw, Plan).join(Plan).where(Draw.status == "drawn")
    if plan_id is not None:
        query = query.where(Draw.plan == plan_id)
    return [DrawnDraw(d.draw_no, d.plan_id, d.plan.title, d.plan.team_size)
            for d in query.order_by(Draw.draw_no.desc())]


def commit_data_of(draw_no: int) -> dict:
    """The draw's commitment data (tasks, frames, strata), {} when there is none."""
    row = Draw.select(Draw.commit_data).where(Draw.draw_no == draw_no).first()
    return (row.commit_data if row else None) or {}


def commit_strata_rows(commit_data: dict) -> list[dict]:
    """Tasks x strata (size, quota, alternates) from a commitment's or record's task list."""
    rows = []
    for t in (commit_data or {}).get("tasks") or []:
        for s in t.get("strata") or []:
            rows.append({"code": t.get("code", ""), "name": t.get("name", ""),
                         "register": _register_text(t), "ratio": t.get("ratio"),
                         "stratum": s.get("stratum", ""), "size": s.get("size", ""),
                         "quota": s.get("quota", ""), "alternates": s.get("alternates", "")})
    return rows


def _register_text(task: dict) -> str:
    name = task.get("register") or ""
    version = task.get("register_version")
    return f"{name} v{version}" if version not in (None, "") else name


def drawn_views(draw_no: int) -> dict[str, list]:
    """selected / inspections / alternates / strata / witnesses of a drawn draw (empty lists otherwise).

    An inspection's `rank_parts` says where it stands in each task: ("alternate", code, rank) for an
    alternate that came in, ("text", "3" or "T1:3") for a drawn enterprise's order.
    """
    draw = get_draw(draw_no)
    record: dict = draw.record or {}
    names: dict[str, str] = {}
    selected, alternates = [], []
    for t in record.get("tasks") or []:
        order: dict[str, int] = {}
        for s in t.get("selected") or []:
            order[s.get("stratum", "")] = order.get(s.get("stratum", ""), 0) + 1
            names[s["key"]] = s.get("name", "")
            selected.append({"task": t.get("code", ""), "stratum": s.get("stratum", ""),
                             "order": order[s.get("stratum", "")], "key": s["key"], "name": s.get("name", ""),
                             "ticket": s.get("ticket", "")})
        for a in t.get("alternates") or []:
            names.setdefault(a["key"], a.get("name", ""))
            alternates.append({"task": t.get("code", ""), "stratum": a.get("stratum", ""), "rank": a.get("rank", ""),
                               "key": a["key"], "name": a.get("name", ""), "ticket": a.get("ticket", "")})
    used = {(u.task_code, u.in_key): u for u in AlternateUse.select().where(AlternateUse.draw == draw.id)}
    for a in alternates:
        u = used.get((a["task"], a["key"]))
        if u is not None:
            a["used_for"] = f"{u.out_key} {names.get(u.out_key, '')}".strip()
            a["used_reason"] = u.reason
    inspections = []
    rows = list(Inspection.select(Inspection.key, Inspection.name, Inspection.district, Inspection.tasks,
                                  Inspection.items, Inspection.tickets, Inspection.ranks, Inspection.source,
                                  Inspection.active)
                .where(Inspection.draw == draw.id).order_by(Inspection.district, Inspection.key).namedtuples())
    if rows:
        order_of = {(s["task"], s["key"]): s["order"] for s in selected}
        for i in rows:
            codes = list(i.tasks or [])
            tickets, ranks = i.tickets or {}, i.ranks or {}
            first = codes[0] if codes else None
            rank_parts: list[tuple] = []
            for c in codes:
                if c in ranks:
                    rank_parts.append(("alternate", c, ranks[c]))
                elif (c, i.key) in order_of:
                    n = order_of[(c, i.key)]
                    rank_parts.append(("text", f"{c}:{n}" if len(codes) > 1 else str(n)))
            inspections.append({
                "key": i.key, "name": i.name, "district": i.district, "tasks": codes, "items": i.items,
                "ticket": tickets.get(first, "") if first else "", "rank_parts": rank_parts,
                "source": i.source, "active": i.active})
    else:
        first_ticket: dict[str, tuple] = {}
        for s in selected:
            first_ticket.setdefault(s["key"], (s["ticket"], s["order"]))
        for i in record.get("inspections") or []:
            ticket, rank = first_ticket.get(i.get("key"), ("", ""))
            inspections.append(dict(i, ticket=ticket, rank_parts=[("text", str(rank))] if rank != "" else [],
                                    source="selected", active=True))
    return {"selected": selected, "inspections": inspections, "alternates": alternates,
            "strata": commit_strata_rows(record or draw.commit_data or {}),
            "witnesses": list(record.get("witnesses") or draw.witnesses or [])}


def current_selection_rows(draw_no: int) -> list[dict]:
    """Each task's drawn enterprises after the alternates used so far: task, key, stratum, name."""
    draw = get_draw(draw_no)
    record: dict = draw.record or {}
    tasks = record.get("tasks") or []
    names: dict[str, str] = {}
    for t in tasks:
        for e in (t.get("selected") or []) + (t.get("alternates") or []):
            names.setdefault(e["key"], e.get("name", ""))
    rows = []
    for t in tasks:
        for key, stratum in sorted(current_selection(draw, t["code"]).items(), key=lambda kv: (kv[1], kv[0])):
            rows.append({"task": t["code"], "key": key, "stratum": stratum, "name": names.get(key, "")})
    return rows


def inspection_count(draw_no: int) -> int:
    """How many inspections the draw's record lists (what decides whether its printed lists are long)."""
    return Inspection.select().join(Draw).where(Draw.draw_no == draw_no).count()
