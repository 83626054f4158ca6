"""The city imports a district's return (SPOTCHECK-RETURN-1, app.share.returns_layout).

Refused, with the reason, unless: the manifest holds; the return is for this database, a draw here
and a district a share was written for ("share.write") that the plan leaves to its own copy
(plan option self_matching, app.share.modes); its draw record is the city draw's; the
match record re-computes offline (app.match.verify, as `spotcheck verify` does) from the returned
roster, avoidance list and draw record; the match covers exactly the district's active inspections
of the city draw; every result's digest re-derives.

Recorded in one transaction, without city Match rows (the city's own match, if any, is untouched):
a "share.return.import" audit entry holding the district's current teams (key -> certs, leader first,
after the record's replacements) and their names, replacements, match record SHA-256, audit head/count
and what the district's log shows (app.share.return_log: when the share was imported, the match
committed and run, commitments voided before their ceremony); and the results through
app.results.service.commit_revisions as one "import" batch. Each result keeps the district's status
(entered, reviewed with its reviewer, or returned with its reason): the district reviewed it, and the
city sees that as the district's review. A later return of the same district supersedes the earlier
one: its results are new revisions (history kept) and the outcome says which entry it supersedes.
"""
from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app import audit
from app.audit.models import AuditEntry
from app.db.base import transaction
from app.draw import spec
from app.draw.models import Draw, Inspection
from app.errors import ValidationError
from app.hashing import bytes_sha256, file_sha256
from app.match.verify import verify_match_record
from app.results.digests import revision_digest
from app.results.service import BatchSource, NewRevision, commit_revisions
from app.settings.store import get_setting
from app.share import layout as L
from app.share import returns_layout as R
from app.share.modes import DISTRICT, matching_mode
from app.share.return_log import AUDIT_LOG, DistrictHistory, district_history, read_log

STATUSES = ("entered", "reviewed", "returned")


@dataclass
class ReturnImport:
    path: Path
    draw_no: int
    district: str
    file_sha256: str
    match_record_sha256: str
    teams: int
    results: int
    audit_head: str
    audit_count: int
    supersedes: int | None = None       # the audit entry id of the earlier return it supersedes
    keys: list[str] = field(default_factory=list)
    history: DistrictHistory | None = None
    other_database: str | None = None    # the earlier return came from another district database


    def as_dict(self) -> dict:
        return {"path": str(self.path), "draw_no": self.draw_no, "district": self.district,
                "file_sha256": self.file_sha256, "match_record_sha256": self.match_record_sha256,
                "teams": self.teams, "results": self.results, "audit_head": self.audit_head,
                "audit_count": self.audit_count, "supersedes": self.supersedes,
                "history": self.history.as_dict() if self.history else None, "other_database": self.other_database}


def _payload(entry: AuditEntry) -> dict:
    return entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload)


def _entries(action: str, draw_no: int, district: str) -> list[AuditEntry]:
    return [e for e in AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id)
            if _payload(e).get("draw_no") == draw_no and _payload(e).get("district") == district]


def _members(path: Path) -> dict[str, bytes]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValidationError(f"回传文件“{name}”不是可读的 zip 文件（{exc}），不能导入。") from exc
    if L.MANIFEST not in members:
        raise ValidationError(f"回传文件“{name}”中没有清单 {L.MANIFEST}，无法核对各文件是否被改动，不能导入。")
    sums, bad = L.parse_sha256sums(members[L.MANIFEST].decode("utf-8", "replace"))
    content = {n: bytes_sha256(d) for n, d in members.items() if n != L.MANIFEST}
    if bad or sums != content:
        which = sorted(set(sums) ^ set(content)) or sorted(n for n in content if sums.get(n) != content[n])
        raise ValidationError(f"回传文件“{name}”未通过清单核对（{'、'.join(which) or '清单格式'} 的 SHA-256 不符"
                              "或文件缺失/多出），文件被改动或不完整，不能导入。")
    for needed in (R.RETURN, R.MATCH_RECORD, R.ROSTER, R.AVOID, L.DRAW_RECORD, AUDIT_LOG):
        if needed not in members:
            raise ValidationError(f"回传文件“{name}”缺少 {needed}，不能导入。")
    return members


def _identity(name: str, data: dict) -> tuple[Draw, str]:
    if data.get("format") != R.FORMAT:
        raise ValidationError(f"回传文件“{name}”不是 {R.FORMAT} 格式，不能导入。")
    own = str(get_setting("database_id") or "")
    if data.get("city_database_id") != own:
        raise ValidationError(f"回传文件“{name}”是回传给市局数据库 {data.get('city_database_id')} 的，"
                              f"不是本数据库（{own}）的，不能导入。")
    draw = Draw.get_or_none(Draw.draw_no == data.get("city_draw_no"))
    if draw is None:
        raise ValidationError(f"回传文件“{name}”所指的第 {data.get('city_draw_no')} 号抽取在本库中不存在，不能导入。")
    district = str(data.get("district") or "")
    if matching_mode(draw.plan, district) != DISTRICT:
        raise ValidationError(f"按第 {draw.draw_no} 号抽取的计划，{district}的检查人员由市局匹配（计划未把它列为"
                              f"区市自行匹配），不接收其交回的匹配；回传文件“{name}”不能导入。")
    if not _entries("share.write", draw.draw_no, district):
        raise ValidationError(f"本库没有为{district or '（未写明区市）'}生成过第 {draw.draw_no} 号抽取的共享文件"
                              f"（日志中没有 share.write），回传文件“{name}”不能导入。")
    if data.get("draw_record_sha256") != draw.record_sha256:
        raise ValidationError(f"回传文件“{name}”中的抽取记录 SHA-256 为 {data.get('draw_record_sha256')}，"
                              f"与本库第 {draw.draw_no} 号抽取的 {draw.record_sha256} 不符，不能导入。")
    return draw, district


def _verified_match(name: str, members: dict[str, bytes], data: dict, draw: Draw, district: str) -> dict:
    record = json.loads(members[R.MATCH_RECORD].decode("utf-8"))
    draw_record = json.loads(members[L.DRAW_RECORD].decode("utf-8"))
    if spec.record_sha256(draw_record) != draw.record_sha256:
        raise ValidationError(f"回传文件“{name}”中的 {L.DRAW_RECORD} 不是本库第 {draw.draw_no} 号抽取的"
                              "抽取记录，不能导入。")
    if data["match"].get("record_sha256") != spec.H(spec.canonical_json(record)):
        raise ValidationError(f"回传文件“{name}”中 {R.RETURN} 所记的匹配记录 SHA-256 与 "
                              f"{R.MATCH_RECORD} 不符，不能导入。")
    if record.get("scope") != {"district": district}:
        raise ValidationError(f"回传文件“{name}”的匹配记录限定范围为 {record.get('scope')}，不是{district}，不能导入。")
    if int(record.get("team_size") or 0) < draw.plan.team_size:
        raise ValidationError(f"回传文件“{name}”的匹配每组 {record.get('team_size')} 人，少于计划规定的每组 "
                              f"{draw.plan.team_size} 人，不能导入。")
    with tempfile.TemporaryDirectory(prefix="spotcheck-return-") as folder:
        for member in (R.ROSTER, R.AVOID):
            (Path(folder) / member).write_bytes(members[member])
        checks = verify_match_record(record, folder, draw_record=draw_record)
    failed = [c for c in checks if not c.ok]
    if failed:
        why = "；".join(f"{c.name}：{c.message}" for c in failed)
        raise ValidationError(f"回传文件“{name}”中的匹配记录不能重新计算，不能导入：{why}")
    active = {k for (k,) in Inspection.select(Inspection.key).where(
        (Inspection.draw == draw) & (Inspection.active == True) & (Inspection.district == district)).tuples()}  # noqa: E712
    matched = {a["key"] for a in record["assignments"]}
    if matched != active:
        extra, missing = sorted(matched - active), sorted(active - matched)
        raise ValidationError(f"回传文件“{name}”的匹配对象与本库第 {draw.draw_no} 号抽取中"
                              f"{district}的有效检查对象不一致"
                              f"（多出：{'、'.join(extra) or '无'}；缺少：{'、'.join(missing) or '无'}），不能导入。")
    return record


def _results(name: str, data: dict, keys: set[str]) -> list[NewRevision]:
    out = []
    for r in data.get("results", []):
        if r.get("key") not in keys or r.get("status") not in STATUSES:
            raise ValidationError(f"回传文件“{name}”中检查对象“{r.get('key')}”的结果"
                                  "不属于本次匹配或状态不明，不能导入。")
        again = revision_digest(int(data["local_draw_no"]), r["key"], int(r["revision"]), r["status"],
                                r.get("reviewer", ""), r.get("reason", ""), r["content"])
        if again != r.get("digest"):
            raise ValidationError(f"回传文件“{name}”中检查对象“{r['key']}”第 {r['revision']} 版结果的摘要不能重新得出"
                                  "（结果被改动），不能导入。")
        out.append(NewRevision(r["key"], r["status"], r["content"], r.get("reviewer", ""), r.get("reason", "")))
    return out


def current_teams(record: dict) -> dict[str, list[str]]:
    """{key: [cert, leader first]} after the record's replacements (verified by the re-computation)."""
    teams = {a["key"]: list(a.get("current_inspectors", a["inspectors"])) for a in record["assignments"]}
    for a in record.get("alternates", []):
        if a.get("team") is not None:
            teams[a["in_key"]] = list(a.get("current_inspectors", a["team"]))
    return teams


def _same_match(name: str, earlier: dict, record: dict, district: str) -> None:
    """The first imported return fixes the district's match: a later one may add replacements and results,
    never a match made again (a new commitment or other witnesses' digits, e.g. in a new database)."""
    if earlier.get("commitment") != record.get("match_commitment") or \
            earlier.get("mseed", record.get("mseed")) != record.get("mseed"):
        raise ValidationError(f"回传文件“{name}”中{district}的匹配与此前已导入的交回不是同一次匹配"
                              f"（承诺值 {str(record.get('match_commitment'))[:12]}…，此前为 "
                              f"{str(earlier.get('commitment'))[:12]}…）：区市重新做了匹配。同一次抽取只认第一次"
                              "交回的匹配，人员调整须在原匹配上按规则更换后再交回，不能导入。")


def import_return(path) -> ReturnImport:
    path = Path(path)
    members = _members(path)
    data = json.loads(members[R.RETURN].decode("utf-8"))
    draw, district = _identity(path.name, data)
    record = _verified_match(path.name, members, data, draw, district)
    log = read_log(path.name, members[AUDIT_LOG], int(data.get("audit_count") or 0), str(data.get("audit_head")))
    history = district_history(path.name, log, draw.draw_no, district, int(data["local_draw_no"]), record)
    teams = current_teams(record)
    names = {r["cert_no"]: r["name"] for r in record.get("roster", [])}
    new = _results(path.name, data, set(teams))
    digest = file_sha256(path)
    with transaction():
        earlier = _entries(R.IMPORT_ACTION, draw.draw_no, district)
        supersedes = earlier[-1].id if earlier else None
        if earlier:
            _same_match(path.name, _payload(earlier[-1]), record, district)
        before = _payload(earlier[-1]).get("district_database_id") if earlier else None
        other = before if before and before != data.get("district_database_id") else None
        if new:
            commit_revisions(draw, "import", new, BatchSource(file_name=path.name, file_sha256=digest), fetch=False)
        audit.append(R.IMPORT_ACTION, {
            "draw_no": draw.draw_no, "district": district, "file_sha256": digest, "file_name": path.name,
            "match_record_sha256": data["match"]["record_sha256"], "commitment": data["match"]["commitment"],
            "mseed": record.get("mseed"),
            "teams": teams, "names": {c: names.get(c, "") for team in teams.values() for c in team},
            "replacements": record.get("replacements", []), "results": len(new),
            "district_database_id": data.get("district_database_id"), "local_draw_no": data.get("local_draw_no"),
            "audit_head": data.get("audit_head"), "audit_count": data.get("audit_count"),
            "history": history.as_dict(), "other_database": other,
            "returned_at": data.get("returned_at"), "supersedes": supersedes})
    return ReturnImport(path, draw.draw_no, district, digest, data["match"]["record_sha256"], len(teams), len(new),
                        str(data.get("audit_head")), int(data.get("audit_count") or 0), supersedes,
                        sorted(n.key for n in new), history, other)
