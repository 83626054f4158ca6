"""Helpers for the match tests: registers written through the models, a real draw through the draw services."""
from __future__ import annotations

import json

from app.db import transaction
from tests.support.match_reference import literal_match_all

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


def naive_match(mseed, inspections, roster, pairs, m):
    """An independent, unoptimised reading of the specification (pools = districts): (teams, pools)."""
    teams, pools, _loads = literal_match_all(mseed, inspections, roster, pairs, m)
    return teams, pools


ROSTER = [("371000000001", "市南区"), ("371000000002", "市南区"), ("371000000003", "市南区"),
          ("371000000004", "市北区"), ("371000000005", "市北区"), ("371000000006", "崂山区"),
          ("371000000007", "崂山区"), ("371000000008", "市本级")]
AVOID = [("371000000001", "91370202FQJ4KF9Y8U"), ("371000000001", "91370202W2X56M155Y"),
         ("371000000004", "9137020341FG6NM27C"), ("371000000006", "370212593026050"),
         ("371000000007", "370212593026050")]
INSPECTIONS = {"370212593026050": "崂山区", "91370202W2X56M155Y": "市南区", "9137020341FG6NM27C": "市北区",
               "9137020343CJNKW54T": "市北区", "91370203ECL69CQM7D": "市北区", "91370212R013380698": "崂山区",
               "91370212BQUEEUQW8J": "崂山区", "91370202FQJ4KF9Y8U": "市南区", "91370202JKJG677T48": "市南区",
               "91370202NYRU9U324C": "市南区"}
DATE = "2020-10-26"


def make_vector_draw(extra_inspectors=(), **draw_kw) -> int:
    """The vector's inspectors and avoidance pairs, and a real draw of INSPECTIONS; returns its number."""
    make_inspectors([{"cert_no": c, "district": d} for c, d in ROSTER] + list(extra_inspectors))
    make_avoidance(AVOID)
    return make_draw(INSPECTIONS, **draw_kw)


def active_keys(draw) -> set[str]:
    from app.draw.models import Inspection
    return {i.key for i in Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))}  # noqa: E712


def alternate_candidate(draw, n: int = 0) -> tuple[str, str, dict]:
    """(task, out_key, first unused alternate) for a drawn enterprise of one task only, whose alternate is new."""
    from app.draw.models import Inspection
    active = active_keys(draw)
    found = []
    for task in draw.record["tasks"]:
        for s in task["selected"]:
            ins = Inspection.get(Inspection.draw == draw, Inspection.key == s["key"])
            alt = next(a for a in task["alternates"] if a["stratum"] == s["stratum"])
            if ins.tasks == [task["code"]] and alt["key"] not in active \
                    and (task["code"], s["stratum"]) not in {(t, a["stratum"]) for t, _k, a in found}:
                found.append((task["code"], s["key"], alt))     # one per task and stratum (one alternate each)
    return found[n]
