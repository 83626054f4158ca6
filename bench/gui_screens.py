"""The screens part of bench/gui_child.py: the draw and match screens opened, the register browser used.

Each screen is opened from the main window's step list as the clerk does; "open" lasts until its
tables show the draw's rows and no background read is left. The heartbeat (gui_child.Heartbeat)
says how long the GUI thread was blocked at worst meanwhile.

run_open(db) measures the two screens and the draw and match wizards' result pages (bench_gui.rows): "first"
is from the click (for a wizard, its showing) until the table
shows its first rows and the summary line is no longer the "reading…" note, "loaded" until no
background read is left, and the worst stall is watched from the click until 0.3 s after loaded (the
last rows' painting included).
"""
from __future__ import annotations

import time
from pathlib import Path

from gui_child import Heartbeat, wait_until
from PySide6.QtWidgets import QApplication


def _open(app, window, beat, key: str, ready) -> tuple[float, float]:
    beat.reset()
    start = time.perf_counter()
    window.steps.select(key)
    wait_until(app, lambda: ready(window.pages.page(key)) and not window.ctx.tasks.busy())
    return time.perf_counter() - start, beat.worst


def _browser(app, screen, action) -> float:
    """Seconds from the clerk's action until the view shows the rows it asked for (events included)."""
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def run_screens(db: str) -> dict:
    from app.db import close_database, open_database
    from ui.context import AppContext
    from ui.main_window import MainWindow
    app = QApplication(["bench"])
    open_database(Path(db))
    ctx = AppContext(Path(db))
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    beat = Heartbeat()
    beat.start()
    out: dict = {}

    def draw_ready(page) -> bool:
        return page is not None and page.tabs.inspections.rowCount() > 0

    def match_ready(page) -> bool:
        return page is not None and page.tabs.teams.rowCount() > 0

    out["draw_s"], out["draw_block_s"] = _open(app, window, beat, "draw", draw_ready)
    out["match_s"], out["match_block_s"] = _open(app, window, beat, "match", match_ready)

    window.steps.select("registers")
    app.processEvents()
    screen = window.pages.page("registers")
    view = screen.rows_view

    def scroll_end() -> None:
        view.scrollToBottom()
        app.processEvents()
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())

    out["scroll_end_s"] = _browser(app, screen, scroll_end)
    out["scroll_rows"] = screen.rows_model.rowCount()
    district = screen.district_combo.itemData(1)
    out["district_s"] = _browser(app, screen, lambda: screen.district_combo.setCurrentIndex(1))
    out["district_rows"] = screen.rows_model.rowCount()
    screen.district_combo.setCurrentIndex(0)

    def search() -> None:
        screen.search_edit.setText("测试0999999")
        screen._search_timer.stop()        # the typing pause (300 ms) is the clerk's, not the query's
        screen.reload_rows()

    out["search_s"] = _browser(app, screen, search)
    out["search_rows"] = screen.rows_model.rowCount()
    out["district"] = district
    window.close()
    ctx.tasks.wait(10_000)
    close_database()
    return out


def _open_watched(app, window, beat, key: str, ready) -> dict:
    """One screen opened from the step list: seconds to its first rows, to all loaded, the worst stall."""
    return _watched(app, window, beat, lambda: window.steps.select(key), lambda: ready(window.pages.page(key)))


def _watched(app, window, beat, action, ready) -> dict:
    """Seconds from the start of `action` (its own synchronous part included) to ready() and to no background
    read left; the worst GUI stall from the action until 0.3 s after loaded (the event loop runs at least
    once after the action, so a long synchronous part is counted by the heartbeat's next beat)."""
    beat.reset()
    start = time.perf_counter()
    action()
    app.processEvents()
    wait_until(app, ready)
    first = time.perf_counter() - start
    wait_until(app, lambda: not window.ctx.tasks.busy())
    loaded = time.perf_counter() - start
    wait_until(app, lambda: time.perf_counter() - start > loaded + 0.3)
    return {"first_s": first, "loaded_s": loaded, "block_s": beat.worst}


def _result_pages(app, window, beat) -> dict:
    """The draw and match wizards' last pages, as the witnesses see them when the run is done: each wizard
    shown at its result page (QWizard calls its initializePage), for draw no. 1."""
    from app.db.base import database
    from ui.wizards.ceremony import PAGE_RESULT
    from ui.wizards.draw_wizard import DrawWizard
    from ui.wizards.match_wizard import MatchWizard
    (plan_id,) = database.execute_sql("SELECT plan_id FROM draw WHERE draw_no = 1").fetchone()
    out = {}
    for key, wizard in (("draw_result", DrawWizard(window.ctx, window, plan_id=plan_id)),
                        ("match_result", MatchWizard(window.ctx, window, draw_no=1))):
        wizard.draw_no = 1
        wizard.setStartId(PAGE_RESULT)
        out[key] = _result_page(app, window, beat, wizard)
        wizard.close()
    return out


def _result_page(app, window, beat, wizard) -> dict:
    page = wizard.result_page
    tabs = getattr(page, "views", None) or page.tabs
    model = tabs.teams if hasattr(tabs, "teams") else tabs.inspections
    return _watched(app, window, beat, wizard.show,
                    lambda: model.rowCount() > 0 and not page.info.text().startswith(("Reading", "正在读取")))


def run_open(db: str) -> dict:
    """The draw and match screens opened on DB (its draw no. 1, matched): {draw: {...}, match: {...}, rows}."""
    from app.db import close_database, open_database
    from ui.context import AppContext
    from ui.main_window import MainWindow
    app = QApplication(["bench"])
    open_database(Path(db))
    ctx = AppContext(Path(db))
    ctx.tasks.show_progress = False          # the clerk's progress dialog would only add paint time
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    # The window's background preload (ui.preload) runs about a second after it is shown; a screen opened
    # meanwhile paints behind it (its cost, 190-250 ms stalls, is in ui/preload.py). A clerk opens the draw
    # and match screens and reaches the wizards' last pages later in the session, so they are measured after it.
    from ui import preload
    wait_until(app, preload.finished, timeout_s=60)
    beat = Heartbeat()
    beat.start()
    reading = ("Reading", "正在读取")

    def draw_ready(page) -> bool:
        return page is not None and page.tabs.inspections.rowCount() > 0 and not page.detail.text().startswith(
            reading)

    def match_ready(page) -> bool:
        return page is not None and page.tabs.teams.rowCount() > 0 and not page.detail.text().startswith(reading)

    out = {"draw": _open_watched(app, window, beat, "draw", draw_ready),
           "match": _open_watched(app, window, beat, "match", match_ready)}
    out["rows"] = window.pages.page("draw").tabs.inspections.total()
    out |= _result_pages(app, window, beat)
    window.close()
    ctx.tasks.wait(10_000)
    close_database()
    return out
