"""The draw screen's 使用替补… on a matched draw: the approver is required and the alternate gets a team by the rule."""
from __future__ import annotations

import pytest

from tests.support.draw_gui import answer_dialogs, idle
from tests.support.draws import WITNESSES


@pytest.fixture
def matched(ctx):
    from app.draw import service
    from app.match import service as match_service
    draw = service.run_draw(service.commit_draw(ctx.current_plan_id).draw_no, WITNESSES)
    match_service.commit_match(draw.draw_no, match_date=draw.plan.start)
    match_service.run_match(draw.draw_no, WITNESSES)
    return draw


def test_alternate_on_a_matched_draw_asks_the_approver_and_assigns_a_team(matched, screen, ctx, qtbot, answers,
                                                                         monkeypatch):
    from app.draw.models import AlternateUse
    from app.match import queries
    screen.refresh()
    idle(qtbot, ctx)
    seen = {}

    def without_approver(dialog):
        seen["has_approver"] = dialog.approver is not None
        dialog.reason.setPlainText("检查前已注销")
    answer_dialogs(monkeypatch, without_approver)
    screen.alternate_button.click()
    idle(qtbot, ctx)
    assert seen["has_approver"] and AlternateUse.select().count() == 0     # OK stays disabled

    # an enterprise of one task whose alternate is not drawn already, so that the alternate gets a team (the
    # first in the list, whose alternate the seed sometimes has drawn already, left the team unchecked)
    from tests.support.matches import alternate_candidate
    task, out_key, _alt = alternate_candidate(matched)

    def fill(dialog):
        dialog.task.setCurrentIndex(dialog.task.findData(task))
        dialog.key.setCurrentIndex(dialog.key.findData(out_key))
        seen["key"] = dialog.key.currentData()
        dialog.reason.setPlainText("检查前已注销")
        dialog.approver.setText("张局长")
    answer_dialogs(monkeypatch, fill)
    screen.alternate_button.click()
    idle(qtbot, ctx)
    assert not answers["failures"], answers["failures"]
    use = AlternateUse.get()
    assert use.out_key == seen["key"] == out_key
    match = queries.current_match(matched.draw_no)
    assert match.record["revision"] == 1 and match.record["alternates"][0]["approver"] == "张局长"
    entry = match.record["alternates"][0]
    assert entry["team"] is not None and len(queries.active_teams(match)[use.in_key]) == 2
    assert entry["team"][0] in answers["notices"][0]
    assert use.in_key in answers["notices"][0]


def test_alternate_dialog_has_no_approver_before_matching(ctx, qtbot):
    from ui.screens.draw import AlternateDialog
    dialog = AlternateDialog([{"task": "T1", "key": "K1", "stratum": "市南区", "name": "甲"}])
    qtbot.addWidget(dialog)
    assert dialog.approver is None
    dialog.reason.setPlainText("检查前已注销")
    assert dialog.value() == ("T1", "K1", "检查前已注销", "")


def test_match_views_show_the_alternate_team_and_the_change(matched, qtbot):
    from app.campaign.changes import use_alternate_after_match
    from app.draw.models import Inspection
    from app.match.queries import current_match, match_views
    from tests.support.matches import alternate_candidate
    # an enterprise of one task whose alternate is not drawn already (else it keeps its team: team is None);
    # the draw's seed changes with every run, so the first selected enterprise is not always such a one
    task, out_key, alt = alternate_candidate(matched)
    stratum = alt["stratum"]
    change = use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "张局长")
    views = match_views(current_match(matched.draw_no))
    team_row = next(r for r in views["teams"] if r["key"] == change["in_key"])
    assert team_row["members"] == change["team"]
    alt_row = next(r for r in views["replacements"] if r["kind"] == "alternate")
    assert alt_row["out"] == out_key and alt_row["approver"] == "张局长"
    assert Inspection.get(Inspection.key == change["in_key"]).district == stratum
