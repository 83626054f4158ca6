"""Building a task's frame (抽取范围) from its register version: operating enterprises after the filter."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.draw.models import Draw, Inspection, Plan, Task
from app.draw.row_test import OTHER_CLASS, RowTest
from app.draw.spec import CITY_STRATUM
from app.errors import NotFoundError, ValidationError
from app.registers.models import Register, RegisterVersion


@dataclass
class TaskFrame:
    task: Task
    version: RegisterVersion
    rows: list[tuple[str, str]]                       # (key, stratum)
    excluded: dict[str, int] = field(default_factory=dict)   # reason -> count


def resolve_version(task: Task) -> RegisterVersion:
    """The pinned version, else the register's newest one."""
    if task.register_version_id:
        return task.register_version
    version = (RegisterVersion.select().join(Register).where(Register.name == task.register_name)
               .order_by(RegisterVersion.version.desc()).first())
    if version is None:
        raise NotFoundError(f"任务 {task.code} 的检查对象名录库“{task.register_name}”不存在或尚未导入，请先导入名录。")
    if version.register.kind != "enterprise":
        raise ValidationError(f"任务 {task.code} 的名录库“{task.register_name}”不是检查对象名录库。")
    return version


def _months_before(iso_date: str, months: int) -> str:
    d = dt.date.fromisoformat(iso_date)
    year, month = divmod(d.year * 12 + d.month - 1 - months, 12)
    month += 1
    days_in_month = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(d.day, days_in_month)).isoformat()


def recently_inspected(plan: Plan, months: int) -> set[str]:
    """Keys inspected under another plan that started within `months` before this plan's start."""
    cutoff = _months_before(plan.start, months)
    query = (Inspection.select(Inspection.key).join(Draw).join(Plan)
             .where(Draw.status == "drawn", Inspection.active == True,  # noqa: E712
                    Plan.id != plan.id, Plan.start >= cutoff, Plan.start <= plan.start))
    return {key for (key,) in query.tuples()}


def build_task_frame(task: Task, district_names: list[str]) -> TaskFrame:
    version = resolve_version(task)
    flt: dict = task.filter or {}
    words = flt.get("product_contains") or []
    only_districts = set(flt.get("districts") or [])
    months = flt.get("exclude_inspected_months")
    skip = recently_inspected(task.plan, months) if months else set()
    targeted = RowTest(task, version)
    testing = targeted.active
    known = set(district_names)
    rows, unknown = [], []
    excluded: dict[str, int] = {}
    for key, district, product, row, cells in targeted.rows():
        if words and not any(w in (product or "") for w in words):
            excluded["产品类别不符"] = excluded.get("产品类别不符", 0) + 1
            continue
        if only_districts and district not in only_districts:
            excluded["不在所选区市"] = excluded.get("不在所选区市", 0) + 1
            continue
        if testing:
            reason = targeted.reject(key, row, cells)
            if reason:
                if reason != OTHER_CLASS:
                    excluded[reason] = excluded.get(reason, 0) + 1
                continue
        if key in skip:
            excluded["近期已被抽查"] = excluded.get("近期已被抽查", 0) + 1
            continue
        if "|" in key or "\n" in key:
            raise ValidationError(f"任务 {task.code}：名录中的企业标识“{key}”含有非法字符。")
        if task.stratify and district not in known:
            unknown.append((key, district, row))
            continue
        rows.append((key, district if task.stratify else CITY_STRATUM))
    targeted.finish(bool(rows))
    for column, n in targeted.bad_dates.items():
        excluded[f"列“{column}”的日期无法识别"] = n
    if unknown:
        key, district, row = unknown[0]
        raise ValidationError(
            f"任务 {task.code}：名录库“{task.register_name}”第 {version.version} 版中有 {len(unknown)} 家在营企业的"
            f"所属区市不在设置的区市列表中（如 {key}，第 {row} 行，区市“{district or '空'}”），无法按区市分层。"
            f"请在设置中补充区市或别名后重新导入名录。")
    rows.sort()
    return TaskFrame(task, version, rows, excluded)
