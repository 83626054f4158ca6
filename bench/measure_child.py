"""The child side of bench.table.measure: prepare, time one call, report JSON on the last line.

Runs in a fresh interpreter so that its peak resident set size (bench/peak.py: VmHWM) is its own.
"""
from __future__ import annotations

import importlib
import json
import sys
import time

from peak import peak_mb


def main() -> None:
    module, function, kwargs = sys.argv[3], sys.argv[4], json.loads(sys.argv[5])
    work = getattr(importlib.import_module(module), function)(**kwargs)
    start, start_cpu = time.perf_counter(), time.process_time()
    info = work()
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start
    print(json.dumps({"cpu_s": cpu, "wall_s": wall, "peak_mb": peak_mb(),
                      "info": info if isinstance(info, dict) else {}}))
