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
from app.match import queries, record_state, replace_all
from app.match.models import Match
from app.settings.store import district_names

# the small parts of the commitment data and the record, in one parse of each
_MATCH = """
SELECT m.id, m.status, m.commitment, m.team_size, m.matched_at, m.witnesses, m.record_sha256,
       m.record IS NOT NULL AND m.record NOT IN ('null', '{}'), d.plan_id,
       json_extract(m.commit_data, '$.deadline', '$.roster', '$.excluded', '$.pools', '$.institutions'),
       json_extract(m.record, '$.revision', '$.alternates', '$.short', '$.pools'),
       json_array_length(m.record, '$.assignments')
FROM match m JOIN draw d ON d.id = m.draw_id
WHERE d.draw_no = ? AND m.status != 'void' ORDER BY m.id DESC LIMIT 1
"""
# The first page of the record's assignments in (district, key) order, found without walking the record
# (a walk is 0.3 s at 200,000): run_match wrote the members of every team in the record's order, team_size
# rows a team when none was short (service._write_assignments, one executemany: one run of ids), so the
# leader row's offset from the first id over team_size is the team's place in the record. _first_page
# checks those conditions and every key read at its place.
_LEADS = """
SELECT a.key, a.id - f.first, f.first, f.last FROM assignment a, (SELECT
  (SELECT id FROM assignment WHERE match_id = ?1 AND source = 'match' ORDER BY id LIMIT 1) AS first,
  (SELECT id FROM assignment WHERE match_id = ?1 AND source = 'match' ORDER BY id DESC LIMIT 1) AS last) f
WHERE a.match_id = ?1 AND a.source = 'match' AND a.slot = 0
ORDER BY a.district, a.key LIMIT ?2
"""
MAX_FIRST = 120       # rows of a first page read so: one json_extract call (SQLite allows 127 arguments)

_MATCH_ID = """
SELECT m.id, m.status, m.team_size FROM match m JOIN draw d ON d.id = m.draw_id
WHERE d.draw_no = ? AND m.status != 'void' ORDER BY m.id DESC LIMIT 1
"""
# (one json_extract of several paths and the json_array_length beside it parse each text once: with one
# json_extract per path SQLite parsed the 30 MB record four times and the 19 MB commitment five, 1.0 s)

_ASSIGNMENTS = """
SELECT j.value ->> 'key', coalesce(j.value ->> 'name', ''), coalesce(j.value ->> 'district', ''),
       coalesce(j.value ->> 'pool', ''), j.value -> '$.institution'
FROM match m, json_each(m.record, '$.assignments') j WHERE m.id = ?
ORDER BY 3, 1 LIMIT ?
"""


def match_seed(draw_no: int) -> str | None:
    """The seed of the draw's current match (None before it runs), without loading the match's record."""
    row = database.execute_sql(_MATCH_ID.replace("m.id, m.status, m.team_size", "m.mseed", 1),
                               (int(draw_no),)).fetchone()
    return row[0] if row else None


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


def screen_state(draw_no: int, page: int | None = None) -> dict:
    """dict(queries.match_state(draw_no), record=record_state.record_state(draw_no)), read as the module says,
    with "team_count" and "open_short" (the summary's counts) beside them.

    page: only the first `page` team rows (in their order), the other lists but the pools left empty: the
    screen's first rows and summary within a fraction of a second (one parse of the record and of the
    commitment, no pass over every assignment in Python); the full state follows."""
    draw = database.execute_sql("SELECT id, plan_id FROM draw WHERE draw_no = ?", (int(draw_no),)).fetchone()
    if draw is None:
        return dict(queries.match_state(draw_no), record={})     # its NotFoundError
    draw_id, plan_id = draw
    cover = _coverage(draw_id, plan_id)
    scoped = {"coverage": cover} if cover["excluded_districts"] else {}
    leads: list = []
    paths: list[str] = []
    if page is not None and page <= MAX_FIRST:
        found = database.execute_sql(_MATCH_ID, (int(draw_no),)).fetchone()
        if found and found[1] == "matched" and found[2]:
            leads = database.execute_sql(_LEADS, (found[0], page)).fetchall()
            paths = [f"$.assignments[{offset // found[2]}]" for _k, offset, *_ in leads if offset % found[2] == 0]
            if len(paths) < len(leads):
                paths, leads = [], []
    # the first page's entries in the same parse of the record (see _LEADS)
    sql = _MATCH if not paths else _MATCH.replace(
        "\nFROM match m", ", json_extract(m.record, " + ", ".join("?" for _ in paths) + ")\nFROM match m", 1)
    row = database.execute_sql(sql, (*paths, int(draw_no))).fetchone()
    if row is None:
        return {"status": None} | scoped | {"record": {}}
    (match_id, status, commitment, team_size, matched_at, witnesses, record_sha256, has_record, _plan,
     frozen_text, record_text, assignment_count, *page_text) = row
    deadline, roster, excluded, pools, institutions = json.loads(frozen_text)
    revision, alternates, short, record_pools = json.loads(record_text) if record_text else [None] * 4
    frozen = {"roster": roster or [], "excluded": excluded or [], "institutions": institutions or []}
    # a Match carrying only what the shared helpers read (id, commitment data): never saved
    match = Match(id=match_id, status=status, team_size=team_size, commit_data=frozen)
    directory = queries.inspector_directory(match)
    out = {"status": status, "commitment": commitment, "team_size": team_size, "matched_at": matched_at,
           "deadline": deadline, "revision": revision if has_record and revision is not None else 0,
           "witnesses": list(json.loads(witnesses) if witnesses else []), "directory": directory,
           "roster": list(roster or [])} | scoped
    if status == "matched":
        first_page = _first_page(leads, page_text[0] if page_text else None, team_size, assignment_count, short or [])
        out["views"], open_short = _views(match, directory, alternates or [], short or [],
                                          record_pools or pools or [], page, first_page)
        out["team_count"] = (assignment_count or 0) + sum(1 for a in alternates or [] if a.get("team") is not None)
        out["open_short"] = open_short
    else:
        out["views"] = {"pools": queries.pool_rows(pools)}
    record: dict = {}
    if status == "matched" and has_record:
        saved = record_state.last_saved(match)
        record = {"revision": int(revision or 0), "saved": saved,
                  "current": bool(saved and saved["record_sha256"] == record_sha256)}
    out["record"] = record
    return out


def _first_page(leads: list, text: str | None, team_size: int, count: int | None, short: list) -> list[tuple] | None:
    """The first page's rows as _ASSIGNMENTS gives them, from the record's entries read at their places
    (see _LEADS); None when the places cannot be trusted: a team was short at the match (then not every
    team has team_size rows), the ids of the match's rows do not span team_size × count, or an entry read is not
    the one expected. Then _ASSIGNMENTS walks the record."""
    if not leads or short or text is None:
        return None
    _key, _offset, first, last = leads[0]
    if last - first + 1 != team_size * (count or 0):
        return None
    entries = json.loads(text) if len(leads) > 1 else [json.loads(text)]   # one path: the entry itself
    if len(entries) != len(leads) or any(not isinstance(e, dict) or e.get("key") != k
                                         for e, (k, *_rest) in zip(entries, leads, strict=True)):
        return None
    return [(e["key"], e.get("name", ""), e.get("district", ""), e.get("pool", ""), e.get("institution"))
            for e in entries]


def _views(match: Match, directory: dict, alternates: list, short: list, pools: list,
           page: int | None = None, first_page: list | None = None) -> tuple[dict[str, list[dict]], int]:
    """queries.match_views of a matched match, its record's lists given (see the module's note), and the
    number of open short inspections; with `page`, the first page of teams only (see screen_state), its
    assignments given as first_page when _first_page could read them at their places."""
    assignments = first_page if first_page is not None else database.execute_sql(
        _ASSIGNMENTS, (match.id, -1 if page is None else page)).fetchall()
    # with a page: the teams, activity and institutions of its keys and of the short and alternate ones only
    wanted = None if page is None else json.dumps(
        [k for k, *_ in assignments] + [s["key"] for s in short] + [a["in_key"] for a in alternates])
    among = "" if wanted is None else " AND key IN (SELECT value FROM json_each(?))"
    extra: tuple = () if wanted is None else (wanted,)
    teams: dict[str, list[str]] = {key: [] for key, *_ in assignments}
    for key, cert in database.execute_sql(
            "SELECT key, cert_no FROM assignment WHERE match_id = ? AND active" + among + " ORDER BY key, slot",
            (match.id, *extra)):
        teams.setdefault(key, []).append(cert)
    active = {k for (k,) in database.execute_sql(
        "SELECT key FROM inspection WHERE draw_id = (SELECT draw_id FROM match WHERE id = ?) AND active" + among,
        (match.id, *extra))}
    still_short = {s["key"] for s in _open_short(match.team_size, teams, active, short, alternates)}
    names = {i["key"]: i["name"] for i in match.commit_data.get("institutions", [])}
    drawn_institutions: dict[str, list[dict]] = {}
    for key, service, institution in database.execute_sql(
            "SELECT key, service, institution_key FROM institution_assignment WHERE match_id = ?" + among
            + " ORDER BY key, service", (match.id, *extra)):
        drawn_institutions.setdefault(key, []).append({"service": service, "key": institution,
                                                       "name": names.get(institution, "")})
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
    for late in team_rows[alternates_at:]:
        del team_rows[alternates_at]
        bisect.insort(team_rows, late, hi=alternates_at, key=_team_order)
        alternates_at += 1
    if page is not None:
        return {"teams": team_rows[:page], "loads": [], "shorts": [], "replacements": [],
                "pools": queries.pool_rows(pools)}, len(still_short)
    loads = queries.current_loads(match)
    return {"teams": team_rows, "loads": queries.load_rows(loads, directory),
            "shorts": queries.short_rows(short, team_rows, directory, needed, still_short),
            "replacements": queries.replacement_rows(match, directory, alternates),
            "pools": queries.pool_rows(pools)}, len(still_short)


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


_HOLDING = """
SELECT a.key, coalesce(i.name, ''),
       EXISTS (SELECT 1 FROM result_revision r WHERE r.draw_id = m.draw_id AND r.key = a.key)
FROM match m JOIN assignment a ON a.match_id = m.id LEFT JOIN inspection i ON i.draw_id = m.draw_id AND i.key = a.key
WHERE m.id = ? AND a.active AND a.cert_no = ?
GROUP BY a.key ORDER BY a.key
"""


def unstarted_teams(draw_no: int, cert_no: str) -> dict:
    """replace_all.unstarted_teams(draw_no, cert_no) from the assignment and result rows, for the match
    screen's replace form (it asks at every choice of inspector): that one parses the match record (30 MB)
    and the draw's, 4 s at 200,000 inspections on the GUI thread. Keys in key order, not the record's."""
    found = database.execute_sql(_MATCH_ID, (int(draw_no),)).fetchone()
    if found is None or found[1] != "matched":
        return replace_all.unstarted_teams(draw_no, cert_no)      # its errors
    out: dict[str, list[dict]] = {"unstarted": [], "started": []}
    for key, name, started in database.execute_sql(_HOLDING, (found[0], (cert_no or "").strip())):
        out["started" if started else "unstarted"].append({"key": key, "name": name})
    return out
