"""Progress of a plan per district and task, against its working-day deadlines (no Qt)."""
from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from app import clock
from app.campaign.changes import void_draw
from app.demo import load_demo
from app.docs import service as docs_service
from app.draw import plans
from app.draw import service as draw_service
from app.draw.models import Inspection
from app.errors import NotFoundError
from app.match import service as match_service
from app.match.queries import current_match, current_teams
from app.results import service
from app.results.progress import plan_progress
from tests.support.draws import DEMO_WITNESSES
from tests.support.issued import issue_package_row
from tests.support.results import complete_result, first_keys

COUNT_NAMES = ["inspections", "issued", "matched", "notified", "inspected", "entered", "reviewed", "overdue"]


def _active(draw, district=None) -> list[Inspection]:
    query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    if district:
        query = query.where(Inspection.district == district)
    return list(query)


def _district(progress, name):
    return next(d for d in progress.districts if d.district == name)


def test_counts_follow_packages_notices_entry_and_review(matched, tmp_path):
    district = _active(matched)[0].district
    keys = first_keys(matched, 4, district)
    assert len(keys) == 4
    for key in keys[:3]:
        service.enter_result(1, key, complete_result(matched, key))
    service.review_results(1, [keys[0]], "王审核")
    service.return_result(1, keys[1], "王审核", "检查人员有误")       # returned: inspected, not entered
    issue_package_row(matched, district, keys[:2])
    docs_service.generate("notice", 1, tmp_path / "notice", keys=[keys[0], keys[3]])

    progress = plan_progress(matched.plan.id, today=dt.date(2020, 10, 21))
    got = _district(progress, district)
    inspections = _active(matched, district)
    teams = current_teams(1)
    size = current_match(1).team_size
    assert got.counts.as_dict() == {
        "inspections": len(inspections), "issued": 2,
        "matched": sum(len(teams.get(i.key, [])) >= size for i in inspections),
        "notified": 2, "inspected": 3, "entered": 2, "reviewed": 1, "overdue": 0}
    # each task counts the inspections drawn for it, in the plan's task order
    for task in got.tasks:
        assert task.counts.inspections == sum(task.task in i.tasks for i in inspections)
        assert task.counts.entered == sum(task.task in i.tasks for i in inspections if i.key in keys[:3:2])
    assert [t.task for t in got.tasks] == [c for c in ("T1", "T2") if any(c in i.tasks for i in inspections)]
    # other districts are untouched; the totals add up the districts
    assert progress.totals.inspections == len(_active(matched))
    assert progress.totals.entered == 2 and progress.totals.issued == 2 and progress.totals.notified == 2
    assert progress.draws == [1]
    data = progress.as_dict()
    assert set(data) >= {"plan_id", "today", "deadlines", "districts", "totals"}
    assert data["today"] == "2020-10-21" and data["totals"] == progress.totals.as_dict()
    first = data["districts"][0]
    assert set(first["counts"]) == set(COUNT_NAMES) and set(first["tasks"][0]["counts"]) == set(COUNT_NAMES)


def test_overdue_after_the_due_date_counts_what_is_not_entered(matched, monkeypatch):
    district = _active(matched)[0].district
    keys = first_keys(matched, 2, district)
    for key in keys:
        service.enter_result(1, key, complete_result(matched, key))
    service.review_results(1, keys[:1], "王审核")
    # today comes from app.clock.today when not given
    monkeypatch.setattr(clock, "today", lambda: dt.date(2020, 11, 16))       # the plan's due date is 11-15
    progress = plan_progress(matched.plan.id)
    assert progress.today == "2020-11-16"
    got = _district(progress, district)
    assert got.counts.overdue == got.counts.inspections - 2
    assert progress.totals.overdue == progress.totals.inspections - 2
    monkeypatch.setattr(clock, "today", lambda: dt.date(2020, 11, 15))       # the due date itself is not past
    assert plan_progress(matched.plan.id).totals.overdue == progress.totals.inspections - progress.totals.matched


def test_overdue_after_the_match_deadline_counts_what_is_not_matched(drawn):
    # the demo plan starts 2020-10-20: fetch_list 10-27, match 11-03 (five working days each)
    progress = plan_progress(drawn.plan.id, today=dt.date(2020, 11, 3))
    assert progress.deadline("match") == "2020-11-03"
    assert progress.totals.matched == 0 and progress.totals.overdue == 0
    assert all(m.late is None and m.committed_at is None for d in progress.districts for m in d.matches)
    late = plan_progress(drawn.plan.id, today=dt.date(2020, 11, 4))
    assert late.totals.overdue == late.totals.inspections > 0
    assert all(d.counts.overdue == d.counts.inspections for d in late.districts)
    assert all(m.late is True for d in late.districts for m in d.matches)


def test_match_commitment_time_against_the_match_deadline(matched):
    progress = plan_progress(matched.plan.id, today=dt.date(2020, 10, 21))
    match = current_match(1)
    for district in progress.districts:
        [timing] = district.matches
        assert timing.draw_no == 1 and timing.committed_at == match.committed_at
        assert timing.deadline == "2020-11-03"
        # the tests commit the match on the real day, years after the 2020 deadline
        assert timing.late is (match.committed_at[:10] > "2020-11-03")


def test_national_day_2020_in_the_working_day_deadlines(db):
    load_demo()
    [demo] = plans.list_plans()
    data = tomllib.loads(demo.source_toml)
    data.update(start="2020-09-25", due="2020-10-30", end="2020-11-30")
    plan = plans.create_plan(data)
    progress = plan_progress(plan.id, today=dt.date(2020, 10, 12))
    # 09-25 (Fri) + 5 working days: 09-27 (Sun, worked), 09-28, 09-29, 09-30, then 10-01..08 off, 10-09
    assert progress.deadline("fetch_list") == "2020-10-09"
    # + 5 more: 10-10 (Sat, worked), 10-12, 10-13, 10-14, 10-15
    assert progress.deadline("match") == "2020-10-15"
    assert progress.deadlines_known and progress.calendar_message == ""
    assert progress.districts == [] and progress.totals.inspections == 0 and progress.draws == []


def test_a_year_outside_the_calendar_refuses_deadlines_but_gives_counts(db):
    load_demo()
    [plan] = plans.list_plans()
    data = tomllib.loads(plan.source_toml)
    data.update(start="2031-03-03", due="2031-05-30", end="2031-06-30")
    plans.update_plan(plan.id, data)
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    match_service.commit_match(draw.draw_no, match_date="2031-03-03")
    match_service.run_match(draw.draw_no, DEMO_WITNESSES)
    key = first_keys(draw, 1)[0]
    service.enter_result(draw.draw_no, key, complete_result(draw, key))

    progress = plan_progress(plan.id, today=dt.date(2031, 6, 2))
    assert "工作日历中没有 2031 年的节假日安排" in progress.calendar_message
    assert not progress.deadlines_known
    assert progress.deadline("fetch_list") is None and progress.deadline("match") is None
    assert progress.deadline("due") == "2031-05-30"
    assert progress.totals.inspections == len(_active(draw)) and progress.totals.entered == 1
    # overdue is still judged against the plan's own due date
    assert progress.totals.overdue == progress.totals.inspections - 1
    assert all(m.late is None and m.deadline is None for d in progress.districts for m in d.matches)
    data = progress.as_dict()
    assert data["deadlines_known"] is False and data["calendar_message"] == progress.calendar_message
    assert any(d["kind"] == "working_days" and not d["ok"] for d in data["deadlines"])


def test_void_draws_are_left_out_and_unknown_plans_refused(drawn):
    before = plan_progress(drawn.plan.id, today=dt.date(2020, 10, 21))
    assert before.draws == [1] and before.totals.inspections == len(_active(drawn))
    void_draw(1, "见证人未到场")
    after = plan_progress(drawn.plan.id, today=dt.date(2020, 10, 21))
    assert after.draws == [] and after.districts == [] and after.totals.inspections == 0
    with pytest.raises(NotFoundError, match="找不到编号为 99 的抽查计划"):
        plan_progress(99)
