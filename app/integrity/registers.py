"""Register versions: the content digest re-derived from the rows, against the version and its audit entry.

The digest (SPOTCHECK-REGISTER-1) covers every content field of every row of the version, so an edited
name or address, a deleted or an added row changes it. The audit entry 'registers.import' recorded the
digest when the version was committed: the chain and the anchor make that entry itself tamper-evident.
"""
from __future__ import annotations

import hashlib
from itertools import islice

from app.db.base import database
from app.integrity.audit_index import AuditIndex
from app.integrity.findings import Report
from app.progress import CancelFn, check_cancel
from app.registers.models import Register, RegisterVersion
from app.registers.queries import COLUMNS, JSON_COLUMNS, KEY_SQL, ROW_TABLES
from app.registers.staging import DIGEST_HEADER
from app.registers.validate import record_keys, render_lines

BATCH = 5000   # rows rendered and hashed at a time: memory stays flat whatever the register's size


def version_subject(name: str, version: int) -> str:
    return f"名录“{name}”第 {version} 版"


def check_version(version: RegisterVersion, kind: str, name: str, index: AuditIndex, report: Report,
                  cancel: CancelFn | None = None) -> None:
    subject = version_subject(name, version.version)
    report.count("register")
    rows, distinct, derived = streamed_digest(version.id, kind, cancel)
    if rows != distinct:
        report.add("register", subject, f"有 {rows - distinct} 行重复的编号（行被复制或插入）")
    if derived != version.digest:
        report.add("register", subject, f"内容摘要不符：数据库中的 {rows} 行重新计算得 {derived[:16]}…，"
                                        f"版本记载 {version.digest[:16]}…（名录内容被改动、删除或增加）")
    logged = index.find("registers.import", register=name, version=version.version)
    if not logged:
        report.add("register", subject, "在审计日志中没有导入记录（版本被直接插入数据库，或日志被截断）")
    elif logged[-1].payload.get("digest") != version.digest:
        logged_digest = str(logged[-1].payload.get("digest"))
        report.add("register", subject, f"的内容摘要与审计日志不符（日志：{logged_digest[:16]}…，"
                                        f"数据库：{version.digest[:16]}…）")


def _rows_by_key(version_id: int, kind: str):
    """The version's content rows in key order (ties, possible only when the unique index was dropped, in
    id order): a cursor that SQLite feeds from the (version_id, key) index, never the whole version."""
    # The columns as app.registers.queries.content_rows selects them (empty JSON as ''), plus the id tie-break.
    selected = ", ".join(f"""CASE WHEN "{c}" IN ('{{}}', '[]') THEN '' ELSE "{c}" END""" if c in JSON_COLUMNS
                         else f'"{c}"' for c in COLUMNS[kind])
    sql = (f'SELECT {selected} FROM "{ROW_TABLES[kind]}" WHERE version_id = ? '
           f"ORDER BY {KEY_SQL[kind]}, id")
    return database.obj.execute_sql(sql, (version_id,))


def streamed_digest(version_id: int, kind: str, cancel: CancelFn | None = None) -> tuple[int, int, str]:
    """(rows, distinct keys, digest_of the version's content lines) in one pass in key order.

    Byte-identical to digest_of(kind, content_lines(kind, rows)): the same header and lines, each ending
    in LF; of rows sharing a key the last by id counts, as the key -> line dict kept it."""
    digest = hashlib.sha256(f"{DIGEST_HEADER}|{kind}\n".encode())
    rows = distinct = 0
    cursor = _rows_by_key(version_id, kind)
    pending: tuple[str, str] | None = None   # the last (key, line) seen: a duplicate key replaces it
    while batch := list(islice(cursor, BATCH)):
        check_cancel(cancel)
        rows += len(batch)
        out = []
        for key, line in zip(record_keys(kind, batch), render_lines(kind, batch)):
            if pending is not None and pending[0] != key:
                out.append(pending[1])
                distinct += 1
            pending = (key, line)
        if out:
            digest.update(("\n".join(out) + "\n").encode("utf-8"))
    if pending is not None:
        digest.update((pending[1] + "\n").encode("utf-8"))
        distinct += 1
    return rows, distinct, digest.hexdigest()


def check_registers(index: AuditIndex, version_ids: set[int] | None = None, *,
                    cancel: CancelFn | None = None) -> Report:
    """Every version (or those in `version_ids`)."""
    report = Report()
    query = (RegisterVersion.select(RegisterVersion, Register).join(Register)
             .order_by(Register.name, RegisterVersion.version))
    if version_ids is not None:
        query = query.where(RegisterVersion.id.in_(sorted(version_ids)))
    for version in query:
        check_version(version, version.register.kind, version.register.name, index, report, cancel)
    return report
