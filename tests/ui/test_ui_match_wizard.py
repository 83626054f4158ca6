"""The match wizard and the match screen (step 4), driven with real services."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from tests.support.draw_gui import DEMO_PLAN_FILES, GOOD, fill, idle

# A small case with short inspections: the match stage's own vector inputs.
from tests.support.matches import AVOID, DATE, INSPECTIONS, ROSTER

DRAW_WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "role": "监督", "input": "38104729561"},
                  {"name": "李秀英", "unit": "企业代表", "role": "企业代表", "input": "92750183346"}]
MATCH_WITNESSES = [{"name": "赵敏", "unit": "区纪检组", "input": "55012983746"},
                   {"name": "钱伟", "unit": "企业代表", "input": "20485713690"}]


@pytest.fixture
def drawn(ctx):
    from app.draw import service
    draw = service.commit_draw(ctx.current_plan_id)
    return service.run_draw(draw.draw_no, DRAW_WITNESSES).draw_no


def matches():
    from app.match.models import Match
    return list(Match.select().order_by(Match.id))


def test_match_ceremony(drawn, ctx, qtbot, answers, tmp_path):
    from app.match.verify import verify_match_record
    from ui.wizards.match_wizard import MatchWizard
    wizard = MatchWizard(ctx, draw_no=drawn)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.draw_page
    assert page.isComplete() and page.combo.currentData() == drawn
    page.date.setDate(page.date.date().fromString(DATE, "yyyy-MM-dd"))
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.pools_page
    pools = wizard.pools_page.pools.rows()
    assert pools and all(int(p["eligible"]) > 0 for p in pools)
    assert wizard.pools_page.excluded.rowCount() > 0                    # the demo has inspectors left out
    assert all(r.get("reason") for r in wizard.pools_page.excluded.rows())
    assert matches() == []
    wizard.next()                                                       # "Commit the match"
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.commitment_page
    (match,) = matches()
    assert match.status == "committed" and match.match_date == DATE
    assert wizard.commitment_page.digest.digest == match.commitment
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.commitment_page.print_button.click()
    idle(qtbot, ctx)
    assert (tmp_path / "out" / "roster.txt").exists()
    assert (tmp_path / "out" / f"{DEMO_PLAN_FILES}_匹配承诺单_第1次抽取.pdf").exists()

    wizard.next()
    fill(wizard.witness_page, [GOOD[0][:3] + ("38104729561" * 2,)])     # enough digits, one witness
    wizard.next()
    assert wizard.currentPage() is wizard.witness_page
    assert "至少需要 2 名见证人" in wizard.witness_page.error.text()
    fill(wizard.witness_page, GOOD)
    wizard.next()
    wizard.next()                                                       # "Confirm and match"
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.result_page
    (match,) = matches()
    assert match.status == "matched"
    tabs = wizard.result_page.tabs       # read off the GUI thread into paged tables (a match may be 200,000)
    assert wizard.result_page.seed.digest == match.mseed
    assert f"{len(match.record['assignments'])} " in wizard.result_page.info.text()
    assert len(tabs.teams.rows()) == len(match.record["assignments"])
    assert all(r["leader_text"] for r in tabs.teams.rows() if r["members"])
    assert sum(r["load"] for r in tabs.loads.rows()) == sum(len(r["members"]) for r in tabs.teams.rows())
    wizard.result_page.print_button.click()
    idle(qtbot, ctx)
    out = tmp_path / "out"
    assert (out / "match-record.json").exists() and (out / f"{DEMO_PLAN_FILES}_随机匹配记录_第1次抽取.pdf").exists()
    assert all(c.ok for c in verify_match_record(match.record, out))

    # the match runs once: a new wizard refuses the matched draw
    again = MatchWizard(ctx, draw_no=drawn)
    qtbot.addWidget(again)
    again.show()
    assert again.draw_page.state == "matched" and not again.draw_page.isComplete()


@pytest.fixture
def committed_case(db, db_path, qtbot):
    """A draw whose match is committed (not run yet), and an app context on its plan."""
    from app.draw.models import Draw
    from app.match import service
    from tests.support.matches import make_avoidance, make_draw, make_inspectors
    from ui.context import AppContext
    from ui.tasks import TaskRunner
    make_inspectors([{"cert_no": c, "district": d} for c, d in ROSTER])
    make_avoidance(AVOID)
    draw_no = make_draw(INSPECTIONS)
    service.commit_match(draw_no, match_date=DATE)
    context = AppContext(db_path)
    context.tasks = TaskRunner(context, show_progress=False)
    context.set_current_plan(Draw.get(Draw.draw_no == draw_no).plan_id)
    yield context, draw_no
    context.tasks.wait(5000)


@pytest.fixture
def short_case(committed_case):
    """The same, matched: two inspections are short of inspectors."""
    from app.match import service
    service.run_match(committed_case[1], MATCH_WITNESSES)
    return committed_case


@pytest.fixture
def screen_of(qtbot):
    def make(context):
        from ui.screens.match import create_screen
        widget = create_screen(context)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        idle(qtbot, context)
        return widget
    return make


def answer_dialogs(monkeypatch, fill_form):
    import ui.screens.match as module

    def fake_exec(dialog):
        fill_form(dialog)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    monkeypatch.setattr(module, "exec_dialog", fake_exec)


def select_row(view, predicate):
    proxy = view.model()
    for r in range(proxy.rowCount()):
        source = proxy.sourceModel().row(proxy.mapToSource(proxy.index(r, 0)).row())
        if predicate(source):
            view.setCurrentIndex(proxy.index(r, 0))
            return source
    raise AssertionError("no such row")


def test_screen_replacement_is_the_rules_choice(short_case, screen_of, qtbot, answers, monkeypatch):
    from app.match import queries
    from app.match.models import Replacement
    context, draw_no = short_case
    screen = screen_of(context)
    assert screen.tabs.teams.rowCount() == len(INSPECTIONS)
    assert "2" in screen.tabs.tabText(2)                                 # two short inspections open
    team = select_row(screen.tabs.team_view, lambda r: r["key"] == "91370202JKJG677T48")
    assert screen.replace_button.isEnabled()

    # every field is required: without an approver nothing happens
    answer_dialogs(monkeypatch, lambda d: d.reason_choice.setCurrentIndex(1))
    screen.replace_button.click()
    idle(qtbot, context)
    assert Replacement.select().count() == 0

    def fill_form(d):
        d.inspector.setCurrentIndex(1)
        d.reason_choice.setCurrentIndex(3)                                # 身体健康状况
        d.approver.setText("张局长")
    answer_dialogs(monkeypatch, fill_form)
    screen.replace_button.click()
    idle(qtbot, context)
    assert not answers["failures"], answers["failures"]
    change = Replacement.get()
    assert (change.key, change.out_cert, change.reason, change.approver) == \
        (team["key"], team["members"][1], "身体健康状况", "张局长")
    assert change.in_cert in answers["notices"][0]                       # the clerk is told who the rule chose
    assert change.in_cert in [c for c, _n, _r in queries.current_teams(draw_no)[team["key"]]]
    assert screen.tabs.replacements.rowCount() == 1
    assert "赵敏" in screen.detail.text()                                  # the match witnesses are named


def test_screen_resolves_a_short_inspection(short_case, screen_of, qtbot, answers, monkeypatch):
    from app.match import queries
    context, draw_no = short_case
    screen = screen_of(context)
    screen.tabs.setCurrentIndex(2)
    select_row(screen.tabs.short_view, lambda r: r["key"] == "9137020341FG6NM27C")
    assert screen.short_button.isEnabled()

    def fill_form(d):
        d.inspector.setCurrentIndex(d.inspector.findData("371000000004"))   # avoided: the service refuses
        d.reason_choice.setCurrentIndex(d.reason_choice.count() - 1)        # 其他
        d.reason_text.setText("本区人员回避，由市局派员")
        d.approver.setText("张局长")
    answer_dialogs(monkeypatch, fill_form)
    screen.short_button.click()
    idle(qtbot, context)
    assert "回避关系" in answers["failures"][0]
    assert len(queries.open_short(draw_no)) == 2

    screen.tabs.setCurrentIndex(2)
    select_row(screen.tabs.short_view, lambda r: r["key"] == "9137020341FG6NM27C")

    def fill_good(d):
        fill_form(d)
        d.inspector.setCurrentIndex(d.inspector.findData("371000000008"))
    answer_dialogs(monkeypatch, fill_good)
    screen.short_button.click()
    idle(qtbot, context)
    assert [s["key"] for s in queries.open_short(draw_no)] == ["370212593026050"]
    rows = {r["key"]: r for r in screen.tabs.shorts.rows()}
    assert not rows["9137020341FG6NM27C"]["open"] and rows["370212593026050"]["open"]
    (rep,) = screen.tabs.replacements.rows()
    assert rep["kind"] == "short-resolution" and rep["reason"] == "本区人员回避，由市局派员"
    assert rep["by"]                                                      # who recorded it (audit actor)


def test_screen_voids_a_commitment_that_has_not_run(committed_case, qtbot, screen_of, answers, monkeypatch):
    """Void needs a reason, is offered only for a committed match, keeps it on record and lets the clerk start
    again; a match that has run cannot be voided."""
    from app import audit
    from app.match import service
    from app.match.models import Match
    context, draw_no = committed_case
    screen = screen_of(context)
    assert screen.void_button.isEnabled() and screen.start_button.isEnabled()

    answer_dialogs(monkeypatch, lambda d: None)                          # no reason: OK stays disabled
    screen.void_button.click()
    idle(qtbot, context)
    assert Match.get().status == "committed"

    answer_dialogs(monkeypatch, lambda d: d.reason.setPlainText("见证人员名单有变，重新提交"))
    screen.void_button.click()
    idle(qtbot, context)
    assert not answers["failures"], answers["failures"]
    voided = Match.get()
    assert (voided.status, voided.void_reason) == ("void", "见证人员名单有变，重新提交")
    assert audit.entries(action="match.void")[-1].payload["reason"] == "见证人员名单有变，重新提交"
    assert screen.state["status"] is None and not screen.void_button.isEnabled()
    assert screen.start_button.isEnabled()

    service.commit_match(draw_no, match_date=DATE)
    service.run_match(draw_no, MATCH_WITNESSES)
    context.notify_data_changed()
    idle(qtbot, context)
    assert screen.state["status"] == "matched" and not screen.void_button.isEnabled()
