"""Statistics of a plan (issue 15, 3): counts by district, task, check item, result category and 核查方式,
the share of enterprises with a problem found, inspectors' loads, replacements, alternates, voided draws
and the districts' reported difficulties. Read-only.

What is counted: the active inspections (an enterprise replaced by an alternate is not) of the plan's
drawn draws (void draws only in `voided`). Results: the current revision of each inspection; the basis
of every result count and share is the entered ones — 已录入 or 已审核 (BASIS); a 已退回 result is being
corrected and is counted only as `returned`. "With problem": app.results.content.has_problem over the
current result, with the categories' "problem" flags of the setting result_lists. An inspection drawn
for two tasks counts under each of them (as in app.results.progress).

Fast on big campaigns (50,000 inspections): every table is read once as tuples, nothing per row.
"""
from __future__ import annotations

import json

import peewee

from app.catalogue.items import item_names
from app.draw.models import AlternateUse, Draw, Inspection, Plan
from app.draw.plans import get_plan, plan_tasks
from app.match.models import Replacement
from app.match.queries import current_loads, current_match, inspector_directory
from app.packages.layout import PROBLEM_COLUMNS
from app.publish.stats_model import TABLE_NAMES, PlanStatistics
from app.publish.stats_rows import (
    UNIT_ENTERPRISE,
    UNIT_ITEM,
    AlternateInfo,
    CategoryCount,
    Difficulty,
    GroupCounts,
    InspectorLoad,
    ItemCounts,
    MethodCount,
    ReplacementInfo,
    StatTable,
    VoidedDraw,
)
from app.results.content import has_problem
from app.results.lists import CATEGORY_LISTS, LIST_TITLES, ResultLists
from app.results.models import Package, ResultBatch, ResultRevision
from app.results.queries import ENTERED, RETURNED, REVIEWED
from app.settings.store import district_names, result_lists

__all__ = ["PlanStatistics", "StatTable", "TABLE_NAMES", "plan_statistics"]


def plan_statistics(plan_id: int) -> PlanStatistics:
    plan = get_plan(plan_id)
    lists = result_lists()
    draws = list(Draw.select().where(Draw.plan == plan).order_by(Draw.draw_no))
    drawn = [d for d in draws if d.status == "drawn"]
    stats = PlanStatistics(plan.id, plan.title, plan.number or "", [d.draw_no for d in drawn])
    tasks = {t.code: t for t in plan_tasks(plan)}
    districts: dict[str, GroupCounts] = {}
    by_task = {code: GroupCounts(code, t.name) for code, t in tasks.items()}
    # The items by the names the draw committed (a task may cite catalogue codes; app.catalogue.items).
    committed = {t["code"]: t.get("items") or [] for d in drawn[:1] for t in (d.commit_data or {}).get("tasks", [])}
    items: dict[str, ItemCounts] = {i: ItemCounts(i) for code, t in tasks.items()
                                    for i in committed.get(code) or item_names(t.items or [])}
    categories = _empty_categories(lists)
    methods = {m: MethodCount(m) for m in lists.check_methods}
    names: dict[tuple[int, str], tuple[str, str]] = {}   # (draw_no, key) -> (name, district), inactive too
    for draw in drawn:
        current = _current(draw)
        for key, name, district, codes, ins_items, active in _inspections(draw):
            names[(draw.draw_no, key)] = (name, district)
            if not active:
                continue
            status, content = current.get(key, ("", None))
            entered = status in (ENTERED, REVIEWED)
            problem = entered and content is not None and has_problem(content, lists)
            groups = [stats.totals, districts.setdefault(district, GroupCounts(district))]
            groups += [by_task.setdefault(c, GroupCounts(c)) for c in codes]
            for group in groups:
                _count(group, status, problem)
            for item in ins_items:
                counts = items.setdefault(item, ItemCounts(item))
                counts.inspections += 1
                counts.entered += entered
            if entered and content is not None:
                _tally_content(content, lists, items, categories, methods)
    stats.districts = _in_settings_order(districts)
    stats.tasks = list(by_task.values())
    stats.items = list(items.values())
    stats.categories = list(categories.values())
    stats.methods = list(methods.values())
    stats.loads, stats.replacements = _team_changes(drawn, names)
    stats.alternates = _alternates(drawn, names)
    stats.voided = [VoidedDraw(d.draw_no, d.void_reason or "", d.voided_at or "") for d in draws
                    if d.status == "void"]
    stats.difficulties = _difficulties(plan)
    return stats


def _current(draw: Draw) -> dict[str, tuple[str, dict]]:
    """key -> (status, content) of the newest revision. Plain SQL on the cursor: peewee's per-cell
    conversion of 50,000 rows costs more than the statistics themselves."""
    sql = ("SELECT r.key, r.status, r.content FROM result_revision r JOIN (SELECT key, MAX(revision) AS rev "
           "FROM result_revision WHERE draw_id = ? GROUP BY key) n ON r.key = n.key AND r.revision = n.rev "
           "WHERE r.draw_id = ?")
    loads = json.loads
    return {key: (status, loads(content) if content else {})
            for key, status, content in ResultRevision._meta.database.execute_sql(sql, (draw.id, draw.id))}


def _inspections(draw: Draw):
    """(key, name, district, tasks, items, active) of every inspection of `draw`, in district, key order.
    The tasks and items lists repeat (a few combinations in a whole draw): each text is decoded once."""
    decoded: dict[str, list] = {}

    def lst(text: str) -> list:
        value = decoded.get(text)
        if value is None:
            value = decoded[text] = json.loads(text) if text else []
        return value
    sql = ("SELECT key, name, district, tasks, items, active FROM inspection WHERE draw_id = ? "
           "ORDER BY district, key")
    for key, name, district, tasks, items, active in Inspection._meta.database.execute_sql(sql, (draw.id,)):
        yield key, name, district, lst(tasks), lst(items), bool(active)


def _count(group: GroupCounts, status: str, problem: bool) -> None:
    group.inspections += 1
    group.entered += status in (ENTERED, REVIEWED)
    group.reviewed += status == REVIEWED
    group.returned += status == RETURNED
    group.with_problem += problem


def _empty_categories(lists: ResultLists) -> dict[tuple[str, str], CategoryCount]:
    out = {}
    for list_key in CATEGORY_LISTS:
        unit = UNIT_ITEM if list_key == "item_results" else UNIT_ENTERPRISE
        for name in getattr(lists, list_key):
            out[(list_key, name)] = CategoryCount(list_key, LIST_TITLES[list_key], name,
                                                  lists.counts_as_problem(name), 0, unit)
    return out


def _tally_content(content: dict, lists: ResultLists, items: dict[str, ItemCounts],
                   categories: dict[tuple[str, str], CategoryCount], methods: dict[str, MethodCount]) -> None:
    """One entered result's item rows, outcome and publicity result into the item, category and method counts."""
    for row in content.get("items") or []:
        item = items.setdefault(row.get("item") or "", ItemCounts(row.get("item") or ""))
        result = row.get("result") or ""
        problem = bool(result) and lists.counts_as_problem(result)
        if row.get("checked") is True:
            item.checked += 1
            item.with_problem += problem
            method = row.get("method") or ""
            if method:
                counts = methods.setdefault(method, MethodCount(method))
                counts.items += 1
                counts.with_problem += problem
        elif row.get("checked") is False:
            item.not_checked += 1
        if result:
            _category(categories, lists, "item_results", result).count += 1
    for list_key, value in (("enterprise_outcomes", content.get("outcome")),
                            ("publicity_results", content.get("publicity"))):
        if value:
            _category(categories, lists, list_key, value).count += 1


def _category(categories, lists: ResultLists, list_key: str, name: str) -> CategoryCount:
    found = categories.get((list_key, name))
    if found is None:   # recorded under a category the settings no longer list: still counted, marked
        unit = UNIT_ITEM if list_key == "item_results" else UNIT_ENTERPRISE
        found = categories[(list_key, name)] = CategoryCount(list_key, LIST_TITLES[list_key], name,
                                                             lists.counts_as_problem(name), 0, unit, known=False)
    return found


def _in_settings_order(districts: dict[str, GroupCounts]) -> list[GroupCounts]:
    """Districts in the order the settings list them (the order of every list the clerk prints), others after."""
    known = [name for name in district_names() if name in districts]
    return [districts[n] for n in known] + [districts[n] for n in sorted(set(districts) - set(known))]


def _team_changes(drawn: list[Draw], names) -> tuple[list[InspectorLoad], list[ReplacementInfo]]:
    """Each drawn draw's current match (when it has run): the roster's loads, heaviest first, and its
    replacements and short-resolutions in the order they were made."""
    loads: list[InspectorLoad] = []
    changes: list[ReplacementInfo] = []
    for draw in drawn:
        match = current_match(draw.draw_no, required=False)
        if match is None or match.status != "matched":
            continue
        people = inspector_directory(match)
        current = current_loads(match)
        for cert in sorted(current, key=lambda c: (-current[c], c)):
            person = people.get(cert, {})
            loads.append(InspectorLoad(draw.draw_no, cert, person.get("name", ""), person.get("district", ""),
                                       current[cert]))
        for r in Replacement.select().where(Replacement.match == match).order_by(Replacement.id):
            name, district = names.get((draw.draw_no, r.key), ("", ""))
            changes.append(ReplacementInfo(draw.draw_no, r.key, name, district, r.kind, r.out_cert or "",
                                           people.get(r.out_cert or "", {}).get("name", ""), r.in_cert,
                                           people.get(r.in_cert, {}).get("name", ""), r.reason, r.approver, r.at))
    return loads, changes


def _alternates(drawn: list[Draw], names) -> list[AlternateInfo]:
    out = []
    for draw in drawn:
        for a in AlternateUse.select().where(AlternateUse.draw == draw).order_by(AlternateUse.id):
            out.append(AlternateInfo(draw.draw_no, a.task_code, a.stratum, a.out_key,
                                     names.get((draw.draw_no, a.out_key), ("", ""))[0], a.in_key,
                                     names.get((draw.draw_no, a.in_key), ("", ""))[0], a.reason, a.at))
    return out


def _difficulties(plan: Plan) -> list[Difficulty]:
    """The 抽查中遇到的问题 rows of the plan's imported files (void draws too: a difficulty stays reported)."""
    number, category, description, enterprises, suggestion, reporter = PROBLEM_COLUMNS
    out = []
    query = (ResultBatch.select(ResultBatch, Package, Draw).join(Draw).switch(ResultBatch)
             .join(Package, peewee.JOIN.LEFT_OUTER)
             .where((Draw.plan == plan) & (ResultBatch.kind == "import")).order_by(ResultBatch.id))
    for batch in query:
        district = batch.package.district if batch.package_id else ""
        for row in batch.problems or []:
            out.append(Difficulty(batch.draw.draw_no, district, batch.file_name, batch.id, batch.at,
                                  int(row.get("row") or 0), row.get(number, ""), row.get(category, ""),
                                  row.get(description, ""), row.get(enterprises, ""), row.get(suggestion, ""),
                                  row.get(reporter, "")))
    return out
