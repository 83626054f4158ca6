"""The match services: commit → run (witnessed) → recorded replacements (app.match.changes).

Each function that changes data is one transaction with its audit entries, so
a failure or a cancel leaves the database as it was. A committed match runs
once; afterwards only a replacement or a short-resolution (reason + approving
leader, inspector chosen by the rule or named in a recorded decision) changes
a team, and each change makes a new revision of the match record.
"""
from __future__ import annotations

from app import audit
from app.clock import now_iso
from app.db.base import transaction
from app.draw.models import Inspection
from app.draw.service import validate_witnesses as draw_rule
from app.errors import StateError, ValidationError
from app.match import inputs as gather_mod
from app.match import spec

# replace_inspector and resolve_short live in app.match.changes; re-exported here (the contract's names).
from app.match.changes import replace_inspector, resolve_short  # noqa: F401
from app.match.models import Assignment, InstitutionAssignment, Match
from app.match.queries import current_match
from app.match.records import build_record, record_sha256

# replace_all (one inspector out of all their unstarted inspections) lives in app.match.replace_all.
from app.match.replace_all import replace_all, unstarted_teams  # noqa: F401
from app.progress import CancelFn, ProgressFn, check_cancel
from app.share.received import RECEIVED


def preview_pools(draw_no: int, team_size: int | None = None, match_date=None) -> dict:
    """What a commitment would freeze, for the review step: no assignment is computed, nothing written."""
    ins = gather_mod.gather(draw_no, team_size, match_date)
    return {"draw_no": ins.draw.draw_no, "team_size": ins.team_size, "match_date": ins.match_date,
            "deadline": ins.deadline, "deadline_note": ins.deadline_note,
            "inspections": len(ins.inspections), "eligible": len(ins.roster), "excluded": ins.excluded,
            "avoidance_pairs": len(ins.pairs), "pools": ins.pools(),
            "institutions": len(ins.institutions), "excluded_institutions": ins.excluded_institutions,
            "registers": _register_refs(ins), "excluded_districts": ins.excluded_districts,
            "left_to_districts": ins.left_to_districts}


def _register_refs(ins) -> dict:
    refs = {}
    for kind, version in (("inspector", ins.inspector_version), ("avoidance", ins.avoidance_version),
                          ("institution", ins.institution_version)):
        if version is not None:
            refs[kind] = {"name": version.register.name, "version": version.version, "digest": version.digest}
    return refs


def commit_match(draw_no: int, *, team_size: int | None = None, match_date=None) -> Match:
    """Freeze the inputs and publish the match commitment (before any seed exists)."""
    with transaction():
        existing = current_match(draw_no, required=False)
        if existing is not None:
            raise StateError(f"第 {draw_no} 号抽取已提交过匹配承诺（状态：{_STATUS[existing.status]}），"
                             "不能重复提交。")
        ins = gather_mod.gather(draw_no, team_size, match_date)
        roster_text = spec.roster_text(ins.roster_pairs())
        avoid_text = spec.avoid_text(ins.pairs)
        roster_digest, avoid_digest = spec.H(roster_text), spec.H(avoid_text)
        log_head = audit.head()
        commitment = spec.match_commitment(ins.draw.record_sha256, roster_digest, avoid_digest,
                                           ins.team_size, log_head)
        commit_data = {"match_date": ins.match_date, "team_size": ins.team_size,
                       "deadline": ins.deadline, "deadline_note": ins.deadline_note,
                       "draw_date": (ins.draw.drawn_at or "")[:10], "registers": _register_refs(ins),
                       "roster": ins.roster, "excluded": ins.excluded, "inspections": ins.inspections,
                       "pools": [{k: v for k, v in p.items() if k != "excluded"} for p in ins.pools()],
                       "institutions": ins.institutions, "excluded_institutions": ins.excluded_institutions}
        scope = _scope(ins)
        if scope:
            commit_data["scope"] = scope
        match = Match.create(draw=ins.draw, status="committed", team_size=ins.team_size,
                             match_date=ins.match_date, inspector_version=ins.inspector_version,
                             avoidance_version=ins.avoidance_version,
                             institution_version=ins.institution_version,
                             draw_record_sha256=ins.draw.record_sha256, roster_text=roster_text,
                             roster_digest=roster_digest, avoid_text=avoid_text, avoid_digest=avoid_digest,
                             log_head=log_head, commitment=commitment, commit_data=commit_data,
                             committed_at=now_iso())
        audit.append("match.commit", {"draw_no": ins.draw.draw_no, "match_id": match.id,
                                      "draw_record_sha256": ins.draw.record_sha256,
                                      "roster_digest": roster_digest, "avoid_digest": avoid_digest,
                                      "team_size": ins.team_size, "match_date": ins.match_date,
                                      "log_head": log_head, "match_commitment": commitment,
                                      "registers": commit_data["registers"]}
                     | ({"scope": scope} if scope else {}))
    return match


def _scope(ins: gather_mod.MatchInputs) -> dict | None:
    """A draw received in a city's share is matched over the district's share only (spec section 12);
    a city draw whose plan leaves districts to their own copies, over the other districts (section 13)."""
    received = (ins.draw.plan.options or {}).get(RECEIVED)
    if received:
        return {"district": received["district"]}
    return {"excluded_districts": list(ins.excluded_districts)} if ins.excluded_districts else None


_STATUS = {"committed": "已提交承诺", "matched": "已匹配", "void": "已作废"}


def validate_witnesses(witnesses: list[dict]) -> list[dict]:
    """The draw's rule, shared: at least two witnesses, decimal digits only, at least 20 digits in total."""
    return draw_rule(witnesses)


def run_match(draw_no: int, witnesses: list[dict], *, progress: ProgressFn | None = None,
              cancel: CancelFn | None = None) -> Match:
    """Seed from the witnesses' digits, match every pool, draw institutions, write the record."""
    clean = validate_witnesses(witnesses)
    with transaction():
        match = current_match(draw_no)
        if match.status != "committed":
            raise StateError(f"第 {draw_no} 号抽取的检查人员已经匹配过，已提交的匹配只能执行一次。"
                             "如需调整人员，请使用“更换检查人员”。")
        data = match.commit_data
        _require_same_inspections(match, data)
        seed = spec.mseed(match.commitment, [w["input"] for w in clean])
        if progress:
            progress(0, 3, "正在随机匹配检查人员……")
        result = spec.match_all(seed, {i["key"]: i["pool"] for i in data["inspections"]},
                                spec.parse_roster_text(match.roster_text),
                                spec.parse_avoid_text(match.avoid_text), match.team_size)
        check_cancel(cancel)
        institutions = _draw_institutions(seed, data, match)
        if progress:
            progress(1, 3, "正在保存匹配结果……")
        _write_assignments(match, result, data, institutions)
        check_cancel(cancel)
        teams_digest = spec.H(spec.canonical_json(result.teams))
        audit.append("match.run", {"draw_no": int(draw_no), "match_id": match.id, "mseed": seed,
                                   "witnesses": clean, "teams_digest": teams_digest,
                                   "short": [k for k, _p, _n in result.short],
                                   "raised": {p.district: [p.raised_from, p.cap] for p in result.pools
                                              if p.raised_from is not None}})
        match.witnesses, match.mseed, match.status = clean, seed, "matched"
        match.matched_at, match.log_head_after = now_iso(), audit.head()
        match.record = build_record(match, result, institutions)
        match.record_sha256 = record_sha256(match.record)
        match.save()
        audit.append("match.record", {"draw_no": int(draw_no), "match_id": match.id, "revision": 0,
                                      "record_sha256": match.record_sha256})
        if progress:
            progress(3, 3, "匹配完成。")
    return match


def _require_same_inspections(match: Match, data: dict) -> None:
    """An alternate used after the commitment changes who is inspected: the commitment no longer fits."""
    excluded = (data.get("scope") or {}).get("excluded_districts") or []
    now = {k for (k, district) in Inspection.select(Inspection.key, Inspection.district).where(
        (Inspection.draw == match.draw) & (Inspection.active == True)).tuples()  # noqa: E712
        if district not in excluded}
    if now != {i["key"] for i in data["inspections"]}:
        raise StateError(f"第 {match.draw.draw_no} 号抽取的检查对象在提交匹配承诺后有变化（使用了替补），"
                         "请作废本次匹配承诺（match void）后重新提交。")


def _draw_institutions(seed: str, data: dict, match: Match) -> dict:
    requests = [(i["key"], s) for i in data["inspections"] for s in i.get("services", [])]
    if not requests:
        return {}
    return spec.draw_institutions(seed, requests, [(i["key"], i["services"]) for i in data["institutions"]],
                                  spec.avoid_index(spec.parse_avoid_text(match.avoid_text)))


def _bulk_insert(model, columns: list[str], rows: list[tuple]) -> None:
    """executemany on the open transaction: building 20,000 peewee inserts costs seconds, this milliseconds."""
    if not rows:
        return
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    cursor = model._meta.database.cursor()
    cursor.executemany(f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})', rows)


def _write_assignments(match: Match, result, data: dict, institutions: dict) -> None:
    districts = {i["key"]: i["district"] for i in data["inspections"]}
    _bulk_insert(Assignment, ["match", "key", "district", "slot", "cert_no", "active", "source"],
                 [(match.id, key, districts[key], slot, cert, 1, "match")
                  for key, team in result.teams.items() for slot, cert in enumerate(team)])
    _bulk_insert(InstitutionAssignment, ["match", "key", "service", "institution_key", "ticket"],
                 [(match.id, key, service, chosen[0], chosen[1])
                  for (key, service), chosen in institutions.items() if chosen])


def void_match(draw_no: int, reason: str) -> Match:
    """Abandon a committed match that has not run (e.g. the roster changed before the ceremony)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("作废匹配承诺必须填写原因。")
    with transaction():
        match = current_match(draw_no)
        if match.status != "committed":
            raise StateError(f"第 {draw_no} 号抽取的检查人员已匹配，匹配结果不能作废，只能按规定更换人员。")
        match.status, match.void_reason = "void", reason
        match.save()
        audit.append("match.void", {"draw_no": int(draw_no), "match_id": match.id, "reason": reason})
    return match

