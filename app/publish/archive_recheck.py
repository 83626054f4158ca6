"""Re-computing what an archive holds (part 3 of app.publish.archive_verify), with no database.

Every draw record is re-computed with its frames (app.draw.verify), every match record with its roster
and avoidance texts and its draw record (app.match.verify); both functions work on files, so the
archived bytes are written into a temporary folder first. The records' digests are then looked up in
the audit-log extract: a record re-computed consistently but not the one the log chained (a name
changed, say) is found there. Returned files are checked against their `results.import` entries.
"""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from app.audit.log import GENESIS
from app.draw import spec as draw_spec
from app.draw.verify import verify_draw_record
from app.hashing import H, bytes_sha256
from app.match.verify import verify_match_record
from app.progress import CancelFn, check_cancel
from app.publish import archive_layout as A

_DRAW_RECORD = re.compile(rf"^({A.DRAWS_DIR}/[^/]+)/{re.escape(A.DRAW_RECORD)}$")
_MATCH_RECORD = re.compile(rf"^({A.DRAWS_DIR}/[^/]+)/([^/]+)/{re.escape(A.MATCH_RECORD)}$")
_COMMITMENT = re.compile(rf"^({A.DRAWS_DIR}/[^/]+)/{re.escape(A.COMMITMENT)}$")


def _json(members: dict[str, bytes], name: str, result) -> object | None:
    try:
        return json.loads(members[name].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        result.fail(name, f"不是有效的 JSON（{exc}）：文件被改动")
        return None


def _logged(entries, action: str, **payload) -> list[dict]:
    return [e for e in entries or [] if e["action"] == action
            and all(e["payload"].get(k) == v for k, v in payload.items())]


def recheck(members: dict[str, bytes], entries: list[dict] | None, result, *, cancel: CancelFn | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="spotcheck-verify-") as tmp:
        records: dict[str, dict] = {}
        for name in sorted(members):
            m = _DRAW_RECORD.match(name)
            if m:
                check_cancel(cancel)
                record = _check_draw(members, name, m.group(1), entries, Path(tmp) / f"d{len(records)}", result)
                if record is not None:
                    records[m.group(1)] = record
        for name in sorted(members):
            m = _COMMITMENT.match(name)
            if m:
                _check_commitment(members, name, m.group(1), records.get(m.group(1)), entries, result)
        for name in sorted(members):
            m = _MATCH_RECORD.match(name)
            if m:
                check_cancel(cancel)
                _check_match(members, name, m.group(1) + "/" + m.group(2), records.get(m.group(1)), entries,
                             Path(tmp) / f"m{result.matches}", result)
    _check_plan(members, result)
    _check_returned(members, entries, result)


def _check_draw(members, name: str, folder: str, entries, tmp: Path, result) -> dict | None:
    record = _json(members, name, result)
    if not isinstance(record, dict):
        return None
    frames = tmp / A.FRAMES_DIR
    frames.mkdir(parents=True)
    prefix = f"{folder}/{A.FRAMES_DIR}/"
    for member, data in members.items():
        rest = member[len(prefix):]
        if member.startswith(prefix) and A.is_safe_name(rest) and "/" not in rest:
            (frames / rest).write_bytes(data)
    failed = [c for c in verify_draw_record(record, frames) if not c.ok]
    for c in failed:
        result.fail(name, f"重新计算不一致（{c.name}）：{c.message}")
    draw_no = record.get("draw_no")
    _draw_in_log(name, record, entries, result)
    if not failed:
        result.draws.append(draw_no)
        result.passed.append(f"第 {draw_no} 号抽取：{name} 由其承诺、见证人数字和抽取范围文件重新计算一致。")
    return record


def _draw_in_log(name: str, record: dict, entries, result) -> None:
    if entries is None:
        return
    draw_no = record.get("draw_no")
    hashes = {e["hash"] for e in entries}
    if record.get("log_head") != GENESIS and record.get("log_head") not in hashes:
        result.fail(name, "记载的承诺时日志链头不在审计日志中")
    commits = _logged(entries, "draw.commit", draw_no=draw_no)
    if not any(e["payload"].get("commitment") == record.get("commitment") for e in commits):
        result.fail(name, f"的承诺值在审计日志中没有第 {draw_no} 号抽取的提交记录")
    runs = [e for e in entries if e["hash"] == record.get("log_head_after")]
    inspections = draw_spec.H(draw_spec.canonical_json(record.get("inspections", [])))
    if not runs or runs[0]["action"] != "draw.run" or runs[0]["payload"].get("draw_no") != draw_no:
        result.fail(name, "记载的抽取后日志链头不是审计日志中本次抽取的记录")
    elif runs[0]["payload"].get("seed") != record.get("seed") or \
            runs[0]["payload"].get("inspections_digest") != inspections:
        result.fail(name, "的种子或检查对象名单与审计日志记载的摘要不符：抽取记录被改动")


def _check_commitment(members, name: str, folder: str, record: dict | None, entries, result) -> None:
    data = _json(members, name, result)
    if not isinstance(data, dict):
        return
    try:
        if H(data["commit_text"]) != data["commitment"]:
            result.fail(name, "的承诺原文与承诺值不符")
        for t in data["tasks"]:
            frame = members.get(f"{folder}/{A.FRAMES_DIR}/frame-{t['code']}.txt")
            if frame is None or bytes_sha256(frame) != t["frame_digest"]:
                result.fail(name, f"中任务 {t['code']} 的抽取范围摘要与抽取范围文件不符或文件缺失")
        if record is not None and (data["commitment"], data["log_head"]) != (record.get("commitment"),
                                                                            record.get("log_head")):
            result.fail(name, f"的承诺值或日志链头与同目录的 {A.DRAW_RECORD} 不符")
        if entries is not None and not any(e["payload"].get("commitment") == data["commitment"] for e in
                                           _logged(entries, "draw.commit", draw_no=data["draw_no"])):
            result.fail(name, "的承诺值在审计日志中没有提交记录")
    except (KeyError, TypeError, AttributeError) as exc:
        result.fail(name, f"的格式不完整（缺少 {exc}）")


def _check_match(members, name: str, folder: str, draw_record: dict | None, entries, tmp: Path, result) -> None:
    record = _json(members, name, result)
    if not isinstance(record, dict):
        return
    tmp.mkdir(parents=True)
    inputs = {}
    for file in (A.ROSTER, A.AVOID):
        if f"{folder}/{file}" in members:
            inputs[file] = tmp / file
            inputs[file].write_bytes(members[f"{folder}/{file}"])
    if draw_record is None:
        result.fail(name, f"所在抽取目录中没有可读的 {A.DRAW_RECORD}，无法核对匹配所依据的抽取记录")
    checks = verify_match_record(record, inputs.get(A.ROSTER), inputs.get(A.AVOID), draw_record=draw_record)
    failed = [c for c in checks if not c.ok]
    for c in failed:
        result.fail(name, f"重新计算不一致（{c.name}）：{c.message}")
    _match_in_log(name, record, bytes_sha256(members[name]), entries, result)
    if not failed:
        result.matches += 1
        result.passed.append(f"第 {record.get('draw_no')} 号抽取的匹配：{name}（修订 {record.get('revision', 0)}）"
                             "由名单、回避名单和见证人数字重新计算一致。")


def _match_in_log(name: str, record: dict, digest: str, entries, result) -> None:
    if entries is None:
        return
    logged = [e for e in entries if e["action"].startswith("match.") and e["payload"].get("record_sha256") == digest
              and e["payload"].get("draw_no") == record.get("draw_no")
              and e["payload"].get("revision") == record.get("revision")]
    if not logged:
        result.fail(name, f"的 SHA-256（{digest[:16]}…）在审计日志中没有记载：匹配记录被改动")
        return
    match_id = logged[-1]["payload"].get("match_id")
    newest = max(e["payload"]["revision"] for e in entries if e["action"].startswith("match.")
                 and e["payload"].get("match_id") == match_id and isinstance(e["payload"].get("revision"), int))
    if newest != record.get("revision"):
        result.fail(name, f"是第 {record.get('revision')} 次修订，审计日志已记载第 {newest} 次修订")
    runs = _logged(entries, "match.run", match_id=match_id)
    if not runs or runs[-1]["payload"].get("mseed") != record.get("mseed"):
        result.fail(name, "的匹配种子与审计日志不符")


def _check_plan(members, result) -> None:
    if A.PLAN not in members:
        result.fail(A.PLAN, "缺失")
        return
    plan = _json(members, A.PLAN, result)
    for d in (plan or {}).get("draws", []) if isinstance(plan, dict) else []:
        folder = A.draw_dir(d.get("draw_no", 0))
        if f"{folder}/{A.COMMITMENT}" not in members:
            result.fail(folder, f"在 {A.PLAN} 中列出，但归档中没有它的承诺文件")
        elif d.get("status") == "drawn" and f"{folder}/{A.DRAW_RECORD}" not in members:
            result.fail(f"{folder}/{A.DRAW_RECORD}", "缺失：已完成的抽取没有抽取记录")


def _check_returned(members, entries, result) -> None:
    if A.RETURNED_INDEX not in members:
        result.fail(A.RETURNED_INDEX, "缺失：无法核对交回文件")
        return
    index = _json(members, A.RETURNED_INDEX, result)
    if not isinstance(index, list):
        return
    listed = set()
    for item in index:
        member, sha = str(item.get("member")), item.get("sha256")
        listed.add(member)
        if member not in members:
            result.fail(member, f"列在 {A.RETURNED_INDEX} 中，但归档中没有这个交回文件")
        elif bytes_sha256(members[member]) != sha:
            result.fail(member, "与导入时记录的 SHA-256 不符：交回文件被改动或替换")
        elif entries is not None and not _logged(entries, "results.import", batch_id=item.get("batch_id"),
                                                 file_sha256=sha):
            result.fail(member, "在审计日志中没有对应的结果导入记录")
    for member in members:
        if member.startswith("returned/") and member != A.RETURNED_INDEX and member not in listed:
            result.fail(member, f"不在 {A.RETURNED_INDEX} 中：多出的交回文件")
    if index:
        result.passed.append(f"交回文件：{len(index)} 个与导入时的 SHA-256 及审计日志一致。")
