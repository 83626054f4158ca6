"""A match's rows against its record revision and the audit log.

- roster and avoidance texts against their digests and 'match.commit'; the commitment's draw record;
- the record against its SHA-256 and against the digest the log holds for its revision (the newest);
- the seed re-derived from the stored witnesses' digits, against the record and 'match.run';
- the active assignments (who inspects whom) against the record's current teams; the replacement
  rows against the record's replacements; the institution rows against the record's institutions.
"""
from __future__ import annotations

from app.draw.models import Draw
from app.integrity.audit_index import AuditIndex
from app.integrity.findings import Report, short
from app.match import spec
from app.match.models import Assignment, InstitutionAssignment, Match, Replacement
from app.match.records import record_sha256
from app.progress import CancelFn, check_cancel


def match_subject(draw_no: int) -> str:
    return f"第 {draw_no} 号抽取的检查人员匹配"


def check_match(match: Match, draw: Draw, index: AuditIndex, report: Report) -> None:
    subject = match_subject(draw.draw_no)
    report.count("match")
    if spec.H(match.roster_text) != match.roster_digest or spec.H(match.avoid_text) != match.avoid_digest:
        report.add("match", subject, "冻结的检查人员名单或回避名单与其摘要不符（被改动）")
    committed = index.find("match.commit", match_id=match.id)
    if not committed:
        report.add("match", subject, "在审计日志中没有提交匹配承诺的记录")
    else:
        entry = committed[-1].payload
        if (entry.get("match_commitment"), entry.get("roster_digest"), entry.get("avoid_digest"),
                entry.get("draw_record_sha256")) != (match.commitment, match.roster_digest, match.avoid_digest,
                                                     match.draw_record_sha256):
            report.add("match", subject, "的匹配承诺与审计日志不符（承诺、名单摘要或抽取记录摘要被改动）")
        scope = (match.commit_data or {}).get("scope")
        # Logged since the city's scoped match (spec section 13); older entries of a received draw lack it.
        if ("scope" in entry or (scope or {}).get("excluded_districts")) and entry.get("scope") != scope:
            report.add("match", subject, "的匹配范围（区市自行匹配的区市）与审计日志中提交承诺时的记载不符")
    if match.status != "matched":
        return
    if match.draw_record_sha256 != draw.record_sha256:
        report.add("match", subject, "所依据的抽取记录摘要与抽取记录不符")
    _check_record(match, subject, index, report)
    _check_teams(match, subject, report)
    _check_changes(match, subject, report)


def _check_record(match: Match, subject: str, index: AuditIndex, report: Report) -> None:
    record = match.record or {}
    if match.record is None or record_sha256(record) != match.record_sha256:
        report.add("match", subject, f"的匹配记录与其 SHA-256 不符（记载：{short(match.record_sha256, 16)}）"
                                     "：匹配记录被改动")
    revisions = {e.payload.get("revision"): e.payload.get("record_sha256")
                 for e in index.with_key("record_sha256", match_id=match.id) if e.action.startswith("match.")}
    revision = record.get("revision")
    if revision not in revisions:
        report.add("match", subject, f"的匹配记录第 {revision} 次修订在审计日志中没有记录")
    elif revisions[revision] != match.record_sha256:
        report.add("match", subject, f"的匹配记录第 {revision} 次修订的 SHA-256 与审计日志不符"
                                     f"（日志：{short(revisions[revision], 16)}，"
                                     f"数据库：{short(match.record_sha256, 16)}）")
    elif revision != max(r for r in revisions if isinstance(r, int)):
        newest = max(r for r in revisions if isinstance(r, int))
        report.add("match", subject, f"的匹配记录是第 {revision} 次修订，审计日志已记录第 {newest} 次修订")
    witnesses = match.witnesses or []
    derived = spec.mseed(match.commitment, [str(w.get("input", "")) for w in witnesses if isinstance(w, dict)])
    if derived != match.mseed:
        report.add("match", subject, f"由见证人数字重新计算的种子与记载不符（计算：{derived[:16]}…，"
                                     f"记载：{short(match.mseed, 16)}）：见证人数字或种子被改动")
    if record.get("mseed") != match.mseed or record.get("witnesses") != witnesses:
        report.add("match", subject, "的种子或见证人与匹配记录不符")
    run = index.find("match.run", match_id=match.id)
    if not run:
        report.add("match", subject, "在审计日志中没有匹配运行的记录")
    elif run[-1].payload.get("mseed") != match.mseed or run[-1].payload.get("witnesses") != witnesses:
        report.add("match", subject, "的种子或见证人与审计日志不符")


def expected_teams(record: dict) -> dict[str, list[str]]:
    """key -> the team the record says is current (after its replacements and alternates)."""
    teams = {a["key"]: list(a.get("current_inspectors", a["inspectors"])) for a in record.get("assignments", [])}
    for entry in record.get("alternates", []) or []:
        if entry.get("team") is not None:
            teams[entry["in_key"]] = list(entry.get("current_inspectors", entry["team"]))
    return teams


def _check_teams(match: Match, subject: str, report: Report) -> None:
    stored: dict[str, list[str]] = {}
    for key, cert in (Assignment.select(Assignment.key, Assignment.cert_no)
                      .where((Assignment.match == match) & (Assignment.active == True))  # noqa: E712
                      .order_by(Assignment.key, Assignment.slot).tuples()):
        stored.setdefault(key, []).append(cert)
    names = {r["cert_no"]: r["name"] for r in (match.record or {}).get("roster", [])}
    expected = expected_teams(match.record or {})
    for key in sorted(set(expected) | set(stored)):
        want, have = expected.get(key, []), stored.get(key, [])
        if want != have:
            report.add("match", subject, f"中检查对象 {key} 的检查组与匹配记录不符（记录：{_team(want, names)}，"
                                         f"数据库：{_team(have, names)}）")


def _team(certs: list[str], names: dict[str, str]) -> str:
    return "、".join(f"{names.get(c, '')}{c}" for c in certs) or "（无）"


def _check_changes(match: Match, subject: str, report: Report) -> None:
    record = match.record or {}
    stored = [(r.key, r.out_cert, r.in_cert, r.kind, r.reason, r.approver, r.at)
              for r in Replacement.select().where(Replacement.match == match).order_by(Replacement.id)]
    recorded = [(c.get("key"), c.get("out"), c.get("in"), c.get("kind"), c.get("reason"), c.get("approver"),
                 c.get("at")) for c in record.get("replacements", [])]
    if stored != recorded:
        report.add("match", subject, f"的人员更换记录与匹配记录不符（记录 {len(recorded)} 条，"
                                     f"数据库 {len(stored)} 条，或内容不同）")
    wanted = set()
    for entry in record.get("assignments", []):
        found = entry.get("institution")
        for inst in ([found] if isinstance(found, dict) else (found or [])):
            if inst.get("key"):
                wanted.add((entry["key"], inst["service"], inst["key"], inst["ticket"]))
    keys = {a["key"] for a in record.get("assignments", [])}
    have = {row for row in InstitutionAssignment.select(
        InstitutionAssignment.key, InstitutionAssignment.service, InstitutionAssignment.institution_key,
        InstitutionAssignment.ticket).where(InstitutionAssignment.match == match).tuples() if row[0] in keys}
    if wanted != have:
        report.add("match", subject, "的第三方机构安排与匹配记录不符")


def check_matches(index: AuditIndex, draw_nos: set[int] | None = None, *,
                  cancel: CancelFn | None = None) -> Report:
    report = Report()
    query = Match.select(Match, Draw).join(Draw).order_by(Draw.draw_no, Match.id)
    if draw_nos is not None:
        query = query.where(Draw.draw_no.in_(sorted(draw_nos)))
    for match in query:
        check_cancel(cancel)
        check_match(match, match.draw, index, report)
    return report
