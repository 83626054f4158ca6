"""The measured side of bench_gui: one fresh interpreter per measurement, JSON on the last line.

    python bench/gui_child.py start DB          the workbench started on DB, until its window shows
    python bench/gui_child.py bare              a bare PySide6 window with a table (the baseline)
    python bench/gui_child.py screens DB        the draw and match screens opened, the register browser used
    python bench/gui_child.py open DB           the draw and match screens opened (first rows, loaded, stall)

Times are wall seconds (what the clerk waits for); "shown" is counted from the parent's Popen
(time.monotonic is one clock for every process of the machine). A 10 ms QTimer heartbeat on the GUI
thread records the longest gap between its beats: how long the GUI thread was blocked at worst.
Peak memory: VmHWM of this process (bench/peak.py). QT_QPA_PLATFORM=offscreen (no display needed).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peak import peak_mb  # noqa: E402,F401  (startup_child imports it from here)
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class Heartbeat:
    """A 10 ms timer on the GUI thread; `worst` is the longest time between two beats since reset()."""

    def __init__(self, interval_ms: int = 10):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.worst = 0.0

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.clock.start()
        self.worst = 0.0

    def _beat(self) -> None:
        self.worst = max(self.worst, self.clock.restart() / 1000)


def wait_until(app: QApplication, done, timeout_s: float = 120.0) -> float:
    """Run the event loop until done() is true; the wall seconds it took."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("gave up waiting")
    return time.perf_counter() - start


def run_start(db: str, t0: float) -> dict:
    """ui.app.main on DB; the window counts as shown at the first turn of its event loop."""
    app = QApplication(["spotcheck-gui"])
    out: dict = {}

    def shown() -> None:
        app.processEvents()        # the first paint of the window
        out["shown_s"] = time.monotonic() - t0
        out["rss_shown_mb"] = peak_mb()
        [window] = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        beat = Heartbeat()
        beat.start()
        # the start-up integrity check runs in the background: wait for it, watching the GUI thread
        out["background_s"] = wait_until(app, lambda: not window.ctx.tasks.busy(), 600)
        out["worst_block_s"] = beat.worst
        app.quit()

    QTimer.singleShot(0, shown)
    from ui import app as ui_app
    ui_app.main(["--db", db, "--empty", "--lang", "zh_CN"])
    out["peak_mb"] = peak_mb()
    return out


def run_bare(t0: float) -> dict:
    """The baseline: QApplication, a main window holding a table of 100 rows, shown."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView
    app = QApplication(["bare"])
    model = QStandardItemModel(100, 8)
    for r in range(100):
        for c in range(8):
            model.setItem(r, c, QStandardItem(f"单元格 {r}-{c}"))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    out: dict = {}

    def shown() -> None:
        app.processEvents()
        out["shown_s"] = time.monotonic() - t0
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    out["peak_mb"] = peak_mb()
    return out


if __name__ == "__main__":
    mode, t0 = sys.argv[1], float(os.environ.get("BENCH_T0", time.monotonic()))
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = os.environ["XDG_STATE_HOME"] = os.environ["XDG_DATA_HOME"] = home   # logs there
        if mode == "start":
            result = run_start(sys.argv[2], t0)
        elif mode == "bare":
            result = run_bare(t0)
        elif mode == "open":
            from gui_screens import run_open  # noqa: E402 - only this mode needs the screens' code
            result = run_open(sys.argv[2]) | {"peak_mb": peak_mb()}
        else:
            from gui_screens import run_screens  # noqa: E402 - only this mode needs the screens' code
            result = run_screens(sys.argv[2])
    print(json.dumps(result))
