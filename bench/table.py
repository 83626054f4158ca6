"""The one benchmark table (issue 18): the Row every benchmark returns, and how bench/run finds them.

A benchmark module `bench/bench_*.py` joins the table by defining

    def rows(quick: bool, tmp: pathlib.Path) -> list[table.Row]

(quick: small sizes, the whole table under a minute; tmp: a scratch folder for generated data,
removed afterwards). bench/run imports every such module in file-name order, calls rows(), and
prints one table; a module that raises is shown as one row with the error, never a failure.

Time: each side measured in the same run on the same generated (seeded) data; seconds are CPU
seconds of the measuring process unless the row's note says wall (the machine is shared: other
load only ever adds wall time). Peak memory: see measure() - each side runs in a fresh
interpreter and reports its own peak resident set size (bench/peak.py: VmHWM, not ru_maxrss, which
Linux carries over from the parent across fork and exec), because
tracemalloc sees only Python's allocator (not python-calamine's Rust heap, SQLite's or Qt's),
slows Python code two- to threefold, and a forked child would inherit the parent's pages.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


@dataclass
class Figures:
    """One side of a comparison as measured: CPU and wall seconds, peak resident memory (MB)."""
    cpu_s: float
    wall_s: float
    peak_mb: float | None = None
    info: dict = field(default_factory=dict)   # what the measured function returned (counts, pages)

    @property
    def seconds(self) -> float:
        return self.cpu_s


@dataclass
class Row:
    """One line of the table. `met` is decided by the benchmark (targets differ in shape:
    a ratio, an absolute time, a memory bound); None when it could not be judged."""
    step: str
    ours: Figures | None
    baseline_name: str = "—"
    baseline: Figures | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""
    ratio_value: float | None = None   # when the ratio is not of the times (e.g. seconds per page)

    @property
    def ratio(self) -> float | None:
        if self.ratio_value is not None:
            return self.ratio_value
        if self.ours is None or self.baseline is None or not self.baseline.seconds:
            return None
        return self.ours.seconds / self.baseline.seconds


def ratio_row(step: str, ours: Figures, baseline_name: str, baseline: Figures, limit: float,
              *, note: str = "") -> Row:
    """The common shape: ours / baseline time <= limit."""
    row = Row(step, ours, baseline_name, baseline, f"≤ {limit:g}× time", note=note)
    row.met = row.ratio is not None and row.ratio <= limit
    return row


def seconds_row(step: str, ours: Figures, limit_s: float, *, wall: bool = False, note: str = "") -> Row:
    """An absolute target: ours <= limit_s seconds (CPU unless wall=True)."""
    value = ours.wall_s if wall else ours.cpu_s
    return Row(step, ours, target=f"≤ {limit_s:g} s" + (" wall" if wall else ""), met=value <= limit_s, note=note)


def measure(module: str, function: str, **kwargs) -> Figures:
    """Run bench/<module>.py's `function(**kwargs)` in a fresh interpreter and return its figures.

    The function prepares its data and returns a zero-argument callable: only that call is timed,
    the peak resident set size is the whole child's (data included, the same for both sides of
    a comparison). The callable's return value (a dict of counts, or None) comes back as `info`.
    kwargs must be JSON (paths as strings)."""
    code = ("import sys, json; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]);"
            "from measure_child import main; main()")
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-c", code, str(BENCH_DIR), str(ROOT), module, function,
                           json.dumps(kwargs)], capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{module}.{function}: " + " | ".join(tail))
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return Figures(result["cpu_s"], result["wall_s"], result["peak_mb"], result.get("info") or {})


def best(module: str, function: str, repeat: int, **kwargs) -> Figures:
    """The best (least CPU) of `repeat` measurements, each in its own interpreter; the peak memory
    reported is the smallest too (it varies little)."""
    runs = [measure(module, function, **kwargs) for _ in range(max(1, repeat))]
    top = min(runs, key=lambda f: f.cpu_s)
    peaks = [f.peak_mb for f in runs if f.peak_mb is not None]
    return Figures(top.cpu_s, min(f.wall_s for f in runs), min(peaks) if peaks else None, top.info)
