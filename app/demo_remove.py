"""Removing the demo data (app.demo) again, so a database that started with it can be used for real work.

Only what the last "demo.load" entry loaded, and only while no draw used it: the demo registers' versions
(each still named as loaded and from its demo file), the demo plan while it is a draft, and the demo's
fictional 机关信息 where the clerk has not changed it. A draw of the demo plan, or a draw or match that
used a demo register version, makes the removal refuse, naming the draw: a draw's record must stay
verifiable. One transaction and one audit entry "demo.remove"; the log keeps every earlier entry, so
the demo's import stays on record.
"""
from __future__ import annotations

from app import audit
from app.audit.models import AuditEntry
from app.db.base import database, transaction
from app.demo import DEMO_FILES, DEMO_OFFICE
from app.draw.models import Draw, Plan, Task
from app.errors import StateError
from app.match.models import Match
from app.registers.models import ImportIssue, Register, RegisterVersion
from app.registers.queries import ROW_TABLES
from app.settings.service import get_setting, update_settings

_DEMO_SOURCES = {name: file_name for file_name, _kind, name in DEMO_FILES}


def _last_load() -> AuditEntry | None:
    """The last "demo.load" entry, unless a "demo.remove" came after it (then there is nothing to remove)."""
    load = AuditEntry.select().where(AuditEntry.action == "demo.load").order_by(AuditEntry.id.desc()).first()
    if load is None:
        return None
    removed = AuditEntry.select().where((AuditEntry.action == "demo.remove") & (AuditEntry.id > load.id)).exists()
    return None if removed else load


def _demo_versions(load: AuditEntry) -> list[RegisterVersion]:
    out = []
    for item in load.payload.get("registers", []):
        name = item.get("register")
        version = (RegisterVersion.select().join(Register)
                   .where((Register.name == name) & (RegisterVersion.version == item.get("version"))).first())
        if version is not None and version.source_name == _DEMO_SOURCES.get(name):
            out.append(version)
    return out


def _demo_plan(load: AuditEntry) -> Plan | None:
    plan_id = load.payload.get("plan_id")
    if plan_id is not None:
        return Plan.get_or_none(Plan.id == plan_id)
    label = load.payload.get("plan")   # a demo loaded before plan_id was recorded: its number or title
    if not label:
        return None
    return (Plan.select().where((Plan.number == label) | (Plan.title == label)).order_by(Plan.id).first())


def has_demo() -> bool:
    """True while demo data loaded by app.demo.load_demo is still there (the File menu offers removal)."""
    load = _last_load()
    return load is not None and (bool(_demo_versions(load)) or _demo_plan(load) is not None)


def _refuse_if_used(plan: Plan | None, versions: list[RegisterVersion]) -> None:
    ids = [v.id for v in versions]
    draws = set()
    if plan is not None:
        draws |= {d.draw_no for d in Draw.select().where(Draw.plan == plan)}
    if ids:
        used_by_tasks = Task.select(Task.plan).where(Task.register_version.in_(ids))
        draws |= {d.draw_no for d in Draw.select().where(Draw.plan.in_(used_by_tasks))}
        matches = Match.select().where(Match.inspector_version.in_(ids) | Match.avoidance_version.in_(ids)
                                       | Match.institution_version.in_(ids))
        draws |= {m.draw.draw_no for m in matches}
    if draws:
        numbers = "、".join(f"第 {n} 号" for n in sorted(draws))
        raise StateError(f"演示数据已被{numbers}抽取使用，不能删除：抽取记录必须始终可以核验。"
                         "如需不含演示数据的数据库，请用 --db 指定一个新的数据库文件重新开始。")
    if ids:
        other = (Plan.select().join(Task)
                 .where(Task.register_version.in_(ids) & (Plan.id != (plan.id if plan else -1))).first())
        if other is not None:
            raise StateError(f"抽查计划“{other.title}”指定了演示名录的版本，不能删除演示数据；请先修改或删除该计划。")


def remove_demo() -> dict:
    """Delete the demo registers, plan and fictional office details. Refuses (StateError) as described above."""
    with transaction():
        load = _last_load()
        versions = _demo_versions(load) if load else []
        plan = _demo_plan(load) if load else None
        if not versions and plan is None:
            raise StateError("数据库中没有演示数据（或已经删除）。")
        _refuse_if_used(plan, versions)
        plan_label = None
        if plan is not None:
            plan_label = plan.title
            Task.delete().where(Task.plan == plan).execute()
            Plan.delete().where(Plan.id == plan.id).execute()
        removed = []
        for version in versions:
            register, kind = version.register, version.register.kind
            database.execute_sql(f'DELETE FROM "{ROW_TABLES[kind]}" WHERE version_id = ?', (version.id,))
            ImportIssue.delete().where(ImportIssue.version == version).execute()
            RegisterVersion.delete().where(RegisterVersion.id == version.id).execute()
            if not RegisterVersion.select().where(RegisterVersion.register == register).exists():
                Register.delete().where(Register.id == register.id).execute()
            removed.append({"register": register.name, "kind": kind, "version": version.version})
        office = {k: "" for k, v in DEMO_OFFICE.items() if str(get_setting(k) or "") == v}
        if office:
            update_settings(office)
        summary = {"registers": removed, "plan": plan_label, "office": sorted(office)}
        audit.append("demo.remove", summary)
    return summary
