"""SPOTCHECK-MATCH-1 pure functions: the official vectors exactly, and the algorithm's properties."""
from __future__ import annotations

import hashlib
import json
import random

import pytest

from app.match import spec
from tests.support.matches import naive_match


@pytest.fixture
def vectors(spec_vectors_dir) -> dict:
    return json.loads((spec_vectors_dir / "match-1.json").read_text(encoding="utf-8"))


def test_vectors_texts_and_digests(vectors):
    i = vectors["input"]
    roster, avoid = [tuple(r) for r in i["roster"]], [tuple(p) for p in i["avoidance"]]
    assert spec.roster_text(roster) == vectors["roster_text"]
    assert spec.roster_text(reversed(roster)) == vectors["roster_text"]          # order of input irrelevant
    assert spec.H(vectors["roster_text"]) == vectors["roster_digest"]
    assert spec.avoid_text(avoid + avoid[:2]) == vectors["avoid_text"]            # duplicates collapse
    assert spec.H(vectors["avoid_text"]) == vectors["avoid_digest"]
    text = spec.match_commit_text(i["draw_record_sha256"], vectors["roster_digest"], vectors["avoid_digest"],
                                  i["team_size"], i["log_head"])
    assert text == vectors["match_commit_text"]
    assert spec.H(text) == vectors["match_commitment"]
    inputs = [w["input"] for w in i["witnesses"]]
    assert spec.mseed_text(vectors["match_commitment"], inputs) == vectors["mseed_text"]
    assert spec.mseed(vectors["match_commitment"], inputs) == vectors["mseed"]
    assert spec.parse_roster_text(vectors["roster_text"]) == sorted(roster)
    assert spec.parse_avoid_text(vectors["avoid_text"]) == sorted(avoid)


def test_vectors_order_pools_and_teams(vectors):
    i, seed = vectors["input"], vectors["mseed"]
    assert {k: spec.order_ticket(seed, k) for k in vectors["order"]} == vectors["order"]
    result = spec.match_all(seed, {k: spec.pool_name(d) for k, d in i["inspections"].items()},
                            [tuple(r) for r in i["roster"]], [tuple(p) for p in i["avoidance"]], i["team_size"])
    assert [dict(p.as_dict(), short=p.short) for p in result.pools] == vectors["pools"]
    assert list(result.teams.items()) == list(vectors["teams"].items())           # order too
    assert result.short == [("370212593026050", "崂山区", 0), ("9137020341FG6NM27C", "市北区", 1)]
    assert result.loads["371000000008"] == 0                                        # 市本级: no inspection
    teams, pools = naive_match(seed, i["inspections"], [tuple(r) for r in i["roster"]],
                               [tuple(p) for p in i["avoidance"]], i["team_size"])
    assert teams == vectors["teams"] and pools == vectors["pools"]


def test_malformed_texts_are_refused():
    with pytest.raises(ValueError):
        spec.parse_roster_text("SPOTCHECK-AVOID-1\n")
    with pytest.raises(ValueError):
        spec.parse_avoid_text("SPOTCHECK-AVOID-1\n371|KEY")          # no final newline
    with pytest.raises(ValueError):
        spec.parse_roster_text("SPOTCHECK-ROSTER-1\nonlycert\n")


def test_pool_names_and_caps():
    assert spec.pool_name("市南区") == "市南区"
    assert spec.pool_name("市南区", "city") == "市本级"
    assert spec.pool_name("市南区", "mixed") == "市南区+市本级"
    roster = [("1", "市南区"), ("2", "市本级"), ("3", "市北区")]
    assert spec.pool_members("市南区+市本级", roster) == ["1", "2"]
    assert spec.initial_cap(2, 10, 3) == 7 and spec.initial_cap(2, 9, 3) == 6 and spec.initial_cap(2, 5, 0) == 0


def test_empty_pool_is_all_short_without_raising():
    r = spec.match_pool("ab" * 32, "莱西市", ["K1", "K2"], [], {}, 2)
    assert r.cap == 0 and r.raised_from is None and r.short == r.order and all(t == [] for t in r.teams.values())


def _random_case(rng, with_avoid):
    members = [f"37{rng.randrange(10**10):010d}" for _ in range(rng.randint(2, 12))]
    keys = [f"9137{rng.randrange(10**14):014d}" for _ in range(rng.randint(1, 40))]
    pairs = {(rng.choice(members), rng.choice(keys)) for _ in range(len(keys) // 2)} if with_avoid else set()
    return members, keys, pairs


@pytest.mark.parametrize("m", [2, 3])
def test_loads_differ_by_at_most_one_without_avoidance(m):
    rng = random.Random(20201020 + m)
    for case in range(60):
        members, keys, _ = _random_case(rng, False)
        if len(members) < m:
            continue
        seed = hashlib.sha256(str(case).encode()).hexdigest()
        r = spec.match_pool(seed, "市南区", keys, members, {}, m)
        assert not r.short and r.raised_from is None
        assert max(r.loads.values()) - min(r.loads.values()) <= 1
        assert all(len(set(t)) == m for t in r.teams.values())


def test_fast_pool_matches_the_naive_reading_with_avoidance():
    rng = random.Random(7)
    for case in range(80):
        members, keys, pairs = _random_case(rng, True)
        seed = hashlib.sha256(f"seed{case}".encode()).hexdigest()
        r = spec.match_all(seed, dict.fromkeys(keys, "市南区"), [(c, "市南区") for c in members], pairs, 2)
        teams, pools = naive_match(seed, dict.fromkeys(keys, "市南区"), [(c, "市南区") for c in members], pairs, 2)
        assert r.teams == teams
        assert [dict(p.as_dict(), short=p.short) for p in r.pools] == pools
        for key, team in r.teams.items():
            assert not any((c, key) in pairs for c in team)


def test_replacement_takes_smallest_load_then_ticket_outside_team_and_avoidance():
    seed = "cd" * 32
    members = ["A", "B", "C", "D", "E"]
    loads = {"A": 2, "B": 2, "C": 1, "D": 1, "E": 1}
    avoided = {"K": {"D"}}
    got = spec.choose_replacement(seed, "K", members, ["A", "C"], "A", avoided, loads)
    want = min(["E"], key=lambda c: (loads[c], spec.pair_ticket(seed, "K", c)))
    assert got == want == "E"                   # C on the team, D avoided, A replaced; B has load 2
    assert spec.choose_replacement(seed, "K", ["A", "C"], ["A", "C"], "A", avoided, loads) is None


def test_institution_draw_balances_and_honours_avoidance():
    seed = "ef" * 32
    insts = [("I1", ["检验检测"]), ("I2", ["检验检测", "审计"]), ("I3", ["审计"])]
    requests = [(f"K{i}", "检验检测") for i in range(6)] + [("K0", "审计"), ("K1", "评估")]
    avoided = {"K3": {"I1"}}
    out = spec.draw_institutions(seed, requests, insts, avoided)
    assert out[("K1", "评估")] is None
    chosen = [out[(f"K{i}", "检验检测")][0] for i in range(6)]
    assert chosen[3] == "I2"
    assert abs(chosen.count("I1") - chosen.count("I2")) <= 2
    assert out[("K0", "审计")][1] == spec.institution_ticket(seed, "K0", out[("K0", "审计")][0])


def test_public_spec_carries_the_vectors(vectors):
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "docs" / "spec-match-1.md").read_text(encoding="utf-8")
    for value in (vectors["roster_digest"], vectors["avoid_digest"], vectors["match_commitment"], vectors["mseed"],
                  vectors["match_commit_text"], vectors["roster_text"], vectors["avoid_text"]):
        assert value in text
    assert all(t in text for t in vectors["order"].values())


def test_structurally_short_pool_goes_to_cap_k_like_the_step_by_step_rule():
    rng = random.Random(11)
    members = [f"37{n:010d}" for n in range(6)]
    keys = [f"9137{rng.randrange(10**14):014d}" for _ in range(30)]
    pairs = {(c, keys[0]) for c in members[:5]}              # keys[0] can have only one inspector
    seed = "12" * 32
    r = spec.match_all(seed, dict.fromkeys(keys, "市南区"), [(c, "市南区") for c in members], pairs, 2)
    teams, pools = naive_match(seed, dict.fromkeys(keys, "市南区"), [(c, "市南区") for c in members], pairs, 2)
    assert r.teams == teams and [dict(p.as_dict(), short=p.short) for p in r.pools] == pools
    assert pools[0]["cap"] == 30 and pools[0]["raised_from"] == 10 and pools[0]["short"] == [keys[0]]
    assert r.teams[keys[0]] == [members[5]]
