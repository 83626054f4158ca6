"""Register versions: the content digest re-derived from the rows, against the version and its audit entry.

The digest (SPOTCHECK-REGISTER-1) covers every content field of every row of the version, so an edited
name or address, a deleted or an added row changes it. The audit entry 'registers.import' recorded the
digest when the version was committed: the chain and the anchor make that entry itself tamper-evident.
"""
from __future__ import annotations

from app.db.base import database
from app.integrity.audit_index import AuditIndex
from app.integrity.findings import Report
from app.registers.models import Register, RegisterVersion
from app.registers.queries import ROW_TABLES, content_rows
from app.registers.validate import content_lines, digest_of


def version_subject(name: str, version: int) -> str:
    return f"名录“{name}”第 {version} 版"


def check_version(version: RegisterVersion, kind: str, name: str, index: AuditIndex, report: Report) -> None:
    subject = version_subject(name, version.version)
    report.count("register")
    lines = content_lines(kind, content_rows(version.id, kind))
    rows = database.obj.execute_sql(
        f'SELECT COUNT(*) FROM "{ROW_TABLES[kind]}" WHERE version_id = ?', (version.id,)).fetchone()[0]
    if rows != len(lines):
        report.add("register", subject, f"有 {rows - len(lines)} 行重复的编号（行被复制或插入）")
    derived = digest_of(kind, lines)
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


def check_registers(index: AuditIndex, version_ids: set[int] | None = None) -> Report:
    """Every version (or those in `version_ids`)."""
    report = Report()
    query = (RegisterVersion.select(RegisterVersion, Register).join(Register)
             .order_by(Register.name, RegisterVersion.version))
    if version_ids is not None:
        query = query.where(RegisterVersion.id.in_(sorted(version_ids)))
    for version in query:
        check_version(version, version.register.kind, version.register.name, index, report)
    return report
