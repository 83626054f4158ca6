"""Read-only views of a match for the GUI, the documents and the command line."""
from __future__ import annotations

from app.draw.models import Draw, Inspection
from app.match.models import Assignment, InstitutionAssignment, Match

LEADER, MEMBER = "组长", "组员"


def get_match(draw_no: int) -> Match | None:
    """The draw's match that is not void, or None."""
    return (Match.select().join(Draw).where((Draw.draw_no == int(draw_no)) & (Match.status != "void"))
            .order_by(Match.id.desc()).first())


def list_matches(draw_no: int | None = None) -> list[Match]:
    query = Match.select().join(Draw).order_by(Match.id)
    if draw_no is not None:
        query = query.where(Draw.draw_no == int(draw_no))
    return list(query)


def active_teams(match: Match) -> dict[str, list[str]]:
    """{key: [cert_no by slot]} of the active assignments, keys in record order (pool, then order ticket)."""
    order = [a["key"] for a in (match.record or {}).get("assignments", [])]
    teams: dict[str, list[str]] = {key: [] for key in order}
    for row in (Assignment.select(Assignment.key, Assignment.cert_no)
                .where((Assignment.match == match) & (Assignment.active == True))  # noqa: E712
                .order_by(Assignment.key, Assignment.slot)):
        teams.setdefault(row.key, []).append(row.cert_no)
    return teams


def current_loads(match: Match) -> dict[str, int]:
    """{cert_no: active assignments} for every inspector of the frozen roster (zeros included)."""
    loads = {r["cert_no"]: 0 for r in match.commit_data.get("roster", [])}
    for team in active_teams(match).values():
        for cert in team:
            loads[cert] = loads.get(cert, 0) + 1
    return loads


def inspector_names(match: Match) -> dict[str, str]:
    return {r["cert_no"]: r["name"] for r in match.commit_data.get("roster", [])}


def current_teams(draw_no: int) -> dict[str, list[tuple[str, str, str]]]:
    """{key: [(cert_no, name, role)]} after replacements; slot 0 is the team leader (组长)."""
    match = get_match(draw_no)
    if match is None or match.status != "matched":
        return {}
    names = inspector_names(match)
    return {key: [(cert, names.get(cert, ""), LEADER if i == 0 else MEMBER) for i, cert in enumerate(team)]
            for key, team in active_teams(match).items()}


def loads(draw_no: int) -> dict[str, int]:
    match = get_match(draw_no)
    if match is None or match.status != "matched":
        return {}
    return current_loads(match)


def open_short(draw_no: int) -> list[dict]:
    """Inspections whose team is still below the team size (after any resolutions)."""
    match = get_match(draw_no)
    if match is None or match.status != "matched":
        return []
    teams, active = active_teams(match), _active_keys(match)
    out = []
    for entry in match.record.get("short", []):
        assigned = len(teams.get(entry["key"], []))
        if assigned < match.team_size and entry["key"] in active:
            out.append(dict(entry, assigned=assigned))
    seen = {e["key"] for e in out}
    for alt in reversed(match.record.get("alternates", [])):
        key = alt["in_key"]
        if alt.get("team") is None or key in seen:
            continue
        seen.add(key)
        assigned = len(teams.get(key, []))
        if assigned < match.team_size and key in active:
            out.append({"key": key, "district": alt["district"], "pool": alt["pool"], "assigned": assigned,
                        "needed": match.team_size, "alternate": True})
    return out


def _active_keys(match: Match) -> set[str]:
    """Keys of the draw's inspections still to be visited (an enterprise replaced by an alternate is not)."""
    return {k for (k,) in Inspection.select(Inspection.key).where(
        (Inspection.draw == match.draw) & (Inspection.active == True)).tuples()}  # noqa: E712


def institutions(draw_no: int) -> dict[str, list[dict]]:
    """{key: [{service, key, name}]} of the institutions drawn for inspections that require one."""
    match = get_match(draw_no)
    if match is None or match.status != "matched":
        return {}
    names = {i["key"]: i["name"] for i in match.commit_data.get("institutions", [])}
    out: dict[str, list[dict]] = {}
    for row in InstitutionAssignment.select().where(InstitutionAssignment.match == match).order_by(
            InstitutionAssignment.key, InstitutionAssignment.service):
        out.setdefault(row.key, []).append({"service": row.service, "key": row.institution_key,
                                            "name": names.get(row.institution_key, "")})
    return out


def summary(draw_no: int) -> dict:
    """A plain dict for `spotcheck match show` and the review screen."""
    match = get_match(draw_no)
    if match is None:
        return {"draw_no": int(draw_no), "status": "none"}
    data = match.commit_data
    out = {"draw_no": int(draw_no), "match_id": match.id, "status": match.status, "team_size": match.team_size,
           "match_date": match.match_date, "deadline": data.get("deadline"),
           "deadline_note": data.get("deadline_note", ""), "match_commitment": match.commitment,
           "roster_digest": match.roster_digest, "avoid_digest": match.avoid_digest,
           "eligible": len(data.get("roster", [])), "excluded": data.get("excluded", []),
           "pools": data.get("pools", []), "inspections": len(data.get("inspections", []))}
    if match.status == "matched":
        rec = match.record
        out.update({"mseed": match.mseed, "record_sha256": match.record_sha256,
                    "revision": rec.get("revision", 0), "pools": rec["pools"], "teams": current_teams(draw_no),
                    "short": open_short(draw_no), "replacements": rec.get("replacements", []),
                    "alternates": rec.get("alternates", []),
                    "load": current_loads(match), "matched_at": match.matched_at,
                    "late": bool(data.get("deadline") and match.matched_at
                                 and match.matched_at[:10] > data["deadline"])})
    if match.status == "void":
        out["void_reason"] = match.void_reason
    return out
