"""Where the clerk stands in the workflow of one plan.

The GUI's step list asks this module, never the models directly, so "which
step may the clerk open now" has one answer shared by the GUI and tests.
Only cheap queries: this runs on every data change.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import peewee

from app.draw.models import Draw, Inspection, Plan
from app.draw.plans import get_plan
from app.match.models import Match
from app.publish.models import PublicationExport
from app.publish.rows import exported_index, published_values
from app.registers.models import Register, RegisterVersion
from app.results.models import ResultRevision
from app.results.queries import key_in
from app.settings.store import is_district_copy
from app.share.received import RECEIVED
from app.share.returned import returned_draw_numbers

STEP_KEYS = ("registers", "receive", "plan", "draw", "match", "documents", "packages", "publication")

# Status of a step for the current plan.
DONE = "done"          # its output exists
ACTIVE = "active"      # started, not finished (e.g. draw committed, not yet run)
READY = "ready"        # inputs exist, nothing done yet
BLOCKED = "blocked"    # an earlier step must be finished first
LATER = "later"        # not in this version of the program

LATER_STEPS: tuple[str, ...] = ()

# Steps only the city bureau takes: a district copy (setting "role") receives the drawn inspections in
# the share file the city sends, so it neither sets up plans nor draws from registers.
CITY_ONLY_STEPS = ("plan", "draw")
# Steps only a district copy takes: it imports the share file the city sent (app.share.importer), which
# creates the received plan and its drawn draw; the city has nothing to receive.
DISTRICT_ONLY_STEPS = ("receive",)


@dataclass
class StepState:
    key: str
    status: str
    enabled: bool
    counts: dict = field(default_factory=dict)   # numbers the GUI may show (rows, draws ...)
    # Not offered to this copy's role (CITY_ONLY_STEPS in a district copy, DISTRICT_ONLY_STEPS in the city's).
    # Kept in the list, so the list is always STEP_KEYS; the GUI leaves it out and numbers the remaining
    # steps (visible_keys).
    hidden: bool = False


@dataclass
class PlanChoice:
    id: int
    title: str
    number: str
    status: str


def list_plan_choices() -> list[PlanChoice]:
    """Plans for the toolbar selector, newest first."""
    query = Plan.select(Plan.id, Plan.title, Plan.number, Plan.status).order_by(Plan.id.desc())
    return [PlanChoice(p.id, p.title, p.number, p.status) for p in query]


def default_plan_id() -> int | None:
    choices = list_plan_choices()
    return choices[0].id if choices else None


def _enterprise_versions() -> int:
    return (RegisterVersion.select().join(Register)
            .where(Register.kind == "enterprise").count())


def _versions_of(kind: str) -> int:
    return RegisterVersion.select().join(Register).where(Register.kind == kind).count()


def has_registers() -> bool:
    """True once any register version exists (the GUI's --demo-if-empty asks this)."""
    return RegisterVersion.select().exists()


def _draw_counts(plan_id: int) -> dict:
    rows = (Draw.select(Draw.status).where(Draw.plan == plan_id))
    counts = {"committed": 0, "drawn": 0, "void": 0}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def _match_counts(plan_id: int) -> dict:
    rows = (Match.select(Match.status).join(Draw)
            .where((Draw.plan == plan_id) & (Draw.status == "drawn")))
    counts = {"committed": 0, "matched": 0, "void": 0}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def _matched_draws(plan_id: int) -> peewee.ModelSelect:
    """The plan's drawn draws with teams: matched here, or returned by a district (two-level campaigns)."""
    returned = returned_draw_numbers()
    return (Draw.select(Draw.id).join(Match, peewee.JOIN.LEFT_OUTER, on=(Match.draw == Draw.id))
            .where((Draw.plan == plan_id) & (Draw.status == "drawn")
                   & ((Match.status == "matched") | Draw.draw_no.in_(returned))))


def _current_revisions(matched: peewee.ModelSelect, *fields) -> peewee.ModelSelect:
    """The newest revision of every active inspection of the matched draws, selecting `fields`."""
    newest = (ResultRevision.select(ResultRevision.draw, ResultRevision.key,
                                    peewee.fn.MAX(ResultRevision.revision).alias("rev"))
              .where(ResultRevision.draw.in_(matched))
              .group_by(ResultRevision.draw, ResultRevision.key).alias("newest"))
    return (ResultRevision.select(*fields)
            .join(newest, on=((ResultRevision.draw == newest.c.draw_id) & (ResultRevision.key == newest.c.key)
                              & (ResultRevision.revision == newest.c.rev)))
            .join(Inspection, on=((Inspection.draw == ResultRevision.draw)
                                  & (Inspection.key == ResultRevision.key)))
            .where(Inspection.active == True))  # noqa: E712


def _result_counts(plan_id: int) -> dict:
    """Active inspections of the plan's matched draws, how many have any result, how many are reviewed.

    Two aggregate queries (the newest revision per key, counted by status), cheap enough for every
    data change.
    """
    matched = _matched_draws(plan_id)
    active = (Inspection.select(Inspection.draw, Inspection.key)
              .where(Inspection.draw.in_(matched) & (Inspection.active == True)))  # noqa: E712
    statuses = (_current_revisions(matched, ResultRevision.status, peewee.fn.COUNT(ResultRevision.id).alias("n"))
                .group_by(ResultRevision.status))
    by_status = {row.status: row.n for row in statuses}
    return {"inspections": active.count(), "with_results": sum(by_status.values()),
            "reviewed": by_status.get("reviewed", 0)}


def _publication_counts(plan_id: int, reviewed: int) -> dict:
    """How many publication exports the plan has, and how many reviewed results none of them carried.

    An export's rows name the revision digest they carried ([draw_no, key, item, digest]), so a result
    corrected and reviewed again after its export counts as not exported. Only read once an export exists
    (one query of the exports' rows and one of the reviewed digests).
    """
    exports = list(PublicationExport.select(PublicationExport.rows).where(PublicationExport.plan == plan_id))
    if not exports:
        return {"exports": 0, "reviewed": reviewed, "unexported": reviewed}
    carried = {(row[0], row[1], row[3]) for export in exports for row in export.rows}
    current = (_current_revisions(_matched_draws(plan_id), Draw.draw_no, ResultRevision.key,
                                  ResultRevision.digest)
               .switch(ResultRevision).join(Draw, on=(Draw.id == ResultRevision.draw))
               .where(ResultRevision.status == "reviewed").tuples())
    moved = [(draw_no, key, digest) for draw_no, key, digest in current if (draw_no, key, digest) not in carried]
    return {"exports": len(exports), "reviewed": reviewed, "unexported": _still_to_publish(plan_id, moved)}


def _still_to_publish(plan_id: int, moved: list[tuple[int, str, str]]) -> int:
    """Of the reviewed results whose revision no export carried, those whose published values (检查结果,
    检查日期, 检查实施机关) differ from what was exported, or were never exported: the export's own rule
    (app.publish.rows), so a follow-up closed later does not leave the step 'in progress' for ever.
    Only the moved results are read, usually few."""
    if not moved:
        return 0
    exported = exported_index(get_plan(plan_id))
    keys = {(draw_no, key) for draw_no, key, _ in moved}
    digests = {d for _, _, d in moved} | {v[0] for (d, k, _), v in exported.items() if (d, k) in keys}
    contents = dict(ResultRevision.select(ResultRevision.digest, ResultRevision.content)
                    .where(key_in(ResultRevision.digest, digests)).tuples())
    count = 0
    for draw_no, key, digest in moved:
        content = contents.get(digest) or {}
        for row in content.get("items") or [{}]:
            before = exported.get((draw_no, key, row.get("item", "")))
            old = (contents.get(before[0]) if before else None) or {}
            old_row = next((x for x in old.get("items") or [] if x.get("item") == row.get("item")), None)
            if old_row is None or published_values(content, row) != published_values(old, old_row):
                count += 1
                break
    return count


def step_states(plan_id: int | None) -> list[StepState]:
    """The state of every step for `plan_id` (None: no plan chosen yet), in STEP_KEYS order."""
    enterprise_versions = _enterprise_versions()
    plan = Plan.get_or_none(Plan.id == plan_id) if plan_id is not None else None
    draws = _draw_counts(plan.id) if plan else {"committed": 0, "drawn": 0, "void": 0}
    matches = _match_counts(plan.id) if plan else {"committed": 0, "matched": 0, "void": 0}
    drawn = draws["drawn"] > 0

    def state(ok_inputs: bool, done: bool, active: bool = False) -> tuple[str, bool]:
        if not ok_inputs:
            return BLOCKED, False
        return (DONE if done else ACTIVE if active else READY), True

    # A district copy draws nothing from registers: its own inspectors are what it needs (to match).
    registers = (DONE if (_versions_of("inspector") if is_district_copy() else enterprise_versions) else READY, True)
    # Received: the current plan is one a share file created (its options name the city's draw).
    received = plan is not None and bool((plan.options or {}).get(RECEIVED))
    receive_step = (DONE if received else READY, True)
    plan_step = state(enterprise_versions > 0, plan is not None)
    draw_step = state(plan is not None, drawn, draws["committed"] > 0)
    match_step = state(drawn, matches["matched"] > 0, matches["committed"] > 0)
    documents_step = state(drawn, False)
    matched = matches["matched"] > 0 or (plan is not None and _matched_draws(plan.id).exists())
    results = _result_counts(plan.id) if plan and matched else {"inspections": 0, "with_results": 0, "reviewed": 0}
    # open once drawn: in a two-level campaign the city sends the share files before anyone has matched
    packages_step = state(drawn, matched and 0 < results["inspections"] <= results["reviewed"],
                          results["with_results"] > 0)
    published = _publication_counts(plan.id, results["reviewed"]) if plan and results["reviewed"] else \
        {"exports": 0, "reviewed": 0, "unexported": 0}
    publication_step = state(results["reviewed"] > 0, published["exports"] > 0 and published["unexported"] == 0,
                             published["exports"] > 0)

    result = [
        StepState("registers", *registers, {"enterprise_versions": enterprise_versions}),
        StepState("receive", *receive_step, {"received": received}),
        StepState("plan", *plan_step, {"plan_id": plan.id if plan else None}),
        StepState("draw", *draw_step, dict(draws)),
        StepState("match", *match_step, dict(matches)),
        StepState("documents", *documents_step, {}),
        StepState("packages", *packages_step, results),
        StepState("publication", *publication_step, published),
    ]
    result += [StepState(key, LATER, False, {}) for key in LATER_STEPS]
    hidden = _hidden_steps()
    for step in result:
        if step.key in hidden:
            step.hidden, step.enabled = True, False
    return result


def _hidden_steps() -> tuple[str, ...]:
    return CITY_ONLY_STEPS if is_district_copy() else DISTRICT_ONLY_STEPS


def role_step_keys() -> list[str]:
    """The steps this copy's role shows, without reading any plan (for texts naming a step's number)."""
    hidden = _hidden_steps()
    return [key for key in STEP_KEYS if key not in hidden]


def visible_keys(states: list[StepState]) -> list[str]:
    """The steps shown to the clerk, in order; a step's number is its position here plus one."""
    return [s.key for s in states if not s.hidden]
