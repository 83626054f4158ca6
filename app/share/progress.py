"""Two-level progress at the city, per district of a draw (read-only, for the screen and the CLI).

For each district with active inspections: the share sent (first and newest "share.write"), the match
deadline — 5 working days after the share was sent, as the seed plan gives the districts after they
obtain the list ("在获取名单后5个工作日内完成随机匹配") — the district's match commitment time from
its returned log against that deadline, the newest imported return (when, from which district
database, superseding how many, with the district's audit head), the results the city now holds for
the district (entered / reviewed / returned), and the commitments the district voided before their
ceremony. A district the plan leaves to the city (not in its self_matching list) shows the city's own
match, whether or not a share (with its work package) was sent to it.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from app import clock, workdays
from app.audit.models import AuditEntry
from app.draw.models import Draw, Inspection
from app.draw.plans import MATCH_DAYS, plan_deadlines
from app.draw.queries import get_draw
from app.errors import CalendarNotCoveredError
from app.match.queries import active_teams, current_match
from app.results.queries import ENTERED, RETURNED, REVIEWED, current_results
from app.settings.store import district_names
from app.share.modes import CITY as CITY_MODE
from app.share.modes import MODE_ZH, matching_mode
from app.share.returned import latest_returns

SENT, RETURNED_STATE, REVIEWED_STATE, NOT_SENT = "sent", "returned", "reviewed", "not_sent"
CITY, CITY_PENDING = "city", "city_pending"
STATE_ZH = {NOT_SENT: "未下发", SENT: "已下发，待交回", RETURNED_STATE: "已交回，待审核完",
            REVIEWED_STATE: "已交回，已全部审核", CITY: "市局已匹配", CITY_PENDING: "待市局匹配"}


@dataclass
class DistrictTwoLevel:
    district: str
    inspections: int
    state: str
    mode: str = CITY_MODE                     # who matches it, as the plan says (app.share.modes)
    shares: int = 0
    share_sent_at: str | None = None          # the first share written for the district
    match_deadline: str | None = None         # ISO date, or None with deadline_note saying why
    deadline_note: str = ""
    share_imported_at: str | None = None      # from the district's returned log
    committed_at: str | None = None           # the district's (or, matched by the city, the city's) commitment
    late: bool | None = None                  # committed after the deadline; None while unknown
    returns: int = 0
    returned_at: str | None = None            # the newest return, as the district wrote it
    imported_at: str | None = None            # ... and as the city imported it
    file_name: str = ""
    district_database_id: str = ""
    other_database: str | None = None
    audit_head: str = ""
    audit_count: int = 0
    voided: list[dict] = field(default_factory=list)
    teams: int = 0
    entered: int = 0
    reviewed: int = 0
    sent_back: int = 0                        # results the city returned (退回) to the district

    @property
    def state_zh(self) -> str:
        return STATE_ZH[self.state]

    @property
    def mode_zh(self) -> str:
        return MODE_ZH[self.mode]

    def as_dict(self) -> dict:
        return asdict(self) | {"state_zh": self.state_zh, "mode_zh": self.mode_zh}


def _payload(entry: AuditEntry) -> dict:
    return entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload)


def _shares(draw: Draw) -> dict[str, list[AuditEntry]]:
    out: dict[str, list[AuditEntry]] = {}
    for entry in AuditEntry.select().where(AuditEntry.action == "share.write").order_by(AuditEntry.id):
        payload = _payload(entry)
        if payload.get("draw_no") == draw.draw_no:
            out.setdefault(str(payload.get("district")), []).append(entry)
    return out


def _deadline(sent_at: str) -> tuple[str | None, str]:
    try:
        return workdays.add_working_days(dt.date.fromisoformat(sent_at[:10]), MATCH_DAYS).isoformat(), ""
    except CalendarNotCoveredError as exc:
        return None, str(exc)


def _plan_match_deadline(draw: Draw) -> tuple[str | None, str]:
    """The plan's own deadline for the city's match (start + 5 + 5 working days), or why it is unknown."""
    for line in plan_deadlines(draw.plan):
        if line.kind == "match":
            return line.value, ""
        if line.kind == "working_days":
            return None, line.value
    return None, ""


def _late(committed_at: str | None, deadline: str | None, today: dt.date) -> bool | None:
    if deadline is None:
        return None
    if committed_at:
        return committed_at[:10] > deadline
    return True if today.isoformat() > deadline else None


def _import_counts(draw: Draw) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in AuditEntry.select().where(AuditEntry.action == "share.return.import"):
        payload = _payload(entry)
        if payload.get("draw_no") == draw.draw_no:
            counts[str(payload.get("district"))] = counts.get(str(payload.get("district")), 0) + 1
    return counts


def two_level_progress(draw_no: int, today: dt.date | None = None) -> list[DistrictTwoLevel]:
    """One row per district with active inspections in `draw_no`, in the settings' district order."""
    draw = get_draw(draw_no)
    today = today or clock.today()
    keys: dict[str, list[str]] = {}
    for district, key in (Inspection.select(Inspection.district, Inspection.key)
                          .where((Inspection.draw == draw) & (Inspection.active == True)).tuples()):  # noqa: E712
        keys.setdefault(district, []).append(key)
    shares, returns, imports = _shares(draw), latest_returns(draw), _import_counts(draw)
    match = current_match(draw.draw_no, required=False)
    city_teams = active_teams(match) if match is not None and match.status == "matched" else {}
    results = current_results(draw)
    order = {name: i for i, name in enumerate(district_names())}
    city_deadline = _plan_match_deadline(draw)
    rows = []
    for district in sorted(keys, key=lambda d: (order.get(d, len(order)), d)):
        own = keys[district]
        row = DistrictTwoLevel(district, len(own), NOT_SENT, matching_mode(draw.plan, district))
        statuses = [results[k].status for k in own if k in results]
        row.entered = sum(s in (ENTERED, REVIEWED) for s in statuses)
        row.reviewed = sum(s == REVIEWED for s in statuses)
        row.sent_back = sum(s == RETURNED for s in statuses)
        sent = shares.get(district, [])
        if sent:
            row.state, row.shares, row.share_sent_at = SENT, len(sent), sent[0].at
            row.match_deadline, row.deadline_note = _deadline(sent[0].at)
        if district in returns:
            entry, payload = returns[district]
            history = payload.get("history") or {}
            row.state = REVIEWED_STATE if row.reviewed == row.inspections else RETURNED_STATE
            row.returns, row.returned_at, row.imported_at = imports.get(district, 1), payload.get("returned_at"), \
                entry.at
            row.file_name, row.district_database_id = payload.get("file_name", ""), \
                payload.get("district_database_id", "")
            row.other_database, row.audit_head = payload.get("other_database"), payload.get("audit_head", "")
            row.audit_count, row.voided = int(payload.get("audit_count") or 0), list(history.get("voided", []))
            row.share_imported_at, row.committed_at = history.get("share_imported_at"), history.get("committed_at")
            row.teams = sum(1 for k in own if k in (payload.get("teams") or {}))
        elif row.mode == CITY_MODE:    # the plan's own match deadline applies, share or not
            matched = match is not None and match.status == "matched"
            row.state, row.committed_at = (CITY if matched else CITY_PENDING), \
                match.committed_at if match is not None else None
            row.match_deadline, row.deadline_note = city_deadline
            row.teams = sum(1 for k in own if city_teams.get(k))
        row.late = _late(row.committed_at, row.match_deadline, today)
        rows.append(row)
    return rows


def minute(at: str | None) -> str:
    """An ISO time as the clerk reads it: "2020-06-03 09:15" ("—" when there is none)."""
    return at[:16].replace("T", " ") if at else "—"


def notes(rows: list[DistrictTwoLevel]) -> list[str]:
    """The facts a table cell cannot hold, one Chinese line each: audit heads, voided commitments, warnings."""
    lines = []
    for r in rows:
        if r.audit_head:
            lines.append(f"{r.district}：区市数据库 {r.district_database_id}，交回时审计日志 {r.audit_count} 条，"
                         f"链头 {r.audit_head}")
        if r.other_database:
            lines.append(f"{r.district}：最近一次交回来自另一个区市数据库（上一次为 {r.other_database}），"
                         "请向区市核实。")
        for v in r.voided:
            lines.append(f"{r.district}：{minute(v.get('at'))} 作废过一次匹配承诺（执行前），原因：{v.get('reason')}")
        if r.deadline_note:
            lines.append(f"{r.district}：匹配期限无法计算：{r.deadline_note}")
    return lines
