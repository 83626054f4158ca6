"""Replacing one inspector in all their unstarted inspections (e.g. an inspector fallen ill): one recorded action.

Each team is changed exactly as a single replacement would change it (app.match.changes.replace_one:
the rule chooses who comes in, with the loads as they stand after the previous team's change), in the
record's team order, so the record gets one replacements[] entry and one revision per team and
`spotcheck verify` replays them like any other. All of it is one transaction with ONE audit entry
"match.replace_all" that lists each change with the revision it made; its top-level revision and
record_sha256 are the last revision's, which is what the integrity check compares with the record.

"Unstarted" (未开始) is an inspection with no result entered yet (app.results.queries.current_results
has no revision for it): a team that has begun reporting keeps its inspector, and the clerk replaces
there one by one if need be.
"""
from __future__ import annotations

from app import audit
from app.clock import now_iso
from app.db.base import transaction
from app.errors import ValidationError
from app.match.changes import _matched, _required, replace_one, revise
from app.match.queries import active_teams, inspector_directory
from app.results.queries import current_results


def _name_of(match, key: str) -> str:
    for entry in reversed(match.record.get("alternates", [])):
        if entry.get("in_key") == key and entry.get("name"):
            return entry["name"]
    return next((a.get("name", "") for a in match.record["assignments"] if a["key"] == key), "")


def unstarted_teams(draw_no: int, cert_no: str) -> dict:
    """What replace_all would change, without writing: {"unstarted": [{key, name}], "started": [{key, name}]}
    — the inspections whose current team holds `cert_no`, split by whether a result is entered."""
    match = _matched(draw_no)
    cert_no = (cert_no or "").strip()
    entered = current_results(match.draw)
    out: dict[str, list[dict]] = {"unstarted": [], "started": []}
    for key, team in active_teams(match).items():
        if cert_no in team:
            out["started" if key in entered else "unstarted"].append({"key": key, "name": _name_of(match, key)})
    return out


def replace_all(draw_no: int, out_cert: str, reason: str, approver: str) -> dict:
    """Replace `out_cert` in every team of the draw whose inspection has no result yet.

    Returns {"out", "changes": [change + name + revision], "skipped": [{key, name}] (started ones),
    "revision", "record_sha256"}. ValidationError (nothing written) when the inspector is in no unstarted
    team, or when the rule finds nobody for one of them (that team's enterprise named)."""
    reason, approver = _required(reason, approver, "更换检查人员")
    out_cert = (out_cert or "").strip()
    with transaction():
        match = _matched(draw_no)
        plan = unstarted_teams(draw_no, out_cert)
        if not plan["unstarted"]:
            who = (inspector_directory(match).get(out_cert) or {}).get("name", "")
            where = f"{who}（{out_cert}）" if who else f"执法证号“{out_cert}”"
            if plan["started"]:
                raise ValidationError(f"{where}所在的 {len(plan['started'])} 个检查组都已录入检查结果，"
                                      "没有未开始的检查可以更换。")
            raise ValidationError(f"{where}不在第 {draw_no} 号抽取的任何检查组中。")
        at, first_previous, changes = now_iso(), match.record_sha256, []
        for item in plan["unstarted"]:
            change = replace_one(match, item["key"], out_cert, reason, approver, at)
            revise(match, change)
            changes.append(dict(change, name=item["name"], revision=match.record["revision"],
                                record_sha256=match.record_sha256))
        audit.append("match.replace_all", {
            "draw_no": match.draw.draw_no, "match_id": match.id, "out": out_cert, "reason": reason,
            "approver": approver, "at": at, "changes": [{k: c[k] for k in ("key", "in", "revision", "record_sha256")}
                                                      for c in changes],
            "skipped": [s["key"] for s in plan["started"]], "revision": match.record["revision"],
            "record_sha256": match.record_sha256, "previous_record_sha256": first_previous})
    return {"out": out_cert, "changes": changes, "skipped": plan["started"], "revision": match.record["revision"],
            "record_sha256": match.record_sha256}
