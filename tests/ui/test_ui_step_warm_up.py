"""The window imports the step screens' modules after it is shown, one per event-loop turn, so a first click
on a step does not wait for them; a module that fails to import is left for the step to report."""
from __future__ import annotations


def test_warm_up_imports_each_screen_once_in_order_and_survives_a_broken_one(ctx, qtbot, monkeypatch):
    from ui.widgets import step_pages
    seen = []

    def fake_import(name):
        seen.append(name)
        if name.endswith("broken"):
            raise ImportError("no such screen")
    monkeypatch.setattr(step_pages.importlib, "import_module", fake_import)
    pages = step_pages.StepPages(ctx)
    qtbot.addWidget(pages)
    pages.warm_up(["draw", "broken", "match"], delay_ms=0)
    assert seen == []                                   # nothing before the event loop runs
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == ["ui.screens.draw", "ui.screens.broken", "ui.screens.match"]


def test_the_main_window_warms_up_the_screens_it_has_not_shown(ctx, qtbot, monkeypatch):
    from ui import preload
    from ui.main_window import MainWindow
    from ui.widgets import step_pages
    asked = []
    monkeypatch.setattr(step_pages.StepPages, "warm_up",
                        lambda self, keys, delay_ms=1000, then=None: asked.append((keys, then)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert asked == [(["draw", "match"], preload.start)]   # then the heavy screens' modules, on a thread


def test_warm_up_calls_then_once_after_the_last_screen(ctx, qtbot, monkeypatch):
    from ui.widgets import step_pages
    events = []
    monkeypatch.setattr(step_pages.importlib, "import_module", lambda name: events.append(name))
    pages = step_pages.StepPages(ctx)
    qtbot.addWidget(pages)
    pages.warm_up(["draw", "match"], delay_ms=0, then=lambda: events.append("then"))
    qtbot.waitUntil(lambda: "then" in events)
    qtbot.wait(50)
    assert events == ["ui.screens.draw", "ui.screens.match", "then"]
