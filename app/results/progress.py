"""Progress of a plan against its deadlines, per district and task (read-only, for the screen and CLI).

Counts are of inspections: the active (not replaced) inspections of the plan's drawn draws (void draws
left out). An inspection counts once in its district and once under each task it was drawn for
(Inspection.tasks), so a district's task counts may add up to more than its own counts.

Deadlines are the plan's (app.draw.plans.plan_deadlines), in working days of the settings' calendar. A
year the calendar does not know is refused there; progress still gives every count but marks the
working-day deadlines unknown with the calendar's Chinese message, and judges "overdue" only against
the plan's due date (a plain date from the plan, not computed).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields

from app import clock
from app.docs.numbers import printed_keys
from app.draw.models import Draw, Inspection, Plan
from app.draw.plans import Deadline, get_plan, plan_deadlines, plan_tasks
from app.match.queries import active_teams, current_match
from app.results.queries import ENTERED, REVIEWED, current_results, packages_of
from app.settings.store import district_names
from app.share.returned import returned_teams


@dataclass
class Counts:
    """How many inspections have reached each step (each counted independently of the others).

    issued: in a work package issued to its district; matched: a complete team (at least the match's team
    size of active members: an open short inspection is not matched yet); notified: its 检查通知书 was
    printed; inspected: the current result has a check date (a returned result keeps its date);
    entered: the current result is 已录入 or 已审核 (a returned one, 已退回, is not entered);
    reviewed: 已审核; overdue: past the plan's due date and not entered, or past the match deadline and
    not matched.
    """
    inspections: int = 0
    issued: int = 0
    matched: int = 0
    notified: int = 0
    inspected: int = 0
    entered: int = 0
    reviewed: int = 0
    overdue: int = 0

    def add(self, state: dict[str, bool]) -> None:
        self.inspections += 1
        for name, on in state.items():
            if on:
                setattr(self, name, getattr(self, name) + 1)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class TaskProgress:
    task: str                 # task code
    name: str
    counts: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict:
        return {"task": self.task, "name": self.name, "counts": self.counts.as_dict()}


@dataclass
class MatchTiming:
    """When a draw's current match was committed, against the plan's match deadline.

    late: committed after the deadline, or not committed and the deadline has passed; None when the
    deadline is unknown (calendar) or not yet reached without a commitment."""
    draw_no: int
    committed_at: str | None
    matched_at: str | None
    deadline: str | None
    late: bool | None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class DistrictProgress:
    district: str
    counts: Counts = field(default_factory=Counts)
    tasks: list[TaskProgress] = field(default_factory=list)
    matches: list[MatchTiming] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"district": self.district, "counts": self.counts.as_dict(),
                "tasks": [t.as_dict() for t in self.tasks], "matches": [m.as_dict() for m in self.matches]}


@dataclass
class PlanProgress:
    plan_id: int
    title: str
    today: str
    draws: list[int]
    deadlines: list[Deadline]
    calendar_message: str     # "" when every working-day deadline could be computed
    districts: list[DistrictProgress]
    totals: Counts

    @property
    def deadlines_known(self) -> bool:
        return not self.calendar_message

    def deadline(self, kind: str) -> str | None:
        """The date of one deadline ("fetch_list", "match", "due", …), None when it could not be computed."""
        return next((d.value for d in self.deadlines if d.kind == kind and d.ok), None)

    def as_dict(self) -> dict:
        return {"plan_id": self.plan_id, "title": self.title, "today": self.today, "draws": self.draws,
                "deadlines": [asdict(d) for d in self.deadlines], "deadlines_known": self.deadlines_known,
                "calendar_message": self.calendar_message,
                "districts": [d.as_dict() for d in self.districts], "totals": self.totals.as_dict()}


def plan_progress(plan_id: int, today: dt.date | None = None) -> PlanProgress:
    """The progress of plan `plan_id` on `today` (default: app.clock.today())."""
    plan = get_plan(plan_id)
    day = today or clock.today()
    deadlines = plan_deadlines(plan)
    message = next((d.value for d in deadlines if not d.ok), "")
    match_deadline = next((d.value for d in deadlines if d.kind == "match" and d.ok), None)
    past_due = day.isoformat() > plan.due
    past_match = match_deadline is not None and day.isoformat() > match_deadline
    names = {t.code: t.name for t in plan_tasks(plan)}
    order = list(names)
    districts: dict[str, DistrictProgress] = {}
    draws = list(Draw.select().where((Draw.plan == plan) & (Draw.status == "drawn")).order_by(Draw.draw_no))
    for draw in draws:
        timing = _match_timing(draw, match_deadline, past_match)
        for ins, state in _states(draw, plan):
            state["overdue"] = (past_due and not state["entered"]) or (past_match and not state["matched"])
            dp = districts.setdefault(ins.district, DistrictProgress(ins.district))
            dp.counts.add(state)
            if not any(m.draw_no == draw.draw_no for m in dp.matches):
                dp.matches.append(timing)
            for code in ins.tasks:
                task = next((t for t in dp.tasks if t.task == code), None)
                if task is None:
                    task = TaskProgress(code, names.get(code, ""))
                    dp.tasks.append(task)
                task.counts.add(state)
    for dp in districts.values():
        dp.tasks.sort(key=lambda t: order.index(t.task) if t.task in order else len(order))
    totals = Counts()
    for dp in districts.values():
        for name, value in dp.counts.as_dict().items():
            setattr(totals, name, getattr(totals, name) + value)
    return PlanProgress(plan.id, plan.title, day.isoformat(), [d.draw_no for d in draws], deadlines, message,
                        _in_settings_order(districts), totals)


def _states(draw: Draw, plan: Plan):
    """(inspection, {step: reached}) for each active inspection of `draw` (overdue is added by the caller)."""
    issued = {(p.district, key) for p in packages_of(draw) for key in p.keys}
    match = current_match(draw.draw_no, required=False)
    teams = active_teams(match) if match is not None and match.status == "matched" else {}
    # a district's returned teams (two-level campaigns) stand in for the city's
    teams |= {key: [cert for cert, _name, _role in team] for key, team in returned_teams(draw).items()}
    size = match.team_size if match is not None else plan.team_size
    notified = printed_keys(plan, "notice", draw.draw_no)
    current = current_results(draw)
    query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    for ins in query.order_by(Inspection.district, Inspection.key):
        rev = current.get(ins.key)
        status = rev.status if rev is not None else ""
        yield ins, {"issued": (ins.district, ins.key) in issued,
                    "matched": bool(teams.get(ins.key)) and len(teams[ins.key]) >= size,
                    "notified": ins.key in notified,
                    "inspected": bool(rev is not None and (rev.content or {}).get("check_date")),
                    "entered": status in (ENTERED, REVIEWED),
                    "reviewed": status == REVIEWED}


def _match_timing(draw: Draw, deadline: str | None, past_deadline: bool) -> MatchTiming:
    match = current_match(draw.draw_no, required=False)
    committed = match.committed_at if match is not None else None
    if deadline is None:
        late = None
    elif committed:
        late = committed[:10] > deadline
    else:
        late = True if past_deadline else None
    return MatchTiming(draw.draw_no, committed, match.matched_at if match is not None else None, deadline, late)


def _in_settings_order(districts: dict[str, DistrictProgress]) -> list[DistrictProgress]:
    """Districts in the order the settings list them (the order of every list the clerk prints), others after."""
    known = [name for name in district_names() if name in districts]
    return [districts[n] for n in known] + [districts[n] for n in sorted(set(districts) - set(known))]
