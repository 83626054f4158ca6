"""SPOTCHECK-DRAW-1: the pure functions of the witnessed draw.

Everything here is a function of text and numbers only (no database), so the
program, the verifier and the public specification (docs/spec-draw-1.md) all
compute the same thing. `H` is THE hash implementation of the product.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import json
from bisect import bisect_left
from collections import Counter
from operator import itemgetter
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable

SPEC = "SPOTCHECK-DRAW-1"
FRAME_HEADER = "SPOTCHECK-FRAME-1\n"
CITY_STRATUM = "全市"


def H(text: str) -> str:
    """Lowercase hex SHA-256 of the UTF-8 encoding of text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(value) -> str:
    """The serialisation the record's SHA-256 is taken over: sorted keys, no spaces, UTF-8 (no escapes)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_sha256(record: dict) -> str:
    return H(canonical_json(record))


@contextlib.contextmanager
def _no_gc():
    """Building hundreds of thousands of small dicts and lists (which make no cycles) would
    trigger the cyclic collector over and over; pausing it keeps a large draw close to bare hashing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def alternates_count(size: int, k: int) -> int:
    """a = min(N - k, max(1, ceil(k / 10)))."""
    return max(0, min(size - k, max(1, (k + 9) // 10)))


def _strata(sizes: dict[str, int], ratio: str) -> list[dict]:
    p, q, count = parse_ratio_text(ratio)
    out = []
    for stratum in sorted(sizes):
        n = sizes[stratum]
        k = min(n, count) if count is not None else quota(n, p, q)
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
    with _no_gc():
        return _draw_task(seed_hex, code, rows, ratio)


def _draw_task(seed_hex: str, code: str, rows, ratio: str) -> TaskDraw:
    # One sort of strings "stratum tag + ticket + key": the tag (fixed-width position of the
    # stratum in code-point order) and the ticket (fixed 64 characters) make this order exactly
    # (stratum, ticket, key), so every stratum is a contiguous block in ticket order and its
    # size is where the next tag begins.
    rows = rows if isinstance(rows, list) else list(rows)
    names = sorted(set(map(itemgetter(1), rows)))
    width = len(str(len(names)))
    tag = {name: f"{i:0{width}d}" for i, name in enumerate(names)}
    prefix = f"{seed_hex}|{code}|".encode("utf-8")
    sha = hashlib.sha256
    ranked = [f"{tag[stratum]}{sha(prefix + key.encode()).hexdigest()}{key}" for key, stratum in rows]
    ranked.sort()
    bounds = [bisect_left(ranked, f"{i:0{width}d}") for i in range(len(names))] + [len(ranked)]
    strata = _strata({name: bounds[i + 1] - bounds[i] for i, name in enumerate(names)}, ratio)
    result = TaskDraw(code, strata)
    cut = width + 64
    for start, s in zip(bounds, strata):
        stratum, k, a = s["stratum"], s["quota"], s["alternates"]
        block = ranked[start:start + k + a]
        result.selected += [{"key": t[cut:], "stratum": stratum, "ticket": t[width:cut]} for t in block[:k]]
        result.alternates += [{"key": t[cut:], "stratum": stratum, "ticket": t[width:cut], "rank": rank}
                              for rank, t in enumerate(block[k:], start=1)]
    return result


# ---- merge ------------------------------------------------------------------

def merge(task_draws: Iterable[tuple[str, list[str], Iterable[dict]]]) -> list[dict]:
    """One inspection per drawn key carrying every task code and check item (no duplicates).

    task_draws: (code, items, selected) in plan order. Returns [{key, tasks, items}]
    sorted by key; tasks and items keep plan order.
    """
    with _no_gc():
        return _merge(task_draws)


def _merge(task_draws) -> list[dict]:
    tasks = []                                   # (code, items, set of drawn keys) in plan order
    every_key: set[str] = set()
    for code, items, selected in task_draws:
        keys = set(map(itemgetter("key"), selected))
        tasks.append((code, list(dict.fromkeys(items)), keys))
        every_key |= keys
    items_of: dict[tuple, list[str]] = {}        # per combination of tasks (there are few)
    out = []
    for key in sorted(every_key):
        codes = [code for code, _items, keys in tasks if key in keys]
        combo = tuple(codes)
        items = items_of.get(combo)
        if items is None:
            items = items_of[combo] = []
            for code, task_items, _keys in tasks:
                if code in combo:
                    items += [i for i in task_items if i not in items]
        out.append({"key": key, "tasks": codes, "items": items[:]})
    return out
