"""Loading the synthetic demo set (data/demo) into an empty database.

One transaction for the whole set: registers, then the demo plan. A failure
or cancel leaves the database as it was.
"""
from __future__ import annotations

from app import audit
from app.db.base import transaction
from app.draw.models import Plan
from app.draw.plans import create_plan_from_toml
from app.errors import StateError
from app.paths import data_path
from app.registers import service
from app.registers.models import Register
from app.settings.service import get_setting, update_settings

# (file, kind, register name), in dependency order: avoidance pairs are checked against the others.
DEMO_FILES = [
    ("工业产品生产许可证获证企业.xlsx", "enterprise", "工业产品生产许可证获证企业"),
    ("食品相关产品生产企业.csv", "enterprise", "食品相关产品生产企业"),
    ("执法检查人员名录.xlsx", "inspector", "执法检查人员名录库"),
    ("回避关系名单.xlsx", "avoidance", "回避关系名单"),
    ("第三方专业机构名录.xlsx", "institution", "第三方专业机构名录库"),
    ("抽查事项清单.xlsx", "catalogue", "抽查事项清单"),   # before the plan: its tasks cite item codes
]
PLAN_FILE = "plan.toml"
# 机关信息 for the demo, plainly fictional, so its notices print; only fills settings still empty.
DEMO_OFFICE = {
    "bureau_name": "演示市市场监督管理局",
    "seal_name": "演示市市场监督管理局",
    "contact_person": "演示联系人",
    "contact_phone": "0532-00000000",
}


def load_demo(progress=None, cancel=None) -> dict:
    """Import the demo registers (and plan). Refuses when the database already has registers."""
    if Register.select().exists():
        raise StateError("数据库中已经有名录，演示数据只能导入到新建的空数据库（可用 --db 指定一个新文件）。")
    folder = data_path("demo")
    loaded = []
    total = len(DEMO_FILES) + 1
    with transaction():
        for n, (file_name, kind, register_name) in enumerate(DEMO_FILES):
            if progress:
                progress(n, total, f"正在导入演示名录：{register_name}")
            version, result = service.import_file(folder / file_name, kind, register_name, cancel=cancel)
            loaded.append({"register": register_name, "kind": kind, "version": version.version,
                           "imported": result.imported, "operating": result.operating,
                           "rejected": result.rejected, "flagged": result.flagged})
        plan = None
        plan_path = folder / PLAN_FILE
        if plan_path.exists():
            if progress:
                progress(total - 1, total, "正在创建演示抽查计划")
            plan = create_plan_from_toml(plan_path)
        office = {k: v for k, v in DEMO_OFFICE.items() if not str(get_setting(k) or "").strip()}
        if office:
            update_settings(office)
        summary = {"registers": loaded, "plan": _plan_label(plan), "office": sorted(office),
                   "plan_id": plan.id if plan else None}   # what app.demo_remove removes again
        audit.append("demo.load", summary)
    if progress:
        progress(total, total, "演示数据已导入")
    return summary


def _plan_label(plan: Plan | None) -> str | None:
    if plan is None:
        return None
    return str(plan.number or plan.title or plan.id)
