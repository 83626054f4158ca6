"""What a publication export carries: one row per enterprise per check item of the reviewed results.

Which results: the current revision of each active inspection of the plan's drawn draws (void draws left
out), when it is 已审核 (reviewed). Entered, returned or open results are not published.

What 检查结果 says for one (enterprise, item):
- an item checked (checked = 是): the item's result (未发现问题, 发现问题已责令改正 …), except the
  publicity-information item (年度报告公示信息检查 …, lists.is_publicity_item) when the enterprise's
  publicity result is recorded (未按规定公示应当公示的信息 …): that result is what the publicity system
  shows for such an item;
- an item not checked while an enterprise-level outcome is recorded (已注销, 通过登记的住所无法联系 …):
  the outcome (it stands for every unchecked item, as the result form says);
- an item not checked without an outcome: "未检查：<reason>".

Several tasks for one enterprise (drawn under two tasks, merged into one inspection): 抽查任务名称 and
抽查任务编号 list them all, joined with "、", in the plan's task order, so every row names its tasks.

检查实施机关: the unit recorded with the result, else the unit the settings name for the district.

New or changed: a row's identity is (draw, key, item) and it carries the digest of the result revision it
came from. A row is "new" when no earlier export of the plan carried its identity; "changed" when the
latest export that carried it had another revision digest AND what the row publishes (检查结果, 检查日期,
检查实施机关) differs from what that revision gave; otherwise "exported". So a result returned and reviewed
again with the same wording, or a follow-up closed later (a new revision, same published values), is not
published twice.

Publication deadline: 20 working days after the check date (PUBLICATION_WORKING_DAYS, app.workdays);
a check date in a year the calendar does not cover gives no deadline and the calendar's Chinese message.
A row is overdue when today is past its deadline and no export has carried it yet.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from app import clock
from app.draw.models import Draw, Inspection, Plan
from app.draw.plans import get_plan, plan_tasks
from app.errors import CalendarNotCoveredError
from app.publish.models import PublicationExport
from app.results.lists import is_publicity_item
from app.results.models import ResultRevision
from app.results.queries import ENTERED, REVIEWED, key_in
from app.settings.store import units
from app.workdays import add_working_days

PUBLICATION_WORKING_DAYS = 20   # 自作出抽查检查结果之日起20个工作日内公示

# The columns of the export, in the order a publicity-system batch import expects.
COLUMNS = ["抽查计划名称", "抽查计划编号", "抽查任务名称", "抽查任务编号", "检查对象名称", "统一社会信用代码/注册号",
           "检查实施机关", "检查日期", "检查事项", "检查结果", "公示日期"]

NEW, CHANGED, EXPORTED = "new", "changed", "exported"
STATE_ZH = {NEW: "新增", CHANGED: "变更", EXPORTED: "已公示"}
TASK_JOIN = "、"


@dataclass
class PubRow:
    """One published line (the first eleven fields are COLUMNS), with what the screen and the record need."""
    plan_title: str
    plan_number: str
    task_names: str
    task_codes: str
    name: str
    key: str
    unit: str
    check_date: str
    item: str
    result: str
    published_on: str
    draw_no: int
    district: str
    revision_digest: str
    state: str                   # new | changed | exported
    deadline: str | None         # 公示期限 (YYYY-MM-DD), None when the calendar cannot say
    deadline_note: str           # why there is no deadline (Chinese), else ""
    overdue: bool

    def values(self) -> list[str]:
        return [self.plan_title, self.plan_number, self.task_names, self.task_codes, self.name, self.key,
                self.unit, self.check_date, self.item, self.result, self.published_on]

    def identity(self) -> list:
        """What the PublicationExport row list keeps: [draw_no, key, item, revision digest]."""
        return [self.draw_no, self.key, self.item, self.revision_digest]

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class InspectionDeadline:
    """One entered or reviewed inspection against its publication deadline (the GUI's list)."""
    draw_no: int
    key: str
    name: str
    district: str
    status: str                  # entered | reviewed
    check_date: str
    deadline: str | None
    deadline_note: str
    exported_on: str | None      # 公示日期 of the latest export that carried it
    export_seq: int | None
    overdue: bool

    def as_dict(self) -> dict:
        return asdict(self)


class Deadlines:
    """Publication deadlines by check date, computed once per date (50,000 inspections share a few dozen)."""

    def __init__(self, days: int = PUBLICATION_WORKING_DAYS):
        self.days = days
        self._cache: dict[str, tuple[str | None, str]] = {}

    def of(self, check_date: str) -> tuple[str | None, str]:
        """(deadline, note): note says in Chinese why there is none."""
        if check_date not in self._cache:
            self._cache[check_date] = self._compute(check_date)
        return self._cache[check_date]

    def _compute(self, check_date: str) -> tuple[str | None, str]:
        if not check_date:
            return None, "未填写检查日期，无法计算期限"
        try:
            day = dt.date.fromisoformat(check_date)
        except ValueError:
            return None, f"检查日期“{check_date}”不是日期，无法计算期限"
        try:
            return add_working_days(day, self.days).isoformat(), ""
        except CalendarNotCoveredError as exc:
            return None, str(exc)


def plan_draws(plan: Plan) -> list[Draw]:
    return list(Draw.select().where((Draw.plan == plan) & (Draw.status == "drawn")).order_by(Draw.draw_no))


def exported_index(plan: Plan) -> dict[tuple[int, str, str], tuple[str, int, str]]:
    """(draw_no, key, item) -> (revision digest, seq, published_on) of the latest export that carried it."""
    out: dict[tuple[int, str, str], tuple[str, int, str]] = {}
    query = (PublicationExport.select(PublicationExport.seq, PublicationExport.rows, PublicationExport.published_on)
             .where(PublicationExport.plan == plan).order_by(PublicationExport.seq))
    for export in query:
        for draw_no, key, item, digest in export.rows:
            out[(draw_no, key, item)] = (digest, export.seq, export.published_on)
    return out


def district_units() -> dict[str, str]:
    """district -> the first unit the settings name for it."""
    out: dict[str, str] = {}
    for unit in units() or []:
        out.setdefault(unit.get("district", ""), unit.get("name", ""))
    return out


def item_result(content: dict, row: dict) -> str:
    """检查结果 of one item row (the rules in the module docstring)."""
    if row.get("checked") is True:
        if is_publicity_item(row.get("item", "")) and content.get("publicity"):
            return content["publicity"]
        return row.get("result", "")
    if content.get("outcome"):
        return content["outcome"]
    return f"未检查：{row.get('reason', '')}" if row.get("reason") else "未检查"


def current_states(draw: Draw) -> dict[str, tuple[str, str, dict]]:
    """key -> (status, revision digest, content) of each current result: app.results.queries.current_results
    read with plain SQL, because peewee's per-row work on 50,000 results takes a third of the time the
    whole export may take."""
    sql = ('SELECT r.key, r.status, r.digest, r.content FROM result_revision r JOIN '
           '(SELECT key, MAX(revision) AS rev FROM result_revision WHERE draw_id = ? GROUP BY key) n '
           'ON r.key = n.key AND r.revision = n.rev WHERE r.draw_id = ?')
    cursor = ResultRevision._meta.database.execute_sql(sql, (draw.id, draw.id))
    return {key: (status, digest, json.loads(content) if content else {}) for key, status, digest, content in cursor}


def _inspections(draw: Draw):
    """(key, name, district, tasks) of the draw's active inspections, in district, key order (plain SQL
    for the same reason; the few distinct task lists are decoded once)."""
    sql = ('SELECT key, name, district, tasks FROM inspection WHERE draw_id = ? AND active = 1 '
           'ORDER BY district, key')
    decoded: dict[str, list[str]] = {}
    for key, name, district, tasks in Inspection._meta.database.execute_sql(sql, (draw.id,)):
        codes = decoded.get(tasks)
        if codes is None:
            codes = decoded[tasks] = json.loads(tasks)
        yield key, name, district, codes


def publication_rows(plan_id: int, *, only_new: bool = True, published_on: str | None = None,
                     today: dt.date | None = None) -> list[PubRow]:
    """The rows of a publication export of plan `plan_id`: with only_new, the new and changed ones only.

    published_on: the 公示日期 printed in every row (default: today)."""
    plan = get_plan(plan_id)
    day = (today or clock.today()).isoformat()
    published_on = published_on or day
    tasks = {t.code: t for t in plan_tasks(plan)}
    order = list(tasks)
    exported = exported_index(plan)
    unit_of = district_units()
    deadlines = Deadlines()
    rows: list[PubRow] = []
    revised: list[PubRow] = []      # exported before from another revision: compared below
    for draw in plan_draws(plan):
        current = current_states(draw)
        for key, name, district, codes in _inspections(draw):
            status, digest, content = current.get(key) or ("", "", {})
            if status != REVIEWED:
                continue
            codes = sorted(codes, key=lambda c: order.index(c) if c in order else len(order))
            task_names = TASK_JOIN.join(tasks[c].name if c in tasks else c for c in codes)
            task_codes = TASK_JOIN.join(codes)
            unit = content.get("unit") or unit_of.get(district, "")
            check_date = content.get("check_date", "")
            deadline, note = deadlines.of(check_date)
            for row in content.get("items") or [{"item": "", "checked": None}]:
                item = row.get("item", "")
                before = exported.get((draw.draw_no, key, item))
                state = NEW if before is None else EXPORTED if before[0] == digest else CHANGED
                pub = PubRow(plan.title, plan.number, task_names, task_codes, name, key, unit, check_date, item,
                             item_result(content, row), published_on, draw.draw_no, district, digest, state,
                             deadline, note, before is None and deadline is not None and day > deadline)
                rows.append(pub)
                if state == CHANGED:
                    revised.append(pub)
    _unchanged_values(revised, exported, unit_of)
    return [r for r in rows if r.state != EXPORTED] if only_new else rows


def _unchanged_values(revised: list[PubRow], exported: dict, unit_of: dict[str, str]) -> None:
    """Mark EXPORTED the rows whose new revision publishes what the exported revision did."""
    if not revised:
        return
    digests = {exported[(r.draw_no, r.key, r.item)][0] for r in revised}
    old = {digest: content for digest, content in
           ResultRevision.select(ResultRevision.digest, ResultRevision.content)
           .where(key_in(ResultRevision.digest, digests)).tuples()}
    for r in revised:
        content = old.get(exported[(r.draw_no, r.key, r.item)][0])
        if content is None:
            continue   # the exported revision is gone (db check reports that): publish again
        item_row = next((x for x in content.get("items") or [] if x.get("item") == r.item), None)
        if item_row is None:
            continue
        result, check_date, unit = published_values(content, item_row)
        if (result, check_date, unit or unit_of.get(r.district, "")) == (r.result, r.check_date, r.unit):
            r.state = EXPORTED


def published_values(content: dict, item_row: dict) -> tuple[str, str, str]:
    """What a row publishes from one result: 检查结果, 检查日期 and the recorded 检查实施机关 ("" when the
    district's unit stands in). Two revisions with the same values publish the same row."""
    return item_result(content, item_row), content.get("check_date", ""), content.get("unit") or ""


def publication_deadlines(plan_id: int, today: dt.date | None = None) -> list[InspectionDeadline]:
    """Each entered or reviewed inspection of the plan: check date, deadline, when it was exported, overdue
    (today past the deadline and never exported)."""
    plan = get_plan(plan_id)
    day = (today or clock.today()).isoformat()
    latest: dict[tuple[int, str], tuple[int, str]] = {}
    for (draw_no, key, _item), (_digest, seq, published_on) in exported_index(plan).items():
        if (draw_no, key) not in latest or latest[(draw_no, key)][0] < seq:
            latest[(draw_no, key)] = (seq, published_on)
    deadlines = Deadlines()
    out = []
    for draw in plan_draws(plan):
        current = current_states(draw)
        for key, name, district, _codes in _inspections(draw):
            status, _digest, content = current.get(key) or ("", "", {})
            if status not in (ENTERED, REVIEWED):
                continue
            check_date = content.get("check_date", "")
            deadline, note = deadlines.of(check_date)
            done = latest.get((draw.draw_no, key))
            out.append(InspectionDeadline(draw.draw_no, key, name, district, status, check_date, deadline, note,
                                          done[1] if done else None, done[0] if done else None,
                                          done is None and deadline is not None and day > deadline))
    return out
