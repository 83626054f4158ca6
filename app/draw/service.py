"""The draw services: commit (frames + commitment) → run (witnessed seed → selection).

Each data change is one transaction with its audit entry. Nothing of the
selection exists before the seed: `preview_frames` and `commit_draw` show
frame sizes and quotas only.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any, NamedTuple

from peewee import Value

from app import audit
from app.catalogue.items import item_names, snapshot
from app.clock import now_iso
from app.db.base import bulk_insert, transaction
from app.draw import list_digests, spec
from app.draw.conditions import conditions_for
from app.draw.describe import committed_filter
from app.draw.frames import build_task_frame
from app.draw.models import Draw, DrawFrame, Inspection, Plan, Task
from app.draw.plan_options import self_matching
from app.draw.plans import get_plan, normalize_plan, plan_tasks, task_ratio_text, version_id
from app.draw.queries import get_draw
from app.errors import StateError, ValidationError
from app.gcpause import gc_paused
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.registers.models import Enterprise
from app.settings.store import district_names

ALTERNATE_RULE = ("抽中的检查对象在实施检查前已注销、被吊销或已关闭停业的，由同一任务、同一分层的替补对象"
                  "按替补顺序依次递补（先用排位在前且未用过的替补），每次递补须记录原因并写入审计日志。")
MIN_WITNESSES, MIN_DIGITS = 2, 20
# Present only for a task with a targeted filter or a risk class (describe.committed_filter).
FILTER_KEYS = ("filter", "filter_text", "risk_class", "risk_task")


def _frames(plan: Plan, progress: ProgressFn | None = None, cancel: CancelFn | None = None):
    tasks = plan_tasks(plan)
    names, frames = district_names(), []
    for i, task in enumerate(tasks):
        check_cancel(cancel)
        report(progress, i, len(tasks), f"正在生成任务 {task.code} 的抽取范围…")
        frames.append(build_task_frame(task, names))
    _refuse_empty_risk_tasks(frames)
    return frames


def _refuse_empty_risk_tasks(frames) -> None:
    """A risk task whose every class is empty (a wrong class column or list) is refused, naming it."""
    found: dict[str, int] = {}
    for f in frames:
        risk = (f.task.filter or {}).get("risk")
        if risk:
            found[risk["of"]] = found.get(risk["of"], 0) + len(f.rows)
    empty = [code for code, n in found.items() if n == 0]
    if empty:
        raise ValidationError(f"任务 {'、'.join(empty)} 按信用风险分类设定比例，但各分类的抽取范围都为空："
                              f"请检查信用风险分类的列或名单，以及其他筛选条件。")


def _task_summary(frame) -> dict:
    task, ratio = frame.task, task_ratio_text(frame.task)
    return {"code": task.code, "name": task.name, "register": task.register_name,
            "register_version": frame.version.version, "ratio": ratio, "stratified": task.stratify,
            "items": item_names(list(task.items)), "frame_size": len(frame.rows),
            "strata": spec.strata_quotas(frame.rows, ratio), "excluded": frame.excluded} | committed_filter(task.filter)


def preview_frames(plan_id: int) -> list[dict]:
    """Per task: frame size and strata with quotas (never a selection). Writes nothing."""
    return [_task_summary(f) for f in _frames(get_plan(plan_id))]


def preview_plan_data(data: dict) -> list[dict]:
    """preview_frames of a plan the wizard holds (the TOML-shaped dict), before it is saved: its tasks
    (a risk task as its sub-tasks) as unsaved rows, so the clerk sees each class's frame and quota."""
    plan_data = normalize_plan(data)
    plan = Plan(title=plan_data["title"], start=plan_data["start"])
    tasks = [Task(plan=plan, position=i, code=t["code"], name=t["name"], register_name=t["register"],
                  register_version=version_id(t), ratio_p=t["ratio_p"], ratio_q=t["ratio_q"], count=t["count"],
                  stratify=t["stratify"], items=t["items"], filter=t["filter"])
             for i, t in enumerate(plan_data["tasks"], start=1)]
    names = district_names()
    frames = [build_task_frame(task, names) for task in tasks]
    _refuse_empty_risk_tasks(frames)
    return [_task_summary(f) for f in frames]


def _open_draw(plan: Plan) -> Draw | None:
    return Draw.select().where(Draw.plan == plan, Draw.status.in_(["committed", "drawn"])).first()


def commit_draw(plan_id: int, *, progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> Draw:
    """Freeze the plan with its frames and publish the commitment (before any seed exists)."""
    plan = get_plan(plan_id)
    with transaction():
        existing = _open_draw(plan)
        if existing:
            state = "已承诺、等待抽取" if existing.status == "committed" else "已完成抽取"
            raise StateError(f"计划“{plan.title}”的第 {existing.draw_no} 号抽取{state}；"
                             f"如需重新抽取，须先说明理由将其作废。")
        frames = _frames(plan, progress, cancel)
        if not any(f.rows for f in frames):
            raise ValidationError("所有任务的抽取范围都为空（没有符合条件的在营企业），无法提交抽取承诺。")
        check_cancel(cancel)
        last = Draw.select(Draw.draw_no).order_by(Draw.draw_no.desc()).first()
        draw_no = (last.draw_no + 1) if last else 1
        log_head = audit.head()
        texts = [spec.frame_text(f.rows) for f in frames]
        summaries = [_task_summary(f) | {"frame_digest": spec.H(t)} for f, t in zip(frames, texts)]
        text = spec.commit_text(draw_no, log_head, [(s["code"], s["ratio"], s["frame_digest"]) for s in summaries])
        commitment = spec.H(text)
        draw = Draw.create(draw_no=draw_no, plan=plan, status="committed", log_head=log_head,
                           commitment=commitment, committed_at=now_iso(),
                           commit_data={"commit_text": text, "tasks": summaries, "alternate_rule": ALTERNATE_RULE,
                                        "plan": _plan_brief(plan), "catalogue": _catalogue_snapshot(plan)})
        for f, frame_text, s in zip(frames, texts, summaries):
            DrawFrame.create(draw=draw, task_code=s["code"], frame_text=frame_text, digest=s["frame_digest"],
                             size=s["frame_size"])
            if not f.task.register_version_id:   # freeze the register version with the plan
                Task.update(register_version=f.version).where(Task.id == f.task.id).execute()
        Plan.update(status="frozen").where(Plan.id == plan.id).execute()
        audit.append("draw.commit", {"draw_no": draw_no, "plan_id": plan.id, "log_head": log_head,
                                     "commitment": commitment,
                                     "tasks": [[s["code"], s["ratio"], s["frame_digest"], s["frame_size"]]
                                               for s in summaries]})
    report(progress, 1, 1, "抽取承诺已提交。")
    return Draw.get_by_id(draw.id)


def _catalogue_snapshot(plan: Plan) -> dict:
    """The plan's check items as the catalogue has them now (code, name, basis …), frozen with the
    commitment so later catalogue versions never change this draw's documents. Outside commit_text:
    SPOTCHECK-DRAW-1's commitment and record stay as they are."""
    refs = [i for t in plan_tasks(plan) for i in t.items or []]
    refs += [c.get("item", "") for c in plan.conditional_items or [] if c.get("item")]
    return snapshot(refs)


def _plan_brief(plan: Plan) -> dict:
    brief = {"id": plan.id, "title": plan.title, "number": plan.number, "start": plan.start,
             "due": plan.due, "end": plan.end}
    districts = self_matching(plan)
    if districts:   # only then: a plan matched wholly by the city keeps its record byte for byte
        brief["self_matching"] = districts
    return brief


def validate_witnesses(witnesses: list[dict]) -> list[dict]:
    """At least two witnesses with name and unit, decimal digits only, at least 20 digits in total."""
    if not witnesses or len(witnesses) < MIN_WITNESSES:
        raise ValidationError(f"至少需要 {MIN_WITNESSES} 名见证人（现有 {len(witnesses or [])} 名）。")
    out = []
    for i, w in enumerate(witnesses, start=1):
        name, unit = str(w.get("name") or "").strip(), str(w.get("unit") or "").strip()
        digits = "".join(str(w.get("input") or "").split())
        if not name or not unit:
            raise ValidationError(f"第 {i} 名见证人的姓名和单位不能为空。")
        if any(ch in "|\n" for ch in name + unit):
            raise ValidationError(f"第 {i} 名见证人的姓名或单位不能包含“|”。")
        if not digits or not all("0" <= ch <= "9" for ch in digits):
            raise ValidationError(f"见证人“{name}”提供的“{w.get('input')}”不全是数字：只能填写掷十面骰得到的 0–9。")
        out.append({"name": name, "unit": unit, "role": str(w.get("role") or "").strip(), "input": digits})
    total = sum(len(w["input"]) for w in out)
    if total < MIN_DIGITS:
        raise ValidationError(f"见证人提供的数字合计只有 {total} 位，至少需要 {MIN_DIGITS} 位。")
    return out


def draws_for_plan(plan_id: int) -> list[Draw]:
    return list(Draw.select().where(Draw.plan == plan_id).order_by(Draw.draw_no))


def committed_draw_for_plan(plan_id: int) -> Draw:
    plan = get_plan(plan_id)
    draw = _open_draw(plan)
    if draw is None:
        raise StateError(f"计划“{plan.title}”还没有提交抽取承诺：请先执行“提交承诺”（spotcheck draw commit）。")
    if draw.status == "drawn":
        raise StateError(f"计划“{plan.title}”的第 {draw.draw_no} 号抽取已经完成，同一抽取不能再次运行。")
    return draw


def inspections(draw_no: int, district: str | None = None) -> list[Inspection]:
    query = Inspection.select().where(Inspection.draw == get_draw(draw_no), Inspection.active == True)  # noqa: E712
    if district:
        query = query.where(Inspection.district == district)
    return list(query.order_by(Inspection.key))


class _Named(NamedTuple):
    name: str
    district: str
    extra: str | None      # the stored JSON text: parsed only when the plan has conditional items


def _enterprises(version_id: int, keys) -> dict[str, _Named]:
    """{key: (name, district, extra text)} of the drawn keys, in one query: the keys go in as one JSON
    array (json_each) and the unique (version, key) index finds each. Building peewee's IN (...) SQL
    for 440 batches of 500 keys and decoding every row's extra was 37 % of run_draw at 1,000,000."""
    cursor = Enterprise._meta.database.execute_sql(
        "SELECT key, name, district, extra FROM enterprise WHERE version_id = ? "
        "AND key IN (SELECT value FROM json_each(?))", (version_id, json.dumps(list(keys))))
    return {key: _Named(name, district, extra) for key, name, district, extra in cursor}


def _items_for(codes: list[str], task_items: dict[str, list[str]], conditions: list[dict]) -> list[str]:
    items = []
    for code in task_items:                      # plan order
        if code in codes:
            items += [i for i in task_items[code] if i not in items]
    return items + [c["item"] for c in conditions if c["item"] not in items]


def run_draw(draw_no: int, witnesses: list[dict], *, progress: ProgressFn | None = None,
             cancel: CancelFn | None = None) -> Draw:
    """The witnessed draw: seed, quotas, tickets, selection, alternates, merge. Runs once only."""
    witnesses = validate_witnesses(witnesses)
    draw = get_draw(draw_no)
    with gc_paused(), transaction():   # millions of tickets and records: no cycle searches meanwhile
        draw = Draw.get_by_id(draw.id)           # status re-read under the write lock
        if draw.status == "drawn":
            raise StateError(f"第 {draw.draw_no} 号抽取已于 {draw.drawn_at} 完成，同一抽取不能再次运行。")
        if draw.status == "void":
            raise StateError(f"第 {draw.draw_no} 号抽取已作废，不能运行；请重新提交抽取承诺。")
        plan, commit = draw.plan, draw.commit_data
        tasks = {t.code: t for t in plan_tasks(plan)}
        frames = {f.task_code: f for f in DrawFrame.select().where(DrawFrame.draw == draw)}
        seed = spec.seed(draw.commitment, [w["input"] for w in witnesses])
        record_tasks, selections = [], []
        for i, summary in enumerate(commit["tasks"]):
            check_cancel(cancel)
            report(progress, i, len(commit["tasks"]), f"正在抽取任务 {summary['code']}…")
            frame = frames[summary["code"]]
            if spec.H(frame.frame_text) != summary["frame_digest"]:
                raise StateError(f"任务 {summary['code']} 冻结的抽取范围与承诺不符，数据库可能被改动。")
            result = spec.draw_task(seed, summary["code"], spec.parse_frame_text(frame.frame_text), summary["ratio"])
            task = tasks[summary["code"]]
            names = _enterprises(task.register_version_id, [s["key"] for s in result.selected + result.alternates])
            record_tasks.append({k: summary[k] for k in ("code", "name", "register", "register_version", "ratio",
                                                         "stratified", "items", "frame_size", "frame_digest", "strata")}
                                | {k: summary[k] for k in FILTER_KEYS if k in summary}
                                | {"selected": [{"key": s["key"], "name": names[s["key"]].name, "stratum": s["stratum"],
                                                 "ticket": s["ticket"]} for s in result.selected],
                                   "alternates": [{"key": a["key"], "name": names[a["key"]].name,
                                                   "stratum": a["stratum"], "ticket": a["ticket"], "rank": a["rank"]}
                                                  for a in result.alternates]})
            selections.append((task, result, names))
        check_cancel(cancel)
        committed_items = {t["code"]: list(t["items"]) for t in commit["tasks"]}   # names, as committed
        record_inspections = _merge_inspections(draw, plan, selections, committed_items)
        # Each list is encoded once: for the record's text and for its SHA-256 under the printed list.
        list_texts = {"inspections": spec.canonical_json(record_inspections)}   # the record's largest part
        task_texts = []
        for n, t in enumerate(record_tasks):
            parts = {field: spec.canonical_json(t[field]) for field in ("alternates", "selected")}
            list_texts |= {f"tasks[{n}].{field}": text for field, text in parts.items()}
            task_texts.append(canonical_with(t, parts))
        digests = {path: spec.H(text) for path, text in list_texts.items()}
        voided = [{"draw_no": d.draw_no, "reason": d.void_reason}
                  for d in Draw.select().where(Draw.plan == plan, Draw.status == "void", Draw.draw_no < draw.draw_no)
                  .order_by(Draw.draw_no)]
        audit.append("draw.run", {"draw_no": draw.draw_no, "commitment": draw.commitment, "seed": seed,
                                  "witnesses": [[w["name"], w["unit"], w["input"]] for w in witnesses],
                                  "inspections": len(record_inspections),
                                  "inspections_digest": digests["inspections"]})
        log_head_after = audit.head()
        record = {"spec": spec.SPEC, "draw_no": draw.draw_no, "plan": commit["plan"], "log_head": draw.log_head,
                  "commitment": draw.commitment, "commit_text": commit["commit_text"],
                  "committed_at": draw.committed_at, "alternate_rule": commit["alternate_rule"],
                  "witnesses": witnesses, "seed": seed, "tasks": record_tasks, "inspections": record_inspections,
                  "voided": voided, "drawn_at": now_iso(), "log_head_after": log_head_after}
        record_text = canonical_with(record, {"inspections": list_texts["inspections"],
                                              "tasks": "[" + ",".join(task_texts) + "]"})   # = canonical_json(record)
        record_sha256 = spec.H(record_text)
        # Stored as that text (JSONField's db_value gives the same text: it would only serialise it again).
        Draw.update(status="drawn", witnesses=witnesses, seed=seed, record=Value(record_text, converter=False),
                    record_sha256=record_sha256, drawn_at=record["drawn_at"],
                    log_head_after=log_head_after).where(Draw.id == draw.id).execute()
    report(progress, 1, 1, "抽取完成。")
    list_digests.remember(record_sha256, digests)
    # The draw as stored, with the record as built rather than parsed back from its 60 MB of text
    # (1.3 s at 1,000,000 enterprises): the stored text is this record's canonical JSON.
    drawn = Draw.select(*[f for f in Draw._meta.sorted_fields if f.name != "record"]).where(Draw.id == draw.id).get()
    drawn.record = record
    return drawn


def canonical_with(value: dict, texts: dict[str, str]) -> str:
    """spec.canonical_json(value) when the canonical JSON of value[key] is already texts[key] for each key
    of texts: json.dumps writes a dict with sorted keys as {"k":v,…}, so the parts are joined the same way
    (tests compare the two)."""
    return "{" + ",".join(f"{encode_basestring(k)}:{texts[k] if k in texts else spec.canonical_json(value[k])}"
                          for k in sorted(value)) + "}"


def _merge_inspections(draw: Draw, plan: Plan, selections, committed_items: dict[str, list[str]]) -> list[dict]:
    merged = spec.merge([(task.code, committed_items[task.code], result.selected)
                         for task, result, _ in selections])
    first: dict[str, Any] = {}
    tickets: dict[str, dict] = {}
    for task, result, names in selections:
        for s in result.selected:
            first.setdefault(s["key"], names[s["key"]])
            tickets.setdefault(s["key"], {})[task.code] = s["ticket"]
    task_items = {task.code: committed_items[task.code] for task, _, _ in selections}
    conditionals = plan.conditional_items or []
    out: list[dict] = []
    rows: list[tuple] = []
    dump = Inspection.tasks.db_value     # JSONField's stored text (sorted keys), as insert_many stored it
    texts: dict[tuple, str] = {}         # most inspections share their task and item lists: dumped once each
    plain_items: dict[tuple, list[str]] = {}
    for m in merged:
        e = first[m["key"]]
        extra = json.loads(e.extra) if conditionals and e.extra is not None else {}
        conds = conditions_for(m["key"], m["tasks"], extra, conditionals) if conditionals else []
        if conds:
            items = _items_for(m["tasks"], task_items, conds)
        else:   # the items follow from the tasks alone: joined once per combination of tasks (there are few)
            combo = tuple(m["tasks"])
            plain = plain_items.get(combo)
            if plain is None:
                plain = plain_items[combo] = _items_for(m["tasks"], task_items, [])
            items = plain[:]
        out.append({"key": m["key"], "name": e.name, "district": e.district, "tasks": m["tasks"],
                    "items": items, "conditions": conds})
        tasks_text = _cached(texts, "t", m["tasks"], dump)
        items_text = _cached(texts, "i", items, dump)
        rows.append((draw.id, m["key"], e.name, e.district, tasks_text, items_text, dump(conds) if conds else "[]",
                     _tickets_text(tickets[m["key"]]), "{}", "selected", 1))
    bulk_insert(Inspection, ["draw", "key", "name", "district", "tasks", "items", "conditions", "tickets", "ranks",
                             "source", "active"], rows)
    return out


def _cached(texts: dict[tuple, str], kind: str, values: list[str], dump) -> str:
    tag = (kind, *values)
    text = texts.get(tag)
    if text is None:
        text = texts[tag] = dump(values)
    return text


def _tickets_text(tickets: dict[str, str]) -> str:
    """dump(tickets) without json.dumps' per-call set-up: {"T1":"<hex>",…}, keys sorted, strings
    encoded by the same function json.dumps(ensure_ascii=False) uses (tests compare the two)."""
    return "{" + ",".join(f"{encode_basestring(code)}:{encode_basestring(tickets[code])}"
                          for code in sorted(tickets)) + "}"


def preview_strata(plan_id: int) -> tuple[list[dict], str]:
    """The plan's frames and quotas before any commitment, as strata rows, and what the filters left out.

    Rows: code, name, register, ratio, stratum, size, quota, alternates — never a selection. The text is
    "code reason n；…" of the enterprises the task's filters left out of its frame.
    """
    rows: list[dict] = []
    excluded: dict[str, int] = {}
    for t in preview_frames(plan_id):
        code, version = t["code"], t.get("register_version")
        register = f"{t['register']} v{version}" if version else t["register"]
        for s in t["strata"]:
            rows.append({"code": code, "name": t["name"], "register": register, "ratio": t["ratio"],
                         "stratum": s.get("stratum", ""), "size": s.get("size", 0), "quota": s.get("quota", 0),
                         "alternates": s.get("alternates", "")})
        for reason, n in (t.get("excluded") or {}).items():
            excluded[f"{code} {reason}"] = excluded.get(f"{code} {reason}", 0) + n
    return rows, "；".join(f"{k} {v}" for k, v in excluded.items())
