"""Re-deriving every digest from the tables: `spotcheck db check`, `log verify`, the GUI's start and the
documents (require_sound) call these. Reads only."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from app import audit
from app.db.base import database
from app.db.connection import current_db_path
from app.draw.models import Task
from app.draw.queries import get_draw
from app.errors import IntegrityError
from app.integrity.anchor import check_anchor
from app.integrity.audit_index import AuditIndex
from app.integrity.draws import check_draws
from app.integrity.findings import Report
from app.integrity.matches import check_matches
from app.integrity.registers import check_registers
from app.integrity.results import check_results
from app.match.models import Match
from app.progress import CancelFn, check_cancel


def check_log(db_path: str | Path | None = None) -> Report:
    """The audit log's hash chain, and its length and head against the anchor file."""
    report = Report()
    result = audit.verify()
    report.count("log", result.count)
    if not result.ok:
        report.add("log", "审计日志", f"第 {result.first_bad_id} 条记录{result.reason}，该条及其后的记录不可信")
    path = db_path or current_db_path()
    if path is not None:
        report.extend(check_anchor(path))
    return report


def check_file() -> Report:
    """SQLite's own check of every page (PRAGMA quick_check): a large file is not checked at open
    (app.db.connection), so the GUI's deferred check runs this first."""
    report = Report()
    try:
        rows = [str(r[0]) for r in database.obj.execute_sql("PRAGMA quick_check").fetchall()]
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:   # a page too damaged to walk
        rows = [str(exc)]
    report.count("file")
    if rows != ["ok"]:
        report.add("file", "数据库文件", f"的完整性检查未通过（{'; '.join(rows[:3])}），文件已损坏，请从备份恢复")
    return report


def check_all(db_path: str | Path | None = None, cancel: CancelFn | None = None) -> Report:
    """The log, then every register version, draw, match, work package and result batch.

    `cancel` (the GUI's deferred check, stopped when the program quits) is asked between objects and
    between batches of register rows; it raises CancelledError."""
    report = check_log(db_path)
    index = AuditIndex.load()
    report.extend(check_registers(index, cancel=cancel))
    check_cancel(cancel)
    report.extend(check_draws(index, cancel=cancel))
    check_cancel(cancel)
    report.extend(check_matches(index, cancel=cancel))
    check_cancel(cancel)
    report.extend(check_results(index))
    return report


def check_draw_chain(draw_no: int, db_path: str | Path | None = None) -> Report:
    """What a draw's documents print from: the log, the draw, its match and the register versions they use."""
    draw = get_draw(draw_no)   # the one lookup, with its message for an unknown number
    report = check_log(db_path)
    index = AuditIndex.load()
    versions = {t.register_version_id for t in Task.select().where(Task.plan == draw.plan_id)}
    for match in Match.select().where(Match.draw == draw):
        versions |= {match.inspector_version_id, match.avoidance_version_id, match.institution_version_id}
    report.extend(check_registers(index, {v for v in versions if v is not None}))
    report.extend(check_draws(index, {draw.draw_no}))
    report.extend(check_matches(index, {draw.draw_no}))
    report.extend(check_results(index, {draw.draw_no}))
    return report


def require_sound(draw_no: int) -> None:
    """Raise IntegrityError naming the first differences when the draw's data fails the check."""
    report = check_draw_chain(draw_no)
    if not report.ok:
        raise IntegrityError(
            "数据完整性校验未通过，不能生成文书（数据库可能被直接改动）：\n" + "\n".join(report.lines(5))
            + "\n请运行“spotcheck db check”查看全部不符之处，并从备份恢复。",
            details=report.as_dict())
