"""Reading results: the current revision of each inspection, history, status counts. Read-only."""
from __future__ import annotations

import json
from dataclasses import dataclass

import peewee

from app.draw.models import Draw, Inspection
from app.results.models import Package, ResultBatch, ResultRevision

OPEN, ENTERED, REVIEWED, RETURNED = "open", "entered", "reviewed", "returned"
STATUS_ZH = {OPEN: "未录入", ENTERED: "已录入", REVIEWED: "已审核", RETURNED: "已退回"}


def key_in(column, keys) -> peewee.Expression:
    """`column IN keys` with the keys bound as ONE JSON parameter: peewee spends 35 ms building the SQL
    of a 5,000-key list (a returned package), SQLite's json_each reads it in microseconds."""
    return column.in_(peewee.SQL("(SELECT value FROM json_each(?))", [json.dumps(list(keys), ensure_ascii=False)]))


def current_results(draw: Draw, keys=None) -> dict[str, ResultRevision]:
    """key -> the newest revision, for every inspection of `draw` that has one."""
    newest = (ResultRevision.select(ResultRevision.key, peewee.fn.MAX(ResultRevision.revision).alias("rev"))
              .where(ResultRevision.draw == draw).group_by(ResultRevision.key))
    if keys is not None:
        newest = newest.where(key_in(ResultRevision.key, keys))
    newest = newest.alias("newest")
    query = (ResultRevision.select()
             .join(newest, on=((ResultRevision.key == newest.c.key) & (ResultRevision.revision == newest.c.rev)))
             .where(ResultRevision.draw == draw))
    return {r.key: r for r in query}


def current_result(draw: Draw, key: str) -> ResultRevision | None:
    return (ResultRevision.select().where((ResultRevision.draw == draw) & (ResultRevision.key == key))
            .order_by(ResultRevision.revision.desc()).first())


def history(draw: Draw, key: str) -> list[ResultRevision]:
    """Every revision of one inspection's result, oldest first, with its batch."""
    return list(ResultRevision.select(ResultRevision, ResultBatch).join(ResultBatch)
                .where((ResultRevision.draw == draw) & (ResultRevision.key == key))
                .order_by(ResultRevision.revision))


def status_of(revision: ResultRevision | None) -> str:
    return OPEN if revision is None else revision.status


@dataclass
class ResultRow:
    """One inspection with its current result, for lists (GUI table, CLI `results list`)."""
    key: str
    name: str
    district: str
    tasks: list[str]
    status: str
    revision: int
    check_date: str
    reviewer: str
    reason: str


def result_rows(draw: Draw, *, district: str | None = None, status: str | None = None,
                keys=None) -> list[ResultRow]:
    """The draw's active inspections in district, key order, with their current status."""
    query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    if district:
        query = query.where(Inspection.district == district)
    if keys is not None:
        query = query.where(Inspection.key.in_(list(keys)))
    current = current_results(draw)
    rows = []
    for ins in query.order_by(Inspection.district, Inspection.key):
        rev = current.get(ins.key)
        row = ResultRow(ins.key, ins.name, ins.district, list(ins.tasks), status_of(rev),
                        rev.revision if rev else 0, (rev.content or {}).get("check_date", "") if rev else "",
                        rev.reviewer if rev else "", rev.reason if rev else "")
        if status is None or row.status == status:
            rows.append(row)
    return rows


def packages_of(draw: Draw, district: str | None = None) -> list[Package]:
    query = Package.select().where(Package.draw == draw)
    if district:
        query = query.where(Package.district == district)
    return list(query.order_by(Package.district, Package.issue_no))


def batches(draw: Draw) -> list[ResultBatch]:
    return list(ResultBatch.select().where(ResultBatch.draw == draw).order_by(ResultBatch.id))
