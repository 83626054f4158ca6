"""Benchmark: a SPOTCHECK-DRAW-1 draw over a 1,000,000-enterprise frame (10 districts, 20%).

Compares, in the same process, on the same 1,000,000 (key, district) rows:

- bare: every key's ticket H(seed|T1|key) and the keys sorted by ticket: nothing else.
  Written as fast as we know how in plain Python: one hasher fed "seed|T1|" is copied per
  key (cheaper than a fresh one), and list.sort with that as the key function (faster than
  sorting (ticket, key) tuples or "ticket+key" strings, and than a lambda building fresh
  hashers). It gets the keys as a ready list.
- draw: spec.draw_task + spec.merge, as run_draw calls them (cycle collector paused): from the (key, district) rows,
  per-district sizes, quotas and alternate counts, every ticket, the k + a smallest per
  district in ticket order (the draw needs only those, so it does not sort all tickets),
  the selected and alternate records with their hex tickets, and the merge into inspections.

Target: draw time <= 1.5 x bare time. Times are CPU times of this process, best of five
interleaved runs; the tickets-alone figure (sorted hashes, keys dropped) is printed for reference.

    .venv/bin/python bench/bench_draw.py [N]
"""
from __future__ import annotations

import hashlib
import random
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.draw import spec  # noqa: E402
from app.gcpause import gc_paused  # noqa: E402

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]
CODES = ["370202", "370203", "370213", "370212", "370211", "370214", "370215", "370281", "370283", "370285"]


def make_frame(n: int) -> list[tuple[str, str]]:
    """The frame as run_draw and the verifier see it: parsed from the frozen frame text.

    Both sides of the comparison start from these rows (the baseline takes their keys), so
    neither pays for a memory layout the other does not have.
    """
    rng = random.Random(20201020)
    alphabet = string.digits + "ABCDEFGHJKLMNPQRTUWXY"
    rows = set()
    while len(rows) < n:
        i = rng.randrange(10)
        rows.add(("91" + CODES[i] + "".join(rng.choices(alphabet, k=10)), DISTRICTS[i]))
    return spec.parse_frame_text(spec.frame_text(sorted(rows)))


def bare(seed: str, keys: list[str]) -> list[str]:
    """The baseline: the same keys hashed with the same ticket text and sorted by ticket."""
    base = hashlib.sha256(f"{seed}|T1|".encode())

    def ticket(key: str) -> str:
        h = base.copy()
        h.update(key.encode("utf-8"))
        return h.hexdigest()

    return sorted(keys, key=ticket)


def hashes_only(seed: str, keys: list[str]) -> list[str]:
    """For reference: the tickets sorted, without keeping which key had which."""
    base = hashlib.sha256(f"{seed}|T1|".encode())
    out = []
    for key in keys:
        h = base.copy()
        h.update(key.encode("utf-8"))
        out.append(h.hexdigest())
    out.sort()
    return out


def full_draw(seed: str, rows: list[tuple[str, str]]):
    with gc_paused():   # as run_draw runs them
        result = spec.draw_task(seed, "T1", rows, "1/5")
        return spec.merge([("T1", ["获证资格及条件检查"], result.selected)])


def best_of_interleaved(fns, repeat: int = 5) -> tuple[list[float], list[float]]:
    """Best wall and CPU time of each function, runs interleaved so other load hits both alike.

    The ratio is taken on CPU time of this process: on a busy machine wall time mostly
    measures the other processes.
    """
    wall = [float("inf")] * len(fns)
    cpu = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            cpu[i] = min(cpu[i], time.process_time() - start_cpu)
            wall[i] = min(wall[i], time.perf_counter() - start)
    return wall, cpu


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rows = make_frame(n)
    keys = [k for k, _ in rows]
    seed = spec.seed(spec.H("bench"), ["38104729561", "92750183346"])
    start = time.perf_counter()
    digest = spec.H(spec.frame_text(rows))
    frame_time = time.perf_counter() - start
    (w_bare, w_draw, w_hash), (t_bare, t_draw, t_hash) = best_of_interleaved(
        [lambda: bare(seed, keys), lambda: full_draw(seed, rows), lambda: hashes_only(seed, keys)])
    inspections = full_draw(seed, rows)
    print(f"frame: {n:,} enterprises, 10 districts, ratio 1/5; frame_text + digest {frame_time:.3f} s ({digest[:12]}…)")
    print(f"bare hashing + sorting (keys sorted by ticket): {t_bare:.3f} s CPU ({w_bare:.3f} s wall)")
    print(f"  (tickets alone, sorted, keys dropped: {t_hash:.3f} s CPU ({w_hash:.3f} s wall))")
    print(f"draw (quotas, tickets, selection, alternates, merge): {t_draw:.3f} s CPU ({w_draw:.3f} s wall)"
          f" -> {len(inspections):,} inspections")
    ratio = t_draw / t_bare
    print(f"ratio draw / bare: {ratio:.2f} (target <= 1.50) {'OK' if ratio <= 1.5 else 'TOO SLOW'}; "
          f"draw / tickets alone: {t_draw / t_hash:.2f}")


if __name__ == "__main__":
    main()


# --- bench/run's rows (bench/table.py) ---------------------------------------------------------

def prepare(side: str, n: int):
    rows = make_frame(n)
    keys = [k for k, _ in rows]
    seed = spec.seed(spec.H("bench"), ["38104729561", "92750183346"])

    def work():
        return {"inspections": len(full_draw(seed, rows))} if side == "draw" else {"keys": len(bare(seed, keys))}
    return work


def rows(quick: bool, tmp: Path) -> list:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import table
    n, repeat = (20_000, 1) if quick else (1_000_000, 3)
    ours = table.best("bench_draw", "prepare", repeat, side="draw", n=n)
    base = table.best("bench_draw", "prepare", repeat, side="bare", n=n)
    return [table.ratio_row(f"core draw, {n:,} enterprises, 20 %, 10 districts", ours,
                            "bare hashing + sorting", base, 1.5,
                            note=f"{ours.info.get('inspections'):,} inspections (spec.draw_task + merge)")]
