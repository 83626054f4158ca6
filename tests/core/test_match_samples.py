"""The shared sample registers: imported, drawn (20 %), matched, and re-computed independently here."""
from __future__ import annotations

import json

import pytest

from app.campaign.outputs import write_match_outputs
from app.match import queries, service
from app.match.verify import verify_match_record
from tests.support.matches import DRAW_WITNESSES, WITNESSES, naive_match


@pytest.fixture
def sample_draw(db, samples_dir):
    from app.draw.plans import create_plan
    from app.draw.service import commit_draw, run_draw
    from app.registers.service import import_file
    import_file(samples_dir / "执法检查人员名录.xlsx", "inspector")
    import_file(samples_dir / "回避关系名单.xlsx", "avoidance")
    import_file(samples_dir / "工业产品生产许可证获证企业名录.xlsx", "enterprise", "工业产品生产许可证获证企业")
    import_file(samples_dir / "食品相关产品生产企业名录.csv", "enterprise", "食品相关产品生产企业")
    plan = create_plan({"title": "2020年度工业产品生产许可证生产企业经营行为双随机抽查", "number": "局函〔2020〕277号",
                        "start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30",
                        "task": [{"code": "T1", "name": "工业产品生产许可证获证企业",
                                  "register": "工业产品生产许可证获证企业",
                                  "ratio": "20%", "stratify": "district", "items": ["获证资格及条件检查"]},
                                 {"code": "T2", "name": "食品相关产品企业", "register": "食品相关产品生产企业",
                                  "ratio": "20%", "stratify": "district", "items": ["产品质量安全监督检查"]}]})
    draw = run_draw(commit_draw(plan.id).draw_no, DRAW_WITNESSES)
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    return draw, expected


def test_sample_match_equals_independent_recomputation(sample_draw, tmp_path):
    draw, expected = sample_draw
    eligible = [tuple(r) for r in expected["inspectors"]["eligible"]]
    pairs = {tuple(p) for p in expected["avoidance"]}
    preview = service.preview_pools(draw.draw_no, match_date="2020-10-26")
    assert preview["eligible"] == len(eligible) == 103
    assert len(preview["excluded"]) == expected["inspectors"]["rows"] - 103
    assert all(e["reason"] for e in preview["excluded"])
    service.commit_match(draw.draw_no, match_date="2020-10-26")
    match = service.run_match(draw.draw_no, WITNESSES)
    inspections = {i["key"]: i["district"] for i in draw.record["inspections"]}
    teams, pools = naive_match(match.mseed, inspections, eligible, pairs, 2)
    rec = match.record
    assert {a["key"]: a["inspectors"] for a in rec["assignments"]} == teams
    assert [{k: p[k] for k in ("district", "inspectors", "inspections", "cap", "raised_from")} for p in rec["pools"]] \
        == [{k: p[k] for k in ("district", "inspectors", "inspections", "cap", "raised_from")} for p in pools]
    assert [s["key"] for s in rec["short"]] == [k for p in pools for k in p["short"]]
    eligible_certs = {c for c, _d in eligible}
    for key, team in teams.items():
        assert set(team) <= eligible_certs                                     # no ineligible inspector
        assert not any((c, key) in pairs for c in team)                        # no avoided pair
        assert len(set(team)) == len(team)
    assert sum(queries.loads(draw.draw_no).values()) == sum(len(t) for t in teams.values())
    write_match_outputs(match, tmp_path)
    checks = verify_match_record(json.loads((tmp_path / "match-record.json").read_text(encoding="utf-8")), tmp_path)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
