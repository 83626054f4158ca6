"""Reference implementations of SPOTCHECK-MATCH-1 step 3-5 for the identity tests of app.match.fill.

`previous_match_all`: the implementation app.match.spec used before issue 18 (per-ticket Python
loop, tickets cached per key), kept verbatim as a second opinion on mid-sized data.
`literal_match_all`: a word-for-word reading of docs/spec-match-1.md sections 4-5 (every slot
compares every pool member's (load, hex ticket); the cap is raised one at a time), for any pool
names including mixed ones ("d+市本级"). Both return (teams in record order, pools as dicts with
short, loads over the whole match).
"""
from __future__ import annotations

import hashlib

from app.match import spec

_order_ticket = spec.order_ticket
_initial_cap = spec.initial_cap


class _PairTickets:
    """Pair tickets computed on demand and kept across the cap raises of a pool.

    Only the inspectors at the lowest usable load are ever compared, so most
    (key, cert_no) tickets are never needed. Raw digests compare exactly like
    their lowercase hex strings, so they stand in for the tickets here.
    """

    def __init__(self, mseed_hex: str):
        self.mseed = mseed_hex
        self.cache: dict[str, tuple[object, dict[str, bytes]]] = {}

    def of(self, key: str):
        entry = self.cache.get(key)
        if entry is None:
            entry = self.cache[key] = (hashlib.sha256(f"{self.mseed}|PAIR|{key}|".encode()), {})
        return entry


def _fill(order, tickets: _PairTickets, members, avoided, m, cap):
    """One pass over the pool at a given cap: each slot takes the smallest (load, pair ticket)."""
    loads = dict.fromkeys(members, 0)
    # levels[n]: the members whose load is n; the first level holding a usable
    # candidate gives the smallest load, its smallest ticket breaks the tie.
    levels: list[set[str]] = [set(members)] + [set() for _ in range(cap)]
    lowest = 0
    teams, short = {}, []
    encoded = {cert: cert.encode("utf-8") for cert in members}   # once, not once per (key, cert)
    for key in order:
        team: list[str] = []
        banned = avoided.get(key, ())
        prefix, known = tickets.of(key)
        for _slot in range(m):
            best = None
            for load in range(lowest, cap):
                for cert in levels[load]:
                    if cert in banned or cert in team:
                        continue
                    t = known.get(cert)
                    if t is None:
                        h = prefix.copy()
                        h.update(encoded[cert])
                        t = known[cert] = h.digest()
                    if best is None or t < best[0]:
                        best = (t, cert)
                if best is not None:
                    break
            if best is None:
                break
            cert = best[1]
            team.append(cert)
            n = loads[cert]
            loads[cert] = n + 1
            levels[n].discard(cert)
            levels[n + 1].add(cert)
            while lowest < cap and not levels[lowest]:
                lowest += 1
        teams[key] = team
        if len(team) < m:
            short.append(key)
    return teams, short, loads


def previous_match_pool(mseed_hex, name, keys, members, avoided, team_size):
    """Match the inspections `keys` of one pool from its `members` (SPOTCHECK-MATCH-1, steps 4-7)."""
    keys, members = list(keys), sorted(set(members))
    order = sorted(keys, key=lambda k: _order_ticket(mseed_hex, k))
    tickets = _PairTickets(mseed_hex)
    k_count, m_count = len(keys), len(members)
    cap = first_cap = _initial_cap(team_size, k_count, m_count)
    member_set = set(members)
    if m_count and cap < k_count and any(len(member_set - set(avoided.get(k, ()))) < team_size for k in keys):
        # Some inspection has fewer than m members without an avoidance pair: every
        # pass below cap = K is short, so the step-by-step raises end at K. Going
        # there at once gives the same result without up to K passes.
        cap = k_count
    teams, short, loads = _fill(order, tickets, members, avoided, team_size, cap)
    while short and m_count and cap < k_count:
        cap += 1
        teams, short, loads = _fill(order, tickets, members, avoided, team_size, cap)
    return ({"district": name, "inspectors": m_count, "inspections": k_count, "cap": cap,
             "raised_from": first_cap if cap != first_cap else None, "short": short}, order, teams, loads)


def previous_match_all(mseed_hex, inspections, roster, pairs, team_size):
    roster = list(roster)
    avoided = spec.avoid_index(pairs)
    by_pool: dict[str, list[str]] = {}
    for key, name in inspections.items():
        by_pool.setdefault(name, []).append(key)
    teams, pools, loads = {}, [], {cert: 0 for cert, _d in roster}
    for name in sorted(by_pool):
        pool, order, pool_teams, pool_loads = previous_match_pool(
            mseed_hex, name, by_pool[name], spec.pool_members(name, roster), avoided, team_size)
        pools.append(pool)
        teams.update((key, pool_teams[key]) for key in order)
        for cert, n in pool_loads.items():
            loads[cert] += n
    return teams, pools, loads


def literal_match_all(mseed_hex, inspections, roster, pairs, m):
    def h(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    roster, pairs = list(roster), set(pairs)
    teams, pools, loads = {}, [], {cert: 0 for cert, _d in roster}
    for name in sorted(set(inspections.values())):
        districts = set(name.split("+"))
        keys = sorted((k for k in inspections if inspections[k] == name), key=lambda k: h(f"{mseed_hex}|ORDER|{k}"))
        members = sorted({c for c, d in roster if d in districts})
        big_k, big_m = len(keys), len(members)
        cap = first = (m * big_k + big_m - 1) // big_m if big_m else 0
        while True:
            load = dict.fromkeys(members, 0)
            result, short = {}, []
            for k in keys:
                team: list[str] = []
                for _slot in range(m):
                    cands = [(load[c], h(f"{mseed_hex}|PAIR|{k}|{c}"), c) for c in members
                             if (c, k) not in pairs and c not in team and load[c] < cap]
                    if not cands:
                        break
                    c = min(cands)[2]
                    team.append(c)
                    load[c] += 1
                result[k] = team
                if len(team) < m:
                    short.append(k)
            if not short or not big_m or cap >= big_k:
                break
            cap += 1
        teams.update(result)
        for cert, n in load.items():
            loads[cert] += n
        pools.append({"district": name, "inspectors": big_m, "inspections": big_k, "cap": cap,
                      "raised_from": first if cap != first else None, "short": short})
    return teams, pools, loads
