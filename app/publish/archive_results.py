"""The results in an archive: every result revision of the plan's draws, and their re-check offline.

`results/revisions.jsonl` holds one revision per line (draw, key, revision, status, reviewer, reason,
content, batch and digest). The check re-derives each revision's SPOTCHECK-RESULT-1 digest, each batch's
digest from its revisions, and finds that digest and count in the batch's `results.<kind>` entry of the
archived audit log — so results entered on screen, reviews and returns can be re-checked years later,
not only the returned files.
"""
from __future__ import annotations

import json
from collections import defaultdict

from app.audit.log import canonical_json
from app.results.digests import batch_digest, revision_digest
from app.results.models import ResultBatch, ResultRevision

REVISIONS = "results/revisions.jsonl"


def results_members(draw_nos: dict[int, int]) -> dict[str, bytes]:
    """{REVISIONS: bytes} for the draws {draw id: draw no}."""
    query = (ResultRevision.select(ResultRevision, ResultBatch).join(ResultBatch)
             .where(ResultRevision.draw.in_(sorted(draw_nos))).order_by(ResultRevision.id))
    lines = [canonical_json({"draw_no": draw_nos[r.draw_id], "key": r.key, "revision": r.revision,
                             "status": r.status, "reviewer": r.reviewer, "reason": r.reason, "content": r.content,
                             "batch_id": r.batch_id, "batch_kind": r.batch.kind, "digest": r.digest})
             for r in query]
    return {REVISIONS: ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")}


def check_results(members: dict[str, bytes], entries: list[dict] | None, result) -> None:
    """Findings on `result` (an archive_verify.ArchiveReport) for the revisions member, if present."""
    if REVISIONS not in members:
        return
    batches: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    kinds: dict[int, set[str]] = defaultdict(set)
    try:
        rows = [json.loads(line) for line in members[REVISIONS].decode("utf-8").split("\n") if line.strip()]
    except (UnicodeDecodeError, ValueError):
        result.fail(REVISIONS, "不是有效的 JSON 行，无法核对检查结果")
        return
    if not all(isinstance(r, dict) for r in rows):
        result.fail(REVISIONS, "不是每行一条检查结果的 JSON 对象，无法核对")
        return
    for n, r in enumerate(rows, 1):
        try:
            derived = revision_digest(int(r["draw_no"]), str(r["key"]), int(r["revision"]), str(r["status"]),
                                      str(r["reviewer"]), str(r["reason"]), r["content"])
            batch_id, kind = int(r["batch_id"]), str(r["batch_kind"])
        except (KeyError, TypeError, ValueError):   # a damaged line: a field missing, renamed or of the wrong type
            result.fail(REVISIONS, f"第 {n} 行缺少字段或字段格式不正确，无法核对")
            continue
        if derived != r.get("digest"):
            result.fail(REVISIONS, f"第 {n} 行（检查对象 {r['key']} 第 {r['revision']} 版）的内容与其摘要不符")
        batches[batch_id].append((str(r["key"]), int(r["revision"]), derived))
        kinds[batch_id].add(kind)
    logged = {}
    for e in entries or []:
        payload = e.get("payload") or {}
        if str(e.get("action", "")).startswith("results.") and "batch_id" in payload:
            logged[payload["batch_id"]] = dict(payload, _kind=str(e["action"]).removeprefix("results."))
    for batch_id, revisions in sorted(batches.items()):
        entry = logged.get(batch_id)
        if entry is None:
            result.fail(REVISIONS, f"第 {batch_id} 批结果在审计日志摘录中没有记录")
        elif (entry.get("digest"), entry.get("count")) != (batch_digest(revisions), len(revisions)):
            result.fail(REVISIONS, f"第 {batch_id} 批结果（{entry['_kind']}）与审计日志记载的摘要或条数不符")
        elif kinds[batch_id] != {entry["_kind"]}:
            result.fail(REVISIONS, f"第 {batch_id} 批结果的种类（{'、'.join(sorted(kinds[batch_id]))}）"
                                   f"与审计日志（{entry['_kind']}）不符")
    missing = sorted(set(logged) - set(batches))
    if entries is not None and missing and any(logged[b].get("count") for b in missing):
        result.fail(REVISIONS, f"审计日志记载的第 {missing[0]} 批结果不在归档中（共缺 {len(missing)} 批）")
    if not any(f.member == REVISIONS for f in result.findings):
        result.passed.append(f"检查结果 {len(rows)} 条、{len(batches)} 批与审计日志一致")
