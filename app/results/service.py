"""Writing results: entry on a screen or command line, review, 退回, and the batch a file import commits.

Every call is one transaction that appends revision rows (never updates one), one ResultBatch and one
audit entry holding the batch digest. Rules of the review cycle:
    open → entered (entry or import) → reviewed, or returned with a reason → entered again …
A reviewed result changes only after it is returned (退回) first.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import peewee

from app import audit
from app.audit.log import canonical_json, current_actor
from app.clock import now_iso
from app.db.base import database, memo_json_decoder, transaction
from app.draw.models import Draw, Inspection
from app.draw.queries import get_draw
from app.errors import NotFoundError, StateError, ValidationError
from app.match.models import Replacement
from app.match.queries import current_match, current_teams, inspector_directory
from app.results import content as rc
from app.results.digests import batch_digest, revision_digest
from app.results.models import Package, ResultBatch, ResultRevision
from app.results.queries import (
    ENTERED,
    RETURNED,
    REVIEWED,
    STATUS_ZH,
    current_result,
    current_results,
    key_in,
)
from app.settings.store import result_lists
from app.share.returned import returned_changes, returned_teams


@dataclass
class NewRevision:
    key: str
    status: str
    content: dict
    reviewer: str = ""
    reason: str = ""


@dataclass
class BatchSource:
    """Where a batch came from (a returned file), for the batch row and its audit entry."""
    package: Package | None = None
    file_name: str = ""
    file_sha256: str = ""
    mapped_by_hand: str = ""
    problems: list = field(default_factory=list)


def inspection_of(draw: Draw, key: str) -> Inspection:
    ins = Inspection.get_or_none((Inspection.draw == draw) & (Inspection.key == key) & (Inspection.active == True))  # noqa: E712
    if ins is None:
        raise NotFoundError(f"第 {draw.draw_no} 号抽取中没有检查对象 {key}（或它已由替补递补）。")
    return ins


def contexts(draw: Draw, keys: Iterable[str] | None = None) -> dict[str, rc.Context]:
    """The check context of each active inspection: items, current team, replacements, plan period.

    A district's returned teams (two-level campaigns, app.share.returned) stand in for the city's."""
    returned = returned_teams(draw)
    teams = {**current_teams(draw.draw_no), **returned}
    match = current_match(draw.draw_no, required=False)
    directory = inspector_directory(match)
    names = {cert: d["name"] for cert, d in directory.items()}
    names.update({cert: name for team in returned.values() for cert, name, _role in team if name})
    changed: dict[str, set[str]] = returned_changes(draw)
    if match is not None:
        for r in Replacement.select().where(Replacement.match == match):
            if r.key not in returned:
                changed.setdefault(r.key, set()).update(c for c in (r.in_cert, r.out_cert) if c)
    plan = draw.plan
    # only the two columns used, as tuples: a returned package of 5,000 inspections asks for all of them
    query = (Inspection.select(Inspection.key, Inspection.items)
             .where((Inspection.draw == draw) & (Inspection.active == True)))  # noqa: E712
    if keys is not None:
        query = query.where(key_in(Inspection.key, keys))
    out = {}
    decode = memo_json_decoder()   # raw rows: most inspections share their items' text
    for key, items in database.execute(query):
        team = [cert for cert, _, _ in teams.get(key, [])]
        out[key] = rc.Context(list(decode(items)), team, changed.get(key, set()), plan.start, plan.end, names)
    return out


def check_entry(draw: Draw, key: str, content: dict) -> tuple[dict, list[rc.Issue]]:
    """The normalized content and the rules it breaks (for the entry screen, before saving)."""
    ctx = contexts(draw, [key]).get(key)
    if ctx is None:
        inspection_of(draw, key)   # raises the message for an unknown key
        raise NotFoundError(f"检查对象 {key} 不在第 {draw.draw_no} 号抽取中。")
    value = rc.normalized(content, ctx.items)
    return value, rc.check(value, ctx, result_lists())


def _require_matched(draw: Draw) -> None:
    if draw.status != "drawn":
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成，不能录入检查结果。")


def enter_result(draw_no: int, key: str, content: dict, *, reason: str = "") -> ResultRevision:
    """Record (or correct) one inspection's result as 已录入. Refused while it is 已审核."""
    draw = get_draw(draw_no)
    _require_matched(draw)
    value, issues = check_entry(draw, key, content)
    if rc.is_blank(value):
        raise ValidationError(f"检查对象 {key} 的检查结果为空，未保存。")
    if issues:
        lines = "；".join(_issue_text(i, value) for i in issues[:8])
        raise ValidationError(f"检查对象 {key} 的检查结果有 {len(issues)} 处需要更正：{lines}。",
                              details={"issues": [i.__dict__ for i in issues]})
    current = current_result(draw, key)
    if current is not None and current.status == REVIEWED:
        raise StateError(f"检查对象 {key} 的结果已审核，须先退回才能修改。")
    if current is not None and current.content == value and current.status == ENTERED:
        return current   # nothing changed: no revision, no log entry
    return commit_revisions(draw, "enter", [NewRevision(key, ENTERED, value, reason=reason)])[0]


def _issue_text(issue: rc.Issue, content: dict) -> str:
    if issue.item is not None:
        return f"检查事项“{content['items'][issue.item]['item']}”{issue.message}"
    return issue.message


def review_results(draw_no: int, keys: Iterable[str], reviewer: str) -> list[ResultRevision]:
    """Accept entered results (已录入 → 已审核), naming the reviewer. Keys not entered are refused."""
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ValidationError("审核必须填写审核人姓名。")
    draw = get_draw(draw_no)
    keys = list(dict.fromkeys(keys))
    if not keys:
        raise ValidationError("没有要审核的检查结果。")
    current = current_results(draw, keys)
    not_entered = [k for k in keys if k not in current or current[k].status != ENTERED]
    if not_entered:
        states = "、".join(f"{k}（{STATUS_ZH[current[k].status] if k in current else '未录入'}）"
                          for k in not_entered[:5])
        raise StateError(f"只能审核已录入的结果，以下 {len(not_entered)} 户不是：{states}"
                         + ("……" if len(not_entered) > 5 else "") + "。")
    new = [NewRevision(k, REVIEWED, current[k].content, reviewer=reviewer) for k in keys]
    return commit_revisions(draw, "review", new)


def return_result(draw_no: int, key: str, reviewer: str, reason: str) -> ResultRevision:
    """退回: send an entered or reviewed result back for correction, with the reason."""
    reviewer, reason = (reviewer or "").strip(), (reason or "").strip()
    if not reviewer or not reason:
        raise ValidationError("退回必须填写审核人和退回原因。")
    draw = get_draw(draw_no)
    current = current_result(draw, key)
    if current is None or current.status not in (ENTERED, REVIEWED):
        state = STATUS_ZH[current.status] if current else "未录入"
        raise StateError(f"检查对象 {key} 的结果{state}，不能退回。")
    return commit_revisions(draw, "return", [NewRevision(key, RETURNED, current.content, reviewer, reason)])[0]


_INSERT_REVISION = ('INSERT INTO "result_revision" ("draw_id", "key", "revision", "status", "content", "reviewer", '
                    '"reason", "batch_id", "digest") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')


def last_revisions(draw: Draw, keys: list[str]) -> dict[str, int]:
    """key -> its newest revision number (keys without a result left out)."""
    query = (ResultRevision.select(ResultRevision.key, peewee.fn.MAX(ResultRevision.revision))
             .where(ResultRevision.draw == draw).group_by(ResultRevision.key))
    wanted = set(keys)
    return {key: rev for key, rev in query.tuples() if key in wanted}


def commit_revisions(draw: Draw, kind: str, new: list[NewRevision], source: BatchSource | None = None, *,
                     fetch: bool = True) -> list[ResultRevision]:
    """One batch: the revisions, the batch row and the audit entry, in one transaction. Returns the
    revisions written; with fetch=False (a file import of thousands, which needs only the batch:
    app.results.queries.batches) nothing is read back and [] is returned."""
    source = source or BatchSource()
    at = now_iso()
    with transaction():
        actor = current_actor()
        last = last_revisions(draw, [n.key for n in new])
        batch = ResultBatch.create(draw=draw, kind=kind, package=source.package, file_name=source.file_name,
                                   file_sha256=source.file_sha256, mapped_by_hand=source.mapped_by_hand,
                                   problems=source.problems, count=len(new), digest="", at=at, actor=actor)
        rows, digests = [], []
        for n in new:
            revision = last.get(n.key, 0) + 1
            text = canonical_json(n.content)   # the stored text (JSONField's form) and the digested one
            digest = revision_digest(draw.draw_no, n.key, revision, n.status, n.reviewer, n.reason, n.content,
                                     content_json=text)
            rows.append((draw.id, n.key, revision, n.status, text, n.reviewer, n.reason, batch.id, digest))
            digests.append((n.key, revision, digest))
        # executemany on the open transaction: peewee builds 5,000 inserts' SQL in half a second
        ResultRevision._meta.database.cursor().executemany(_INSERT_REVISION, rows)
        batch.digest = batch_digest(digests)
        batch.save()
        payload = {"draw_no": draw.draw_no, "batch_id": batch.id, "kind": kind, "count": len(new),
                   "digest": batch.digest, "keys": sorted(n.key for n in new)[:20]}
        if source.package is not None:
            payload["package"] = source.package.uid
        if source.file_sha256:
            payload.update(file=source.file_name, file_sha256=source.file_sha256)
        if source.mapped_by_hand:
            payload["mapped_by_hand"] = source.mapped_by_hand
        audit.append(f"results.{kind}", payload)
    if not fetch:
        return []
    return list(ResultRevision.select().where(ResultRevision.batch == batch).order_by(ResultRevision.id))
