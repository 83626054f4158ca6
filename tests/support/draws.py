"""Helpers for the draw tests: registers inserted directly through the models, a plan, witnesses."""
from __future__ import annotations

from app.db import transaction

WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "role": "监督", "input": "38104729561"},
             {"name": "李秀英", "unit": "企业代表", "role": "企业代表", "input": "92750183346"}]


def make_register(name: str, rows, *, version: int = 1):
    """rows: (key, district[, name, operating, product, extra]). Returns the RegisterVersion."""
    from app.registers.models import Enterprise, Register, RegisterVersion
    with transaction():
        reg, _ = Register.get_or_create(name=name, defaults={"kind": "enterprise", "created_at": "2020-10-01T00:00:00"})
        ver = RegisterVersion.create(register=reg, version=version, source_name=f"{name}.xlsx", source_sha256="0" * 64,
                                     digest="0" * 64, created_at="2020-10-01T00:00:00", created_by="test")
        batch = []
        for i, row in enumerate(rows, start=2):
            key, district, *rest = row
            ent_name = rest[0] if len(rest) > 0 else f"企业{key[-6:]}"
            operating = rest[1] if len(rest) > 1 else True
            product = rest[2] if len(rest) > 2 else ""
            extra = rest[3] if len(rest) > 3 else {}
            batch.append({"version": ver.id, "key": key, "key_kind": "uscc" if len(key) == 18 else "reg_no",
                          "name": ent_name, "district": district, "operating": operating, "product": product,
                          "extra": extra, "row": i})
        for i in range(0, len(batch), 300):
            Enterprise.insert_many(batch[i:i + 300]).execute()
    return ver


def plan_dict(**overrides) -> dict:
    data = {"title": "2020年度工业产品生产许可证获证企业双随机抽查", "number": "局函〔2020〕277号",
            "start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30",
            "task": [{"code": "T1", "name": "工业产品生产许可证获证企业", "register": "工业产品生产许可证获证企业",
                      "ratio": "20%", "stratify": "district", "items": ["获证资格及条件检查"]},
                     {"code": "T2", "name": "食品相关产品企业", "register": "食品相关产品生产企业",
                      "ratio": "20%", "stratify": "district", "items": ["产品质量安全监督检查"]}]}
    data.update(overrides)
    return data


# The witnesses of the demo plan's draw (and its match) in the core tests of alternates and queries.
DEMO_WITNESSES = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
             {"name": "李监督", "unit": "驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]


def draw_demo(witnesses=DEMO_WITNESSES, self_matching: list[str] | None = None):
    """The bundled demo data loaded, its plan committed and drawn through the services: the Draw.

    self_matching: districts the plan leaves to their own copies (两级抽查), set as the plan's
    [options] self_matching through the plan service before the draw."""
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    load_demo()
    [plan] = plans.list_plans()
    if self_matching:
        data, text, _base = plans.load_toml(plan.source_toml)
        data["options"] = dict(data.get("options") or {}, self_matching=self_matching)
        plan = plans.update_plan(plan.id, data, source_toml=text)
    return draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, witnesses)


def import_district_registers():
    """A district copy's own registers: the demo inspector register and avoidance list (两级抽查)."""
    from app.paths import data_path
    from app.registers.service import import_file
    for file_name, kind, name in [("执法检查人员名录.xlsx", "inspector", "执法检查人员名录库"),
                                  ("回避关系名单.xlsx", "avoidance", "回避关系名单")]:
        import_file(data_path("demo") / file_name, kind, name)


def match_demo(draw, witnesses=DEMO_WITNESSES):
    """`draw`'s match committed (at the plan's start) and run; returns the draw."""
    from app.match import service as match_service
    match_service.commit_match(draw.draw_no, match_date=draw.plan.start)
    match_service.run_match(draw.draw_no, witnesses)
    return draw


def draw_samples_with_files(samples_dir, tmp_path):
    """The sample registers drawn under plan_dict() with WITNESSES; the record files written and the frames
    exported: (draw, path of draw-record.json, frames folder). For tests of verification."""
    import json

    from app.campaign.outputs import write_draw_outputs
    from app.draw import plans, records, service
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    make_register("工业产品生产许可证获证企业", expected["industrial"]["frame"])
    make_register("食品相关产品生产企业", expected["food"]["frame"])
    plan = plans.create_plan(plan_dict())
    draw = service.run_draw(service.commit_draw(plan.id).draw_no, WITNESSES)
    out = write_draw_outputs(draw, tmp_path / "out")
    frames = tmp_path / "frames"
    records.export_frames(draw, frames)
    return draw, out["record"], frames
