"""app.match.fill (issue 18) gives exactly the teams, caps, shortages and loads of the specification.

Two references in tests/support/match_reference.py: a literal reading of docs/spec-match-1.md
sections 4-5 (randomized small cases: district, city and mixed pools, avoidance, teams of 2 and 3,
cap raises, structurally short inspections, every load tie) and the implementation used before
issue 18 (mid-sized pools). The official vectors are checked in test_match_spec.py.
"""
from __future__ import annotations

import hashlib
import random

import pytest

from app.match import spec
from app.match.fill import PairTickets
from tests.support.match_reference import literal_match_all, previous_match_all

DISTRICTS = ["市南区", "市北区", "崂山区"]


def _case(rng: random.Random, m: int):
    roster = [(f"37{rng.randrange(10**10):010d}", rng.choice(DISTRICTS + [spec.CITY_POOL]))
              for _ in range(rng.randint(0, 14))]
    inspections: dict[str, str] = {}
    for _ in range(rng.randint(1, 36)):
        district = rng.choice(DISTRICTS)
        rule = rng.choice(spec.POOL_RULES) if rng.random() < 0.4 else "district"
        inspections[f"9137{rng.randrange(10**14):014d}"] = spec.pool_name(district, rule)
    certs, keys = [c for c, _d in roster], list(inspections)
    pairs: set[tuple[str, str]] = set()
    if certs and rng.random() < 0.8:
        density = rng.choice([0.05, 0.2, 0.5])
        pairs = {(c, k) for c in certs for k in keys if rng.random() < density}
        if rng.random() < 0.3:                       # one inspection avoided by nearly everybody
            pairs |= {(c, keys[0]) for c in certs[: max(0, len(certs) - m + 1)]}
    return inspections, roster, sorted(pairs)


def _ours(seed, inspections, roster, pairs, m):
    r = spec.match_all(seed, inspections, roster, pairs, m)
    return list(r.teams.items()), [dict(p.as_dict(), short=p.short) for p in r.pools], r.loads


@pytest.mark.parametrize("m", [2, 3])
def test_fill_equals_the_literal_specification_on_random_cases(m):
    rng = random.Random(18_000 + m)
    raised = short = 0
    for case in range(150):
        inspections, roster, pairs = _case(rng, m)
        seed = hashlib.sha256(f"fill{m}-{case}".encode()).hexdigest()
        teams, pools, loads = literal_match_all(seed, inspections, roster, pairs, m)
        assert _ours(seed, inspections, roster, pairs, m) == (list(teams.items()), pools, loads), case
        raised += sum(p["raised_from"] is not None for p in pools)
        short += sum(len(p["short"]) for p in pools)
    assert raised and short                          # the cases do exercise raises and shortages


def test_fill_equals_the_previous_implementation_on_mid_sized_pools():
    rng = random.Random(2018)
    roster = [(f"37{n:010d}", DISTRICTS[n % 3] if n % 7 else spec.CITY_POOL) for n in range(150)]
    inspections = {f"9137{rng.randrange(10**14):014d}": spec.pool_name(rng.choice(DISTRICTS),
                                                                        rng.choice(spec.POOL_RULES))
                   for _ in range(2500)}
    pairs = [(c, k) for c, _d in roster for k in inspections if rng.random() < 0.05]
    for m in (2, 3):
        seed = hashlib.sha256(f"mid{m}".encode()).hexdigest()
        teams, pools, loads = previous_match_all(seed, inspections, roster, pairs, m)
        assert _ours(seed, inspections, roster, pairs, m) == (list(teams.items()), pools, loads)


def test_pools_are_independent_so_excluded_districts_leave_other_teams_unchanged():
    """Scope §13: leaving a district's inspections out changes no other pool's teams."""
    rng = random.Random(13)
    for case in range(40):
        inspections, roster, pairs = _case(rng, 2)
        seed = hashlib.sha256(f"scope{case}".encode()).hexdigest()
        whole = spec.match_all(seed, inspections, roster, pairs, 2)
        excluded = rng.choice(DISTRICTS)
        kept = {k: p for k, p in inspections.items() if not p.startswith(excluded) and p != excluded}
        if not kept:
            continue
        part = spec.match_all(seed, kept, roster, pairs, 2)
        assert part.teams == {k: whole.teams[k] for k in part.teams}


def test_tickets_remembered_after_a_raise_equal_fresh_ones():
    members = [f"37{n:010d}" for n in range(5)]
    seed = "ab" * 32
    fresh = PairTickets(seed, members)
    kept = PairTickets(seed, members)
    kept.remember()
    for key in ("K1", "K2", "K1"):
        want = [bytes.fromhex(spec.pair_ticket(seed, key, c)) for c in members]
        assert fresh.of(key, fresh.prefix(key), members) == want
        assert kept.of(key, kept.prefix(key), members[::-1]) == want[::-1]
    assert set(kept.memo or {}) == {"K1", "K2"}


def test_avoid_text_sorted_per_cert_equals_sorting_every_line():
    rng = random.Random(5)
    alphabet = "0A|a\n\t-"
    for _ in range(300):
        pairs = [("".join(rng.choices(alphabet[:2] if rng.random() < 0.5 else alphabet, k=rng.randint(1, 4))),
                  "".join(rng.choices(alphabet, k=rng.randint(0, 4)))) for _ in range(rng.randint(0, 30))]
        pairs += pairs[: len(pairs) // 3]                     # duplicates collapse
        want = spec.AVOID_HEADER + "".join(sorted({f"{c}|{k}\n" for c, k in pairs}))
        assert spec.avoid_text(pairs) == want
