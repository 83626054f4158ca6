"""Plans (抽查计划) and their tasks: from a TOML file or a dict, validated, editable until committed.

The TOML file and the dict the GUI wizard builds have the same shape (see
docs/plans.md); both pass through `normalize_plan`, so a mistake gets the same
Chinese message naming the key and the task wherever it comes from.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from app import audit, workdays
from app.catalogue.items import entries, item_names, resolve, unknown_items
from app.clock import now_iso
from app.db.base import transaction
from app.draw.conditions import normalize_conditionals
from app.draw.describe import filter_text
from app.draw.filters import normalize_where
from app.draw.models import Draw, Plan, Task
from app.draw.plan_options import normalize_options, self_matching
from app.draw.risk import normalize_risk
from app.draw.spec import ratio_text
from app.draw.subtasks import CODE_RE, expand_task
from app.errors import CalendarNotCoveredError, NotFoundError, StateError, ValidationError
from app.registers.models import Register, RegisterVersion
from app.settings.store import district_names

PLAN_KEYS = {"title", "number", "start", "due", "end", "team_size", "task", "conditional", "options"}
TASK_KEYS = {"code", "name", "register", "register_version", "ratio", "count", "stratify", "items",
             "filter", "pool", "third_party", "risk"}
FILTER_KEYS = {"product_contains", "districts", "exclude_inspected_months", "where"}
POOLS = ("district", "city", "mixed")


def _date(value, key: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError(f"计划的“{key}”应为日期（如 2020-10-20），现为“{value}”。") from None


def _text(value, where: str, *, required: bool = True) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise ValidationError(f"{where}不能为空。")
    if "|" in text or "\n" in text:
        raise ValidationError(f"{where}不能包含“|”或换行（它们是抽取规则中的分隔符）。")
    return text


def parse_ratio(value, where: str) -> tuple[int, int]:
    """"20%", "12.5%", "1/5", 0.2 -> (p, q) in lowest terms, 0 < p/q <= 1."""
    text = str(value).strip().replace("％", "%")
    try:
        if text.endswith("%"):
            frac = Fraction(text[:-1].strip()) / 100
        else:
            frac = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(f"{where}的抽查比例“{value}”无法识别，应写成“20%”或“1/5”。") from None
    if not 0 < frac <= 1:
        raise ValidationError(f"{where}的抽查比例“{value}”应大于 0 且不超过 100%。")
    return frac.numerator, frac.denominator


def _normalize_filter(raw, where: str) -> dict:
    if raw in (None, {}):
        return {}
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}的“filter”应为表（键值对）。")
    unknown = set(raw) - FILTER_KEYS
    if unknown:
        raise ValidationError(f"{where}的筛选条件中有未知的键：{'、'.join(sorted(unknown))}"
                              f"（可用：{'、'.join(sorted(FILTER_KEYS))}）。")
    out: dict[str, Any] = {}
    if raw.get("product_contains"):
        words = raw["product_contains"]
        words = [words] if isinstance(words, str) else list(words)
        out["product_contains"] = [_text(w, f"{where}的产品类别关键词") for w in words]
    if raw.get("districts"):
        names = district_names()
        bad = [d for d in raw["districts"] if d not in names]
        if bad:
            raise ValidationError(f"{where}的筛选区市“{'、'.join(bad)}”不在设置的区市列表中。")
        out["districts"] = list(raw["districts"])
    if raw.get("exclude_inspected_months") is not None:
        months = raw["exclude_inspected_months"]
        if not isinstance(months, int) or isinstance(months, bool) or months < 1:
            raise ValidationError(f"{where}的“exclude_inspected_months”应为正整数（月数）。")
        out["exclude_inspected_months"] = months
    if raw.get("where") not in (None, {}, []):
        out["where"] = normalize_where(raw["where"], f"{where}的筛选条件“where”")
    return out


def _normalize_task(raw, index: int, base_dir: Path | None = None) -> dict:
    where = f"第 {index} 个任务"
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}格式不正确，应为 [[task]] 表。")
    code = str(raw.get("code", "")).strip()
    if not CODE_RE.match(code):
        raise ValidationError(f"{where}的任务编号“{code}”无效：应为 1–16 位字母、数字（如 T1）。")
    where = f"任务 {code}"
    unknown = set(raw) - TASK_KEYS
    if unknown:
        raise ValidationError(f"{where}中有未知的键：{'、'.join(sorted(unknown))}。")
    task: dict[str, Any] = {"code": code, "name": _text(raw.get("name"), f"{where}的名称“name”"),
            "register": _text(raw.get("register"), f"{where}的检查对象名录库“register”")}
    version = raw.get("register_version")
    if version is not None and (not isinstance(version, int) or isinstance(version, bool) or version < 1):
        raise ValidationError(f"{where}的“register_version”应为正整数（名录库版本号）。")
    task["register_version"] = version
    has_ratio, has_count = raw.get("ratio") is not None, raw.get("count") is not None
    if raw.get("risk") is not None:
        if has_ratio or has_count:
            raise ValidationError(f"{where}按信用风险分类设定比例（risk）时，不再写总的“ratio”或“count”。")
        task["risk"] = normalize_risk(raw["risk"], where, parse_ratio=parse_ratio, districts=district_names(),
                                      base_dir=base_dir)
        task["ratio_p"] = task["ratio_q"] = task["count"] = None
    elif has_ratio == has_count:
        raise ValidationError(f"{where}须且只须给出抽查比例“ratio”（如 \"20%\"）或固定数量“count”之一。")
    elif has_ratio:
        task["ratio_p"], task["ratio_q"] = parse_ratio(raw["ratio"], where)
        task["count"] = None
    else:
        count = raw["count"]
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValidationError(f"{where}的固定数量“count”应为正整数。")
        task["ratio_p"] = task["ratio_q"] = None
        task["count"] = count
    stratify = raw.get("stratify", "district")
    if stratify not in ("district", "none"):
        raise ValidationError(f"{where}的“stratify”应为 \"district\"（按区市分层）或 \"none\"（全市）。")
    # A fixed count is drawn city-wide (SPOTCHECK-DRAW-1), whatever was written.
    task["stratify"] = stratify == "district" and task["count"] is None
    items = raw.get("items")
    if isinstance(items, str):
        items = [items]
    if not items:
        raise ValidationError(f"{where}至少要有一项检查内容“items”。")
    task["items"] = [_text(i, f"{where}的检查内容") for i in items]
    if len(set(task["items"])) != len(task["items"]):
        raise ValidationError(f"{where}的检查内容有重复。")
    task["filter"] = _normalize_filter(raw.get("filter"), where)
    pool = raw.get("pool", "district")
    if pool not in POOLS:
        raise ValidationError(f"{where}的匹配人员范围“pool”应为 district（本区市）、city（市局）或 mixed（混合）。")
    task["pool"] = pool
    task["third_party"] = _text(raw.get("third_party"), f"{where}的第三方服务", required=False) or None
    return task


def normalize_plan(data: dict, *, base_dir: Path | None = None) -> dict:
    """Validate a plan dict (TOML shape) and return it normalized. Raises ValidationError (Chinese)."""
    if not isinstance(data, dict):
        raise ValidationError("计划内容格式不正确。")
    unknown = set(data) - PLAN_KEYS
    if unknown:
        raise ValidationError(f"计划中有未知的键：{'、'.join(sorted(unknown))}"
                              f"（可用：{'、'.join(sorted(PLAN_KEYS))}）。")
    for key in ("title", "start", "due", "end"):
        if data.get(key) in (None, ""):
            raise ValidationError(f"计划缺少“{key}”。")
    plan: dict[str, Any] = {"title": _text(data["title"], "计划标题“title”"),
            "number": str(data.get("number") or "").strip(),
            "start": _date(data["start"], "start"), "due": _date(data["due"], "due"),
            "end": _date(data["end"], "end")}
    if not plan["start"] <= plan["due"] <= plan["end"]:
        raise ValidationError("计划日期应满足：开始（start）≤ 检查和录入完成（due）≤ 结束（end）。")
    team_size = data.get("team_size", 2)
    if not isinstance(team_size, int) or isinstance(team_size, bool) or team_size < 2:
        raise ValidationError("每组检查人员数“team_size”应为不少于 2 的整数（执法人员不得少于两人）。")
    plan["team_size"] = team_size
    raw_tasks = data.get("task") or []
    if not isinstance(raw_tasks, list) or not raw_tasks:
        raise ValidationError("计划至少要有一个抽查任务（[[task]]）。")
    names = district_names()
    plan["tasks"] = [sub for i, t in enumerate(raw_tasks, start=1)
                     for sub in expand_task(_normalize_task(t, i, base_dir), names)]
    codes = [t["code"] for t in plan["tasks"]]
    dup = sorted({c for c in codes if codes.count(c) > 1})
    if dup:
        raise ValidationError(f"任务编号重复：{'、'.join(dup)}。")
    plan["conditional"] = normalize_conditionals(data.get("conditional") or [], codes, base_dir)
    for cond in plan["conditional"]:
        # A conditional item given by its catalogue code goes by the item's name, as task items do in the record.
        cond["item"] = item_names([cond["item"]])[0] if cond.get("item") else cond.get("item")
    plan["options"] = normalize_options(data.get("options"))
    return plan


def load_toml(text_or_path) -> tuple[dict, str, Path | None]:
    """Read a plan file (path) or TOML text. Returns (data, source text, base directory)."""
    path = None
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and "\n" not in text_or_path
                                          and text_or_path.strip().endswith(".toml")):
        path = Path(text_or_path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ValidationError(f"无法读取计划文件“{path}”：{exc.strerror or exc}。") from None
    else:
        text = str(text_or_path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = f"计划文件“{path.name}”" if path else "计划内容"
        # The clerk never needs the word TOML: say the file is not a plan file, and where it breaks.
        raise ValidationError(f"{where}格式有误，不是本程序可读的抽查计划文件（{exc}）。") from None
    return data, text, (path.parent if path else None)


def create_plan_from_toml(text_or_path) -> Plan:
    data, text, base_dir = load_toml(text_or_path)
    return create_plan(data, source_toml=text, base_dir=base_dir)


def _write_tasks(plan: Plan, tasks: list[dict]) -> None:
    for position, t in enumerate(tasks, start=1):
        Task.create(plan=plan, position=position, code=t["code"], name=t["name"], register_name=t["register"],
                    register_version=version_id(t), ratio_p=t["ratio_p"], ratio_q=t["ratio_q"],
                    count=t["count"], stratify=t["stratify"], items=t["items"], filter=t["filter"],
                    pool=t["pool"], third_party=t["third_party"])


def version_id(task: dict):
    """The RegisterVersion row id a task pins (None: the newest version at the commitment)."""
    if task.get("register_version") is None:
        return None
    row = (RegisterVersion.select().join(Register)
           .where(Register.name == task["register"], RegisterVersion.version == task["register_version"]).first())
    if row is None:
        raise NotFoundError(f"任务 {task['code']} 指定的名录库“{task['register']}”"
                            f"第 {task['register_version']} 版不存在。")
    return row.id


def create_plan(data: dict, *, source_toml: str = "", base_dir: Path | None = None) -> Plan:
    """Create a draft plan from a dict of the TOML shape (used by the wizard and by the TOML path)."""
    plan_data = normalize_plan(data, base_dir=base_dir)
    with transaction():
        plan = Plan.create(title=plan_data["title"], number=plan_data["number"], start=plan_data["start"],
                           due=plan_data["due"], end=plan_data["end"], team_size=plan_data["team_size"],
                           conditional_items=plan_data["conditional"], options=plan_data["options"],
                           source_toml=source_toml, status="draft", created_at=now_iso())
        _write_tasks(plan, plan_data["tasks"])
        audit.append("plan.create", {"plan_id": plan.id, "title": plan.title, "number": plan.number,
                                     "tasks": [t["code"] for t in plan_data["tasks"]]})
    return plan


def update_plan(plan_id: int, data: dict, *, source_toml: str = "") -> Plan:
    """Replace a draft plan's content. A plan is frozen once a draw of it is committed."""
    plan = get_plan(plan_id)
    plan_data = normalize_plan(data)
    with transaction():
        _require_draft(plan)
        Plan.update(title=plan_data["title"], number=plan_data["number"], start=plan_data["start"],
                    due=plan_data["due"], end=plan_data["end"], team_size=plan_data["team_size"],
                    conditional_items=plan_data["conditional"], options=plan_data["options"],
                    source_toml=source_toml).where(Plan.id == plan.id).execute()
        Task.delete().where(Task.plan == plan).execute()
        _write_tasks(plan, plan_data["tasks"])
        audit.append("plan.update", {"plan_id": plan.id, "tasks": [t["code"] for t in plan_data["tasks"]]})
    return get_plan(plan_id)


def delete_plan(plan_id: int) -> None:
    plan = get_plan(plan_id)
    with transaction():
        _require_draft(plan)
        Task.delete().where(Task.plan == plan).execute()
        Plan.delete().where(Plan.id == plan.id).execute()
        audit.append("plan.delete", {"plan_id": plan.id, "title": plan.title})


def _require_draft(plan: Plan) -> None:
    fresh = Plan.get_by_id(plan.id)
    if fresh.status != "draft" or Draw.select().where(Draw.plan == plan).exists():
        raise StateError(f"计划“{plan.title}”已提交抽取承诺，不能再修改或删除。")


def get_plan(plan_id: int) -> Plan:
    plan = Plan.get_or_none(Plan.id == plan_id)
    if plan is None:
        raise NotFoundError(f"找不到编号为 {plan_id} 的抽查计划。")
    return plan


def list_plans() -> list[Plan]:
    return list(Plan.select().order_by(Plan.id))


def plan_tasks(plan: Plan) -> list[Task]:
    return list(Task.select().where(Task.plan == plan).order_by(Task.position))


def task_ratio_text(task: Task) -> str:
    return ratio_text(task.ratio_p, task.ratio_q, task.count)


def plan_summary(plan: Plan) -> dict:
    """A plain dict of the plan for the command line, the GUI and the records.

    Each task's "item_labels" say what its items are in the catalogue's newest version ("SC-001 名称", or
    the text with 不在抽查事项清单中); "not_in_catalogue" lists the plan's items it does not hold."""
    catalogue = entries()
    tasks = plan_tasks(plan)
    unknown = unknown_items([i for t in tasks for i in t.items or []]
                            + [c.get("item", "") for c in plan.conditional_items or [] if c.get("item")], catalogue)
    return {"id": plan.id, "title": plan.title, "number": plan.number, "start": plan.start, "due": plan.due,
            "end": plan.end, "team_size": plan.team_size, "status": plan.status,
            "self_matching": self_matching(plan),
            "tasks": [{"code": t.code, "name": t.name, "register": t.register_name,
                       "register_version": t.register_version.version if t.register_version_id else None,
                       "ratio": task_ratio_text(t), "stratified": t.stratify, "items": t.items,
                       "item_labels": [r.label for r in resolve(t.items or [], catalogue)],
                       "filter": t.filter, "filter_text": filter_text(t.filter), "pool": t.pool,
                       "third_party": t.third_party}
                      for t in tasks],
            "not_in_catalogue": list(dict.fromkeys(unknown)),
            "conditional": [{k: v for k, v in c.items() if k != "nonfilers"}
                            | {"nonfilers": len(c.get("nonfilers") or {})} for c in plan.conditional_items]}


# ---- deadlines (read-only) ------------------------------------------------------

FETCH_LIST_DAYS = 5     # seed plan: 自收到本方案之日起5个工作日内……获取检查对象名单
MATCH_DAYS = 5          # seed plan: 在获取名单后5个工作日内完成……随机匹配

DEADLINE_KINDS = ("start", "fetch_list", "match", "working_days", "due", "span", "end")


@dataclass(frozen=True)
class Deadline:
    """One line of a plan's timetable.

    kind: "start", "fetch_list" (obtain the list of objects), "match" (match inspectors),
    "working_days" (the two working-day deadlines could not be computed), "due" (checks and
    result entry done), "span" (working days from start to due), "end".
    value: an ISO date; for "span" the number of working days; when not ok, the
    calendar's Chinese message (a year the working-day calendar does not cover).
    days: the working days the rule allows ("fetch_list", "match"), else None.
    """
    kind: str
    value: str
    ok: bool = True
    days: int | None = None


def deadlines_for(start: str, due: str, end: str) -> list[Deadline]:
    """The plan dates and the working-day deadlines the seed plan sets, in timetable order.

    For information only: nothing is stored. An uncovered calendar year gives its
    Chinese message in place of the date, with ok=False.
    """
    first, done = dt.date.fromisoformat(start), dt.date.fromisoformat(due)
    out = [Deadline("start", start)]
    try:
        fetch = workdays.add_working_days(first, FETCH_LIST_DAYS)
        out.append(Deadline("fetch_list", fetch.isoformat(), days=FETCH_LIST_DAYS))
        match = workdays.add_working_days(fetch, MATCH_DAYS)
        out.append(Deadline("match", match.isoformat(), days=MATCH_DAYS))
    except CalendarNotCoveredError as exc:
        out.append(Deadline("working_days", str(exc), ok=False))
    out.append(Deadline("due", due))
    try:
        out.append(Deadline("span", str(workdays.working_days_between(first, done))))
    except CalendarNotCoveredError as exc:
        out.append(Deadline("span", str(exc), ok=False))
    out.append(Deadline("end", end))
    return out


def plan_deadlines(plan: Plan) -> list[Deadline]:
    """deadlines_for the plan's own dates (any object with start, due and end will do)."""
    return deadlines_for(plan.start, plan.due, plan.end)
