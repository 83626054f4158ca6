"""Voiding a draw and using an alternate (替补): changes to a draw that depend on its match.

A draw with a match that is not void cannot be voided. Before the match an
alternate is just the draw's rule (app.draw.alternates). After the match
(use_alternate_after_match) the same rule swaps the enterprise and, in the same
transaction, the out enterprise's team is released and the alternate gets a
team by the replacement rule, slot by slot; the match record's next revision
lists it in `alternates`.
"""
from __future__ import annotations

from app import audit
from app.clock import now_iso
from app.db.base import transaction
from app.draw.alternates import apply_alternate
from app.draw.models import AlternateUse, Draw, Inspection, Task
from app.draw.queries import get_draw
from app.errors import StateError, ValidationError
from app.match import spec
from app.match.changes import commit_change
from app.match.inputs import inspection_rule
from app.match.models import Assignment, InstitutionAssignment, Match
from app.match.queries import current_loads, current_match
from app.match.records import institution_entry
from app.match.verify import alternate_institutions, alternate_team


def void_draw(draw_no: int, reason: str) -> Draw:
    """Abandon a draw with a reason (logged); the plan may then be committed again under the next number."""
    reason = str(reason or "").strip()
    if not reason:
        raise ValidationError("作废抽取必须说明理由。")
    draw = get_draw(draw_no)
    with transaction():
        draw = Draw.get_by_id(draw.id)
        if draw.status == "void":
            raise StateError(f"第 {draw.draw_no} 号抽取已经作废。")
        if Match.select().where(Match.draw == draw, Match.status != "void").exists():
            raise StateError(f"第 {draw.draw_no} 号抽取已有检查人员匹配，须先作废匹配再作废抽取。")
        Draw.update(status="void", void_reason=reason, voided_at=now_iso()).where(Draw.id == draw.id).execute()
        audit.append("draw.void", {"draw_no": draw.draw_no, "plan_id": draw.plan_id, "previous_status": draw.status,
                                   "reason": reason})
    return Draw.get_by_id(draw.id)


def use_alternate(draw_no: int, task_code: str, out_key: str, reason: str) -> AlternateUse:
    """Replace a drawn enterprise found deregistered/closed before the visit by the first unused alternate.

    Refused once the draw's inspectors are matched: the alternate would have no team.
    use_alternate_after_match then uses the alternate and gives it
    a team by the rule in the same transaction.
    """
    return _use_alternate(draw_no, task_code, out_key, reason, allow_matched=False)


def _use_alternate(draw_no: int, task_code: str, out_key: str, reason: str, *, allow_matched: bool) -> AlternateUse:
    """use_alternate; allow_matched=True only for use_alternate_after_match, which assigns the team in the
    same transaction."""
    reason = str(reason or "").strip()
    if not reason:
        raise ValidationError("使用替补必须说明原因（如：检查前已注销、已关闭停业）。")
    draw = get_draw(draw_no)
    with transaction():
        draw = Draw.get_by_id(draw.id)
        if draw.status != "drawn":
            raise StateError(f"第 {draw.draw_no} 号抽取尚未完成或已作废，不能使用替补。")
        if not allow_matched and Match.select().where(Match.draw == draw, Match.status == "matched").exists():
            raise StateError(f"第 {draw.draw_no} 号抽取的检查人员已经匹配，不能单独使用替补（替补企业将没有检查组）。"
                             "请在“随机抽取”界面点“使用替补…”并填写批准的分管领导，或使用命令 "
                             "spotcheck draw alternate … --approver 批准人：程序同时按规则为替补企业匹配检查组，"
                             "并生成新一版匹配记录。")
        use = apply_alternate(draw, task_code, str(out_key).strip().upper(), reason, now_iso())
        audit.append("draw.alternate", {"draw_no": draw.draw_no, "task": task_code, "stratum": use.stratum,
                                        "out": use.out_key, "in": use.in_key, "rank": use.rank, "reason": reason})
    return use


def _alternate_pool(draw, key: str) -> tuple[str, str, str]:
    """(name, district, pool) of the draw's inspection `key`: the pool rule of the match (Task.pool)."""
    ins = Inspection.get(Inspection.draw == draw, Inspection.key == key)
    rules = {t.code: (t.pool or "district") for t in Task.select().where(Task.plan == draw.plan)}
    return ins.name, ins.district, spec.pool_name(ins.district, inspection_rule(list(ins.tasks or []), rules))


def _alternate_institution(match: Match, draw, key: str, avoided):
    """The institutions of a new inspection whose tasks need third-party services (spec 6a step 4), written
    as InstitutionAssignment rows; the record's `institution` value, or None when no service is needed."""
    ins = Inspection.get(Inspection.draw == draw, Inspection.key == key)
    third_party = {t.code: t.third_party for t in Task.select().where(Task.plan == draw.plan)}
    services = sorted({third_party[c] for c in (ins.tasks or []) if third_party.get(c)})
    if not services:
        return None
    frozen = match.commit_data.get("institutions", [])
    active = {k for (k,) in Inspection.select(Inspection.key).where(
        (Inspection.draw == draw) & (Inspection.active == True)).tuples()}  # noqa: E712
    loads: dict[str, int] = {}
    for row in InstitutionAssignment.select().where(InstitutionAssignment.match == match):
        if row.key in active and row.key != key:   # released inspections no longer count
            loads[row.institution_key] = loads.get(row.institution_key, 0) + 1
    chosen = alternate_institutions(match.mseed, key, services, [(i["key"], i["services"]) for i in frozen],
                                    avoided, loads)
    for service, pick in chosen:
        if pick:
            InstitutionAssignment.create(match=match, key=key, service=service, institution_key=pick[0],
                                         ticket=pick[1])
    names = {i["key"]: i["name"] for i in frozen}
    entries = [institution_entry(service, pick, names) for service, pick in chosen]
    return entries[0] if len(entries) == 1 else entries


def _left_to_district(match: Match, draw, use: AlternateUse) -> bool:
    """True when both enterprises are of districts the city's match leaves to their own copies; an
    alternate crossing between a self-matching district and a city-matched one is refused (rolled back)."""
    excluded = ((match.commit_data or {}).get("scope") or {}).get("excluded_districts") or []
    if not excluded:
        return False
    districts = {k: d for k, d in Inspection.select(Inspection.key, Inspection.district).where(
        (Inspection.draw == draw) & Inspection.key.in_([use.out_key, use.in_key])).tuples()}
    out_left, in_left = districts.get(use.out_key) in excluded, districts.get(use.in_key) in excluded
    if out_left != in_left:
        raise StateError(f"替补企业“{use.in_key}”（{districts.get(use.in_key)}）与被替换企业“{use.out_key}”"
                         f"（{districts.get(use.out_key)}）一个由市局匹配、一个由区市自行匹配，程序不能自动处理。"
                         "请作废本次抽取后重新抽取，或把两个区市改为同一种匹配方式的计划重新抽取。")
    return out_left


def use_alternate_after_match(draw_no: int, task_code: str, out_key: str, reason: str, approver: str) -> dict:
    """Use the first unused alternate for `out_key` (the draw's rule) and give it a team by the rule.

    One transaction: the draw's alternate use (use_alternate's rule); the out enterprise's team
    released when it is no longer inspected (rows kept, inactive); the alternate's
    team chosen slot by slot among the frozen roster of its pool by the smallest
    (current load, pair ticket), excluding avoidance pairs and the team so far
    (no cap); the next record revision with the change in `alternates`; logged.
    Without a matched match this is just the draw's use_alternate.
    Returns the change entry (plus draw_no, matched, record_sha256).
    """
    with transaction():
        match = current_match(draw_no, required=False)
        if match is None or match.status != "matched":
            use = use_alternate(draw_no, task_code, out_key, reason)
            return {"draw_no": int(draw_no), "matched": False, "task": use.task_code, "stratum": use.stratum,
                    "out_key": use.out_key, "in_key": use.in_key, "rank": use.rank, "reason": use.reason,
                    "at": use.at}
        reason, approver = (reason or "").strip(), (approver or "").strip()
        if not reason:
            raise ValidationError("使用替补必须说明原因（如：检查前已注销、已关闭停业）。")
        if not approver:
            raise ValidationError(f"第 {draw_no} 号抽取的检查人员已经匹配，使用替补须填写批准的本单位分管领导姓名。")
        draw = match.draw
        was_active = {k for (k,) in Inspection.select(Inspection.key).where(
            (Inspection.draw == draw) & (Inspection.active == True)).tuples()}  # noqa: E712
        # The draw's rule picks the alternate (and logs draw.alternate) in this same transaction.
        use = _use_alternate(draw_no, task_code, out_key, reason, allow_matched=True)
        out_ins = Inspection.get(Inspection.draw == draw, Inspection.key == use.out_key)
        if _left_to_district(match, draw, use):       # the district's own copy matches it (spec section 13)
            return {"draw_no": int(draw_no), "matched": False, "task": use.task_code, "stratum": use.stratum,
                    "out_key": use.out_key, "in_key": use.in_key, "rank": use.rank, "reason": use.reason,
                    "at": use.at}
        removed = None
        if not out_ins.active:
            rows = list(Assignment.select().where((Assignment.match == match) & (Assignment.key == use.out_key)
                                                  & (Assignment.active == True))  # noqa: E712
                        .order_by(Assignment.slot))
            removed = [a.cert_no for a in rows]
            Assignment.update(active=False).where(Assignment.id.in_([a.id for a in rows])).execute()
        name, district, pool = _alternate_pool(draw, use.in_key)
        team, institution = None, None
        if use.in_key not in was_active:
            roster = spec.parse_roster_text(match.roster_text)
            avoided = spec.avoid_index(spec.parse_avoid_text(match.avoid_text))
            team = alternate_team(match.mseed, use.in_key, spec.pool_members(pool, roster), avoided,
                                  current_loads(match), match.team_size)
            for slot, cert in enumerate(team):
                Assignment.create(match=match, key=use.in_key, district=district, slot=slot, cert_no=cert,
                                  active=True, source="alternate")
            institution = _alternate_institution(match, draw, use.in_key, avoided)
        change = {"revision": int(match.record.get("revision", 0)) + 1, "task": use.task_code,
                  "stratum": use.stratum, "rank": use.rank, "out_key": use.out_key, "in_key": use.in_key,
                  "name": name, "district": district, "pool": pool, "removed": removed, "team": team,
                  "reason": reason, "approver": approver, "at": use.at}
        if institution is not None:
            change["institution"] = institution
        commit_change(match, change, "match.alternate", field="alternates")
    return dict(change, draw_no=int(draw_no), matched=True, record_sha256=match.record_sha256,
                short=team is not None and len(team) < match.team_size)
