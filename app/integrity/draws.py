"""A draw's rows against its record and the audit log.

- commitment = H(commit text), frames = their digests, both as 'draw.commit' logged them;
- the record against its SHA-256, the seed re-derived from the stored witnesses' digits, and seed,
  witnesses and inspections digest against 'draw.run' (whose hash the record holds as log_head_after);
- the inspection rows (name, district, tasks, tickets) against the record's inspections and the
  alternates used; the alternate uses against their 'draw.alternate' entries.
A draw received in a share file is checked by app.integrity.received instead.
"""
from __future__ import annotations

from app.draw import spec
from app.draw.models import AlternateUse, Draw, DrawFrame, Inspection, Task
from app.integrity.audit_index import AuditIndex
from app.integrity.findings import Report, short
from app.integrity.received import check_received, is_received
from app.progress import CancelFn, check_cancel
from app.registers.models import Enterprise


def draw_subject(draw_no: int) -> str:
    return f"第 {draw_no} 号抽取"


def check_draw(draw: Draw, index: AuditIndex, report: Report) -> None:
    subject = draw_subject(draw.draw_no)
    report.count("draw")
    if is_received(draw, index):   # imported from a city share: no frames, no draw.commit/run here
        check_received(draw, subject, index, report)
        return
    _check_commitment(draw, subject, index, report)
    if draw.record is None and draw.seed is None:
        return
    _check_record(draw, subject, index, report)
    _check_inspections(draw, subject, report)
    _check_alternates(draw, subject, index, report)
    _check_register_names(draw, report)


def _check_commitment(draw: Draw, subject: str, index: AuditIndex, report: Report) -> None:
    data = draw.commit_data or {}
    if spec.H(str(data.get("commit_text", ""))) != draw.commitment:
        report.add("draw", subject, "的承诺文本与承诺值不符（承诺数据被改动）")
    logged = index.find("draw.commit", draw_no=draw.draw_no)
    if not logged:
        report.add("draw", subject, "在审计日志中没有提交承诺的记录")
    else:
        entry = logged[-1].payload
        if entry.get("commitment") != draw.commitment or entry.get("log_head") != draw.log_head:
            report.add("draw", subject, f"的承诺值与审计日志不符（日志：{short(entry.get('commitment'), 16)}，"
                                        f"数据库：{short(draw.commitment, 16)}）")
        logged_frames = {t[0]: t[2] for t in entry.get("tasks", []) if len(t) > 2}
        for frame in DrawFrame.select().where(DrawFrame.draw == draw):
            derived = spec.H(frame.frame_text)
            if derived != frame.digest or logged_frames.get(frame.task_code) != derived:
                report.add("draw", subject, f"任务 {frame.task_code} 冻结的抽取范围与承诺不符（抽取范围被改动）")


def _check_record(draw: Draw, subject: str, index: AuditIndex, report: Report) -> None:
    record = draw.record or {}
    if draw.record is None or spec.record_sha256(record) != draw.record_sha256:
        report.add("draw", subject, f"的抽取记录与其 SHA-256 不符（记载：{short(draw.record_sha256, 16)}）"
                                    "：抽取记录被改动")
    witnesses = draw.witnesses or []
    inputs = [str(w.get("input", "")) for w in witnesses if isinstance(w, dict)]
    derived = spec.seed(draw.commitment, inputs)
    if derived != draw.seed:
        report.add("draw", subject, f"由见证人数字重新计算的种子与记载不符（计算：{derived[:16]}…，"
                                    f"记载：{short(draw.seed, 16)}）：见证人数字或种子被改动")
    if record.get("seed") != draw.seed:
        report.add("draw", subject, "的种子与抽取记录不符")
    if record.get("witnesses") != witnesses:
        for i, (rec, row) in enumerate(zip(record.get("witnesses") or [], witnesses), start=1):
            if rec != row:
                report.add("draw", subject, f"第 {i} 名见证人（{short(rec.get('name'))}）的数字与抽取记录不符"
                                            f"（记录：{short(rec.get('input'))}，数据库：{short(row.get('input'))}）")
                break
        else:
            report.add("draw", subject, "的见证人名单与抽取记录不符")
    logged = index.find("draw.run", draw_no=draw.draw_no)
    if not logged:
        report.add("draw", subject, "在审计日志中没有抽取记录（日志被截断或抽取被直接写入）")
        return
    entry = logged[-1]
    if entry.payload.get("seed") != draw.seed:
        report.add("draw", subject, "的种子与审计日志不符")
    if entry.payload.get("witnesses") != [[w.get("name"), w.get("unit"), w.get("input")] for w in witnesses]:
        report.add("draw", subject, "的见证人及其数字与审计日志不符")
    if entry.payload.get("inspections_digest") != spec.H(spec.canonical_json(record.get("inspections", []))):
        report.add("draw", subject, "的抽取记录中的检查对象名单与审计日志记载的摘要不符")
    if record.get("log_head_after") != entry.hash:
        report.add("draw", subject, "的抽取记录所载日志链头与审计日志不符")


def _check_inspections(draw: Draw, subject: str, report: Report) -> None:
    record = draw.record or {}
    expected = {i["key"]: i for i in record.get("inspections", [])}
    alternate_names = {a["key"]: a["name"] for t in record.get("tasks", []) for a in t.get("alternates", [])}
    uses = list(AlternateUse.select().where(AlternateUse.draw == draw))
    touched = {u.out_key for u in uses} | {u.in_key for u in uses}
    used_in = {u.in_key for u in uses}
    tickets: dict[str, dict[str, str]] = {}
    for task in record.get("tasks", []):
        for s in task.get("selected", []):
            tickets.setdefault(s["key"], {})[task["code"]] = s["ticket"]
    # Only the compared columns, as named tuples: at 200,000 inspections the models' five JSON columns
    # each were most of the check's time and memory (conditions and ranks are not compared).
    rows = {r.key: r for r in Inspection.select(
        Inspection.key, Inspection.name, Inspection.district, Inspection.tasks, Inspection.items,
        Inspection.tickets, Inspection.active).where(Inspection.draw == draw).namedtuples()}
    for key, rec in expected.items():
        row = rows.get(key)
        if row is None:
            report.add("draw", subject, f"的检查对象 {key}（{short(rec['name'])}）在数据库中缺失（被删除）")
            continue
        _compare(report, subject, key, "名称", rec["name"], row.name)
        _compare(report, subject, key, "所在区", rec["district"], row.district)
        if key not in touched:
            _compare(report, subject, key, "抽查任务", rec["tasks"], list(row.tasks or []))
            _compare(report, subject, key, "检查事项", rec["items"], list(row.items or []))
            _compare(report, subject, key, "随机数", tickets.get(key, {}), dict(row.tickets or {}))
            if not row.active:
                report.add("draw", subject, f"的检查对象 {key}（{short(row.name)}）被停用，但没有使用替补的记录")
    for key, row in rows.items():
        if key in expected:
            continue
        if key not in used_in:
            report.add("draw", subject, f"的检查对象 {key}（{short(row.name)}）不在抽取记录中，"
                                        "也不是已记录的替补（被插入）")
        else:
            _compare(report, subject, key, "名称", alternate_names.get(key), row.name)


def _compare(report: Report, subject: str, key: str, what: str, recorded, stored) -> None:
    if recorded != stored:
        report.add("draw", subject, f"的检查对象 {key} {what}与抽取记录不符"
                                    f"（记录：{short(recorded)}，数据库：{short(stored)}）")


def _check_alternates(draw: Draw, subject: str, index: AuditIndex, report: Report) -> None:
    stored = [(u.task_code, u.out_key, u.in_key, u.rank, u.reason)
              for u in AlternateUse.select().where(AlternateUse.draw == draw).order_by(AlternateUse.id)]
    logged = [(e.payload.get("task"), e.payload.get("out"), e.payload.get("in"), e.payload.get("rank"),
               e.payload.get("reason")) for e in index.find("draw.alternate", draw_no=draw.draw_no)]
    if stored != logged:
        report.add("draw", subject, f"的替补使用记录与审计日志不符（日志 {len(logged)} 条，数据库 {len(stored)} 条，"
                                    "或内容不同）")


def _check_register_names(draw: Draw, report: Report) -> None:
    """The drawn enterprises' names in the frozen register version against the record: names the
    enterprise whose row was edited (the version's digest says only that the version changed)."""
    versions = {t.code: t.register_version_id for t in Task.select().where(Task.plan == draw.plan_id)}
    for task in (draw.record or {}).get("tasks", []):
        recorded = {s["key"]: s["name"] for s in task.get("selected", []) + task.get("alternates", [])}
        version_id = versions.get(task["code"])
        if version_id is None or not recorded:
            continue
        stored: dict[str, str] = {}
        keys = sorted(recorded)
        for i in range(0, len(keys), 500):
            stored.update(Enterprise.select(Enterprise.key, Enterprise.name).where(
                (Enterprise.version == version_id) & Enterprise.key.in_(keys[i:i + 500])).tuples())
        for key in keys:
            if stored.get(key) != recorded[key]:
                report.add("register", f"名录“{task.get('register')}”第 {task.get('register_version')} 版",
                           f"中的企业 {key} 与第 {draw.draw_no} 号抽取记录不符（记录：{short(recorded[key])}，"
                           f"名录：{short(stored.get(key, '（缺失）'))}）")


def check_draws(index: AuditIndex, draw_nos: set[int] | None = None, *,
                cancel: CancelFn | None = None) -> Report:
    report = Report()
    query = Draw.select().order_by(Draw.draw_no)
    if draw_nos is not None:
        query = query.where(Draw.draw_no.in_(sorted(draw_nos)))
    for draw in query:
        check_cancel(cancel)
        check_draw(draw, index, report)
    return report
