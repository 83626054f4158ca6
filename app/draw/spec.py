"""SPOTCHECK-DRAW-1: the pure functions of the witnessed draw.

Everything here is a function of text and numbers only (no database), so the
program, the verifier and the public specification (docs/spec-draw-1.md) all
compute the same thing. `H` is THE hash of the product (app.hashing), named
here because the specification's formulas are written with it.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from math import isqrt
from operator import itemgetter

from app.gcpause import gc_paused
from app.hashing import H

SPEC = "SPOTCHECK-DRAW-1"
FRAME_HEADER = "SPOTCHECK-FRAME-1\n"
CITY_STRATUM = "全市"


def canonical_json(value) -> str:
    """The serialisation the record's SHA-256 is taken over: sorted keys, no spaces, UTF-8 (no escapes)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_sha256(record: dict) -> str:
    return H(canonical_json(record))


# ---- frames -------------------------------------------------------------

def frame_text(rows: Iterable[tuple[str, str]]) -> str:
    """rows: (key, stratum). Lines sorted by key (code-point order)."""
    lines = [FRAME_HEADER]
    for key, stratum in sorted(rows):
        lines.append(f"{key}|{stratum}\n")
    return "".join(lines)


def parse_frame_text(text: str) -> list[tuple[str, str]]:
    """Inverse of frame_text; raises ValueError on a malformed frame."""
    if not text.startswith(FRAME_HEADER):
        raise ValueError("frame text does not start with SPOTCHECK-FRAME-1")
    body = text[len(FRAME_HEADER):]
    if body and not body.endswith("\n"):
        raise ValueError("frame text must end with a newline")
    rows = []
    for line in body.split("\n")[:-1] if body else []:
        key, sep, stratum = line.partition("|")
        if not sep or not key or not stratum:
            raise ValueError(f"malformed frame line: {line!r}")
        rows.append((key, stratum))
    return rows


# ---- ratios and quotas ----------------------------------------------------

def ratio_text(p: int | None = None, q: int | None = None, count: int | None = None) -> str:
    """"p/q" in lowest terms, or "n=COUNT" for a fixed count."""
    if count is not None:
        return f"n={count}"
    if p is None or q is None:
        raise TypeError("ratio_text needs p and q, or count")
    f = Fraction(p, q)
    return f"{f.numerator}/{f.denominator}"


def parse_ratio_text(text: str) -> tuple[int | None, int | None, int | None]:
    """"p/q" -> (p, q, None); "n=COUNT" -> (None, None, COUNT)."""
    if text.startswith("n="):
        return None, None, int(text[2:])
    p, q = text.split("/")
    return int(p), int(q), None


def quota(size: int, p: int, q: int) -> int:
    """k = ceil(N * p / q) in integer arithmetic, never more than N."""
    return min(size, (size * p + q - 1) // q)


def stratum_quota(size: int, ratio: str) -> int:
    """The quota of a stratum of `size` under a ratio text: "n=COUNT" takes min(N, COUNT), "p/q" quota()."""
    p, q, count = parse_ratio_text(ratio)
    if count is not None:
        return min(size, count)
    assert p is not None and q is not None   # parse_ratio_text gives p and q whenever there is no count
    return quota(size, p, q)


def alternates_count(size: int, k: int) -> int:
    """a = min(N - k, max(1, ceil(k / 10)))."""
    return max(0, min(size - k, max(1, (k + 9) // 10)))


def _strata(sizes: dict[str, int], ratio: str) -> list[dict]:
    out = []
    for stratum in sorted(sizes):
        n = sizes[stratum]
        k = stratum_quota(n, ratio)
        out.append({"stratum": stratum, "size": n, "quota": k, "alternates": alternates_count(n, k)})
    return out


def strata_quotas(rows: Iterable[tuple[str, str]], ratio: str) -> list[dict]:
    """[{stratum, size, quota, alternates}] in code-point order of stratum.

    A fixed count ("n=COUNT") applies city-wide: such a frame has the one
    stratum 全市 and the quota is min(COUNT, N).
    """
    return _strata(Counter(map(itemgetter(1), rows)), ratio)


# ---- commitment and seed ---------------------------------------------------

def commit_text(draw_no: str | int, log_head: str, tasks: Iterable[tuple[str, str, str]]) -> str:
    """tasks: (code, ratio text, frame_digest) in plan order."""
    parts = ["SPOTCHECK-COMMIT-1", str(draw_no), log_head]
    for code, ratio, digest in tasks:
        parts += [code, ratio, digest]
    return "|".join(parts)


def commitment(draw_no: str | int, log_head: str, tasks: Iterable[tuple[str, str, str]]) -> str:
    return H(commit_text(draw_no, log_head, tasks))


def seed_text(commitment_hex: str, inputs: Iterable[str]) -> str:
    return "|".join(["SPOTCHECK-SEED-1", commitment_hex, *inputs])


def seed(commitment_hex: str, inputs: Iterable[str]) -> str:
    return H(seed_text(commitment_hex, inputs))


# ---- tickets and selection --------------------------------------------------

def ticket(seed_hex: str, task_code: str, key: str) -> str:
    return H(f"{seed_hex}|{task_code}|{key}")


@dataclass
class TaskDraw:
    """The outcome of one task: strata, selected and alternates (each in stratum then ticket order)."""
    code: str
    strata: list[dict]
    selected: list[dict] = field(default_factory=list)     # {key, stratum, ticket}
    alternates: list[dict] = field(default_factory=list)   # {key, stratum, ticket, rank}


def draw_task(seed_hex: str, code: str, rows: Iterable[tuple[str, str]], ratio: str) -> TaskDraw:
    """Select per stratum the k smallest tickets, then the next a as ranked alternates.

    Equal-length lowercase hex strings compare like the numbers they denote,
    so sorting the strings is sorting the numbers.
    """
    with gc_paused():   # hundreds of thousands of small dicts and lists, no cycles
        return _draw_task(seed_hex, code, rows, ratio)


def _draw_task(seed_hex: str, code: str, rows, ratio: str) -> TaskDraw:
    # Only the k + a smallest tickets of each stratum matter, and sorting all N tickets would cost
    # about half as much again as computing them. Tickets are uniform SHA-256 values, so a cut-off a
    # little above the (k + a)/N point of the range lets through only a few percent more than k + a:
    # keep those while hashing, drop the rest at once, and sort only what was kept.
    rows = rows if isinstance(rows, list) else list(rows)
    strata = _strata(Counter(map(itemgetter(1), rows)), ratio)     # cut-offs need the sizes first
    cuts = {s["stratum"]: _cutoff(s["size"], s["quota"] + s["alternates"]) for s in strata}
    kept: dict[str, list[tuple[bytes, str]]] = {s["stratum"]: [] for s in strata}
    # A hasher already fed "seed|code|" is copied for each key (cheaper than a fresh hasher per
    # key). The raw 32-byte digest orders exactly like its 64-character hex (the ticket), so hex
    # is made only for the selected and the alternates.
    copy = hashlib.sha256(f"{seed_hex}|{code}|".encode()).copy
    for key, stratum in rows:
        h = copy()
        h.update(key.encode("utf-8"))
        digest = h.digest()
        if digest <= cuts[stratum]:
            kept[stratum].append((digest, key))
    result = TaskDraw(code, strata)
    for s in strata:
        stratum, k, a = s["stratum"], s["quota"], s["alternates"]
        block = kept[stratum]
        if len(block) < k + a:
            # The cut-off let fewer than k + a through (chance below 1e-8): then the k + a smallest
            # are not all among the kept, so take the whole stratum. Either way the block is then
            # exactly what sorting every (ticket, key) of the stratum would put first.
            block = []
            for key, name in rows:
                if name == stratum:
                    h = copy()
                    h.update(key.encode("utf-8"))
                    block.append((h.digest(), key))
        block.sort()                 # (digest, key): ticket order; a key listed twice ties by key
        del block[k + a:]
        result.selected += [{"key": key, "stratum": stratum, "ticket": t.hex()} for t, key in block[:k]]
        result.alternates += [{"key": key, "stratum": stratum, "ticket": t.hex(), "rank": rank}
                              for rank, (t, key) in enumerate(block[k:], start=1)]
    return result


def _cutoff(size: int, m: int) -> bytes:
    """A 32-byte value that, almost surely, at least m of size uniform SHA-256 digests are <= to.

    The count of digests <= (m + margin)/size of the range is binomial with mean m + margin.
    With a margin of 8 sqrt(m) + 32 (a few percent of a large m), m lies at least 6 standard
    deviations below that mean; by the Chernoff bound exp(-margin^2 / (2 (m + margin))) fewer
    than m get through with a chance below 1e-8, and then _draw_task sees it and takes the
    whole stratum.
    """
    through = m + 8 * isqrt(m) + 32
    if through >= size:
        return b"\xff" * 32                            # everything (no digest is above)
    return ((through << 256) // size).to_bytes(32, "big")


# ---- merge ------------------------------------------------------------------

def merge(task_draws: Iterable[tuple[str, list[str], Iterable[dict]]]) -> list[dict]:
    """One inspection per drawn key carrying every task code and check item (no duplicates).

    task_draws: (code, items, selected) in plan order. Returns [{key, tasks, items}]
    sorted by key; tasks and items keep plan order.
    """
    with gc_paused():   # hundreds of thousands of small dicts and lists, no cycles
        return _merge(task_draws)


def _merge(task_draws) -> list[dict]:
    tasks = []                                   # (code, items without repeats) in plan order
    codes_of: dict[str, tuple[str, ...]] = {}    # key -> codes of the tasks that drew it, plan order
    for code, items, selected in task_draws:
        tasks.append((code, list(dict.fromkeys(items))))
        # Most keys are drawn by one task only: enter the task's keys in bulk (C loops), then
        # extend those that an earlier task drew as well.
        drawn = dict.fromkeys(map(itemgetter("key"), selected), (code,))
        for key in drawn.keys() & codes_of.keys():
            drawn[key] = codes_of[key] + (code,)
        codes_of.update(drawn)
    items_of: dict[tuple, list[str]] = {}        # per combination of tasks (there are few)
    for combo in set(codes_of.values()):
        items = items_of[combo] = []
        for code, task_items in tasks:
            if code in combo:
                items += [i for i in task_items if i not in items]
    keys = sorted(codes_of)
    # Every inspection gets lists of its own (callers may change one without touching others).
    return [{"key": key, "tasks": list(codes), "items": items_of[codes][:]}
            for key, codes in zip(keys, map(codes_of.__getitem__, keys))]
