"""The audit log against its anchor outside the database (app.db.anchor writes it after every commit).

A log shorter than the anchor lost its tail: rows deleted (after dropping the trigger), a backup copied
over the file, or — the usual innocent case — the .db file copied without its -wal file. An entry at the
anchor's seq with another hash means the log was rewritten.
"""
from __future__ import annotations

from pathlib import Path

from app.db.anchor import anchor_path, log_tip, read_anchor
from app.db.base import database
from app.integrity.findings import Report

SUBJECT = "审计日志"


def check_anchor(db_path: str | Path) -> Report:
    report = Report()
    anchor = read_anchor(db_path)
    if anchor is None:
        return report
    report.count("anchor")
    where = anchor_path(db_path)
    if anchor.seq < 0:
        report.add("anchor", SUBJECT, f"的锚点文件“{where}”无法读取（被改动或损坏），无法确认日志未被截断")
        return report
    tip = log_tip(database.obj.connection())
    count = tip[0] if tip else 0
    if count < anchor.seq:
        report.add("anchor", SUBJECT,
                   f"比锚点记载的短：锚点（{where.name}，{anchor.at}）记载共 {anchor.seq} 条、"
                   f"链头 {anchor.head[:16]}…，"
                   f"数据库中只有 {count} 条。日志的末尾被删除（截断），或数据库文件是在没有同名 -wal 文件的情况下"
                   "复制的（请连同 .db-wal 文件一起复制，或在原电脑上正常退出程序后再复制）")
        return report
    row = database.obj.execute_sql("SELECT hash FROM audit_log WHERE id = ?", (anchor.seq,)).fetchone()
    if row is None or row[0] != anchor.head:
        found = str(row[0])[:16] + "…" if row else "（无）"
        report.add("anchor", SUBJECT, f"第 {anchor.seq} 条记录的哈希与锚点不符（锚点：{anchor.head[:16]}…，"
                                      f"数据库：{found}）：日志被改写")
    return report
