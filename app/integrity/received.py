"""A draw this database received in a share file (app.share.importer) against its "share.import" entry.

It has no frames and no draw.commit/draw.run entries here; instead: the commitment against its text,
the record against its SHA-256 and the entry's, the record's own chain (app.draw.verify, as the offline
share check runs it), seed and witnesses against the record, and the inspection rows against the digest
the entry logged and against the record's selection for the district after the alternates the entry
lists (app.share.selection) — so a direct edit of a received inspection is named.
"""
from __future__ import annotations

from app.draw import spec
from app.draw.models import Draw, Inspection
from app.draw.verify import verify_draw_record
from app.integrity.audit_index import AuditIndex, Entry
from app.integrity.findings import Report, short
from app.share.received import ACTION, RECEIVED, drawn_marks, inspections_digest, row_dict
from app.share.selection import check_inspections


def received_entry(draw: Draw, index: AuditIndex) -> Entry | None:
    found = index.find(ACTION, local_draw_no=draw.draw_no)
    return found[-1] if found else None


def is_received(draw: Draw, index: AuditIndex) -> bool:
    """Received when the log says so, or when the plan claims it (then the missing entry is reported)."""
    return received_entry(draw, index) is not None or RECEIVED in (draw.plan.options or {})


class _Findings:
    """The result protocol app.share.selection reports into."""

    def __init__(self):
        self.messages: list[str] = []
        self.passed: list[str] = []
        self.inspections = 0

    def fail(self, member: str, message: str) -> None:
        self.messages.append(message)


def check_received(draw: Draw, subject: str, index: AuditIndex, report: Report) -> None:
    entry = received_entry(draw, index)
    if entry is None:
        report.add("draw", subject, "记为收到的共享文件，但审计日志中没有导入共享文件的记录（数据被直接写入）")
        return
    logged = entry.payload
    record = draw.record if isinstance(draw.record, dict) else {}
    if spec.H(str((draw.commit_data or {}).get("commit_text", ""))) != draw.commitment \
            or record.get("commitment") != draw.commitment:
        report.add("draw", subject, "的承诺文本、承诺值与抽取记录不符（承诺数据被改动）")
    if not record or spec.record_sha256(record) != draw.record_sha256:
        report.add("draw", subject, f"的抽取记录与其 SHA-256 不符（记载：{short(draw.record_sha256, 16)}）"
                                    "：抽取记录被改动")
    if draw.record_sha256 != logged.get("draw_record_sha256") or record.get("draw_no") != logged.get("city_draw_no"):
        report.add("draw", subject, f"的抽取记录 SHA-256 与导入共享文件时的审计日志不符"
                                    f"（日志：{short(logged.get('draw_record_sha256'), 16)}，"
                                    f"数据库：{short(draw.record_sha256, 16)}）")
    if draw.seed != record.get("seed") or draw.witnesses != record.get("witnesses"):
        report.add("draw", subject, "的种子或见证人与抽取记录不符")
    if record:
        for check in verify_draw_record(record):
            if not check.ok:
                report.add("draw", subject, f"的抽取记录重新计算 {check.name} 不通过：{check.message}")
    _check_rows(draw, subject, logged, record, report)


def _check_rows(draw: Draw, subject: str, logged: dict, record: dict, report: Report) -> None:
    rows = list(Inspection.select().where(Inspection.draw == draw).order_by(Inspection.key))
    district = logged.get("district")
    for row in rows:
        if not row.active or row.district != district:
            report.add("draw", subject, f"的检查对象 {row.key}（{short(row.name)}）被停用或改了所属区市，"
                                        "收到的抽取没有这样的记录")
    if inspections_digest(rows) != logged.get("inspections_digest"):
        report.add("draw", subject, f"的检查对象（{len(rows)} 个）与导入共享文件时审计日志记载的摘要不符"
                                    f"（日志记载 {logged.get('inspections')} 个）：检查对象被改动")
    if not record:
        return
    found = _Findings()
    share = {"district": district, "alternates_used": logged.get("alternates_used", []),
             "inspections": [row_dict(r) for r in rows]}
    check_inspections(share, record, found)
    for message in found.messages:
        report.add("draw", subject, f"收到的检查对象与抽取记录不符：{message}")
    if found.messages:
        return
    marks = drawn_marks(record, share["alternates_used"])
    for row in rows:
        want = marks.get(row.key, {})
        have = {"tickets": dict(row.tickets or {}), "ranks": dict(row.ranks or {}), "source": row.source}
        if have != want:
            report.add("draw", subject, f"的检查对象 {row.key}（{short(row.name)}）的随机数、替补排位或来源"
                                        "与抽取记录不符（被改动）")
