"""Gathering what a match is computed from: the drawn inspections, the eligible
inspectors, the avoidance pairs and the institutions, each from the newest
register version. Reads only; the service freezes the result at commitment.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.draw.models import Draw, Inspection, Task
from app.draw.plan_options import self_matching
from app.draw.queries import get_draw
from app.errors import CalendarNotCoveredError, StateError, ValidationError
from app.match import spec
from app.registers.eligibility import eligible_on
from app.registers.models import AvoidancePair, Inspector, Institution, Register, RegisterVersion
from app.registers.queries import latest_version as registers_latest
from app.workdays import add_working_days

DEFAULT_REGISTER_NAMES = {"inspector": "执法检查人员名录库", "avoidance": "回避关系名单",
                          "institution": "第三方专业机构名录库"}
DEADLINE_WORKING_DAYS = 5          # the plan, 五(二): match within 5 working days of receiving the list
RULE_PRECEDENCE = ("city", "mixed", "district")   # a merged inspection takes the widest rule of its tasks


def require_drawn(draw: Draw) -> None:
    if draw.status == "void":
        raise StateError(f"第 {draw.draw_no} 号抽取已作废（{draw.void_reason or ''}），不能匹配检查人员。")
    if draw.status != "drawn" or not draw.record_sha256:
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成（先提交承诺并由见证人抽取），不能匹配检查人员。")


def latest_version(kind: str) -> RegisterVersion | None:
    """The newest version of the register of `kind`: the default-named register
    if it exists, else the most recently imported register of that kind."""
    found = registers_latest(DEFAULT_REGISTER_NAMES[kind])
    if found is not None:
        return found
    return (RegisterVersion.select().join(Register).where(Register.kind == kind)
            .order_by(RegisterVersion.created_at.desc(), RegisterVersion.id.desc()).first())


def parse_match_date(value) -> str:
    if value is None or value == "":
        return dt.date.today().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(f"匹配日期“{value}”格式不正确，应为 YYYY-MM-DD。") from None


def ineligibility(inspector, match_date: str) -> str | None:
    """Why an inspector (row or dict) may not be matched on match_date (Chinese), or None when eligible."""
    ok, reason = eligible_on(inspector, match_date)
    if not ok:
        return reason
    district = inspector["district"] if isinstance(inspector, dict) else inspector.district
    if not (district or "").strip():
        return "未填写所属区市"
    return None


@dataclass
class MatchInputs:
    draw: Draw
    team_size: int
    match_date: str
    inspector_version: RegisterVersion | None
    avoidance_version: RegisterVersion | None
    institution_version: RegisterVersion | None
    roster: list[dict] = field(default_factory=list)        # eligible: {cert_no, name, district}
    excluded: list[dict] = field(default_factory=list)      # {cert_no, name, district, reason}
    pairs: list[tuple[str, str]] = field(default_factory=list)
    inspections: list[dict] = field(default_factory=list)   # {key, name, district, pool, services}
    institutions: list[dict] = field(default_factory=list)  # {key, name, services}
    excluded_institutions: list[dict] = field(default_factory=list)
    deadline: str | None = None
    deadline_note: str = ""
    excluded_districts: list[str] = field(default_factory=list)   # the plan's self-matching districts
    left_to_districts: int = 0      # the draw's inspections of those districts (not in this match)

    def roster_pairs(self) -> list[tuple[str, str]]:
        return [(r["cert_no"], r["district"]) for r in self.roster]

    def pools(self) -> list[dict]:
        """Per pool: eligible count, inspections, initial cap and the excluded inspectors of its districts."""
        counts: dict[str, int] = {}
        for ins in self.inspections:
            counts[ins["pool"]] = counts.get(ins["pool"], 0) + 1
        out = []
        roster = self.roster_pairs()
        for name in sorted(counts):
            members = spec.pool_members(name, roster)
            districts = spec.pool_districts(name)
            out.append({"district": name, "rule": pool_rule(name), "inspectors": len(members),
                        "inspections": counts[name],
                        "cap": spec.initial_cap(self.team_size, counts[name], len(members)),
                        "excluded": [e for e in self.excluded if e["district"] in districts]})
        return out


def pool_rule(name: str) -> str:
    if name == spec.CITY_POOL:
        return "city"
    return "mixed" if "+" in name else "district"


def inspection_rule(task_codes: list[str], rules: dict[str, str]) -> str:
    present = {rules.get(code, "district") for code in task_codes}
    for rule in RULE_PRECEDENCE:
        if rule in present:
            return rule
    return "district"


def _deadline(draw: Draw) -> tuple[str | None, str]:
    if not draw.drawn_at:
        return None, ""
    start = dt.date.fromisoformat(draw.drawn_at[:10])
    try:
        return add_working_days(start, DEADLINE_WORKING_DAYS).isoformat(), ""
    except CalendarNotCoveredError as exc:
        return None, exc.message


def gather(draw_no: int, team_size: int | None = None, match_date=None) -> MatchInputs:
    """Everything the match commitment freezes, computed fresh from the database."""
    draw = get_draw(draw_no)
    require_drawn(draw)
    plan_size = draw.plan.team_size or 2
    size = plan_size if team_size in (None, "") else team_size
    try:
        size = int(size)
    except (TypeError, ValueError):
        raise ValidationError(f"每组检查人员人数“{team_size}”不是整数。") from None
    if size < 2:
        raise ValidationError(f"每组检查人员不得少于 2 人（《行政处罚法》：执法人员不得少于两人），"
                              f"不能设为 {size} 人。")
    date = parse_match_date(match_date)
    inputs = MatchInputs(draw, size, date, latest_version("inspector"), latest_version("avoidance"),
                         latest_version("institution"))
    if inputs.inspector_version is None:
        raise StateError("尚未导入执法检查人员名录库，不能匹配检查人员。请先在“名录库”中导入。")
    columns = (Inspector.cert_no, Inspector.name, Inspector.district, Inspector.in_post, Inspector.status,
               Inspector.cert_expiry)
    for ins in (Inspector.select(*columns).where(Inspector.version == inputs.inspector_version)
                .order_by(Inspector.cert_no).dicts()):
        reason = ineligibility(ins, date)
        entry = {"cert_no": ins["cert_no"], "name": ins["name"], "district": (ins["district"] or "").strip()}
        if reason:
            inputs.excluded.append(dict(entry, reason=reason))
        else:
            inputs.roster.append(entry)
    if inputs.avoidance_version is not None:
        inputs.pairs = sorted(set(AvoidancePair.select(AvoidancePair.cert_no, AvoidancePair.key)
                                  .where(AvoidancePair.version == inputs.avoidance_version).tuples()))
    tasks = {t.code: t for t in Task.select().where(Task.plan == draw.plan)}
    rules = {code: (t.pool or "district") for code, t in tasks.items()}
    inputs.excluded_districts = self_matching(draw.plan)
    for key, name, district, task_json in (
            Inspection.select(Inspection.key, Inspection.name, Inspection.district, Inspection.tasks)
            .where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
            .order_by(Inspection.key).tuples()):
        if district in inputs.excluded_districts:      # matched in the district's own copy (spec section 13)
            inputs.left_to_districts += 1
            continue
        codes = list(task_json or [])
        services = sorted({tasks[c].third_party for c in codes if c in tasks and tasks[c].third_party})
        inputs.inspections.append({"key": key, "name": name, "district": district,
                                   "pool": spec.pool_name(district, inspection_rule(codes, rules)),
                                   "services": services})
    if not inputs.inspections and inputs.left_to_districts:
        raise StateError(f"第 {draw.draw_no} 号抽取的 {inputs.left_to_districts} 个检查对象所属区市"
                         f"（{'、'.join(inputs.excluded_districts)}）按计划均由区市自行匹配，"
                         "市局没有需要匹配的检查对象。")
    if not inputs.inspections:
        raise StateError(f"第 {draw.draw_no} 号抽取没有检查对象，无需匹配。")
    if any(i["services"] for i in inputs.inspections):
        _gather_institutions(inputs)
    inputs.deadline, inputs.deadline_note = _deadline(draw)
    return inputs


def _gather_institutions(inputs: MatchInputs) -> None:
    if inputs.institution_version is None:
        raise StateError("有检查任务需要委托第三方专业机构，但尚未导入第三方专业机构名录库。")
    for inst in (Institution.select().where(Institution.version == inputs.institution_version)
                 .order_by(Institution.key)):
        entry = {"key": inst.key, "name": inst.name, "services": sorted(inst.services or [])}
        if inst.qualification_expiry and inst.qualification_expiry < inputs.match_date:
            inputs.excluded_institutions.append(dict(entry, reason=f"资质已于 {inst.qualification_expiry} 到期"))
        else:
            inputs.institutions.append(entry)
