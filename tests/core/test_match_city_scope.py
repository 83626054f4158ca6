"""SPOTCHECK-MATCH-1, a city match leaving districts to their own copies: docs/spec-match-1.md section 13.

The plan lists 市北区 under self_matching; the city matches 市南区 (district pool) and 李沧区 (mixed
pool, with 市本级) and leaves 市北区's two inspections out. The values were produced by the
implementation and are checked here independently: the commitment text by hand with hashlib, the
teams against a match over every district with the same seed (pools are matched on their own), and
the scope check of the record against the draw record.
"""
from __future__ import annotations

import hashlib

from app.match import spec
from app.match.verify_scope import scope_check

DRAW_RECORD = {"spec": "SPOTCHECK-DRAW-1", "draw_no": 3, "plan": {"self_matching": ["市北区"]},
               "inspections": [{"key": "91370202CCCC000001", "district": "市南区"},
                               {"key": "91370202CCCC000002", "district": "市南区"},
                               {"key": "91370202CCCC000003", "district": "市南区"},
                               {"key": "91370203DDDD000001", "district": "市北区"},
                               {"key": "91370203DDDD000002", "district": "市北区"},
                               {"key": "91370213EEEE000001", "district": "李沧区"},
                               {"key": "91370213EEEE000002", "district": "李沧区"}],
               "tasks": [{"code": "T1", "alternates": []}]}
CANONICAL = ('{"draw_no":3,"inspections":[{"district":"市南区","key":"91370202CCCC000001"},'
             '{"district":"市南区","key":"91370202CCCC000002"},{"district":"市南区","key":"91370202CCCC000003"},'
             '{"district":"市北区","key":"91370203DDDD000001"},{"district":"市北区","key":"91370203DDDD000002"},'
             '{"district":"李沧区","key":"91370213EEEE000001"},{"district":"李沧区","key":"91370213EEEE000002"}],'
             '"plan":{"self_matching":["市北区"]},"spec":"SPOTCHECK-DRAW-1","tasks":[{"alternates":[],"code":"T1"}]}')
EXCLUDED = ["市北区"]
RULES = {"市南区": "district", "李沧区": "mixed"}                     # the task's pool rule per district
ROSTER = [("371000000001", "市南区"), ("371000000002", "市南区"), ("371000000004", "市北区"),
          ("371000000005", "市北区"), ("371000000006", "李沧区"), ("371000000007", "李沧区"),
          ("371000000008", "市本级"), ("371000000009", "市本级")]
PAIRS = [("371000000006", "91370213EEEE000001")]
WITNESSES = ["80417236095", "31965047728"]
LOG_HEAD = "0" * 64

DRAW_RECORD_SHA256 = "43462086173bd0fb1f779c52c3b6f355de45192f709f4dc8dfc688a6906f0ec7"
ROSTER_DIGEST = "a16aa4da2955827e461b8ff38502153ae0ab2635813b07780e67c66429b3a336"
AVOID_DIGEST = "cefb468c3cd3ecdc8a6a6a272741c9d6b123a411572a188ef884ba531a4b6e99"
COMMITMENT = "fbe6e7fe8c3ba756c60581356518c0c93b495a7aa4bf0a0ae4e6fe532515e5e5"
MSEED = "f6c90e3b51af5ef4873eea88735d4ec3474fc8885cb4df6abefc8648f947535d"
TEAMS = {"91370202CCCC000002": ["371000000002", "371000000001"],
         "91370202CCCC000001": ["371000000001", "371000000002"],
         "91370202CCCC000003": ["371000000002", "371000000001"],
         "91370213EEEE000002": ["371000000008", "371000000006"],
         "91370213EEEE000001": ["371000000009", "371000000007"]}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _covered() -> dict[str, str]:
    """The inspections that enter the city's match: those of districts not left to their own copies."""
    return {i["key"]: spec.pool_name(i["district"], RULES[i["district"]])
            for i in DRAW_RECORD["inspections"] if i["district"] not in EXCLUDED}


def _record(assignments=None) -> dict:
    """The parts of the city's match record the scope check reads."""
    districts = {i["key"]: i["district"] for i in DRAW_RECORD["inspections"]}
    keys = list(TEAMS) if assignments is None else assignments
    return {"scope": {"excluded_districts": EXCLUDED},
            "assignments": [{"key": k, "district": districts[k]} for k in keys]}


def test_the_draw_record_carries_the_plans_choice():
    assert spec.canonical_json(DRAW_RECORD) == CANONICAL and _sha(CANONICAL) == DRAW_RECORD_SHA256


def test_the_commitment_and_seed_are_the_unscoped_formulas():
    roster_text = "SPOTCHECK-ROSTER-1\n" + "".join(f"{c}|{d}\n" for c, d in sorted(ROSTER))
    assert spec.roster_text(ROSTER) == roster_text and _sha(roster_text) == ROSTER_DIGEST
    avoid_text = "SPOTCHECK-AVOID-1\n371000000006|91370213EEEE000001\n"
    assert spec.avoid_text(PAIRS) == avoid_text and _sha(avoid_text) == AVOID_DIGEST
    text = f"SPOTCHECK-MCOMMIT-1|{DRAW_RECORD_SHA256}|{ROSTER_DIGEST}|{AVOID_DIGEST}|2|{LOG_HEAD}"
    assert _sha(text) == COMMITMENT == spec.match_commitment(DRAW_RECORD_SHA256, ROSTER_DIGEST, AVOID_DIGEST,
                                                             2, LOG_HEAD)
    assert _sha("|".join(["SPOTCHECK-MSEED-1", COMMITMENT, *WITNESSES])) == MSEED == spec.mseed(COMMITMENT,
                                                                                                WITNESSES)


def test_the_city_teams_leave_out_the_self_matching_district():
    result = spec.match_all(MSEED, _covered(), ROSTER, PAIRS, 2)
    assert result.teams == TEAMS and list(result.teams) == list(TEAMS)     # the record's order too
    assert [p.as_dict() for p in result.pools] == [
        {"district": "市南区", "inspectors": 2, "inspections": 3, "cap": 3, "raised_from": None},
        {"district": "李沧区+市本级", "inspectors": 4, "inspections": 2, "cap": 1, "raised_from": None}]
    assert result.loads == {"371000000001": 3, "371000000002": 3, "371000000004": 0, "371000000005": 0,
                            "371000000006": 1, "371000000007": 1, "371000000008": 1, "371000000009": 1}
    assert result.short == [] and "371000000006" not in TEAMS["91370213EEEE000001"]   # the avoidance holds


def test_the_teams_equal_a_match_of_every_district_restricted_to_the_covered_ones():
    every = dict(_covered(), **{"91370203DDDD000001": "市北区", "91370203DDDD000002": "市北区"})
    whole = spec.match_all(MSEED, every, ROSTER, PAIRS, 2)
    assert {k: t for k, t in whole.teams.items() if k in TEAMS} == TEAMS


def test_the_scope_check_with_the_draw_record():
    check = scope_check(_record(), DRAW_RECORD)
    assert check.ok and "市北区" in check.message and "一致" in check.message
    assert scope_check(_record(), None).ok                     # without the record: no excluded inspection


def test_an_inspection_of_the_excluded_district_fails_the_scope():
    check = scope_check(_record(list(TEAMS) + ["91370203DDDD000001"]), DRAW_RECORD)
    assert not check.ok and "91370203DDDD000001" in check.message
    assert not scope_check(_record(list(TEAMS) + ["91370203DDDD000001"]), None).ok


def test_a_missing_inspection_of_a_covered_district_fails_the_scope():
    check = scope_check(_record([k for k in TEAMS if k != "91370213EEEE000002"]), DRAW_RECORD)
    assert not check.ok and "91370213EEEE000002" in check.message


def test_another_choice_than_the_plans_fails_the_scope():
    record = dict(_record(), scope={"excluded_districts": ["市北区", "李沧区"]})
    record["assignments"] = [a for a in record["assignments"] if a["district"] != "李沧区"]
    check = scope_check(record, DRAW_RECORD)
    assert not check.ok and "抽取记录中计划的区市自行匹配为“市北区”" in check.message
    assert not scope_check(dict(_record(), scope={"excluded_districts": []}), DRAW_RECORD).ok
