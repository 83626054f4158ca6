"""app.draw.queries: the read-only views of draws the GUI and the command line show (no Qt)."""
from __future__ import annotations

import pytest

from app.campaign import changes as campaign_changes
from app.errors import NotFoundError

WITNESSES = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
             {"name": "李监督", "unit": "驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]


@pytest.fixture
def plan_id(db):
    from app.demo import load_demo
    from app.draw import plans
    load_demo()
    return plans.list_plans()[0].id


@pytest.fixture
def drawn(plan_id):
    from app.draw import service
    return service.run_draw(service.commit_draw(plan_id).draw_no, WITNESSES)


def test_get_draw_is_the_one_lookup(drawn):
    from app.draw import queries, records, service
    assert queries.get_draw(drawn.draw_no).id == drawn.id
    assert service.get_draw is queries.get_draw                   # one definition, used by the service
    assert records.load_draw(drawn.draw_no).id == drawn.id
    with pytest.raises(NotFoundError, match="找不到第 99 号抽取"):
        queries.get_draw(99)


def test_plan_and_draw_lists(plan_id):
    from app.draw import queries, service
    assert queries.plan_title(None) is None and queries.plan_title(12345) is None
    assert queries.plan_title(plan_id)
    assert [p["id"] for p in queries.plan_choices()] == [plan_id]
    overview = queries.plan_overview(plan_id)
    assert [t["code"] for t in overview["tasks"]] == ["T1", "T2"] and all(t["ratio"] for t in overview["tasks"])
    assert queries.draw_rows(None) == [] and queries.draw_numbers_by_status(plan_id) == {}
    committed = service.commit_draw(plan_id)
    assert queries.draw_numbers_by_status(plan_id) == {"committed": committed.draw_no}
    assert [r["status"] for r in queries.draw_rows(plan_id)] == ["committed"]
    assert queries.drawn_draws(plan_id) == []
    assert queries.commit_data_of(committed.draw_no)["tasks"]
    campaign_changes.void_draw(committed.draw_no, "测试作废")
    again = service.run_draw(service.commit_draw(plan_id).draw_no, WITNESSES)
    assert [r["status"] for r in queries.draw_rows(plan_id)] == ["drawn", "void"]        # newest first
    (only,) = queries.drawn_draws(plan_id)
    assert (only.draw_no, only.plan_id) == (again.draw_no, plan_id) and only.plan_title
    assert queries.drawn_draws() == [only]


def test_preview_strata_selects_nothing(plan_id):
    from app.draw import service
    from app.draw.models import Draw
    rows, excluded = service.preview_strata(plan_id)
    assert {r["code"] for r in rows} == {"T1", "T2"}
    assert all("ticket" not in r and "key" not in r for r in rows)
    assert all(set(r) == {"code", "name", "register", "ratio", "stratum", "size", "quota", "alternates"} for r in rows)
    assert isinstance(excluded, str)
    assert Draw.select().count() == 0


def test_commit_strata_rows_match_the_preview(plan_id):
    from app.draw import queries, service
    rows, _excluded = service.preview_strata(plan_id)
    draw = service.commit_draw(plan_id)
    committed = queries.commit_strata_rows(queries.commit_data_of(draw.draw_no))
    key = lambda r: (r["code"], r["stratum"], r["size"], r["quota"])  # noqa: E731
    assert sorted(map(key, committed)) == sorted(map(key, rows))


def test_drawn_views_and_the_current_selection(drawn):
    from app.draw import queries
    views = queries.drawn_views(drawn.draw_no)
    assert len(views["inspections"]) == len(drawn.record["inspections"])
    assert len(views["selected"]) == sum(len(t["selected"]) for t in drawn.record["tasks"])
    assert all(i["rank_parts"] and i["ticket"] and i["source"] == "selected" for i in views["inspections"])
    assert [w["name"] for w in views["witnesses"]] == ["王见证", "李监督"]
    before = queries.current_selection_rows(drawn.draw_no)
    assert len(before) == len(views["selected"])
    out = before[0]
    use = campaign_changes.use_alternate(drawn.draw_no, out["task"], out["key"], "检查前已注销")
    after = queries.current_selection_rows(drawn.draw_no)
    keys = {(r["task"], r["key"]) for r in after}
    assert (out["task"], out["key"]) not in keys and (out["task"], use.in_key) in keys
    views = queries.drawn_views(drawn.draw_no)
    alternate = next(a for a in views["alternates"] if a["key"] == use.in_key and a["task"] == out["task"])
    assert alternate["used_for"].startswith(out["key"]) and alternate["used_reason"] == "检查前已注销"
    came_in = next(i for i in views["inspections"] if i["key"] == use.in_key)
    assert ("alternate", out["task"], use.rank) in came_in["rank_parts"]
