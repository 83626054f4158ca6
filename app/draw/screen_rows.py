"""The draw screen's rows, read for 200,000 inspections without holding the interpreter lock for long.

app.draw.queries.drawn_views reads the same rows through peewee: the whole record (55 MB of JSON at
200,000 inspections) parsed by json.loads in one call, and four JSON fields of every inspection decoded
in Python. json.loads holds the interpreter lock for the whole parse, so the GUI thread stalls while a
background read runs; the per-row decoding took most of the time (profile: 765,000 json.loads, 10 of 24 s).
Here SQLite does the JSON work (json_tree, json_extract; sqlite3 releases the lock while SQLite works):
only the lists' fields are handed to Python, the inspections' first ticket is picked in SQL, and the
small JSON texts repeated on every row (task codes, items, ranks) are decoded once per distinct text.

drawn_views(draw_no) returns what queries.drawn_views returns (tests/core/test_screen_rows.py
compares them); a draw without inspection rows (an old database) is read by queries.drawn_views.
"""
from __future__ import annotations

import json

from app.db.base import database, memo_json_decoder
from app.draw import queries
from app.draw.models import AlternateUse

# The elements of each task's selected and alternates lists, found in one parse of the record. A missing
# field reads as "" (as dict.get(field, "") in queries.drawn_views).
_LISTS = """
SELECT j.path, coalesce(j.value ->> 'stratum', ''), j.value ->> 'key', coalesce(j.value ->> 'name', ''),
       coalesce(j.value ->> 'ticket', ''), coalesce(j.value ->> 'rank', '')
FROM draw d, json_tree(d.record, '$.tasks') j
WHERE d.id = ? AND j.type = 'object'
  AND (j.path GLOB '$.tasks[[][0-9]*[]].selected' OR j.path GLOB '$.tasks[[][0-9]*[]].alternates')
ORDER BY j.id
"""
_TASK_FIELDS = ("code", "name", "register", "register_version", "ratio", "strata")   # what the strata rows use

_INSPECTIONS = """
SELECT key, name, district, tasks, items, ranks, source, active,
       json_extract(tickets, '$.' || json_quote(json_extract(tasks, '$[0]')))
FROM inspection WHERE draw_id = ? ORDER BY district, key
"""


def _task_fields(draw_id: int) -> tuple[list[dict], list, bool]:
    """Each task of the record with the fields the strata rows use (not its long lists), the witnesses,
    and whether the draw has a record at all."""
    count, witnesses, has_record = database.execute_sql(
        "SELECT json_array_length(record, '$.tasks'), json_extract(record, '$.witnesses'), "
        "record IS NOT NULL AND record NOT IN ('null', '{}') FROM draw WHERE id = ?", (draw_id,)).fetchone()
    tasks = []
    for n in range(count or 0):
        paths = [f"$.tasks[{n}].{f}" for f in _TASK_FIELDS]
        # one statement: SQLite parses the record once for all of these
        values, *kinds = database.execute_sql(
            "SELECT json_array(" + ", ".join("json_extract(record, ?)" for _ in paths) + "), "
            + ", ".join("json_type(record, ?)" for _ in paths) + " FROM draw WHERE id = ?",
            (*paths, *paths, draw_id)).fetchone()
        tasks.append({f: v for f, v, kind in zip(_TASK_FIELDS, json.loads(values), kinds, strict=True)
                      if kind is not None})
    return tasks, json.loads(witnesses) if witnesses else [], bool(has_record)


def drawn_views(draw_no: int) -> dict[str, list]:
    """queries.drawn_views(draw_no), read with SQLite's JSON functions (see the module's note)."""
    row = database.execute_sql("SELECT id, witnesses, commit_data FROM draw WHERE draw_no = ?",
                               (int(draw_no),)).fetchone()
    if row is None:
        return queries.drawn_views(draw_no)          # its NotFoundError
    draw_id, draw_witnesses, commit_text = row
    has_rows = database.execute_sql("SELECT 1 FROM inspection WHERE draw_id = ? LIMIT 1", (draw_id,)).fetchone()
    if not has_rows:
        return queries.drawn_views(draw_no)          # an old draw: its inspections are in the record only
    tasks, witnesses, has_record = _task_fields(draw_id)
    codes = [str(t.get("code", "")) for t in tasks]
    names: dict[str, str] = {}
    selected: list[dict] = []
    alternates: list[dict] = []
    order: dict[tuple[int, str], int] = {}
    for path, stratum, key, name, ticket, rank in database.execute_sql(_LISTS, (draw_id,)):
        n = int(path[8:path.index("]")])
        code = codes[n] if n < len(codes) else ""
        if path.endswith(".selected"):
            at = order[(n, stratum)] = order.get((n, stratum), 0) + 1
            names[key] = name
            selected.append({"task": code, "stratum": stratum, "order": at, "key": key, "name": name,
                             "ticket": ticket})
        else:
            names.setdefault(key, name)
            alternates.append({"task": code, "stratum": stratum, "rank": rank, "key": key, "name": name,
                               "ticket": ticket})
    used = {(u.task_code, u.in_key): u for u in AlternateUse.select().where(AlternateUse.draw == draw_id)}
    for a in alternates:
        u = used.get((a["task"], a["key"]))
        if u is not None:
            a["used_for"] = f"{u.out_key} {names.get(u.out_key, '')}".strip()
            a["used_reason"] = u.reason
    order_of = {(s["task"], s["key"]): s["order"] for s in selected}
    decode = memo_json_decoder()

    inspections = []
    for key, name, district, tasks_text, items_text, ranks_text, source, active, ticket in database.execute_sql(
            _INSPECTIONS, (draw_id,)):
        codes_here = list(decode(tasks_text) or [])
        ranks = decode(ranks_text) or {}
        rank_parts: list[tuple] = []
        for c in codes_here:
            if c in ranks:
                rank_parts.append(("alternate", c, ranks[c]))
            elif (c, key) in order_of:
                n = order_of[(c, key)]
                rank_parts.append(("text", f"{c}:{n}" if len(codes_here) > 1 else str(n)))
        inspections.append({"key": key, "name": name, "district": district, "tasks": codes_here,
                            "items": decode(items_text), "ticket": "" if ticket is None or not codes_here
                            else ticket, "rank_parts": rank_parts, "source": source, "active": bool(active)})
    # as queries.drawn_views: the record's tasks, or the commitment's when the draw has no record
    strata_source = {"tasks": tasks} if has_record else (json.loads(commit_text) if commit_text else {})
    return {"selected": selected, "inspections": inspections, "alternates": alternates,
            "strata": queries.commit_strata_rows(strata_source),
            "witnesses": list(witnesses or (json.loads(draw_witnesses) if draw_witnesses else []))}


def first_views(draw_no: int, limit: int) -> dict:
    """What the draw screen shows at once, before drawn_views has read everything: the first `limit`
    inspections (in drawn_views' order; their rank within the drawn list is not known yet: it comes
    from the record), the strata and witnesses from the commitment and the draw row, the count of
    active inspections, and the districts. No record is parsed: a few indexed queries."""
    row = database.execute_sql("SELECT id, witnesses, commit_data FROM draw WHERE draw_no = ?",
                               (int(draw_no),)).fetchone()
    if row is None:
        return queries.drawn_views(draw_no)          # its NotFoundError
    draw_id, witnesses, commit_text = row
    decode = memo_json_decoder()

    inspections = []
    for key, name, district, tasks_text, items_text, ranks_text, source, active, ticket in database.execute_sql(
            _INSPECTIONS + " LIMIT ?", (draw_id, int(limit))):
        codes = list(decode(tasks_text) or [])
        ranks = decode(ranks_text) or {}
        inspections.append({"key": key, "name": name, "district": district, "tasks": codes,
                            "items": decode(items_text), "ticket": "" if ticket is None or not codes else ticket,
                            "rank_parts": [("alternate", c, ranks[c]) for c in codes if c in ranks],
                            "source": source, "active": bool(active)})
    (active,) = database.execute_sql("SELECT count(*) FROM inspection WHERE draw_id = ? AND active",
                                     (draw_id,)).fetchone()
    districts = [d for (d,) in database.execute_sql(
        "SELECT DISTINCT district FROM inspection WHERE draw_id = ?", (draw_id,))]
    commit_data = json.loads(commit_text) if commit_text else {}
    return {"selected": [], "inspections": inspections, "alternates": [],
            "strata": queries.commit_strata_rows(commit_data),
            "witnesses": list(json.loads(witnesses) if witnesses else []), "active": active,
            "districts": districts, "tasks": [str(t.get("code", "")) for t in commit_data.get("tasks") or []]}
