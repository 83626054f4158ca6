"""SPOTCHECK-MATCH-1 scoped to one district's share: the vectors of docs/spec-match-1.md section 12.

A draw record with two districts' inspections; the district 市南区 matches only its own three. The
values were produced by the implementation and are checked here independently: the commitment text by
hand with hashlib, and the teams against a city match over both districts with the same seed (pools are
matched on their own, so a district pool's teams do not depend on the other district's inspections).
"""
from __future__ import annotations

import hashlib
import json

from app.match import spec

DRAW_RECORD = {"spec": "SPOTCHECK-DRAW-1", "draw_no": 7, "tasks": [{"code": "T1", "selected": [
    {"key": "91370202AAAA000001", "stratum": "", "ticket": "01"},
    {"key": "91370202AAAA000002", "stratum": "", "ticket": "02"},
    {"key": "91370202AAAA000003", "stratum": "", "ticket": "03"},
    {"key": "91370203BBBB000001", "stratum": "", "ticket": "04"},
    {"key": "91370203BBBB000002", "stratum": "", "ticket": "05"}], "alternates": []}]}
SHARES = {"91370202AAAA000001": "市南区", "91370202AAAA000002": "市南区", "91370202AAAA000003": "市南区",
          "91370203BBBB000001": "市北区", "91370203BBBB000002": "市北区"}   # share.json of each district
SCOPE = "市南区"
ROSTER = [("371000000001", "市南区"), ("371000000002", "市南区"), ("371000000003", "市南区"),
          ("371000000008", "市本级")]                                # the district's own register
PAIRS = [("371000000001", "91370202AAAA000002")]
WITNESSES = ["55012983746", "20485713690"]
LOG_HEAD = "0" * 64

DRAW_RECORD_SHA256 = "1246afdf7048c670ccaaac5cc5f735f97e9edacd14bd29193013caf2f2123de7"
ROSTER_DIGEST = "b997645dd58bb6f1b651283b9bd5c07f9c6e1bdff1b941df18141e0f82539bc6"
AVOID_DIGEST = "fe7ef78ed2031067c8a1d83c947d7a4382c862bf5ac77e79db40569ffb92ebfc"
COMMITMENT = "3da22dbce5689614c9c45997851cad5048dbce7279dee684538d73f95b10a1da"
MSEED = "a7ca9774cb1c7214723ec8d38dd7b1d6dce2552879b7e0f2031b59766b0ac509"
TEAMS = {"91370202AAAA000002": ["371000000003", "371000000002"],
         "91370202AAAA000001": ["371000000001", "371000000003"],
         "91370202AAAA000003": ["371000000001", "371000000002"]}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _scoped() -> dict[str, str]:
    """The inspections that enter: the share's inspections of the scope district, each in its district pool."""
    return {k: spec.pool_name(d) for k, d in sorted(SHARES.items()) if d == SCOPE}


def test_the_commitment_and_seed_are_the_unscoped_formulas():
    canonical = json.dumps(DRAW_RECORD, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert _sha(canonical) == DRAW_RECORD_SHA256
    roster_text = "SPOTCHECK-ROSTER-1\n" + "".join(f"{c}|{d}\n" for c, d in sorted(ROSTER))
    avoid_text = "SPOTCHECK-AVOID-1\n" + "".join(f"{c}|{k}\n" for c, k in sorted(PAIRS))
    assert spec.roster_text(ROSTER) == roster_text and _sha(roster_text) == ROSTER_DIGEST
    assert spec.avoid_text(PAIRS) == avoid_text and _sha(avoid_text) == AVOID_DIGEST
    text = f"SPOTCHECK-MCOMMIT-1|{DRAW_RECORD_SHA256}|{ROSTER_DIGEST}|{AVOID_DIGEST}|2|{LOG_HEAD}"
    assert _sha(text) == COMMITMENT == spec.match_commitment(DRAW_RECORD_SHA256, ROSTER_DIGEST, AVOID_DIGEST,
                                                             2, LOG_HEAD)
    assert _sha("|".join(["SPOTCHECK-MSEED-1", COMMITMENT, *WITNESSES])) == MSEED == spec.mseed(COMMITMENT,
                                                                                                WITNESSES)


def test_the_scoped_teams():
    result = spec.match_all(MSEED, _scoped(), ROSTER, PAIRS, 2)
    assert result.teams == TEAMS and list(result.teams) == list(TEAMS)     # the order of the record too
    assert [p.as_dict() for p in result.pools] == [{"district": SCOPE, "inspectors": 3, "inspections": 3,
                                                    "cap": 2, "raised_from": None}]
    assert result.loads == {"371000000001": 2, "371000000002": 2, "371000000003": 2, "371000000008": 0}
    assert "371000000001" not in TEAMS["91370202AAAA000002"]               # the avoidance pair holds


def test_the_scoped_teams_equal_a_city_match_restricted_to_the_district():
    city_roster = ROSTER + [("371000000004", "市北区"), ("371000000005", "市北区")]
    city = spec.match_all(MSEED, {k: spec.pool_name(d) for k, d in SHARES.items()}, city_roster, PAIRS, 2)
    assert {k: t for k, t in city.teams.items() if SHARES[k] == SCOPE} == TEAMS


def test_another_districts_inspection_is_not_in_the_scope():
    assert set(_scoped()) == set(TEAMS) and not set(TEAMS) & {"91370203BBBB000001", "91370203BBBB000002"}
