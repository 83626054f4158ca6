"""Follow-up (后续处置): what the results leave to do, the candidates for credit measures, and closing.

followup_list: the inspections whose current result (已录入 or 已审核: follow-up work need not wait for
the review) has an item 发现问题待后续处理 (lists.PENDING_RESULT) or a 后续处置措施, and whose follow-up
is not recorded as closed (app.results.content.is_pending). Deadline rule: FOLLOWUP_WORKING_DAYS (20)
working days after the check date — the same span as publication, so a problem is dealt with by the
time the result is public; a check date the calendar does not cover gives no deadline and its note.

abnormal_candidates: the enterprises whose REVIEWED result has an enterprise-level outcome listed in
HANDLING below. This is a list for the clerk to act on through the proper procedure, with the legal
basis; the program itself lists nobody anywhere. The legal texts live only in HANDLING.

close_followup: closing is a new result revision (batch kind "followup", audit "results.followup"),
status unchanged, content followup.closed = True and closed_on; who closed it is the revision's
`reviewer` and the note its `reason` (the fields the result history already shows as 审核人/说明), so
the content keeps the one shape of app.results.content.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import asdict, dataclass

from app import clock
from app.draw.models import Inspection
from app.draw.plans import get_plan
from app.draw.queries import get_draw
from app.errors import StateError, ValidationError
from app.publish.rows import Deadlines, plan_draws
from app.results.content import is_pending
from app.results.lists import PENDING_RESULT
from app.results.models import ResultRevision
from app.results.queries import ENTERED, REVIEWED, STATUS_ZH, current_result, current_results
from app.results.service import NewRevision, commit_revisions, inspection_of
from app.settings.store import result_lists

FOLLOWUP_WORKING_DAYS = 20

ABNORMAL, SERIOUS = "abnormal", "serious"


@dataclass(frozen=True)
class Handling:
    kind: str           # abnormal | serious
    title: str          # what list the enterprise may go on
    suggestion: str     # cautious wording: what the bureau MAY do, after its own procedure
    basis: str          # the legal basis


# The enterprise-level outcomes that make an enterprise a candidate, with what may follow and why.
HANDLING = {
    "通过登记的住所（经营场所）无法联系": Handling(
        ABNORMAL, "经营异常名录",
        "可依法列入经营异常名录（须经核实并按规定程序作出决定）",
        "《企业信息公示暂行条例》第十七条；《企业经营异常名录管理暂行办法》第四条第（四）项"),
    "不配合检查情节严重": Handling(
        SERIOUS, "严重违法失信名单",
        "可依法按严重违法失信名单管理的规定处理（须经核实、符合列入条件并按规定程序作出决定）",
        "《市场监督管理严重违法失信名单管理办法》"),
}


@dataclass
class FollowupRow:
    draw_no: int
    key: str
    name: str
    district: str
    status: str                  # entered | reviewed
    pending_items: list[str]     # items 发现问题待后续处理, with the problem found: "item：problem"
    measures: list[str]
    text: str
    check_date: str
    deadline: str | None
    deadline_note: str
    overdue: bool

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Candidate:
    draw_no: int
    key: str
    name: str
    district: str
    outcome: str
    kind: str                    # abnormal | serious
    title: str
    suggestion: str
    basis: str
    check_date: str

    def as_dict(self) -> dict:
        return asdict(self)


def _current(plan_id: int, statuses: tuple[str, ...]):
    """(draw, inspection, revision) of the plan's active inspections whose current result has a status given."""
    plan = get_plan(plan_id)
    for draw in plan_draws(plan):
        current = current_results(draw)
        for ins in (Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
                    .order_by(Inspection.district, Inspection.key)):
            rev = current.get(ins.key)
            if rev is not None and rev.status in statuses:
                yield draw, ins, rev


def followup_list(plan_id: int, today: dt.date | None = None) -> list[FollowupRow]:
    """The open follow-ups of plan `plan_id` with their deadline (see the module docstring)."""
    day = (today or clock.today()).isoformat()
    deadlines = Deadlines(FOLLOWUP_WORKING_DAYS)
    out = []
    for draw, ins, rev in _current(plan_id, (ENTERED, REVIEWED)):
        content = rev.content or {}
        if not is_pending(content, PENDING_RESULT):
            continue
        follow = content.get("followup") or {}
        items = [f"{r.get('item', '')}：{r.get('problem', '')}" if r.get("problem") else r.get("item", "")
                 for r in content.get("items") or [] if r.get("result") == PENDING_RESULT]
        check_date = content.get("check_date", "")
        deadline, note = deadlines.of(check_date)
        out.append(FollowupRow(draw.draw_no, ins.key, ins.name, ins.district, rev.status, items,
                               list(follow.get("measures") or []), follow.get("text", ""), check_date, deadline,
                               note, deadline is not None and day > deadline))
    return out


def abnormal_candidates(plan_id: int) -> list[Candidate]:
    """Reviewed results whose enterprise-level outcome is in HANDLING: candidates, never an action taken."""
    out = []
    for draw, ins, rev in _current(plan_id, (REVIEWED,)):
        content = rev.content or {}
        handling = HANDLING.get(content.get("outcome", ""))
        if handling is not None:
            out.append(Candidate(draw.draw_no, ins.key, ins.name, ins.district, content["outcome"], handling.kind,
                                 handling.title, handling.suggestion, handling.basis, content.get("check_date", "")))
    return out


def _date(text: str | dt.date, what: str) -> str:
    value = text.isoformat() if isinstance(text, dt.date) else str(text or "").strip()
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{what}“{value}”不是日期（应为 YYYY-MM-DD）。") from None
    if len(value) != 10:
        raise ValidationError(f"{what}“{value}”不是日期（应为 YYYY-MM-DD）。")
    return value


def close_followup(draw_no: int, key: str, *, closed_on: str | dt.date, by: str, note: str = "",
                   measures: list[str] | None = None) -> ResultRevision:
    """Record the follow-up of one inspection as closed (办结) on `closed_on` by `by`.

    measures: the 后续处置措施 taken, required when the result records none (an item 待后续处理 alone);
    added to those recorded otherwise. Refused when nothing is open."""
    by, note = (by or "").strip(), (note or "").strip()
    if not by:
        raise ValidationError("办结后续处置必须填写办结人姓名。")
    day = _date(closed_on, "办结日期")
    draw = get_draw(draw_no)
    inspection_of(draw, key)   # an unknown or replaced key gets its own message
    current = current_result(draw, key)
    if current is None or current.status not in (ENTERED, REVIEWED):
        state = STATUS_ZH[current.status] if current is not None else "未录入"
        raise StateError(f"检查对象 {key} 的结果{state}，不能办结后续处置。")
    content = copy.deepcopy(current.content or {})
    if not is_pending(content, PENDING_RESULT):
        raise StateError(f"检查对象 {key} 没有未办结的后续处置。")
    if day > clock.today().isoformat():
        raise ValidationError(f"办结日期 {day} 晚于今天。")
    if content.get("check_date") and day < content["check_date"]:
        raise ValidationError(f"办结日期 {day} 早于检查日期 {content['check_date']}。")
    follow = content.setdefault("followup", {"measures": [], "text": "", "closed": None, "closed_on": ""})
    taken = list(follow.get("measures") or [])
    allowed = result_lists().followup_measures
    for measure in measures or []:
        measure = measure.strip()
        if measure not in allowed:
            raise ValidationError(f"“{measure}”不在后续处置措施的选项中（{'、'.join(allowed)}）。")
        if measure not in taken:
            taken.append(measure)
    if not taken:
        raise ValidationError(f"检查对象 {key} 没有记录后续处置措施，办结时须填写采取的措施。")
    if "其他" in taken and not follow.get("text"):
        if not note:
            raise ValidationError("后续处置措施为“其他”时须填写处置说明（办结说明）。")
        follow["text"] = note
    follow.update(measures=taken, closed=True, closed_on=day)
    reason = f"后续处置办结：{note}" if note else "后续处置办结"
    return commit_revisions(draw, "followup", [NewRevision(key, current.status, content, reviewer=by,
                                                           reason=reason)])[0]
