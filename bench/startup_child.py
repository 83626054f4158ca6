"""The measured side of bench_startup's deferred-check row: one fresh interpreter, JSON on the last line.

    python bench/startup_child.py DB

The window's deferred full integrity check (ui.integrity_check.DeferredCheck) run at once on DB while
a 10 ms QTimer heartbeat on the GUI thread records the longest gap between beats (the worst stall the
clerk would feel) and how many gaps exceeded 100 ms. Peak memory is VmHWM (bench/peak.py) of this, the GUI,
process; the check's child process is not counted in it (it is the point of running it there).
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_child import Heartbeat, peak_mb, wait_until  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def run_deferred(db: str) -> dict:
    from app.db import close_database, open_database
    from ui.integrity_check import DeferredCheck
    app = QApplication(["spotcheck-gui"])
    open_database(db)
    window = QWidget()
    stalls: list[float] = []
    beat = Heartbeat()
    original = beat._beat

    def counted() -> None:
        gap = beat.clock.elapsed() / 1000
        if gap > 0.1:
            stalls.append(gap)
        original()
    beat.timer.timeout.disconnect()
    beat.timer.timeout.connect(counted)
    check = DeferredCheck(db, window)
    rss_before = peak_mb()
    beat.start()
    start = time.perf_counter()
    check.start()
    wait_until(app, lambda: not check.running, 1800)
    out = {"check_s": time.perf_counter() - start, "worst_block_s": beat.worst, "stalls_over_100ms": len(stalls),
           "ok": bool(check.report and check.report.ok), "error": str(check.error or ""),
           "rss_before_mb": rss_before, "peak_mb": peak_mb(),
           "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}
    close_database()
    return out


if __name__ == "__main__":
    print(json.dumps(run_deferred(sys.argv[1])))
