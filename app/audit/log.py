"""The append-only, hash-chained audit log.

entry_hash = SHA-256 of "SPOTCHECK-LOG-1|id|at|actor|action|payload|prev_hash",
payload as canonical JSON (sorted keys, no spaces, UTF-8). The first entry's
prev_hash is 64 zeros. Changing, deleting or re-ordering any row breaks every
hash after it, and `verify` names the first broken entry.
"""
from __future__ import annotations

import getpass
import json
from dataclasses import dataclass

from app.audit.models import AuditEntry
from app.clock import now_iso
from app.db.base import database
from app.hashing import H
from app.settings.store import get_setting

GENESIS = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(entry_id: int, at: str, actor: str, action: str, payload_json: str, prev_hash: str) -> str:
    text = "|".join(["SPOTCHECK-LOG-1", str(entry_id), at, actor, action, payload_json, prev_hash])
    return H(text)


def current_actor() -> str:
    """The clerk's name from the settings, else the OS account."""
    try:
        name = get_setting("clerk_name")
    except Exception:  # settings table may not exist yet during first migration
        name = None
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def head() -> str:
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    return last.hash if last else GENESIS


def append(action: str, payload: dict | None = None, *, actor: str | None = None) -> AuditEntry:
    """Append one entry. Call inside the service's transaction (app.db.transaction)."""
    if not database.obj.in_transaction():
        raise RuntimeError("audit.append must run inside the service transaction")
    last = AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev = last.hash if last else GENESIS
    next_id = (last.id + 1) if last else 1
    at = now_iso()
    actor = actor or current_actor()
    payload_json = canonical_json(payload or {})
    digest = entry_hash(next_id, at, actor, action, payload_json, prev)
    AuditEntry.insert(id=next_id, at=at, actor=actor, action=action, payload=payload or {},
                      prev_hash=prev, hash=digest).execute()
    return AuditEntry.get_by_id(next_id)


@dataclass
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_id: int | None = None
    reason: str | None = None

    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：共 {self.count} 条记录，哈希链校验通过。当前链头：{self.head}"
        return f"审计日志校验失败：第 {self.first_bad_id} 条记录{self.reason}。该条及其后的记录不可信。"


def verify() -> VerifyResult:
    """Re-compute the chain from the raw rows (not through JSONField, which would re-serialise)."""
    cursor = database.obj.execute_sql(
        "SELECT id, at, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY id")
    prev, expected_id, count = GENESIS, 1, 0
    for row_id, at, actor, action, payload_json, prev_hash, stored in cursor:
        count += 1
        if row_id != expected_id:
            return VerifyResult(False, count, prev, expected_id, f"缺失（编号跳到 {row_id}，记录被删除）")
        if prev_hash != prev:
            return VerifyResult(False, count, prev, row_id, "的前一条哈希与链不符（记录被删除或重排）")
        try:
            canonical = canonical_json(json.loads(payload_json))
        except (TypeError, ValueError):
            canonical = None
        if canonical != payload_json or entry_hash(row_id, at, actor, action, payload_json, prev_hash) != stored:
            return VerifyResult(False, count, prev, row_id, "的内容与其哈希不符（记录被改动）")
        prev, expected_id = stored, expected_id + 1
    return VerifyResult(True, count, prev)


def entries(limit: int | None = None, offset: int = 0, action: str | None = None) -> list[AuditEntry]:
    """Newest first; `offset` entries skipped, then at most `limit` (all when limit is None or 0)."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if action:
        query = query.where(AuditEntry.action == action)
    if limit:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)   # peewee writes LIMIT -1 OFFSET n for SQLite when there is no limit
    return list(query)
