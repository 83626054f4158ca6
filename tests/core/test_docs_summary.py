"""The summary report PDF (app.docs.summary) of a completed sample campaign: every part, the numbers the
test entered, the districts' reported difficulty, the audit head; a tampered database prints nothing."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from app import audit
from app.db import transaction
from app.docs.summary import SECTIONS, write_summary_pdf
from app.draw.models import Inspection
from app.errors import CancelledError, IntegrityError, NotFoundError, StateError
from app.match.changes import replace_inspector
from app.match.queries import current_teams
from app.packages.returns import import_returns, read_return
from app.results.models import ResultRevision
from app.results.service import enter_result, review_results
from app.settings.store import district_names
from tests.support import returns as R
from tests.support.documents import page_texts
from tests.support.results import complete_result, first_keys

DIFFICULTY = "名录中部分企业地址已变更，无法按登记住所联系"
CASE_TEXT = "已立案调查，待处罚决定"


@dataclass
class Campaign:
    draw: object
    entered: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)      # 发现问题已责令改正
    pending: list[str] = field(default_factory=list)        # 发现问题待后续处理, measure 立案调查
    replacement: dict = field(default_factory=dict)
    returned_district: str = ""


def build_campaign(draw, tmp_path) -> Campaign:
    """Results entered for two districts: one by the entry service (one pending case with a follow-up
    measure, one corrected), one from a returned work package that reports a difficulty; a replacement."""
    c = Campaign(draw)
    first, second = district_names()[:2]
    keys = first_keys(draw, 4, first)
    team = current_teams(draw.draw_no)[keys[0]]
    c.replacement = replace_inspector(draw.draw_no, keys[0], team[-1][0], "该检查人员与检查对象存在亲属关系", "刘局长")
    for n, key in enumerate(keys):
        content = complete_result(draw, key)
        if n == 1:
            content = complete_result(draw, key, result="发现问题已责令改正", problem="标签标识不规范")
            c.corrected.append(key)
        elif n == 2:
            content = complete_result(draw, key, result="发现问题待后续处理", problem="无证生产")
            content["followup"] = {"measures": ["立案调查"], "text": CASE_TEXT, "closed": False}
            c.pending.append(key)
        enter_result(draw.draw_no, key, content)
        c.entered.append(key)
    review_results(draw.draw_no, keys[:3], "王审核")
    c.reviewed += keys[:3]
    package = R.issue(draw, tmp_path / "packages", second)
    path = R.fill(package.path, draw, out=tmp_path / f"{second}返回.xlsx",
                  edit=lambda wb: R.add_problem(wb, DIFFICULTY, "名录问题"))
    [outcome] = import_returns([read_return(path)])
    c.entered += outcome.new
    c.returned_district = second
    return c


@pytest.fixture
def campaign(matched, tmp_path):
    return build_campaign(matched, tmp_path)


def _text(path) -> str:
    return "".join(page_texts(path))


def test_the_summary_holds_every_part_and_the_numbers_entered(campaign, tmp_path):
    draw = campaign.draw
    steps = []
    path = write_summary_pdf(draw.plan_id, tmp_path / "out" / "总结报告.pdf", progress=lambda *a: steps.append(a))
    assert path.is_file() and path.read_bytes().startswith(b"%PDF")
    assert steps[-1][0] == steps[-1][1] and "已生成" in steps[-1][2]
    text = _text(path)
    for title in SECTIONS:
        assert title in text, title
    assert draw.plan.number in text and draw.plan.title in text
    assert draw.commitment in text and draw.seed in text     # mono digests are extracted whole
    for w in draw.witnesses:
        assert w["name"] in text and w["input"] in text
    districts = {i.district for i in Inspection.select().where(Inspection.draw == draw)}
    for d in districts:
        assert d in text
    total = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True)).count()  # noqa: E712
    problems, entered = len(campaign.corrected) + len(campaign.pending), len(campaign.entered)
    assert (f"检查对象共{total}户，已录入检查结果{entered}户（其中已审核{len(campaign.reviewed)}户），"
            f"发现问题{problems}户，发现问题的检查对象占已录入户数的{problems / entered * 100:.1f}%") in text
    assert "尚待后续处理的检查对象（1户）" in text and CASE_TEXT in text and campaign.pending[0] in text
    assert "立案调查1" in text                                   # measures table: 立案调查 | 1
    # Categories: item results per item row, so the pending inspection's items each count once.
    [pending] = campaign.pending
    rows = len(Inspection.get((Inspection.draw == draw) & (Inspection.key == pending)).items)
    assert f"检查结果发现问题待后续处理是{rows}检查事项" in text
    assert DIFFICULTY in text
    rep = campaign.replacement
    assert "该检查人员与检查对象存在亲属关系" in text and "刘局长" in text and rep["in"] in text
    assert audit.head() in text and "数据完整性校验通过" in text
    assert "— 1 —" in page_texts(path)[0] or "—1—" in page_texts(path)[0]


def test_the_progress_table_counts_each_district(campaign, tmp_path):
    path = write_summary_pdf(campaign.draw.plan_id, tmp_path / "s.pdf")
    text = _text(path)
    first = district_names()[0]
    active = Inspection.select().where((Inspection.draw == campaign.draw) & (Inspection.active == True)  # noqa: E712
                                       & (Inspection.district == first)).count()
    # 区市 | 检查对象 | 已下发 | 已匹配 | 已通知 | 已检查 | 已录入 | 已审核 | 逾期 (the clock is after the due date)
    entered_here = sum(1 for k in campaign.entered
                       if Inspection.get((Inspection.draw == campaign.draw) & (Inspection.key == k)).district == first)
    assert entered_here == 4
    reviewed_here = len(campaign.reviewed)
    overdue = active - entered_here
    assert f"{first}{active}0{active}0{entered_here}{entered_here}{reviewed_here}{overdue}" in text


def test_a_tampered_result_prints_no_summary(campaign, tmp_path):
    rev = ResultRevision.select().order_by(ResultRevision.id.desc()).first()
    content = dict(rev.content, check_date="2020-10-30")
    with transaction():
        ResultRevision.update(content=content).where(ResultRevision.id == rev.id).execute()
    target = tmp_path / "out" / "总结报告.pdf"
    with pytest.raises(IntegrityError, match="数据完整性校验未通过"):
        write_summary_pdf(campaign.draw.plan_id, target)
    assert not target.exists()
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_cancelled_summary_writes_nothing(campaign, tmp_path):
    target = tmp_path / "总结报告.pdf"
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2
    with pytest.raises(CancelledError):
        write_summary_pdf(campaign.draw.plan_id, target, cancel=cancel)
    assert not target.exists() and list(tmp_path.glob(".tmp-*")) == []


def test_a_plan_without_a_drawn_draw_or_an_unknown_plan_is_refused(db, tmp_path):
    from app.demo import load_demo
    from app.draw.plans import list_plans
    load_demo()
    [plan] = list_plans()
    with pytest.raises(StateError, match="还没有完成的抽取"):
        write_summary_pdf(plan.id, tmp_path / "s.pdf")
    with pytest.raises(NotFoundError):
        write_summary_pdf(9999, tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()


def test_the_cli_writes_the_summary_and_names_a_refusal(campaign, tmp_path, db_path, capsys):
    from app.cli.main import main
    out = tmp_path / "总结.pdf"
    assert main(["--db", str(db_path), "summary", "--plan", str(campaign.draw.plan_id), "--out", str(out)]) == 0
    assert out.is_file() and "已生成总结报告" in capsys.readouterr().out
    assert "八、审计日志" in _text(out)
    assert main(["--db", str(db_path), "summary", "--plan", "999", "--out", str(tmp_path / "x.pdf"), "--json"]) == 2
    assert "999" in capsys.readouterr().out and not (tmp_path / "x.pdf").exists()


def test_a_void_draw_and_an_alternate_are_reported_with_their_reasons(db, tmp_path):
    from app.campaign.changes import use_alternate_after_match, void_draw
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draws
    from tests.support.draws import DEMO_WITNESSES, match_demo
    load_demo()
    [plan] = plans.list_plans()
    first = draws.run_draw(draws.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    void_draw(first.draw_no, "见证人未按规定到场，重新抽取")
    second = match_demo(draws.run_draw(draws.commit_draw(plan.id).draw_no, DEMO_WITNESSES))
    out = Inspection.select().where(Inspection.draw == second).order_by(Inspection.key).first()
    use_alternate_after_match(second.draw_no, out.tasks[0], out.key, "该企业已于抽查前注销", "刘局长")
    text = _text(write_summary_pdf(plan.id, tmp_path / "s.pdf"))
    assert "见证人未按规定到场，重新抽取" in text and "第1次" in text
    assert "该企业已于抽查前注销" in text and out.key in text
    assert second.seed in text and first.seed not in text     # the void draw's seed is not the campaign's
    assert "共完成随机抽取1次" in text
