"""Settings, district resolution and the working-day calendar."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from app import audit
from app.errors import CalendarNotCoveredError, ValidationError
from app.settings.defaults import DEFAULTS
from app.settings.service import (
    district_names,
    get_setting,
    resolve_district,
    result_lists,
    units,
    update_settings,
)
from app.settings.store import district_for_division_code
from app.workdays import add_working_days, covered_years, is_workday, working_days_between


def test_defaults_are_qingdao_2020(db):
    assert district_names() == ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区",
                                "胶州市", "平度市", "莱西市"]
    assert len(units()) == 11 and units()[0]["district"] == "市本级"
    lists = result_lists()
    assert lists.item_results[0] == "未发现问题" and len(lists.enterprise_outcomes) == 8
    assert lists.counts_as_problem("发现问题待后续处理") and not lists.counts_as_problem("未发现问题")
    assert len(get_setting("database_id")) == 32   # set by migration 3
    # No person or telephone ships (the test database holds the demo's fictional ones, tests/conftest.py).
    assert DEFAULTS["contact_phone"] == DEFAULTS["contact_person"] == DEFAULTS["bureau_name"] == ""


@pytest.mark.parametrize("text, expected", [
    ("市南区", "市南区"),
    ("黄岛区(西海岸新区)", "黄岛区"),
    ("黄岛区（西海岸新区）", "黄岛区"),       # full-width brackets, NFKC
    ("西海岸新区", "黄岛区"),
    ("青岛市市北区市场监督管理局", "市北区"),
    ("山东省青岛市崂山区松岭路1号", "崂山区"),
    ("即墨市", "即墨区"),
    (" 胶州市\u3000", "胶州市"),
    ("济南市历下区", None),
    ("", None),
])
def test_resolve_district(db, text, expected):
    assert resolve_district(text) == expected


def test_division_codes(db):
    assert district_for_division_code("370212") == "崂山区"
    assert district_for_division_code("370205") == "市北区"   # old 四方区
    assert district_for_division_code("370101") is None


def test_update_is_logged_and_validated(db):
    changed = update_settings({"bureau_name": "青岛市市场监督管理局（测试）"})
    assert changed["bureau_name"]["new"] == "青岛市市场监督管理局（测试）"
    entry = audit.entries(limit=1)[0]
    assert entry.action == "settings.update" and "bureau_name" in entry.payload["changed"]
    head = audit.head()
    with pytest.raises(ValidationError):
        update_settings({"result_lists": dict(get_setting("result_lists"), check_methods=["实地核查", "实地核查"])})
    with pytest.raises(ValidationError):
        update_settings({"districts": [{"name": "市南区"}, {"name": "市南区"}]})
    with pytest.raises(ValidationError):
        update_settings({"no_such_key": 1})
    assert audit.head() == head     # refused changes write nothing


def test_working_days_2020_national_day(db):
    # 2020-10-01..08 holidays, 2020-10-10 (Saturday) a make-up working day
    assert not is_workday(dt.date(2020, 10, 5))
    assert is_workday(dt.date(2020, 10, 10))
    assert add_working_days(dt.date(2020, 9, 28), 5) == dt.date(2020, 10, 12)
    assert working_days_between(dt.date(2020, 10, 20), dt.date(2020, 11, 15)) == 18  # Oct 21-23, then three full weeks


@pytest.fixture
def library_ends_2026(monkeypatch):
    """chinesecalendar as pinned when this was written: its data end with 2026. The requirement is only
    >= 1.9, and the release with 2027 (published each year after the State Council's notice, around
    November) would otherwise cover the year these tests use as the first one it does not know."""
    from app import workdays
    covers = workdays._library_covers
    monkeypatch.setattr(workdays, "_library_covers", lambda year: year <= 2026 and covers(year))


def test_years_beyond_the_library_are_refused_until_entered(db, library_ends_2026):
    assert 2026 in covered_years() and 2027 not in covered_years()
    with pytest.raises(CalendarNotCoveredError) as info:
        add_working_days(dt.date(2026, 12, 28), 5)
    assert "2027" in str(info.value)
    update_settings({"calendar_manual": {"2027": {"holidays": ["2027-01-01"], "workdays": ["2027-01-09"]}}})
    # 2026-12-28 Mon: 29, 30, 31 are working days; 2027-01-01 holiday; 01-04 Mon is the 4th, 01-05 the 5th
    assert add_working_days(dt.date(2026, 12, 28), 5) == dt.date(2027, 1, 5)
    assert is_workday(dt.date(2027, 1, 9))       # a Saturday made a working day by hand
    assert 2027 in covered_years()


def test_manual_calendar_is_validated(db):
    with pytest.raises(ValidationError):
        update_settings({"calendar_manual": {"2027": {"holidays": ["2027-13-01"]}}})
    with pytest.raises(ValidationError):
        update_settings({"calendar_manual": {"2027": {"holidays": ["2028-01-01"]}}})
    with pytest.raises(ValidationError):
        update_settings({"calendar_manual": {"2027": {"holidays": ["2027-01-09"], "workdays": ["2027-01-09"]}}})


def test_cli_settings_and_calendar(db_path):
    def run(*a):
        return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), *a], capture_output=True, text=True)

    r = run("settings", "set", "contact_person", "张三")
    assert r.returncode == 0, r.stderr
    r = run("settings", "show", "--json")
    assert '"role": "city"' in r.stdout
    r = run("settings", "set", "role", "市南区")
    assert r.returncode == 0, r.stderr
    r = run("settings", "show", "--json")
    assert '"role": "市南区"' in r.stdout
    r = run("settings", "set", "role", "上海市")
    assert r.returncode == 2 and "本程序服务于" in r.stderr
    r = run("calendar", "deadline", "2020-09-28", "5", "--json")
    assert '"deadline": "2020-10-12"' in r.stdout
    # 2094: a year no chinesecalendar release will know for a long time (a near one such as 2027 is covered
    # as soon as the library publishes it); its days of the week are those of 2027 (03-01 a Monday)
    r = run("calendar", "deadline", "2094-03-01", "5")
    assert r.returncode == 2 and "2094" in r.stderr
    r = run("calendar", "set-year", "2094", "--holidays", "2094-01-01", "--workdays", "2094-01-09")
    assert r.returncode == 0, r.stderr
    r = run("calendar", "deadline", "2094-03-01", "5", "--json")
    assert '"deadline": "2094-03-08"' in r.stdout
    r = run("calendar", "set-year", "2094", "--holidays", "2094-02-30")
    assert r.returncode == 2 and "格式不正确" in r.stderr


def test_district_names_are_stored_stripped_and_an_alias_may_repeat_the_name(db):
    """A name typed with a trailing space is the same district: stored stripped, and an alias equal to
    the district's own name is no conflict (it adds nothing and is not stored twice)."""
    districts = get_setting("districts")
    districts[0] = dict(districts[0], name=districts[0]["name"] + " ",
                        aliases=[districts[0]["name"], *districts[0]["aliases"]])
    name = districts[0]["name"].strip()
    update_settings({"districts": districts})
    stored = get_setting("districts")[0]
    assert stored["name"] == name
    assert name not in stored["aliases"] and stored["aliases"] == districts[0]["aliases"][1:]
    assert name in district_names() and resolve_district(name) == name
    with pytest.raises(ValidationError, match="同时属于多个区市"):   # another district's name still conflicts
        other = get_setting("districts")
        other[1] = dict(other[1], aliases=[*other[1]["aliases"], name])
        update_settings({"districts": other})
