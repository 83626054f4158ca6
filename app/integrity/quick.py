"""The check at the GUI's start: only what is cheap whatever the database's size.

- the audit log's hash chain and its head against the anchor file (check_log);
- each register version's row count against the count its import recorded, and its digest against its
  'registers.import' entry;
- each draw's seed and log head, each match's record digest, each result batch's digest and count against
  their audit entries.

Every column read here is short: no register row is rendered, no draw or match record is parsed, so the
check takes the same time and memory for 1,000 or 1,000,000 enterprises. It finds an edited log, a
truncated log, a deleted or inserted register row and an edited digest; an edited register row, draw
record, assignment or result is found by the full check (checks.check_all), which the GUI runs later in
the background and `spotcheck db check` runs in full.
"""
from __future__ import annotations

from pathlib import Path

from app.db.base import database
from app.integrity.audit_index import AuditIndex
from app.integrity.checks import check_log
from app.integrity.draws import draw_subject
from app.integrity.findings import Report, short
from app.integrity.matches import match_subject
from app.integrity.registers import version_subject
from app.integrity.results import batch_subject
from app.registers.queries import ROW_TABLES

SMALL_CACHE_KIB = 2048   # the page cache of this check (see check_at_start)


def check_at_start(db_path: str | Path | None = None) -> Report:
    report = check_log(db_path)
    index = AuditIndex.load()
    # The row counts walk each version's key index (40 MB at 1,000,000 enterprises), and reading a draw's
    # or match's head walks the overflow pages of its record before it (55 MB at 200,000 inspections):
    # through a small page cache those pages pass instead of staying, so memory does not grow with them.
    cache_size = database.obj.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.obj.execute_sql(f"PRAGMA cache_size = -{SMALL_CACHE_KIB}")
    try:
        _registers(index, report)
        _draws(index, report)
        _matches(index, report)
        _batches(index, report)
    finally:
        database.obj.execute_sql(f"PRAGMA cache_size = {int(cache_size)}")
    return report


def _registers(index: AuditIndex, report: Report) -> None:
    sql = ("SELECT v.id, v.version, v.digest, v.imported, r.name, r.kind FROM register_version v "
           "JOIN register r ON r.id = v.register_id ORDER BY r.name, v.version")
    for version_id, version, digest, imported, name, kind in database.obj.execute_sql(sql).fetchall():
        report.count("register")
        subject = version_subject(name, version)
        # COUNT(*) on the (version_id, key) index: a few milliseconds per 100,000 rows, no row read
        rows = database.obj.execute_sql(f'SELECT COUNT(*) FROM "{ROW_TABLES[kind]}" WHERE version_id = ?',
                                        (version_id,)).fetchone()[0]
        if rows != imported:
            report.add("register", subject, f"在数据库中有 {rows} 行，导入时记载 {imported} 行（名录的行被删除或增加）")
        logged = index.find("registers.import", register=name, version=version)
        if logged and logged[-1].payload.get("digest") != digest:
            logged_digest = short(logged[-1].payload.get("digest"), 16)
            report.add("register", subject,
                       f"的内容摘要与审计日志不符（日志：{logged_digest}，数据库：{short(digest, 16)}）")


def _draws(index: AuditIndex, report: Report) -> None:
    sql = "SELECT draw_no, commitment, seed, log_head_after FROM draw WHERE seed IS NOT NULL ORDER BY draw_no"
    for draw_no, commitment, seed, head_after in database.obj.execute_sql(sql).fetchall():
        report.count("draw")
        committed = index.find("draw.commit", draw_no=draw_no)
        if committed and committed[-1].payload.get("commitment") != commitment:
            report.add("draw", draw_subject(draw_no), "的承诺值与审计日志不符")
        run = index.find("draw.run", draw_no=draw_no)
        if run and (run[-1].payload.get("seed") != seed or run[-1].hash != head_after):
            report.add("draw", draw_subject(draw_no), "的种子或日志链头与审计日志不符")


def _matches(index: AuditIndex, report: Report) -> None:
    sql = ("SELECT m.id, d.draw_no, m.record_sha256 FROM match m JOIN draw d ON d.id = m.draw_id "
           "WHERE m.status = 'matched' ORDER BY d.draw_no, m.id")
    for match_id, draw_no, sha in database.obj.execute_sql(sql).fetchall():
        report.count("match")
        logged = {e.payload.get("record_sha256") for e in index.with_key("record_sha256", match_id=match_id)
                  if e.action.startswith("match.")}
        if logged and sha not in logged:
            report.add("match", match_subject(draw_no),
                       f"的匹配记录 SHA-256 与审计日志不符（数据库：{short(sha, 16)}）")


def _batches(index: AuditIndex, report: Report) -> None:
    sql = ("SELECT b.id, b.kind, b.digest, b.count, d.draw_no FROM result_batch b JOIN draw d ON d.id = b.draw_id "
           "ORDER BY b.id")
    for batch_id, kind, digest, count, draw_no in database.obj.execute_sql(sql).fetchall():
        report.count("result")
        logged = index.find(f"results.{kind}", batch_id=batch_id)
        if logged and (logged[-1].payload.get("digest"), logged[-1].payload.get("count")) != (digest, count):
            report.add("result", batch_subject(draw_no, batch_id, kind), "的摘要或条数与审计日志不符")
