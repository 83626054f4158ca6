"""Helpers for the match tests: registers written through the models, a real draw through the draw services.

(No tests here; pytest collects the module and finds none.)
"""
from __future__ import annotations

import json

from app.db import transaction

WITNESSES = [{"name": "赵敏", "unit": "区纪检组", "input": "55012983746"},
             {"name": "钱伟", "unit": "企业代表", "input": "20485713690"}]
DRAW_WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "input": "38104729561"},
                  {"name": "李秀英", "unit": "企业代表", "input": "92750183346"}]
CREATED = "2020-10-01T00:00:00"


def _version(name: str, kind: str):
    from app.registers.models import Register, RegisterVersion
    reg, _ = Register.get_or_create(name=name, defaults={"kind": kind, "created_at": CREATED})
    number = RegisterVersion.select().where(RegisterVersion.register == reg).count() + 1
    return RegisterVersion.create(register=reg, version=number, source_name=f"{name}.xlsx", source_sha256="0" * 64,
                                  digest="0" * 64, created_at=f"2020-10-01T00:00:{number:02d}", created_by="test")


def make_enterprises(name: str, rows) -> object:
    """rows: (key, district). Every enterprise operating."""
    from app.registers.models import Enterprise
    with transaction():
        ver = _version(name, "enterprise")
        batch = [{"version": ver.id, "key": key, "key_kind": "uscc" if len(key) == 18 else "reg_no",
                  "name": f"企业{key[-6:]}", "district": district, "operating": True, "extra": "{}", "row": i}
                 for i, (key, district) in enumerate(rows, start=2)]
        for i in range(0, len(batch), 300):
            Enterprise.insert_many(batch[i:i + 300]).execute()
    return ver


def make_inspectors(rows) -> object:
    """rows: dicts with cert_no, district and optionally name, in_post, status, cert_expiry."""
    from app.registers.models import Inspector
    with transaction():
        ver = _version("执法检查人员名录库", "inspector")
        for i, r in enumerate(rows, start=2):
            Inspector.create(version=ver, cert_no=r["cert_no"], name=r.get("name", f"人员{r['cert_no'][-4:]}"),
                             district=r["district"], in_post=r.get("in_post", True), status=r.get("status", "在岗"),
                             cert_expiry=r.get("cert_expiry"), row=i)
    return ver


def make_avoidance(pairs) -> object:
    from app.registers.models import AvoidancePair
    with transaction():
        ver = _version("回避关系名单", "avoidance")
        for i, (cert, key) in enumerate(pairs, start=2):
            AvoidancePair.create(version=ver, cert_no=cert, key=key, row=i)
    return ver


def make_institutions(rows) -> object:
    """rows: (key, name, [services], qualification_expiry or None)."""
    from app.registers.models import Institution
    with transaction():
        ver = _version("第三方专业机构名录库", "institution")
        for i, (key, name, services, expiry) in enumerate(rows, start=2):
            Institution.create(version=ver, key=key, name=name, services=services, qualification_expiry=expiry,
                               row=i)
    return ver


def make_draw(inspections: dict[str, str], *, team_size: int = 2, pool: str = "district",
              third_party: str | None = None, extra_tasks: list[dict] | None = None) -> int:
    """A real witnessed draw (plan → commit → run) that selects exactly `inspections` ({key: district})."""
    from app.draw.plans import create_plan
    from app.draw.service import commit_draw, run_draw
    make_enterprises("工业产品生产许可证获证企业", sorted(inspections.items()))
    task = {"code": "T1", "name": "工业产品生产许可证获证企业", "register": "工业产品生产许可证获证企业",
            "ratio": "100%", "stratify": "district", "items": ["获证资格及条件检查"], "pool": pool}
    if third_party:
        task["third_party"] = third_party
    plan = create_plan({"title": "测试计划", "number": "局函〔2020〕277号", "start": "2020-10-20",
                        "due": "2020-11-15", "end": "2020-11-30", "team_size": team_size,
                        "task": [task] + (extra_tasks or [])})
    draw = commit_draw(plan.id)
    return run_draw(draw.draw_no, DRAW_WITNESSES).draw_no


def load_json(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
