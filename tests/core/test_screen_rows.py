"""Issue 18: the draw and match screens read their rows with SQLite's JSON functions (app.draw.screen_rows,
app.match.screen_rows) instead of parsing whole records in Python. They must give exactly what the
peewee readers give (app.draw.queries.drawn_views, app.match.queries.match_state + record_state), also
after an alternate, a replacement and a short resolution have changed the draw and its match."""
from __future__ import annotations

import pytest

from tests.support.matches import alternate_candidate


def _draw_views_agree(draw_no: int) -> dict:
    from app.draw import queries, screen_rows
    old, new = queries.drawn_views(draw_no), screen_rows.drawn_views(draw_no)
    assert new == old
    return new


def _match_state_agrees(draw_no: int) -> dict:
    from app.match import queries, record_state, screen_rows
    old = dict(queries.match_state(draw_no), record=record_state.record_state(draw_no))
    new = screen_rows.screen_state(draw_no)
    counts = {k: new.pop(k) for k in ("team_count", "open_short") if k in new}
    assert new == old
    if new.get("status") == "matched":
        # the summary's counts, and the first page (the screen's first read) as the full state begins
        assert counts == {"team_count": len(old["views"]["teams"]),
                          "open_short": sum(1 for s in old["views"]["shorts"] if s["open"])}
        for page in (1, 3, 10_000):
            first = screen_rows.screen_state(draw_no, page)
            assert first["views"]["teams"] == old["views"]["teams"][:page]
            assert first["views"]["pools"] == old["views"]["pools"]
            assert {k: first[k] for k in counts} == counts
            assert {k: v for k, v in first.items() if k not in ("views", *counts)} == \
                {k: v for k, v in old.items() if k != "views"}
    return new


def test_draw_rows_are_the_same_before_and_after_an_alternate(drawn):
    from app.campaign import changes
    views = _draw_views_agree(drawn.draw_no)
    assert len(views["inspections"]) == len(drawn.record["inspections"]) and views["selected"]
    assert all(i["rank_parts"] and i["ticket"] for i in views["inspections"])
    task, out_key, _alt = alternate_candidate(drawn)
    changes.use_alternate(drawn.draw_no, task, out_key, "检查前已注销")
    views = _draw_views_agree(drawn.draw_no)
    assert any(a.get("used_for", "").startswith(out_key) for a in views["alternates"])
    assert any(not i["active"] for i in views["inspections"])


def test_match_state_is_the_same_through_its_changes(matched):
    from app.campaign.changes import use_alternate_after_match
    from app.match import queries
    from app.match.service import current_match, replace_inspector
    state = _match_state_agrees(matched.draw_no)
    assert state["status"] == "matched" and state["views"]["teams"] and state["record"]["revision"] == 0
    match = current_match(matched.draw_no)
    task, out_key, _alt = alternate_candidate(matched, 0)
    some_key = next(k for k, t in queries.active_teams(match).items() if t and k != out_key)
    replace_inspector(matched.draw_no, some_key, queries.active_teams(match)[some_key][0], "岗位调整", "张局长")
    use_alternate_after_match(matched.draw_no, task, out_key, "已注销", "张局长")
    state = _match_state_agrees(matched.draw_no)
    kinds = {r["kind"] for r in state["views"]["replacements"]}
    assert {"replacement", "alternate"} <= kinds and state["record"]["revision"] == 2


def test_a_committed_match_and_no_match(drawn):
    from app.match import service
    assert _match_state_agrees(drawn.draw_no)["status"] is None
    service.commit_match(drawn.draw_no)
    assert _match_state_agrees(drawn.draw_no)["status"] == "committed"


def test_an_unknown_draw_is_refused_alike(db):
    from app.draw import screen_rows
    from app.errors import NotFoundError
    from app.match import screen_rows as match_rows
    with pytest.raises(NotFoundError):
        screen_rows.drawn_views(99)
    with pytest.raises(NotFoundError):
        match_rows.screen_state(99)


def test_the_first_rows_are_read_at_their_places_without_walking_the_record(matched, monkeypatch):
    """Issue 18: the match screen's first rows come from the record's entries at their places (found through
    the assignment rows' ids), not from a walk over every assignment; also after later changes."""
    from app.campaign.changes import use_alternate_after_match
    from app.match import screen_rows
    full = screen_rows.screen_state(matched.draw_no)
    assert not full["views"]["shorts"] and len(full["views"]["teams"]) > 5     # no team short: the places hold
    walk = screen_rows._ASSIGNMENTS
    monkeypatch.setattr(screen_rows, "_ASSIGNMENTS", "SELECT no_such_column")   # a walk would fail
    assert screen_rows.screen_state(matched.draw_no, 5)["views"]["teams"] == full["views"]["teams"][:5]
    task, out_key, _alt = alternate_candidate(matched, 0)
    use_alternate_after_match(matched.draw_no, task, out_key, "已注销", "张局长")
    monkeypatch.setattr(screen_rows, "_ASSIGNMENTS", walk)
    full = screen_rows.screen_state(matched.draw_no)
    monkeypatch.setattr(screen_rows, "_ASSIGNMENTS", "SELECT no_such_column")
    first = screen_rows.screen_state(matched.draw_no, screen_rows.MAX_FIRST)
    assert first["views"]["teams"] == full["views"]["teams"][:screen_rows.MAX_FIRST]
    assert (first["team_count"], first["open_short"]) == (full["team_count"], full["open_short"])


def test_the_places_are_not_trusted_when_they_may_be_wrong():
    """_first_page gives up (and the record is walked) when a team was short at the match, when the ids do
    not span team_size × teams, or when an entry read is not the one expected."""
    from app.match.screen_rows import _first_page
    leads = [("K1", 0, 10, 13), ("K2", 2, 10, 13)]
    text = '[{"key": "K1", "name": "甲", "district": "市南区", "pool": "市南区"}, {"key": "K2"}]'
    assert _first_page(leads, text, 2, 2, []) == [("K1", "甲", "市南区", "市南区", None), ("K2", "", "", "", None)]
    assert _first_page(leads, text, 2, 2, [{"key": "K9", "assigned": 1}]) is None       # a short team
    assert _first_page(leads, text, 2, 3, []) is None                                   # ids do not span
    assert _first_page(leads, text.replace('"K2"', '"K3"'), 2, 2, []) is None            # another entry
    assert _first_page(leads, "[null, null]", 2, 2, []) is None                          # no entry there
    assert _first_page([("K1", 0, 10, 11)], '{"key": "K1"}', 2, 1, []) == [("K1", "", "", "", None)]


def test_the_replace_forms_count_of_unstarted_teams_is_replace_alls(matched):
    """The match screen's replace form asks which teams the "all" choice changes at every inspector chosen:
    screen_rows.unstarted_teams reads it from the rows (no record parsed), as replace_all.unstarted_teams."""
    from app.match import screen_rows
    from app.match.queries import current_teams
    from app.match.replace_all import unstarted_teams
    from app.results.service import enter_result
    from tests.support.results import complete_result
    teams = current_teams(matched.draw_no)
    cert = next(iter(teams.values()))[0][0]
    holding = sorted(k for k, team in teams.items() if any(c == cert for c, _, _ in team))
    assert len(holding) >= 2
    enter_result(matched.draw_no, holding[0], complete_result(matched, holding[0]))
    for who in (cert, "no-such-cert", next(iter(teams.values()))[-1][0]):
        old, new = unstarted_teams(matched.draw_no, who), screen_rows.unstarted_teams(matched.draw_no, who)
        assert {k: sorted(map(str, v)) for k, v in new.items()} == {k: sorted(map(str, v)) for k, v in old.items()}
    assert [t["key"] for t in screen_rows.unstarted_teams(matched.draw_no, cert)["started"]] == [holding[0]]
