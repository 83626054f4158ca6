"""SPOTCHECK-MATCH-1: the pure functions of the witnessed inspector match.

Functions of text and numbers only (no database), shared by the service, the
verifier and the public specification (docs/spec-match-1.md). The hash is the
draw's `H`, so both records are checked with the same tool.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.draw.spec import canonical_json  # noqa: F401  (re-exported for the match records)
from app.hashing import H
from app.match.fill import PairTickets, fill

SPEC = "SPOTCHECK-MATCH-1"
ROSTER_HEADER = "SPOTCHECK-ROSTER-1\n"
AVOID_HEADER = "SPOTCHECK-AVOID-1\n"
CITY_POOL = "市本级"
POOL_RULES = ("district", "city", "mixed")


# ---- inputs and commitment ------------------------------------------------

def roster_text(roster: Iterable[tuple[str, str]]) -> str:
    """roster: (cert_no, district) of every eligible inspector; lines in code-point order."""
    return ROSTER_HEADER + "".join(sorted({f"{cert}|{district}\n" for cert, district in roster}))


def avoid_text(pairs: Iterable[tuple[str, str]]) -> str:
    """pairs: (cert_no, key); duplicates collapse; lines in code-point order.

    A province's list holds millions of pairs, and sorting millions of lines is most
    of the cost, so lines are sorted per cert_no: when no cert_no holds "|", the
    line "cert|key\n" sorts first by "cert|" (neither of two such heads is a prefix
    of the other) and then, within one cert_no, by "key\n".
    """
    by_cert: dict[str, list[str]] = defaultdict(list)
    for cert, key in pairs:
        by_cert[cert].append(key)
    if any("|" in cert for cert in by_cert):
        return AVOID_HEADER + "".join(sorted({f"{cert}|{key}\n" for cert, keys in by_cert.items() for key in keys}))
    lines: list[str] = []
    for head in sorted(cert + "|" for cert in by_cert):
        lines.extend(head + key for key in sorted({key + "\n" for key in by_cert[head[:-1]]}))
    return AVOID_HEADER + "".join(lines)


def _parse_lines(text: str, header: str) -> list[tuple[str, str]]:
    if not text.startswith(header):
        raise ValueError(f"text does not start with {header.strip()}")
    body = text[len(header):]
    if body and not body.endswith("\n"):
        raise ValueError("text must end with a newline")
    rows = []
    for line in body.split("\n")[:-1] if body else []:
        left, sep, right = line.partition("|")
        if not sep or not left or not right:
            raise ValueError(f"malformed line: {line!r}")
        rows.append((left, right))
    return rows


def parse_roster_text(text: str) -> list[tuple[str, str]]:
    return _parse_lines(text, ROSTER_HEADER)


def parse_avoid_text(text: str) -> list[tuple[str, str]]:
    return _parse_lines(text, AVOID_HEADER)


def match_commit_text(draw_record_sha256: str, roster_digest: str, avoid_digest: str,
                      team_size: int, log_head: str) -> str:
    return "|".join(["SPOTCHECK-MCOMMIT-1", draw_record_sha256, roster_digest, avoid_digest,
                     str(team_size), log_head])


def match_commitment(draw_record_sha256: str, roster_digest: str, avoid_digest: str,
                     team_size: int, log_head: str) -> str:
    return H(match_commit_text(draw_record_sha256, roster_digest, avoid_digest, team_size, log_head))


def mseed_text(commitment_hex: str, inputs: Iterable[str]) -> str:
    return "|".join(["SPOTCHECK-MSEED-1", commitment_hex, *inputs])


def mseed(commitment_hex: str, inputs: Iterable[str]) -> str:
    return H(mseed_text(commitment_hex, inputs))


# ---- tickets ----------------------------------------------------------------

def order_ticket(mseed_hex: str, key: str) -> str:
    return H(f"{mseed_hex}|ORDER|{key}")


def pair_ticket(mseed_hex: str, key: str, cert_no: str) -> str:
    return H(f"{mseed_hex}|PAIR|{key}|{cert_no}")


def institution_ticket(mseed_hex: str, key: str, institution_key: str) -> str:
    return H(f"{mseed_hex}|INST|{key}|{institution_key}")


# ---- pools --------------------------------------------------------------------

def pool_name(district: str, rule: str = "district") -> str:
    """The pool an inspection of `district` is matched from under a task's pool rule.

    district: the district's own inspectors; city: the 市本级 inspectors; mixed:
    both. The name lists the member districts joined by "+", so the record alone
    says who was in the pool.
    """
    if rule == "city":
        return CITY_POOL
    if rule == "mixed" and district != CITY_POOL:
        return f"{district}+{CITY_POOL}"
    return district


def pool_districts(name: str) -> set[str]:
    return set(name.split("+"))


def pool_members(name: str, roster: Iterable[tuple[str, str]]) -> list[str]:
    districts = pool_districts(name)
    return sorted({cert for cert, district in roster if district in districts})


def initial_cap(team_size: int, inspections: int, inspectors: int) -> int:
    """cap = ceil(m*K/M); an empty pool has cap 0 (nothing to raise)."""
    if inspectors == 0:
        return 0
    return (team_size * inspections + inspectors - 1) // inspectors


def avoid_index(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """{key: {cert_no, ...}} of the avoidance pairs."""
    # Lists first, sets once at the end: appending is cheaper than adding, and the
    # avoidance list of a province holds millions of pairs.
    lists: dict[str, list[str]] = defaultdict(list)
    for cert, key in pairs:
        lists[key].append(cert)
    index: dict[str, set[str]] = {}
    for key in list(lists):
        index[key] = set(lists.pop(key))      # each list freed as its set is made (peak memory)
    return index


# ---- matching one pool ----------------------------------------------------------

@dataclass
class PoolResult:
    district: str                    # the pool name
    inspectors: int
    inspections: int
    cap: int
    raised_from: int | None
    order: list[str]                 # keys in ascending order ticket
    teams: dict[str, list[str]]      # key -> cert_nos in slot order (short teams keep who was found)
    short: list[str]
    loads: dict[str, int]

    def as_dict(self) -> dict:
        return {"district": self.district, "inspectors": self.inspectors, "inspections": self.inspections,
                "cap": self.cap, "raised_from": self.raised_from}


def _in_order(mseed_hex: str, keys: list[str]) -> list[str]:
    """keys by ascending order ticket H(mseed|ORDER|key); raw digests order like their hex."""
    base = hashlib.sha256(f"{mseed_hex}|ORDER|".encode())

    def ticket(key: str) -> bytes:
        state = base.copy()
        state.update(key.encode("utf-8"))
        return state.digest()
    return sorted(keys, key=ticket)


def _some_structurally_short(keys: list[str], member_set: set[str], avoided: Mapping[str, set[str]],
                             team_size: int) -> bool:
    """Has some inspection fewer than team_size pool members without an avoidance pair?"""
    room = len(member_set) - team_size       # more avoidance pairs than this are needed to be short
    for key in keys:
        banned = avoided.get(key)
        if banned and len(banned) > room and len(member_set - banned) < team_size:
            return True
    return False


def match_pool(mseed_hex: str, name: str, keys: Iterable[str], members: Iterable[str],
               avoided: Mapping[str, set[str]], team_size: int) -> PoolResult:
    """Match the inspections `keys` of one pool from its `members` (SPOTCHECK-MATCH-1, steps 4-7)."""
    keys, members = list(keys), sorted(set(members))
    order = _in_order(mseed_hex, keys)
    tickets = PairTickets(mseed_hex, members)
    k_count, m_count = len(keys), len(members)
    cap = first_cap = initial_cap(team_size, k_count, m_count)
    if m_count and cap < k_count and _some_structurally_short(keys, set(members), avoided, team_size):
        # Some inspection has fewer than m members without an avoidance pair: every
        # pass below cap = K is short, so the step-by-step raises end at K. Going
        # there at once gives the same result without up to K passes.
        cap = k_count
    teams, short, loads = fill(order, tickets, members, avoided, team_size, cap)
    while short and m_count and cap < k_count:
        cap += 1
        tickets.remember()
        teams, short, loads = fill(order, tickets, members, avoided, team_size, cap)
    return PoolResult(name, m_count, k_count, cap, first_cap if cap != first_cap else None,
                      order, teams, short, loads)


@dataclass
class MatchResult:
    pools: list[PoolResult]
    teams: dict[str, list[str]] = field(default_factory=dict)    # pools in code-point order, then order ticket
    pool_of: dict[str, str] = field(default_factory=dict)        # key -> pool name
    loads: dict[str, int] = field(default_factory=dict)          # cert -> load over the whole match

    @property
    def short(self) -> list[tuple[str, str, int]]:
        """(key, pool, assigned) of every inspection left short."""
        return [(key, p.district, len(p.teams[key])) for p in self.pools for key in p.short]


def match_all(mseed_hex: str, inspections: Mapping[str, str], roster: Iterable[tuple[str, str]],
              pairs: Iterable[tuple[str, str]], team_size: int) -> MatchResult:
    """inspections: {key: pool name}. Each pool is matched on its own, pools in code-point order."""
    roster = list(roster)
    avoided = avoid_index(pairs)
    by_pool: dict[str, list[str]] = {}
    for key, pool_name_of_key in inspections.items():
        by_pool.setdefault(pool_name_of_key, []).append(key)
    result = MatchResult(pools=[])
    result.loads = {cert: 0 for cert, _d in roster}
    for name in sorted(by_pool):
        pool = match_pool(mseed_hex, name, by_pool[name], pool_members(name, roster), avoided, team_size)
        result.pools.append(pool)
        for key in pool.order:
            result.teams[key] = pool.teams[key]
            result.pool_of[key] = name
        for cert, load in pool.loads.items():
            result.loads[cert] = result.loads.get(cert, 0) + load
    return result


# ---- after the match ----------------------------------------------------------

def choose_replacement(mseed_hex: str, key: str, members: Iterable[str], team: Iterable[str],
                       out_cert: str, avoided: Mapping[str, set[str]], loads: Mapping[str, int]) -> str | None:
    """The pool member with the smallest (current load, pair ticket) for `key`,
    excluding the team, the replaced inspector and anyone with an avoidance pair."""
    excluded = set(team) | {out_cert} | set(avoided.get(key, ()))
    best = None
    for cert in members:
        if cert in excluded:
            continue
        rank = (loads.get(cert, 0), pair_ticket(mseed_hex, key, cert))
        if best is None or rank < best[0]:
            best = (rank, cert)
    return best[1] if best else None


def draw_institutions(mseed_hex: str, requests: Iterable[tuple[str, str]],
                      institutions: Iterable[tuple[str, Iterable[str]]],
                      avoided: Mapping[str, set[str]]) -> dict[tuple[str, str], tuple[str, str] | None]:
    """requests: (key, service), processed in ascending order ticket of key, then service.

    Each takes, among the institutions offering the service and without an
    avoidance pair (institution credit code in the pair's cert_no column) for
    the enterprise, the smallest (load, H(mseed|INST|key|institution_key)).
    Returns {(key, service): (institution_key, ticket) or None when nobody offers it}.
    """
    offering: dict[str, list[str]] = {}
    for inst_key, services in institutions:
        for service in services:
            offering.setdefault(service, []).append(inst_key)
    loads: dict[str, int] = {}
    out: dict[tuple[str, str], tuple[str, str] | None] = {}
    ordered = sorted(set(requests), key=lambda r: (order_ticket(mseed_hex, r[0]), r[1]))
    for key, service in ordered:
        banned = avoided.get(key, ())
        best = None
        for inst_key in offering.get(service, ()):
            if inst_key in banned:
                continue
            ticket = institution_ticket(mseed_hex, key, inst_key)
            rank = (loads.get(inst_key, 0), ticket)
            if best is None or rank < best[0]:
                best = (rank, inst_key, ticket)
        if best is None:
            out[(key, service)] = None
            continue
        loads[best[1]] = loads.get(best[1], 0) + 1
        out[(key, service)] = (best[1], best[2])
    return out
