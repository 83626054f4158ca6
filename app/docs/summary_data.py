"""What the summary report prints, read from the database before anything is rendered (read-only).

One plan: its drawn draws, each draw's current match, the progress against the deadlines
(app.results.progress), the statistics (app.publish.stats: results by category, the districts' reported
difficulties, voids, alternates, replacements — the same numbers the statistics screen and export show),
the follow-up measures and the audit log's state. The report prints from this object only, so a read is
one consistent picture.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app import audit
from app.draw.models import Draw, Inspection, Plan, Task
from app.draw.plans import get_plan, plan_tasks
from app.integrity import check_all
from app.integrity.findings import Report
from app.match.models import Match
from app.match.queries import current_match
from app.publish.stats import PlanStatistics, plan_statistics
from app.results import content as rc
from app.results.lists import PENDING_RESULT, ResultLists
from app.results.progress import PlanProgress, plan_progress
from app.results.queries import ENTERED, REVIEWED, current_results
from app.settings.store import result_lists


@dataclass
class FollowUps:
    """Follow-up measures over the inspections whose current result is entered or reviewed."""
    measures: list[tuple[str, int]] = field(default_factory=list)      # (measure, inspections), lists' order
    open: list[dict] = field(default_factory=list)                     # district, key, name, measures, text


@dataclass
class DrawPart:
    draw: Draw
    match: Match | None
    inspections: int                   # drawn (the record's merged inspections)


@dataclass
class SummaryData:
    plan: Plan
    tasks: list[Task]
    draws: list[DrawPart]
    progress: PlanProgress
    stats: PlanStatistics              # results, categories, difficulties, voids, alternates, replacements
    followups: FollowUps
    audit_head: str
    check: Report


def plan_draws(plan: Plan) -> tuple[list[Draw], list[Draw]]:
    """(drawn, void) draws of the plan in number order; a draw only committed is neither."""
    draws = list(Draw.select().where(Draw.plan == plan).order_by(Draw.draw_no))
    return [d for d in draws if d.status == "drawn"], [d for d in draws if d.status == "void"]


def read_summary(plan_id: int) -> SummaryData:
    plan = get_plan(plan_id)
    drawn, _ = plan_draws(plan)
    parts = [DrawPart(d, current_match(d.draw_no, required=False), len((d.record or {}).get("inspections") or []))
             for d in drawn]
    check = check_all()
    return SummaryData(plan, plan_tasks(plan), parts, plan_progress(plan.id), plan_statistics(plan.id),
                       follow_ups(drawn, result_lists()), audit.head(), check)


def follow_ups(draws: list[Draw], lists: ResultLists) -> FollowUps:
    """How many inspections got each follow-up measure, and those still pending (app.results.content.is_pending)."""
    out = FollowUps()
    per_measure: Counter[str] = Counter()
    for draw in draws:
        current = current_results(draw)
        query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
        for ins in query.order_by(Inspection.district, Inspection.key):
            rev = current.get(ins.key)
            if rev is None or rev.status not in (ENTERED, REVIEWED):
                continue
            content = rev.content or {}
            follow = content.get("followup") or {}
            per_measure.update(set(follow.get("measures") or []))
            if rc.is_pending(content, PENDING_RESULT):
                out.open.append({"district": ins.district, "key": ins.key, "name": ins.name,
                                 "measures": "、".join(follow.get("measures") or []), "text": follow.get("text") or ""})
    out.measures = [(m, per_measure[m]) for m in list(lists.followup_measures)
                    + sorted(set(per_measure) - set(lists.followup_measures))]
    return out
