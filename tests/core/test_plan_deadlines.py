"""A plan's timetable: its dates and the working-day deadlines of the seed plan (no Qt)."""
from __future__ import annotations

from types import SimpleNamespace

from app.draw import plans
from app.draw.plans import Deadline


def test_seed_plan_deadlines_count_working_days(db):
    got = plans.deadlines_for("2020-10-20", "2020-11-15", "2020-11-30")
    assert [d.kind for d in got] == ["start", "fetch_list", "match", "due", "span", "end"]
    assert got[0] == Deadline("start", "2020-10-20")
    # 2020-10-20 (Tue) + 5 working days = 10-27; + 5 more = 11-03
    assert got[1] == Deadline("fetch_list", "2020-10-27", days=plans.FETCH_LIST_DAYS)
    assert got[2] == Deadline("match", "2020-11-03", days=plans.MATCH_DAYS)
    assert got[3] == Deadline("due", "2020-11-15") and got[5] == Deadline("end", "2020-11-30")
    assert got[4].kind == "span" and got[4].ok and int(got[4].value) > 10
    assert all(d.ok for d in got)


def test_plan_deadlines_reads_the_plan_dates(db):
    dates = SimpleNamespace(start="2020-10-20", due="2020-11-15", end="2020-11-30")
    assert plans.plan_deadlines(dates) == plans.deadlines_for("2020-10-20", "2020-11-15", "2020-11-30")


def test_uncovered_calendar_year_gives_the_chinese_message(db):
    got = plans.deadlines_for("2099-03-01", "2099-03-20", "2099-03-31")
    assert [d.kind for d in got] == ["start", "working_days", "due", "span", "end"]
    bad = [d for d in got if not d.ok]
    assert [d.kind for d in bad] == ["working_days", "span"]
    assert all("工作日历中没有 2099 年" in d.value for d in bad)
