"""Issue district work packages: one .xlsx per district of a matched draw, recorded as Package rows.

Order of work, so that a failure or a cancel leaves neither half:
1. read everything (draw, inspections, teams, settings, deadlines) — plain reads, no lock;
2. write each package under a temporary name (app.files.atomic_path) and take its SHA-256;
   with --with-documents, the district's notices and forms are generated beside it;
3. one transaction: a Package row and one audit entry "packages.issue" per package;
4. rename the temporaries to their final names.
The package number (issue_no) is fixed in the file before the transaction; the transaction checks that
no other program issued a package for the same district meanwhile.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app import audit
from app.audit.log import current_actor
from app.clock import now_iso
from app.db.base import transaction
from app.docs import service as docs_service
from app.docs.service import StagedFiles, safe_name
from app.draw.models import Draw, Inspection, Task
from app.draw.plan_options import self_matching
from app.draw.plans import plan_deadlines
from app.draw.queries import get_draw
from app.errors import NotFoundError, StateError
from app.files import remove_stale_temporaries
from app.hashing import file_sha256
from app.integrity import require_sound
from app.integrity.results import keys_digest
from app.match.queries import current_match, current_teams
from app.packages import identity
from app.packages.workbook import PackageData, PackageRow, build_workbook
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.results.models import Package
from app.settings.store import district_names, get_setting, resolve_district, result_lists, units

CANCELLED = "已取消下发工作包：未写入任何文件，也未记录下发。"
DEADLINE_LABELS = {
    "start": "抽查开始（收到方案之日）",
    "fetch_list": "获取检查对象名单（收到方案后 {days} 个工作日内）",
    "match": "完成检查人员随机匹配（获取名单后 {days} 个工作日内）",
    "working_days": "工作日期限",
    "due": "完成检查和结果录入",
    "span": "开始至完成的工作日数",
    "end": "抽查结束（结果录入并公示）",
}


@dataclass
class PackageFile:
    district: str
    path: Path
    uid: str
    issue_no: int
    inspections: int
    rows: int


def _require_matched(draw: Draw) -> None:
    if draw.status != "drawn":
        state = {"committed": "已承诺但尚未抽取", "void": "已作废"}.get(draw.status, draw.status)
        raise StateError(f"第 {draw.draw_no} 号抽取{state}，不能下发工作包。")
    match = current_match(draw.draw_no, required=False)
    if match is None or match.status != "matched":
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成检查人员随机匹配，不能下发工作包"
                         "（工作包中的检查人员来自匹配结果）。请先完成随机匹配。")


def package_file_name(draw_no: int, district: str, issue_no: int) -> str:
    return f"第{draw_no}号抽取_{safe_name(district)}_工作包_第{issue_no}次.xlsx"


def _deadlines(plan) -> list[tuple[str, str]]:
    out = []
    for d in plan_deadlines(plan):
        label = DEADLINE_LABELS.get(d.kind, d.kind).format(days=d.days)
        value = f"{d.value} 个工作日" if d.kind == "span" and d.ok else d.value
        out.append((label, value))
    return out


def _unit_of(district: str) -> str:
    return next((u.get("name", "") for u in units() if u.get("district") == district), "")


def _sort_key(ins: Inspection) -> tuple[str, str]:
    """Ticket order, as the printed documents list them (app.docs.data.inspection_sheets)."""
    return (min((t for t in (ins.tickets or {}).values() if t), default=""), ins.key)


def _read(draw: Draw, district: str | None) -> list[PackageData]:
    known = district_names()
    if district is not None:
        # a configured name or alias (市南 → 市南区), as the register import maps districts
        resolved = resolve_district(district)
        if resolved is None:
            raise NotFoundError(f"没有名为“{district}”的区市。可选：{'、'.join(known)}。")
        district = resolved
    # A district the plan leaves to its own copy matches and issues its own packages (spec-match-1 section 13).
    own = self_matching(draw.plan)
    if district in own:
        raise StateError(f"按计划，{district}由区市自行匹配检查人员，工作包由该区市在本区市的程序中下发；"
                         "请向其发送区市共享文件。")
    query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    if district is not None:
        query = query.where(Inspection.district == district)
    elif own:
        query = query.where(Inspection.district.not_in(own))
    by_district: dict[str, list[Inspection]] = {}
    for ins in query:
        by_district.setdefault(ins.district, []).append(ins)
    if not by_district:
        where = f"{district}" if district else ""
        raise NotFoundError(f"第 {draw.draw_no} 号抽取中{where}没有有效的检查对象，无需下发工作包。")
    plan = draw.plan
    teams = current_teams(draw.draw_no)
    task_names = {t.code: t.name for t in Task.select().where(Task.plan == plan)}
    contact = {k: str(get_setting(k) or "") for k in ("bureau_name", "contact_person", "contact_phone")}
    deadlines, lists = _deadlines(plan), result_lists()
    order = {name: i for i, name in enumerate(known)}
    out = []
    for name in sorted(by_district, key=lambda d: (order.get(d, len(order)), d)):
        inspections = sorted(by_district[name], key=_sort_key)
        keys = [i.key for i in inspections]
        certs = {k: [cert for cert, _, _ in teams.get(k, [])] for k in keys}
        content = identity.issued_content(draw, name, keys, teams=certs,
                                          inspections={i.key: i for i in inspections})
        rows = [PackageRow(i.key, i.name, "、".join(f"{c} {task_names.get(c, '')}".strip() for c in i.tasks or []),
                           [str(item) for item in i.items or []],
                           "、".join(f"{n}（{c}）" if n else c for c, n, _ in teams.get(i.key, [])))
                for i in inspections]
        out.append(PackageData(plan.title, plan.number or "", draw.draw_no, name, _unit_of(name), plan.start,
                               plan.due, plan.end, deadlines, contact, lists, rows, content,
                               digest=identity.content_digest(content)))
    return out


def _issued_count(draw: Draw, district: str) -> int:
    return Package.select().where((Package.draw == draw) & (Package.district == district)).count()


def write_packages(draw_no: int, out_dir, *, district: str | None = None, with_documents: bool = False,
                   progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> list[PackageFile]:
    """Write and record the work packages of draw `draw_no` (every district, or only `district`)."""
    draw = get_draw(draw_no)
    _require_matched(draw)
    require_sound(draw_no)     # issue only what passes the tamper check
    out_dir = Path(out_dir)
    remove_stale_temporaries(out_dir)
    packages = _read(draw, district)
    check_cancel(cancel, CANCELLED)
    issued_at, actor = now_iso(), current_actor()
    staged = StagedFiles(out_dir)
    records = []
    try:
        for n, data in enumerate(packages):
            data.uid, data.issued_at = uuid.uuid4().hex, issued_at
            data.issue_no = _issued_count(draw, data.district) + 1
            report(progress, n, len(packages), f"正在生成{data.district}的工作包…")
            final = out_dir / package_file_name(draw.draw_no, data.district, data.issue_no)
            tmp = staged.temp_for(final)
            build_workbook(data, progress=progress, cancel=cancel).save(tmp)
            check_cancel(cancel, CANCELLED)
            records.append((data, final, file_sha256(tmp)))
        if with_documents:
            for data in packages:
                folder = out_dir / safe_name(data.district)
                for kind in ("notice", "form"):
                    check_cancel(cancel, CANCELLED)
                    docs_service.generate(kind, draw.draw_no, folder, district=data.district, cancel=cancel)
        check_cancel(cancel, CANCELLED)
        _record(draw, records, actor)
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    report(progress, len(packages), len(packages), f"已下发 {len(packages)} 个工作包。")
    return [PackageFile(d.district, final, d.uid, d.issue_no, len(d.rows), d.row_count)
            for d, final, _ in records]


def _record(draw: Draw, records: list, actor: str) -> None:
    with transaction():
        for data, final, file_sha in records:
            if _issued_count(draw, data.district) + 1 != data.issue_no:
                raise StateError(f"{data.district}的工作包刚由另一个程序下发，请重新下发。")
            keys = [i["key"] for i in data.content["inspections"]]
            Package.create(uid=data.uid, draw=draw, district=data.district, issue_no=data.issue_no, keys=keys,
                           content_digest=data.digest, file_name=final.name, file_sha256=file_sha,
                           issued_at=data.issued_at, issued_by=actor)
            audit.append("packages.issue", {
                "uid": data.uid, "draw_no": draw.draw_no, "district": data.district, "issue_no": data.issue_no,
                "content_digest": data.digest, "file_sha256": file_sha, "keys_digest": keys_digest(keys),
                "count": len(keys), "file": final.name})
