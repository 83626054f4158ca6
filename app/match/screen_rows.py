"""The match screen's state, read for 200,000 inspections without holding the interpreter lock for long.

queries.match_state and record_state.record_state read the same through peewee: each call of
current_match (four per screen) parses the match's record and commitment data (30 + 19 MB of JSON at
200,000 inspections) with json.loads, which holds the interpreter lock for the whole parse, and
coverage() and `match.draw` load the draw's 55 MB record too; the profile showed 23 such parses (17 of
40 s) and 1.15 million peewee rows. Here SQLite does the JSON work (sqlite3 releases the lock while
SQLite works): only the small parts of the record and the commitment are handed to Python as JSON, the
assignments' fields come as plain columns, and the draw's record is never read.

screen_state(draw_no) returns dict(queries.match_state(draw_no), record=record_state.record_state(draw_no))
(tests/core/test_screen_rows.py compares them).
"""
from __future__ import annotations

import bisect
import json
from typing import Any

from app.db.base import database
from app.draw.models import Plan
from app.draw.plan_options import self_matching
from app.match import queries, record_state
from app.match.models import InstitutionAssignment, Match, Replacement
from app.settings.store import district_names

# the small parts of the commitment data and the record, in one parse of each
_MATCH = """
SELECT m.id, m.status, m.commitment, m.team_size, m.matched_at, m.witnesses, m.record_sha256,
       m.record IS NOT NULL AND m.record NOT IN ('null', '{}'), d.plan_id,
       json_array(json_extract(m.commit_data, '$.deadline'), json_extract(m.commit_data, '$.roster'),
                  json_extract(m.commit_data, '$.excluded'), json_extract(m.commit_data, '$.pools'),
                  json_extract(m.commit_data, '$.institutions')),
       json_array(json_extract(m.record, '$.revision'), json_extract(m.record, '$.alternates'),
                  json_extract(m.record, '$.short'), json_extract(m.record, '$.pools'))
FROM match m JOIN draw d ON d.id = m.draw_id
WHERE d.draw_no = ? AND m.status != 'void' ORDER BY m.id DESC LIMIT 1
"""

_ASSIGNMENTS = """
SELECT j.value ->> 'key', coalesce(j.value ->> 'name', ''), coalesce(j.value ->> 'district', ''),
       coalesce(j.value ->> 'pool', ''), j.value -> '$.institution'
FROM match m, json_each(m.record, '$.assignments') j WHERE m.id = ?
ORDER BY 3, 1
"""


def drawn_numbers(plan_id: int) -> list[int]:
    """The numbers of the plan's completed draws, newest first (draw.queries.drawn_draws without loading
    each draw's record)."""
    return [n for (n,) in database.execute_sql(
        "SELECT draw_no FROM draw WHERE status = 'drawn' AND plan_id = ? ORDER BY draw_no DESC", (plan_id,))]


def _coverage(draw_id: int, plan_id: int) -> dict:
    """app.match.coverage.coverage without loading the draw (its record is 55 MB at 200,000 inspections)."""
    plan = Plan.get_by_id(plan_id)
    excluded = self_matching(plan)
    counts = dict(database.execute_sql(
        "SELECT district, count(*) FROM inspection WHERE draw_id = ? AND active GROUP BY district", (draw_id,)))
    order = {name: i for i, name in enumerate(district_names())}
    names = sorted(counts, key=lambda d: (order.get(d, len(order)), d))
    covered = [d for d in names if d not in excluded]
    left = {d: counts[d] for d in names if d in excluded}
    return {"excluded_districts": excluded, "covered": covered, "left": left,
            "nothing_to_match": bool(left) and not covered}


def screen_state(draw_no: int) -> dict:
    """dict(queries.match_state(draw_no), record=record_state.record_state(draw_no)), read as the module says."""
    draw = database.execute_sql("SELECT id, plan_id FROM draw WHERE draw_no = ?", (int(draw_no),)).fetchone()
    if draw is None:
        return dict(queries.match_state(draw_no), record={})     # its NotFoundError
    draw_id, plan_id = draw
    cover = _coverage(draw_id, plan_id)
    scoped = {"coverage": cover} if cover["excluded_districts"] else {}
    row = database.execute_sql(_MATCH, (int(draw_no),)).fetchone()
    if row is None:
        return {"status": None} | scoped | {"record": {}}
    (match_id, status, commitment, team_size, matched_at, witnesses, record_sha256, has_record, _plan,
     frozen_text, record_text) = row
    deadline, roster, excluded, pools, institutions = json.loads(frozen_text)
    revision, alternates, short, record_pools = json.loads(record_text)
    frozen = {"roster": roster or [], "excluded": excluded or [], "institutions": institutions or []}
    # a Match carrying only what the shared helpers read (id, commitment data): never saved
    match = Match(id=match_id, status=status, team_size=team_size, commit_data=frozen)
    directory = queries.inspector_directory(match)
    out = {"status": status, "commitment": commitment, "team_size": team_size, "matched_at": matched_at,
           "deadline": deadline, "revision": revision if has_record and revision is not None else 0,
           "witnesses": list(json.loads(witnesses) if witnesses else []), "directory": directory,
           "roster": list(roster or [])} | scoped
    if status == "matched":
        out["views"] = _views(match, directory, alternates or [], short or [], record_pools or pools or [])
    else:
        out["views"] = {"pools": queries.pool_rows(pools)}
    record: dict = {}
    if status == "matched" and has_record:
        saved = record_state.last_saved(match)
        record = {"revision": int(revision or 0), "saved": saved,
                  "current": bool(saved and saved["record_sha256"] == record_sha256)}
    out["record"] = record
    return out


def _views(match: Match, directory: dict, alternates: list, short: list, pools: list) -> dict[str, list[dict]]:
    """queries.match_views of a matched match, its record's lists given (see the module's note)."""
    assignments = database.execute_sql(_ASSIGNMENTS, (match.id,)).fetchall()
    teams: dict[str, list[str]] = {key: [] for key, *_ in assignments}
    for key, cert in database.execute_sql(
            "SELECT key, cert_no FROM assignment WHERE match_id = ? AND active ORDER BY key, slot", (match.id,)):
        teams.setdefault(key, []).append(cert)
    active = {k for (k,) in database.execute_sql(
        "SELECT key FROM inspection WHERE draw_id = (SELECT draw_id FROM match WHERE id = ?) AND active",
        (match.id,))}
    still_short = {s["key"] for s in _open_short(match.team_size, teams, active, short, alternates)}
    names = {i["key"]: i["name"] for i in match.commit_data.get("institutions", [])}
    drawn_institutions: dict[str, list[dict]] = {}
    for r in InstitutionAssignment.select().where(InstitutionAssignment.match == match.id).order_by(
            InstitutionAssignment.key, InstitutionAssignment.service):
        drawn_institutions.setdefault(r.key, []).append({"service": r.service, "key": r.institution_key,
                                                         "name": names.get(r.institution_key, "")})
    needed = match.team_size
    person = queries.person
    rows: list[tuple[Any, ...]] = list(assignments)
    alternate_rows = [(alt["in_key"], alt.get("name", ""), alt.get("district", ""), alt.get("pool", ""), None,
                       alt.get("team") or []) for alt in alternates if alt.get("team") is not None]
    team_rows: list[dict] = []
    for key, name, district, pool, institution, *inspectors in rows + alternate_rows:
        members = list(teams.get(key, (inspectors[0] if inspectors else None) or []))
        leader = members[0] if members else None
        found = drawn_institutions.get(key)
        team_rows.append({
            "key": key, "name": name, "district": district, "pool": pool,
            "members": members, "leader": leader, "leader_text": person(directory, leader) if leader else "",
            "leader_name": (directory.get(leader) or {}).get("name", "") if leader else "",
            "members_text": "、".join(person(directory, c) for c in members[1:]),
            "institutions": found or (json.loads(institution) if isinstance(institution, str) else institution),
            "short": key in still_short, "needed": needed})
    # sorted by (district, key) as match_views sorts them: SQLite ordered the assignments (byte order of
    # UTF-8 is Python's order of str); the few alternates' teams go in after their equals, as a stable sort
    # puts them. (list.sort compares 200,000 tuples in C without letting the GUI thread run.)
    alternates_at = len(assignments)
    for extra in team_rows[alternates_at:]:
        del team_rows[alternates_at]
        bisect.insort(team_rows, extra, hi=alternates_at, key=_team_order)
        alternates_at += 1
    loads = queries.current_loads(match)
    load_rows = [{"cert_no": c, "name": (directory.get(c) or {}).get("name", ""),
                  "district": (directory.get(c) or {}).get("district", ""), "load": n} for c, n in loads.items()]
    load_rows.sort(key=lambda r: (r["district"], r["cert_no"]))
    by_key = {r["key"]: r for r in team_rows}
    short_rows = []
    for s in short:
        row = by_key.get(s["key"])
        members = row["members"] if row else []
        short_rows.append({"key": s["key"], "name": row["name"] if row else "", "district": s.get("district", ""),
                           "pool": s.get("pool", ""), "members": members,
                           "assigned_text": "、".join(person(directory, c) for c in members) or "—",
                           "needed": s.get("needed", needed), "open": s["key"] in still_short})
    actors = queries.change_actors(match)
    replacement_rows = [{"kind": r.kind, "key": r.key, "out": r.out_cert, "in": r.in_cert,
                         "out_text": person(directory, r.out_cert) if r.out_cert else "—",
                         "in_text": person(directory, r.in_cert), "reason": r.reason, "approver": r.approver,
                         "at": r.at, "by": actors.get((r.key, r.in_cert, r.at), "")}
                        for r in Replacement.select().where(Replacement.match == match.id).order_by(Replacement.id)]
    for alt in alternates:
        replacement_rows.append({
            "kind": "alternate", "key": alt["in_key"], "out": alt.get("out_key"), "in": alt.get("in_key"),
            "out_text": alt.get("out_key", ""),
            "in_text": "、".join(person(directory, c) for c in (alt.get("team") or [])) or alt.get("in_key", ""),
            "reason": alt.get("reason", ""), "approver": alt.get("approver", ""), "at": alt.get("at", ""),
            "by": ""})
    return {"teams": team_rows, "loads": load_rows, "shorts": short_rows, "replacements": replacement_rows,
            "pools": queries.pool_rows(pools)}


def _team_order(row: dict) -> tuple[str, str]:
    return row["district"], row["key"]


def _open_short(team_size: int, teams: dict, active: set, short: list, alternates: list) -> list[dict]:
    """queries.open_short, from the lists already read."""
    out = []
    for entry in short:
        assigned = len(teams.get(entry["key"], []))
        if assigned < team_size and entry["key"] in active:
            out.append(dict(entry, assigned=assigned))
    seen = {e["key"] for e in out}
    for alt in reversed(alternates):
        key = alt["in_key"]
        if alt.get("team") is None or key in seen:
            continue
        seen.add(key)
        if len(teams.get(key, [])) < team_size and key in active:
            out.append({"key": key})
    return out
