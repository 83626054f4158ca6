"""What the summary report prints, read from the database before anything is rendered (read-only).

One plan: its drawn draws (void ones listed with their reasons), each draw's current match, the progress
against the deadlines (app.results.progress), the results of the current revisions, the districts'
reported difficulties (the 抽查中遇到的问题 rows kept in each import batch), alternates, replacements and
the audit log's state. The report prints from this object only, so a read is one consistent picture.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app import audit
from app.docs.data import inspector_names
from app.draw.models import AlternateUse, Draw, Inspection, Plan, Task
from app.draw.plans import get_plan, plan_tasks
from app.integrity import check_all
from app.integrity.findings import Report
from app.match.models import Match, Replacement
from app.match.queries import current_match
from app.results import content as rc
from app.results.lists import PENDING_RESULT, ResultLists
from app.results.models import ResultBatch
from app.results.progress import PlanProgress, plan_progress
from app.results.queries import ENTERED, REVIEWED, current_results
from app.settings.store import result_lists


@dataclass
class ResultTally:
    """Counts over the inspections whose current result is entered or reviewed (a returned one is not a result).

    categories: per result category (item result, enterprise outcome, publicity result), the inspections
    with that result in any item or at the enterprise level — an inspection counts once per category.
    """
    inspections: int = 0               # active inspections of the drawn draws
    with_result: int = 0               # entered or reviewed
    reviewed: int = 0
    with_problem: int = 0
    categories: list[tuple[str, int, bool]] = field(default_factory=list)   # (category, inspections, problem)
    measures: list[tuple[str, int]] = field(default_factory=list)          # (follow-up measure, inspections)
    open_followups: list[dict] = field(default_factory=list)               # district, key, name, measures, text

    @property
    def problem_share(self) -> float | None:
        return self.with_problem / self.with_result if self.with_result else None


@dataclass
class ReportedProblem:
    draw_no: int
    district: str
    file_name: str
    row: dict                          # label of app.packages.layout.PROBLEM_COLUMNS -> text


@dataclass
class DrawPart:
    draw: Draw
    match: Match | None
    inspections: int                   # drawn (the record's merged inspections)
    names: dict[str, str]              # inspector cert -> name (for the replacements)


@dataclass
class SummaryData:
    plan: Plan
    tasks: list[Task]
    draws: list[DrawPart]
    voided: list[Draw]
    progress: PlanProgress
    tally: ResultTally
    problems: list[ReportedProblem]
    alternates: list[AlternateUse]
    replacements: list[tuple[int, Replacement, dict[str, str]]]   # (draw_no, row, names)
    audit_head: str
    check: Report


def plan_draws(plan: Plan) -> tuple[list[Draw], list[Draw]]:
    """(drawn, void) draws of the plan in number order; a draw only committed is neither."""
    draws = list(Draw.select().where(Draw.plan == plan).order_by(Draw.draw_no))
    return [d for d in draws if d.status == "drawn"], [d for d in draws if d.status == "void"]


def read_summary(plan_id: int) -> SummaryData:
    plan = get_plan(plan_id)
    drawn, voided = plan_draws(plan)
    parts = []
    for draw in drawn:
        match = current_match(draw.draw_no, required=False)
        parts.append(DrawPart(draw, match, len((draw.record or {}).get("inspections") or []),
                              inspector_names(match)))
    lists = result_lists()
    alternates = list(AlternateUse.select().where(AlternateUse.draw.in_([d.id for d in drawn]))
                      .order_by(AlternateUse.id)) if drawn else []
    replacements = [(p.draw.draw_no, r, p.names) for p in parts if p.match is not None
                    for r in Replacement.select().where(Replacement.match == p.match).order_by(Replacement.id)]
    check = check_all()
    return SummaryData(plan, plan_tasks(plan), parts, voided, plan_progress(plan.id), tally_results(drawn, lists),
                       reported_problems(drawn), alternates, replacements, audit.head(), check)


def tally_results(draws: list[Draw], lists: ResultLists) -> ResultTally:
    tally = ResultTally()
    per_category: Counter[str] = Counter()
    per_measure: Counter[str] = Counter()
    for draw in draws:
        current = current_results(draw)
        query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
        for ins in query.order_by(Inspection.district, Inspection.key):
            tally.inspections += 1
            rev = current.get(ins.key)
            if rev is None or rev.status not in (ENTERED, REVIEWED):
                continue
            content = rev.content or {}
            tally.with_result += 1
            tally.reviewed += rev.status == REVIEWED
            tally.with_problem += rc.has_problem(content, lists)
            found = {r.get("result") for r in content.get("items") or []}
            found |= {content.get("outcome"), content.get("publicity")}
            per_category.update(v for v in found if v)
            follow = content.get("followup") or {}
            per_measure.update(set(follow.get("measures") or []))
            if rc.is_pending(content, PENDING_RESULT):
                tally.open_followups.append({"district": ins.district, "key": ins.key, "name": ins.name,
                                             "measures": "、".join(follow.get("measures") or []),
                                             "text": follow.get("text") or ""})
    known = list(lists.item_results) + list(lists.enterprise_outcomes) + list(lists.publicity_results)
    others = sorted(set(per_category) - set(known))
    # Every category of the lists is shown (a zero is information too), then any the lists no longer name.
    tally.categories = [(c, per_category[c], lists.counts_as_problem(c)) for c in known + others
                        if per_category[c] or c in lists.item_results]
    tally.measures = [(m, per_measure[m]) for m in list(lists.followup_measures)
                      + sorted(set(per_measure) - set(lists.followup_measures))]
    return tally


def reported_problems(draws: list[Draw]) -> list[ReportedProblem]:
    out = []
    for draw in draws:
        for batch in ResultBatch.select().where(ResultBatch.draw == draw).order_by(ResultBatch.id):
            district = batch.package.district if batch.package_id else ""
            for row in batch.problems or []:
                out.append(ReportedProblem(draw.draw_no, district, batch.file_name, row))
    return out
