"""One pass of SPOTCHECK-MATCH-1 step 3 over a pool at a given cap (docs/spec-match-1.md §5).

Each slot takes, among the pool members not avoided, not yet on the team and
below the cap, the smallest (load, pair ticket). Members are kept in load
tiers, so the smallest load is the lowest tier holding a usable member, and
only that tier's tickets are ever computed: the tickets of everybody else
cannot change the choice. The pair tickets are the whole cost (a pool of K
inspections and M members hashes about K x M / 2 of them, none avoidable: a
SHA-256 ticket is known only once computed), so each is computed with as
little Python as possible:

- the hash state after "mseed|PAIR|key|" is made once per inspection and
  copied per member (one SHA-256 block per ticket instead of two);
- a tier's tickets are computed in one go through map() (no bytecode per
  ticket) and compared as raw digests, which order exactly like their
  lowercase hex strings;
- a team's m slots are filled from one tier's tickets: slot j takes the j-th
  smallest ticket of the tier while the tier has usable members, then the next
  tier up (whose usable members are the same whether or not the team's earlier
  picks have moved up into it, because team members are excluded).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

_HASH = type(hashlib.sha256())
_COPY, _UPDATE, _DIGEST = _HASH.copy, _HASH.update, _HASH.digest
_ABOVE_ALL = b"\xff" * 33        # compares above every 32-byte digest: marks a taken ticket


class PairTickets:
    """Pair tickets H(mseed|PAIR|key|cert) as raw digests, optionally remembered.

    The first pass over a pool computes each ticket once and keeps nothing
    (a pool of 10,000 x 500 would keep 2.5 million). When the cap is raised the
    pool is matched again from the start; from then on the tickets are
    remembered, since the later passes ask for mostly the same ones.
    """

    def __init__(self, mseed_hex: str, members: Iterable[str]):
        self.base = hashlib.sha256(f"{mseed_hex}|PAIR|".encode())
        self.encoded = {cert: cert.encode("utf-8") for cert in members}
        self.memo: dict[str, dict[str, bytes]] | None = None

    def remember(self) -> None:
        if self.memo is None:
            self.memo = {}

    def prefix(self, key: str):
        state = self.base.copy()
        state.update(f"{key}|".encode())
        return state

    def of(self, key: str, prefix, certs: Sequence[str]) -> list[bytes]:
        if self.memo is None:
            return self._compute(prefix, certs)
        known = self.memo.setdefault(key, {})
        missing = [c for c in certs if c not in known]
        if missing:
            known.update(zip(missing, self._compute(prefix, missing)))
        return [known[c] for c in certs]

    def _compute(self, prefix, certs: Sequence[str]) -> list[bytes]:
        states = list(map(_COPY, repeat(prefix, len(certs))))
        any(map(_UPDATE, states, map(self.encoded.__getitem__, certs)))   # update() returns None: runs them all
        return list(map(_DIGEST, states))


def fill(order: Iterable[str], tickets: PairTickets, members: Sequence[str],
         avoided: Mapping[str, set[str]], m: int, cap: int):
    """Match the inspections in `order` at `cap`. Returns (teams, short, loads)."""
    loads = dict.fromkeys(members, 0)
    levels: list[set[str]] = [set(members)] + [set() for _ in range(cap)]   # levels[n]: members with load n
    lowest = 0
    teams: dict[str, list[str]] = {}
    short: list[str] = []
    for key in order:
        team: list[str] = []
        banned = avoided.get(key)
        prefix = None
        level = lowest
        while level < cap:
            tier = levels[level]
            # Team members picked from lower tiers are not in `tier` yet (loads move below).
            usable = list(tier - banned) if banned else list(tier)
            level += 1
            if not usable:
                continue
            if prefix is None:
                prefix = tickets.prefix(key)
            found = tickets.of(key, prefix, usable)
            need = m - len(team)
            if len(usable) <= need:
                team.extend(cert for _t, cert in sorted(zip(found, usable)))
            else:
                for _ in range(need):
                    i = found.index(min(found))
                    team.append(usable[i])
                    found[i] = _ABOVE_ALL
            if len(team) == m:
                break
        for cert in team:
            n = loads[cert]
            loads[cert] = n + 1
            levels[n].remove(cert)
            levels[n + 1].add(cert)
        while lowest < cap and not levels[lowest]:
            lowest += 1
        teams[key] = team
        if len(team) < m:
            short.append(key)
    return teams, short, loads
