"""app.match.queries: the one current_match and the read-only views of a match (no Qt)."""
from __future__ import annotations

import json

import pytest

from app.errors import NotFoundError, StateError


def test_current_match_required_or_not(drawn):
    from app.match import queries, service
    n = drawn.draw_no
    assert queries.current_match(n, required=False) is None
    with pytest.raises(StateError, match="尚未提交匹配承诺"):
        queries.current_match(n)
    with pytest.raises(NotFoundError, match="找不到第 99 号抽取"):
        queries.current_match(99)
    assert queries.current_match(99, required=False) is None
    committed = service.commit_match(n, match_date=drawn.plan.start)
    assert queries.current_match(n).id == committed.id
    assert service.current_match is queries.current_match             # one definition
    assert not queries.is_matched(n)
    assert queries.match_state(n)["status"] == "committed"
    assert queries.match_state(n)["views"]["pools"]
    service.void_match(n, "名单有变")
    assert queries.current_match(n, required=False) is None
    assert queries.match_state(n) == {"status": None}


def test_match_views_of_a_matched_draw(matched):
    from app.match import queries
    n = matched.draw_no
    match = queries.current_match(n)
    assert queries.is_matched(n)
    views = queries.match_views(match)
    teams = queries.active_teams(match)
    assert {r["key"] for r in views["teams"]} == set(teams)
    for row in views["teams"]:
        assert row["members"] == teams[row["key"]] and row["needed"] == match.team_size
        if row["members"]:
            assert row["leader"] == row["members"][0] and row["members"][0] in row["leader_text"]
    assert sum(r["load"] for r in views["loads"]) == sum(len(t) for t in teams.values())
    assert {s["key"] for s in views["shorts"] if s["open"]} == {s["key"] for s in queries.open_short(n)}
    assert views["replacements"] == [] and views["pools"]
    state = queries.match_state(n)
    assert state["status"] == "matched" and state["views"]["teams"] == views["teams"]
    assert set(state["directory"]) >= {r["cert_no"] for r in state["roster"]}


def test_replacement_rows_name_who_recorded_them(matched):
    from app.match import queries
    from app.match.service import replace_inspector
    n = matched.draw_no
    team = next(r for r in queries.match_views(queries.current_match(n))["teams"] if len(r["members"]) >= 2)
    change = replace_inspector(n, team["key"], team["members"][1], "身体健康状况", "张局长")
    (row,) = queries.match_views(queries.current_match(n))["replacements"]
    assert (row["kind"], row["key"], row["out"], row["in"]) == ("replacement", team["key"], team["members"][1],
                                                                 change["in"])
    assert row["approver"] == "张局长" and row["by"]
    assert queries.change_actors(queries.current_match(n))
    roster = {r["cert_no"]: r["name"] for r in queries.current_match(n).commit_data["roster"]}
    assert queries.team_text(n, [change["in"]]) == f"{roster[change['in']]} {change['in']}".strip()


def test_person():
    from app.match import queries
    assert queries.person({"1": {"name": "甲"}}, "1") == "甲（1）"
    assert queries.person({}, "2") == "2" and queries.person({}, None) == "—"


def test_short_candidates_prefer_other_pools():
    from app.match.queries import short_candidates
    roster = [{"cert_no": "1", "district": "市南区"}, {"cert_no": "2", "district": "市南区"},
              {"cert_no": "3", "district": "崂山区"}, {"cert_no": "4", "district": "市本级"}]
    short = {"key": "K", "pool": "市南区", "members": ["1"]}
    assert [r["cert_no"] for r in short_candidates(roster, short)] == ["3", "4", "2"]


def test_verify_record_file(matched, tmp_path):
    from app.campaign import outputs
    from app.errors import FileReadError
    from app.match import queries
    outputs.write_draw_outputs(matched.draw_no, tmp_path / "d")
    kind, checks = queries.verify_record_file(str(tmp_path / "d" / "draw-record.json"))
    assert kind == queries.DRAW_SPEC and checks and all(c["ok"] for c in checks)
    outputs.write_match_outputs(queries.current_match(matched.draw_no), tmp_path / "m")
    kind, checks = queries.verify_record_file(str(tmp_path / "m" / "match-record.json"))
    assert kind == queries.MATCH_SPEC and all(c["ok"] for c in checks), checks
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([1]), encoding="utf-8")
    with pytest.raises(FileReadError, match="不是抽取记录或匹配记录"):
        queries.verify_record_file(str(bad))
