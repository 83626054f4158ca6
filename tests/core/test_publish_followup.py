"""Follow-up (issue 15.2): the list, the credit-measure candidates, closing; and the CLI of issue 15.1/15.2."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli.main import main
from app.errors import StateError, ValidationError
from app.integrity import check_all
from app.publish import followup as fu
from app.results import queries, service
from tests.support.publish import UNCOOPERATIVE, UNREACHABLE, fill_campaign


@pytest.fixture
def campaign(matched):
    return fill_campaign(matched)


@pytest.fixture
def run(db_path, capsys):
    def call(*argv, as_json=False):
        args = [str(a) for a in argv] + ["--db", str(db_path)] + (["--json"] if as_json else [])
        code = main(args)
        out, err = capsys.readouterr()
        return code, (json.loads(out) if as_json and out.strip() else out), err
    return call


def test_followup_list_is_what_the_results_imply(campaign):
    rows = {r.key: r for r in fu.followup_list(campaign.draw.plan.id, today=dt.date(2020, 11, 17))}
    # pending items (reviewed or only entered) and an open measure; the publicity one is closed
    assert set(rows) == {campaign.key("pending"), campaign.key("measure_open"), campaign.key("entered_only")}
    pending = rows[campaign.key("pending")]
    assert pending.status == "reviewed" and pending.measures == []
    assert pending.pending_items == [f"{e}：未按规定进行出厂检验" for e in campaign.entries[pending.key].expected]
    assert rows[campaign.key("measure_open")].measures == ["责令改正"]
    assert rows[campaign.key("measure_open")].pending_items == []
    assert rows[campaign.key("entered_only")].status == "entered"
    assert all(r.deadline == "2020-11-17" and not r.overdue for r in rows.values())
    assert all(r.overdue for r in fu.followup_list(campaign.draw.plan.id, today=dt.date(2020, 11, 18)))


def test_candidates_are_the_unreachable_and_uncooperative_with_their_basis(campaign):
    found = {c.key: c for c in fu.abnormal_candidates(campaign.draw.plan.id)}
    assert set(found) == {campaign.key("unreachable"), campaign.key("uncooperative")}
    unreachable = found[campaign.key("unreachable")]
    assert (unreachable.outcome, unreachable.kind, unreachable.title) == (UNREACHABLE, fu.ABNORMAL, "经营异常名录")
    assert "第十七条" in unreachable.basis and "第四条第（四）项" in unreachable.basis
    serious = found[campaign.key("uncooperative")]
    assert (serious.outcome, serious.kind) == (UNCOOPERATIVE, fu.SERIOUS)
    assert "严重违法失信名单管理办法" in serious.basis
    assert all(c.suggestion.startswith("可依法") for c in found.values())


def test_close_followup_records_who_and_when(campaign):
    draw, key = campaign.draw, campaign.key("pending")
    with pytest.raises(ValidationError, match="措施"):
        fu.close_followup(1, key, closed_on="2020-11-05", by="钱办结")
    with pytest.raises(ValidationError, match="早于检查日期"):
        fu.close_followup(1, key, closed_on="2020-10-01", by="钱办结", measures=["责令改正"])
    with pytest.raises(ValidationError, match="不是日期"):
        fu.close_followup(1, key, closed_on="2020-11-31", by="钱办结", measures=["责令改正"])
    with pytest.raises(ValidationError, match="办结人"):
        fu.close_followup(1, key, closed_on="2020-11-05", by=" ", measures=["责令改正"])
    with pytest.raises(ValidationError, match="选项"):
        fu.close_followup(1, key, closed_on="2020-11-05", by="钱办结", measures=["罚款"])
    before = service.current_result(draw, key)
    rev = fu.close_followup(1, key, closed_on="2020-11-05", by="钱办结", note="已复查整改到位",
                            measures=["责令改正"])
    assert (rev.revision, rev.status, rev.reviewer) == (before.revision + 1, "reviewed", "钱办结")
    assert rev.reason == "后续处置办结：已复查整改到位"
    assert rev.content["followup"] == {"measures": ["责令改正"], "text": "", "closed": True,
                                       "closed_on": "2020-11-05"}
    assert rev.content["items"] == before.content["items"]
    assert queries.history(draw, key)[-1].batch.kind == "followup"
    assert key not in {r.key for r in fu.followup_list(draw.plan.id)}
    with pytest.raises(StateError, match="没有未办结"):
        fu.close_followup(1, key, closed_on="2020-11-06", by="钱办结")
    with pytest.raises(StateError, match="没有未办结"):
        fu.close_followup(1, campaign.key("clean"), closed_on="2020-11-06", by="钱办结")
    open_key = campaign.key("measure_open")
    fu.close_followup(1, open_key, closed_on=dt.date(2020, 11, 6), by="孙办结")
    assert service.current_result(draw, open_key).status == "entered"
    assert check_all().ok


def test_cli_publish_and_followup(campaign, run, tmp_path):
    plan_id = campaign.draw.plan.id
    out = tmp_path / "out" / "公示.xlsx"
    code, data, _ = run("publish", "--plan", plan_id, "--out", out, "--csv", "--date", "2020-11-20", as_json=True)
    assert code == 0 and data["seq"] == 1 and data["new"] == data["count"] > 0 and data["changed"] == 0
    assert out.exists() and out.with_suffix(".csv").exists()
    code, _, err = run("publish", "--plan", plan_id, "--out", tmp_path / "out" / "2.xlsx")
    assert code == 2 and "都已导出过" in err
    code, text, _ = run("publish", "--plan", plan_id, "--out", tmp_path / "out" / "3.xlsx", "--all")
    assert code == 0 and "第 2 次" in text and "新增 0 行，变更 0 行" in text
    code, data, _ = run("followup", "list", "--plan", plan_id, "--today", "2020-11-18", as_json=True)
    assert code == 0 and len(data["rows"]) == 3 and all(r["overdue"] for r in data["rows"])
    code, text, _ = run("followup", "list", "--plan", plan_id)
    assert code == 0 and "待后续处理：" in text and "逾期 3 户" in text
    code, data, _ = run("followup", "candidates", "--plan", plan_id, as_json=True)
    assert code == 0 and {c["outcome"] for c in data["candidates"]} == {UNREACHABLE, UNCOOPERATIVE}
    code, text, _ = run("followup", "candidates", "--plan", plan_id)
    assert "依据" in text and "不作任何列入操作" in text
    key = campaign.key("pending")
    code, data, _ = run("followup", "close", "--draw", 1, key, "--date", "2020-11-05", "--by", "钱办结",
                        "--measure", "立案调查", as_json=True)
    assert code == 0 and data["closed_by"] == "钱办结" and data["closed_on"] == "2020-11-05"
    code, _, err = run("followup", "close", "--draw", 1, key, "--date", "2020-11-05", "--by", "钱办结")
    assert code == 2 and "没有未办结" in err
    code, text, _ = run("results", "show", "--draw", 1, key)
    assert "后续处置办结" in text
