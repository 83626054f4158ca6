"""Results and work packages against their digests and the audit log.

- each result revision's digest re-derived from its row (content, status, reviewer, reason);
- each batch's digest re-derived from its revisions, against the batch row and its 'results.*' entry
  (digest and count), so an edited, added or deleted revision is found; a logged batch that is gone too;
- each issued package's content digest, keys and file digest against its 'packages.issue' entry;
- each kept returned file's bytes against its SHA-256 and its import batch's.
"""
from __future__ import annotations

from collections import defaultdict

from app.audit.log import canonical_json
from app.draw.models import Draw
from app.hashing import H, bytes_sha256
from app.integrity.audit_index import AuditIndex
from app.integrity.findings import Report, short
from app.publish.models import ReceivedFile
from app.results.digests import batch_digest, revision_digest
from app.results.models import Package, ResultBatch, ResultRevision

_KIND_ZH = {"import": "结果导入", "enter": "结果录入", "review": "结果审核", "return": "结果退回",
            "followup": "后续处置办结"}


def batch_subject(draw_no: int, batch_id: int, kind: str) -> str:
    return f"第 {draw_no} 号抽取的第 {batch_id} 批{_KIND_ZH.get(kind, '检查结果')}"


def keys_digest(keys: list[str]) -> str:
    return H(canonical_json(list(keys)))


def check_results(index: AuditIndex, draw_nos: set[int] | None = None) -> Report:
    report = Report()
    draws = {d.id: d.draw_no for d in Draw.select(Draw.id, Draw.draw_no)}
    wanted = None if draw_nos is None else {i for i, n in draws.items() if n in draw_nos}
    revisions: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    query = ResultRevision.select()
    if wanted is not None:
        query = query.where(ResultRevision.draw.in_(sorted(wanted)))
    for r in query.order_by(ResultRevision.id):
        draw_no = draws.get(r.draw_id, 0)
        derived = revision_digest(draw_no, r.key, r.revision, r.status, r.reviewer, r.reason, r.content)
        if derived != r.digest:
            report.add("result", f"第 {draw_no} 号抽取中检查对象 {r.key} 的检查结果第 {r.revision} 版",
                       "的内容与其摘要不符（结果被直接改动）")
        revisions[r.batch_id].append((r.key, r.revision, derived))
    batch_query = ResultBatch.select()
    if wanted is not None:
        batch_query = batch_query.where(ResultBatch.draw.in_(sorted(wanted)))
    seen = set()
    for batch in batch_query.order_by(ResultBatch.id):
        seen.add(batch.id)
        report.count("result")
        draw_no = draws.get(batch.draw_id, 0)
        subject = batch_subject(draw_no, batch.id, batch.kind)
        rows = revisions.get(batch.id, [])
        derived = batch_digest(rows)
        if derived != batch.digest or len(rows) != batch.count:
            report.add("result", subject, f"的 {len(rows)} 条结果与批次记载（{batch.count} 条，摘要 "
                                          f"{short(batch.digest, 16)}）不符：结果被改动、删除或增加")
        logged = index.find(f"results.{batch.kind}", batch_id=batch.id)
        if not logged:
            report.add("result", subject, "在审计日志中没有记录（被直接插入数据库）")
        elif (logged[-1].payload.get("digest"), logged[-1].payload.get("count")) != (batch.digest, batch.count):
            report.add("result", subject, "的摘要或条数与审计日志不符")
        elif _source(batch) != _logged_source(logged[-1].payload):
            report.add("result", subject, "的来源（工作包、文件名、文件 SHA-256 或手工指定的原因）与审计日志不符")
    for action in _KIND_ZH:
        for entry in index.find(f"results.{action}"):
            batch_id, draw_no = entry.payload.get("batch_id"), entry.payload.get("draw_no")
            if batch_id not in seen and (draw_nos is None or draw_no in draw_nos):
                report.add("result", batch_subject(draw_no or 0, batch_id or 0, action),
                           "记录在审计日志中，但数据库中已不存在（被删除）")
    report.extend(check_packages(index, draws, wanted))
    report.extend(check_received_files(draws, wanted))
    return report


def check_received_files(draws: dict[int, int], wanted: set[int] | None) -> Report:
    """Each kept returned file against its own digest and its import batch's (the batch's is in the log)."""
    report = Report()
    query = (ReceivedFile.select(ReceivedFile, ResultBatch).join(ResultBatch))
    if wanted is not None:
        query = query.where(ResultBatch.draw.in_(sorted(wanted)))
    for kept in query.order_by(ReceivedFile.id):
        batch = kept.batch
        if bytes_sha256(bytes(kept.content)) != kept.sha256 or kept.sha256 != batch.file_sha256:
            report.add("result", batch_subject(draws.get(batch.draw_id, 0), batch.id, batch.kind),
                       f"保存的交回文件“{kept.file_name}”与导入时的 SHA-256 不符（文件被改动或替换）")
    return report


def _source(batch: ResultBatch) -> tuple:
    """Where an import batch came from, as its row says (the audit entry records the same)."""
    package = Package.get_or_none(Package.id == batch.package_id) if batch.package_id else None
    return (package.uid if package else None, batch.file_name or None, batch.file_sha256 or None,
            batch.mapped_by_hand or None)


def _logged_source(payload: dict) -> tuple:
    return (payload.get("package"), payload.get("file"), payload.get("file_sha256"), payload.get("mapped_by_hand"))


def check_packages(index: AuditIndex, draws: dict[int, int], wanted: set[int] | None) -> Report:
    report = Report()
    query = Package.select()
    if wanted is not None:
        query = query.where(Package.draw.in_(sorted(wanted)))
    seen = set()
    for package in query.order_by(Package.id):
        seen.add(package.uid)
        report.count("package")
        subject = f"{package.district}第 {package.issue_no} 次下发的工作包（第 {draws.get(package.draw_id)} 号抽取）"
        logged = index.find("packages.issue", uid=package.uid)
        if not logged:
            report.add("package", subject, "在审计日志中没有下发记录")
            continue
        p = logged[-1].payload
        if (p.get("content_digest"), p.get("file_sha256"), p.get("keys_digest"), p.get("district")) != (
                package.content_digest, package.file_sha256, keys_digest(package.keys), package.district):
            report.add("package", subject, "的内容摘要、文件摘要或下发名单与审计日志不符（被改动）")
    for entry in index.find("packages.issue"):
        if entry.payload.get("uid") not in seen and (wanted is None or entry.payload.get("draw_no") in
                                                    {draws[i] for i in wanted}):
            report.add("package", f"工作包 {entry.payload.get('uid')}",
                       "记录在审计日志中，但数据库中已不存在（被删除）")
    return report
