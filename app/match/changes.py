"""Recorded changes to a matched team (the plan, 五(二)): replacement and short-resolution.

A replacement is chosen by the rule (smallest current load, then pair ticket,
in the inspection's pool, excluding the team, the replaced inspector and
avoidance pairs); the clerk only gives the reason and the approving leader.
A short-resolution names an inspector from outside the pool by a recorded
decision. Each change deactivates/adds Assignment rows, adds a Replacement
row, makes the next record revision and is logged with its digest.

An alternate (替补) used after the match changes the draw too: it lives above
both stages, in app.campaign.changes, and records itself through commit_change.
"""
from __future__ import annotations

from app import audit
from app.clock import now_iso
from app.db.base import transaction
from app.errors import NotFoundError, StateError, ValidationError
from app.match import spec
from app.match.models import Assignment, Match, Replacement
from app.match.queries import active_teams, current_loads, current_match
from app.match.records import record_sha256, revise_record


def _required(reason: str, approver: str, what: str) -> tuple[str, str]:
    reason, approver = (reason or "").strip(), (approver or "").strip()
    if not reason:
        raise ValidationError(f"{what}必须填写原因（如岗位调整、工作冲突、身体健康状况）。")
    if not approver:
        raise ValidationError(f"{what}必须填写批准的本单位分管领导姓名。")
    return reason, approver


def _matched(draw_no: int) -> Match:
    """The draw's match, which must have run (current_match's lookup and messages)."""
    match = current_match(draw_no)
    if match.status != "matched":
        raise StateError(f"第 {draw_no} 号抽取的检查人员尚未匹配，不能调整人员。")
    return match


def _assignment_entry(match: Match, key: str) -> dict:
    """The record's entry of a matched inspection, or of an alternate given a team after the match
    (as {key, name, district, pool}); the newest one wins for an alternate."""
    for entry in reversed(match.record.get("alternates", [])):
        if entry["in_key"] == key and entry.get("team") is not None:
            return {"key": key, "name": entry.get("name", ""), "district": entry["district"],
                    "pool": entry["pool"], "alternate": True}
    for entry in match.record["assignments"]:
        if entry["key"] == key:
            return entry
    raise NotFoundError(f"第 {match.draw.draw_no} 号抽取的匹配结果中没有检查对象“{key}”。")


def revise(match: Match, change: dict, field: str = "replacements") -> str:
    """The record's next revision carrying `change` (saved); returns the previous revision's SHA-256."""
    previous = match.record_sha256
    teams = active_teams(match)
    match.record = revise_record(match.record, previous, change, teams, current_loads(match), field=field)
    match.record_sha256 = record_sha256(match.record)
    match.save()
    return previous


def commit_change(match: Match, change: dict, action: str, field: str = "replacements") -> Match:
    previous = revise(match, change, field)
    audit.append(action, dict(change, draw_no=match.draw.draw_no, match_id=match.id,
                              revision=match.record["revision"], record_sha256=match.record_sha256,
                              previous_record_sha256=previous))
    return match


def replace_inspector(draw_no: int, key: str, out_cert: str, reason: str, approver: str) -> dict:
    """Replace `out_cert` on `key`'s team by the rule's choice. Returns the change entry."""
    reason, approver = _required(reason, approver, "更换检查人员")
    key, out_cert = (key or "").strip(), (out_cert or "").strip()
    with transaction():
        match = _matched(draw_no)
        change = replace_one(match, key, out_cert, reason, approver, now_iso())
        commit_change(match, change, "match.replace")
    return change


def replace_one(match: Match, key: str, out_cert: str, reason: str, approver: str, at: str) -> dict:
    """One replacement inside the caller's transaction: the rule's choice written to the rows.
    The caller revises the record (commit_change, or replace_all's revisions under one entry)."""
    entry = _assignment_entry(match, key)
    out_row = (Assignment.select().where((Assignment.match == match) & (Assignment.key == key)
                                         & (Assignment.cert_no == out_cert) & (Assignment.active == True))  # noqa: E712
               .first())
    if out_row is None:
        raise ValidationError(f"执法证号“{out_cert}”不在检查对象“{key}”当前的检查组中。")
    team = active_teams(match).get(key, [])
    roster = spec.parse_roster_text(match.roster_text)
    members = spec.pool_members(entry["pool"], roster)
    avoided = spec.avoid_index(spec.parse_avoid_text(match.avoid_text))
    chosen = spec.choose_replacement(match.mseed, key, members, team, out_cert, avoided, current_loads(match))
    if chosen is None:
        name = entry.get("name", "")
        raise ValidationError(f"检查对象“{name}（{key}）”的人员池“{entry['pool']}”中已没有可以替换的检查人员"
                              "（本组成员、被换下人员和有回避关系的人员均已排除）。请先换下后按“人员不足”由领导"
                              "批准指定其他人员池的人员。")
    Assignment.update(active=False).where(Assignment.id == out_row.id).execute()
    Assignment.create(match=match, key=key, district=out_row.district, slot=out_row.slot, cert_no=chosen,
                      active=True, source="replacement")
    Replacement.create(match=match, key=key, out_cert=out_cert, in_cert=chosen, kind="replacement",
                       reason=reason, approver=approver, at=at)
    return {"key": key, "out": out_cert, "in": chosen, "reason": reason, "approver": approver, "at": at,
            "kind": "replacement"}


def resolve_short(draw_no: int, key: str, cert_no: str, reason: str, approver: str) -> dict:
    """Add a named inspector (from another pool) to a short team by a recorded decision."""
    reason, approver = _required(reason, approver, "补足检查人员")
    key, cert_no = (key or "").strip(), (cert_no or "").strip()
    with transaction():
        match = _matched(draw_no)
        entry = _assignment_entry(match, key)
        alternate_short = entry.get("alternate") and len(active_teams(match).get(key, [])) < match.team_size
        if key not in {s["key"] for s in match.record.get("short", [])} and not alternate_short:
            raise StateError(f"检查对象“{key}”不在人员不足名单中；已匹配的检查组只能按规则更换人员。")
        team = active_teams(match).get(key, [])
        if len(team) >= match.team_size:
            raise StateError(f"检查对象“{key}”的检查组已有 {len(team)} 人，不需要再补充。")
        roster = dict(spec.parse_roster_text(match.roster_text))
        if cert_no not in roster:
            raise ValidationError(f"执法证号“{cert_no}”不在本次匹配冻结的检查人员名单中"
                                  f"（不在岗、执法证在 {match.match_date} 无效或不在名录库中的人员不能参加检查）。")
        if cert_no in team:
            raise ValidationError(f"执法证号“{cert_no}”已在检查对象“{key}”的检查组中。")
        avoided = spec.avoid_index(spec.parse_avoid_text(match.avoid_text))
        if cert_no in avoided.get(key, ()):
            raise ValidationError(f"执法证号“{cert_no}”与检查对象“{key}”存在回避关系，不能安排。")
        slots = [a.slot for a in Assignment.select(Assignment.slot).where(
            (Assignment.match == match) & (Assignment.key == key) & (Assignment.active == True))]  # noqa: E712
        district = entry["district"]
        at = now_iso()
        Assignment.create(match=match, key=key, district=district, slot=max(slots, default=-1) + 1,
                          cert_no=cert_no, active=True, source="short-resolution")
        Replacement.create(match=match, key=key, out_cert=None, in_cert=cert_no, kind="short-resolution",
                           reason=reason, approver=approver, at=at)
        change = {"key": key, "out": None, "in": cert_no, "reason": reason, "approver": approver, "at": at,
                  "kind": "short-resolution"}
        commit_change(match, change, "match.resolve_short")
    return change
