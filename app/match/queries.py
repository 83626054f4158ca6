"""Read-only views of a match for the GUI, the documents and the command line."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Literal, overload

import peewee

from app.audit import entries
from app.db.base import database
from app.draw.models import Draw, Inspection
from app.draw.queries import get_draw
from app.draw.verify import verify_draw_record
from app.errors import FileReadError, StateError
from app.match.coverage import coverage
from app.match.models import Assignment, InstitutionAssignment, Match, Replacement
from app.match.verify import verify_match_record

LEADER, MEMBER = "组长", "组员"


def list_matches(draw_no: int | None = None) -> list[Match]:
    query = Match.select().join(Draw).order_by(Match.id)
    if draw_no is not None:
        query = query.where(Draw.draw_no == int(draw_no))
    return list(query)


def active_teams(match: Match) -> dict[str, list[str]]:
    """{key: [cert_no by slot]} of the active assignments, keys in record order (pool, then order ticket)."""
    order = [a["key"] for a in (match.record or {}).get("assignments", [])]
    teams: dict[str, list[str]] = {key: [] for key in order}
    # tuples, not models: a draw of 5,000 inspections has 10,000 assignments
    for key, cert in database.execute(Assignment.select(Assignment.key, Assignment.cert_no)
                                      .where((Assignment.match == match) & (Assignment.active == True))  # noqa: E712
                                      .order_by(Assignment.key, Assignment.slot)):
        teams.setdefault(key, []).append(cert)
    return teams


def current_loads(match: Match) -> dict[str, int]:
    """{cert_no: active assignments} for every inspector of the frozen roster (zeros included)."""
    loads = {r["cert_no"]: 0 for r in match.commit_data.get("roster", [])}
    # counted by SQLite: the statistics of a 50,000-inspection campaign read 100,000 assignments here
    for cert, count in (Assignment.select(Assignment.cert_no, peewee.fn.COUNT(Assignment.id))
                        .where((Assignment.match == match) & (Assignment.active == True))  # noqa: E712
                        .group_by(Assignment.cert_no).tuples()):
        loads[cert] = loads.get(cert, 0) + count
    return loads


def inspector_names(match: Match) -> dict[str, str]:
    return {r["cert_no"]: r["name"] for r in match.commit_data.get("roster", [])}


def current_teams(draw_no: int) -> dict[str, list[tuple[str, str, str]]]:
    """{key: [(cert_no, name, role)]} after replacements; slot 0 is the team leader (组长)."""
    match = current_match(draw_no, required=False)
    if match is None or match.status != "matched":
        return {}
    names = inspector_names(match)
    return {key: [(cert, names.get(cert, ""), LEADER if i == 0 else MEMBER) for i, cert in enumerate(team)]
            for key, team in active_teams(match).items()}


def loads(draw_no: int) -> dict[str, int]:
    match = current_match(draw_no, required=False)
    if match is None or match.status != "matched":
        return {}
    return current_loads(match)


def open_short(draw_no: int) -> list[dict]:
    """Inspections whose team is still below the team size (after any resolutions)."""
    match = current_match(draw_no, required=False)
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
    match = current_match(draw_no, required=False)
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
    match = current_match(draw_no, required=False)
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


# ---- the draw's current match, and the views the GUI shows of it ------------------
# (Read-only; plain dicts. Texts that depend on the display language are left to the GUI.)

@overload
def current_match(draw_no: int, required: Literal[True] = True) -> Match: ...
@overload
def current_match(draw_no: int, required: Literal[False]) -> Match | None: ...


def current_match(draw_no: int, required: bool = True) -> Match | None:
    """The draw's match that is not void (at most one: committed or matched).

    required=True: NotFoundError for a draw that does not exist, StateError when it has no such match.
    required=False: None in both cases.
    """
    found = (Match.select().join(Draw).where((Draw.draw_no == int(draw_no)) & (Match.status != "void"))
             .order_by(Match.id.desc()).first())
    if found is None and required:
        get_draw(draw_no)
        raise StateError(f"第 {draw_no} 号抽取尚未提交匹配承诺。请先执行“提交匹配承诺”。")
    return found


def is_matched(draw_no: int) -> bool:
    """Whether the draw's inspectors are matched (an alternate then needs a team and an approver)."""
    match = current_match(draw_no, required=False)
    return match is not None and match.status == "matched"


def team_text(draw_no: int, certs: list[str]) -> str:
    """"name cert、name cert" of the given inspectors, names from the match's frozen roster."""
    match = current_match(draw_no, required=False)
    names = {r["cert_no"]: r["name"] for r in (match.commit_data.get("roster", []) if match else [])}
    return "、".join(f"{names.get(c, '')} {c}".strip() for c in certs)


def inspector_directory(match: Match | None) -> dict[str, dict]:
    """cert_no -> {name, district} of the roster the match froze (eligible and excluded inspectors)."""
    out: dict[str, dict] = {}
    if match is None:
        return out
    data: dict = match.commit_data or {}
    for r in list(data.get("excluded") or []) + list(data.get("roster") or []):
        out[r["cert_no"]] = {"name": r.get("name", ""), "district": r.get("district", "")}
    return out


def person(directory: dict, cert: str | None) -> str:
    """"name（cert）" (or the bare certificate number, or "—")."""
    if not cert:
        return "—"
    name = (directory.get(cert) or {}).get("name", "")
    return f"{name}（{cert}）" if name else cert


def change_actors(match: Match) -> dict[tuple, str]:
    """Who recorded each change: {(key, in_cert, at): actor} from the audit log's match.replace,
    match.resolve_short and match.replace_all entries of this match."""
    out = {}
    for action in ("match.replace", "match.resolve_short"):
        for e in entries(action=action):
            p = e.payload if isinstance(e.payload, dict) else {}
            if p.get("match_id") == match.id:
                out[(p.get("key"), p.get("in"), p.get("at"))] = e.actor
    for e in entries(action="match.replace_all"):      # one entry listing each team's change
        p = e.payload if isinstance(e.payload, dict) else {}
        if p.get("match_id") == match.id:
            for c in p.get("changes") or []:
                out[(c.get("key"), c.get("in"), p.get("at"))] = e.actor
    return out


def pool_rows(pools) -> list[dict]:
    """A commitment's or record's pools as rows: district, eligible, inspections, cap, raised_from, excluded."""
    rows = []
    for p in pools or []:
        if not isinstance(p, dict):
            p = _plain(p)
        raised = p.get("raised_from")
        rows.append({"district": p.get("district") or p.get("pool") or p.get("name", ""),
                     "eligible": _count(p.get("eligible", p.get("inspectors"))),
                     "inspections": _count(p.get("inspections")),
                     "cap": p.get("cap", ""),
                     "raised_from": "、".join(str(x) for x in raised) if isinstance(raised, (list, tuple))
                     else ("" if raised in (None, "") else str(raised)),
                     "excluded": p.get("excluded") or []})
    return rows


def _count(value):
    if isinstance(value, (list, tuple, set, dict)):
        return len(value)
    return "" if value is None else value


def _plain(obj) -> dict:
    if dataclasses.is_dataclass(obj):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")} if hasattr(obj, "__dict__") else {}


def match_views(match: Match) -> dict[str, list[dict]]:
    """teams / loads / shorts / replacements / pools rows of a match (its current state).

    A team row's `short` says it is below `needed`; `institutions` are its drawn institutions
    ({service, key, name}); a short row's `open` says it still waits for a decision.
    """
    record: dict = match.record or {}
    frozen: dict = match.commit_data or {}
    directory = inspector_directory(match)
    needed = match.team_size
    draw_no = match.draw.draw_no
    matched = match.status == "matched"
    teams = active_teams(match) if matched else {}
    drawn_institutions = institutions(draw_no) if matched else {}
    still_short = {s["key"] for s in open_short(draw_no)} if matched else set()
    team_rows = []
    # An alternate (替补) used after the match brings a new inspection with its own team.
    alternate_teams = [{"key": alt["in_key"], "name": alt.get("name", ""), "district": alt.get("district", ""),
                        "pool": alt.get("pool", ""), "inspectors": alt.get("team") or []}
                       for alt in record.get("alternates") or [] if alt.get("team") is not None]
    for a in (record.get("assignments") or []) + alternate_teams:
        key = a["key"]
        members = list(teams.get(key, a.get("inspectors") or []))
        leader = members[0] if members else None
        team_rows.append({
            "key": key, "name": a.get("name", ""), "district": a.get("district", ""), "pool": a.get("pool", ""),
            "members": members, "leader": leader, "leader_text": person(directory, leader) if leader else "",
            "leader_name": (directory.get(leader) or {}).get("name", "") if leader else "",
            "members_text": "、".join(person(directory, c) for c in members[1:]),
            "institutions": drawn_institutions.get(key) or a.get("institution"),
            "short": key in still_short, "needed": needed})
    team_rows.sort(key=lambda r: (r["district"], r["key"]))
    loads = current_loads(match) if matched else {}
    return {"teams": team_rows, "loads": load_rows(loads, directory),
            "shorts": short_rows(record.get("short") or [], team_rows, directory, needed, still_short),
            "replacements": replacement_rows(match, directory, record.get("alternates") or []),
            "pools": pool_rows(record.get("pools") or frozen.get("pools") or [])}


def load_rows(loads: dict[str, int], directory: dict) -> list[dict]:
    """The match screen's 任务量 rows: each inspector's load, by district and certificate number."""
    rows = [{"cert_no": c, "name": (directory.get(c) or {}).get("name", ""),
             "district": (directory.get(c) or {}).get("district", ""), "load": n} for c, n in loads.items()]
    rows.sort(key=lambda r: (r["district"], r["cert_no"]))
    return rows


def short_rows(short: list[dict], team_rows: list[dict], directory: dict, needed: int,
               still_short: set) -> list[dict]:
    """The match screen's 人员不足 rows: each team short at the match, with whom it has and whether it still is."""
    by_key = {r["key"]: r for r in team_rows}
    rows = []
    for s in short:
        row = by_key.get(s["key"])
        members = row["members"] if row else []
        rows.append({"key": s["key"], "name": row["name"] if row else "", "district": s.get("district", ""),
                     "pool": s.get("pool", ""), "members": members,
                     "assigned_text": "、".join(person(directory, c) for c in members) or "—",
                     "needed": s.get("needed", needed), "open": s["key"] in still_short})
    return rows


def replacement_rows(match, directory: dict, alternates: list[dict]) -> list[dict]:
    """The match screen's 人员调整 rows: every replacement in order, then the alternates used after matching."""
    actors = change_actors(match)
    rows = [{"kind": r.kind, "key": r.key, "out": r.out_cert, "in": r.in_cert,
             "out_text": person(directory, r.out_cert) if r.out_cert else "—",
             "in_text": person(directory, r.in_cert), "reason": r.reason, "approver": r.approver,
             "at": r.at, "by": actors.get((r.key, r.in_cert, r.at), "")}
            for r in Replacement.select().where(Replacement.match == match.id).order_by(Replacement.id)]
    for alt in alternates:
        rows.append({
            "kind": "alternate", "key": alt["in_key"], "out": alt.get("out_key"), "in": alt.get("in_key"),
            "out_text": alt.get("out_key", ""),
            "in_text": "、".join(person(directory, c) for c in (alt.get("team") or [])) or alt.get("in_key", ""),
            "reason": alt.get("reason", ""), "approver": alt.get("approver", ""), "at": alt.get("at", ""),
            "by": ""})
    return rows


def match_state(draw_no: int) -> dict:
    """Everything the match screen shows of a draw's current match: status (None, committed, matched),
    commitment, team_size, matched_at, deadline, revision, witnesses, directory, roster, views and
    coverage (app.match.coverage) when the plan leaves districts to their own copies."""
    match = current_match(draw_no, required=False)
    cover = coverage(draw_no)
    scoped = {"coverage": cover} if cover["excluded_districts"] else {}    # only when the plan leaves districts
    if match is None:
        return {"status": None} | scoped
    data: dict = match.commit_data or {}
    record: dict = match.record or {}
    out = {"status": match.status, "commitment": match.commitment, "team_size": match.team_size,
           "matched_at": match.matched_at, "deadline": data.get("deadline"), "revision": record.get("revision", 0),
           "witnesses": list(match.witnesses or []), "directory": inspector_directory(match),
           "roster": list(data.get("roster") or [])} | scoped
    out["views"] = match_views(match) if match.status == "matched" else {"pools": pool_rows(data.get("pools"))}
    return out


def short_candidates(roster: list[dict], short: dict) -> list[dict]:
    """Who may be named for a short inspection: the frozen roster less its team, other pools first
    (then by district and certificate number). The service still refuses an avoided inspector."""
    members = set(short.get("members") or [])
    pool = short.get("pool", "")
    return sorted((r for r in roster or [] if r["cert_no"] not in members),
                  key=lambda r: (r["district"] in pool, r["district"], r["cert_no"]))


# ---- verifying a published record (draw or match) from its files ------------------

DRAW_SPEC = "SPOTCHECK-DRAW-1"
MATCH_SPEC = "SPOTCHECK-MATCH-1"


def read_record_file(path: str) -> dict:
    """A draw-record.json or match-record.json as a dict; FileReadError (Chinese) when it is not one."""

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise FileReadError(f"无法读取文件“{path}”：{exc.strerror or exc}。") from None
    except ValueError as exc:
        raise FileReadError(f"文件“{Path(path).name}”不是有效的 JSON：{exc}。") from None
    if not isinstance(data, dict):
        raise FileReadError(f"文件“{Path(path).name}”不是抽取记录或匹配记录。")
    return data


def verify_record_file(record_path: str, frames_dir: str = "", roster: str = "", avoid: str = "",
                       draw_record_path: str = "") -> tuple[str | None, list[dict]]:
    """(spec, [{name, ok, message}]): a record re-computed from its own contents by the published rules,
    with the frame files (draw) or the roster, avoidance and draw record files (match) when given.
    Nothing in the database is read."""
    record = read_record_file(record_path)
    kind = record.get("spec")
    if kind == MATCH_SPEC:
        draw_record = read_record_file(draw_record_path) if draw_record_path else None
        checks = verify_match_record(record, roster or None, avoid or None,
                                     base_dir=Path(record_path).parent, draw_record=draw_record)
    else:
        checks = verify_draw_record(record, frames_dir or None)
    return kind, [{"name": c.name, "ok": bool(c.ok), "message": c.message} for c in checks]
