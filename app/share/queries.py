"""What a district database shows of its two-level campaign (reads only, for the GUI and the CLI).

- received_draws(): every draw imported from a city's share file (app.share.importer), newest first.
- received_of_plan(plan_id): the received draw of one plan, None for a plan of this database's own.
- return_status(draw_no): matched or not, and the current results counted by status.
- returns_written(draw_no): the returns written for the draw, from their "share.return" audit entries.
- return_file_name(...): the name the save dialog suggests for a return.

A received plan is recognised by its options (app.share.received.RECEIVED), as the importer writes them.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.audit.models import AuditEntry
from app.draw.models import Draw, Inspection, Plan
from app.draw.queries import get_draw
from app.match.queries import current_match
from app.results.queries import ENTERED, OPEN, RETURNED, REVIEWED, current_results
from app.share import returns_layout as R
from app.share.received import RECEIVED


@dataclass
class ReceivedDraw:
    plan_id: int
    plan_title: str
    plan_number: str
    draw_no: int                 # this database's number
    city_draw_no: int
    district: str
    inspections: int             # active inspections of the draw here
    imported_at: str
    draw_record_sha256: str
    file_name: str               # the share file's name when it was imported
    database_id: str             # the city database's


@dataclass
class ReturnStatus:
    draw_no: int
    matched: bool
    inspections: int
    counts: dict                 # {OPEN, ENTERED, REVIEWED, RETURNED: n} of the active inspections


@dataclass
class WrittenReturn:
    entry_id: int
    at: str
    file_name: str               # "" when the entry does not name the file
    file_sha256: str
    results: int


def _received(plan: Plan, draw: Draw) -> ReceivedDraw:
    got = plan.options[RECEIVED]
    count = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True)).count()  # noqa: E712
    return ReceivedDraw(plan.id, plan.title, plan.number or "", draw.draw_no, int(got.get("draw_no") or 0),
                        str(got.get("district") or ""), count, str(got.get("imported_at") or ""),
                        draw.record_sha256 or "", str(got.get("file_name") or ""), str(got.get("database_id") or ""))


def received_draws() -> list[ReceivedDraw]:
    """Newest import first. Few plans in a database: their options (JSON text) are read in Python."""
    out = []
    for plan in Plan.select().order_by(Plan.id.desc()):
        if not (plan.options or {}).get(RECEIVED):
            continue
        draw = Draw.get_or_none(Draw.plan == plan)
        if draw is not None:
            out.append(_received(plan, draw))
    return out


def received_of_plan(plan_id: int | None) -> ReceivedDraw | None:
    plan = Plan.get_or_none(Plan.id == plan_id) if plan_id is not None else None
    if plan is None or not (plan.options or {}).get(RECEIVED):
        return None
    draw = Draw.get_or_none(Draw.plan == plan)
    return _received(plan, draw) if draw is not None else None


def return_status(draw_no: int) -> ReturnStatus:
    draw = get_draw(draw_no)
    match = current_match(draw_no, required=False)
    keys = [k for (k,) in Inspection.select(Inspection.key)
            .where((Inspection.draw == draw) & (Inspection.active == True)).tuples()]  # noqa: E712
    current = current_results(draw)
    counts = {OPEN: 0, ENTERED: 0, REVIEWED: 0, RETURNED: 0}
    for key in keys:
        revision = current.get(key)
        status = OPEN if revision is None else revision.status
        counts[status] = counts.get(status, 0) + 1
    return ReturnStatus(draw_no, match is not None and match.status == "matched", len(keys), counts)


def returns_written(draw_no: int) -> list[WrittenReturn]:
    """Oldest first. The audit entries of this action are few (one per return written)."""
    out = []
    for entry in AuditEntry.select().where(AuditEntry.action == R.WRITE_ACTION).order_by(AuditEntry.id):
        payload = entry.payload or {}
        if payload.get("draw_no") != draw_no:
            continue
        out.append(WrittenReturn(entry.id, entry.at, str(payload.get("file_name") or ""),
                                 str(payload.get("file_sha256") or ""), int(payload.get("results") or 0)))
    return out


def return_file_name(district: str, city_draw_no: int) -> str:
    """"<区市>-交回-第<N>号抽取.zip", N the city's draw number (the one on the paper record)."""
    return f"{district}-交回-第{city_draw_no}号抽取.zip"
