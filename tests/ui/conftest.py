"""Fixtures of the GUI tests, and the `gui` marker on every test collected under tests/ui.

`blank_ctx` is an application context on an empty database; `matched_draw`, `matched_ctx` and
`packages_step` are the demo plan drawn and matched, its context and step 6 (the results tests).
`ctx` (the demo plan's context), `answers` (file dialogs and message boxes answered) and `screen`
(the draw screen on `ctx`) are those of the draw and match ceremony tests; a module that needs
another context or screen defines its own `ctx` / `screen`, which takes precedence.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.draw_gui import idle

HERE = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path_factory):
    """The folders file dialogs remember (ui.widgets.ask, QSettings ini) go to a temporary folder, not the
    tester's own configuration."""
    from PySide6.QtCore import QSettings
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def blank_ctx(db, db_path, qtbot):
    """An application context on an empty database, its tasks without progress dialogs."""
    from ui.context import AppContext
    from ui.tasks import TaskRunner
    context = AppContext(db_path)
    context.tasks = TaskRunner(context, show_progress=False)
    yield context
    context.tasks.wait(10000)


@pytest.fixture
def matched_draw(db):
    """The demo plan drawn and matched through the services (draw no. 1)."""
    from tests.support.draws import draw_demo, match_demo
    return match_demo(draw_demo())


@pytest.fixture
def matched_ctx(matched_draw, db_path, qtbot):
    """A context on `matched_draw`'s database, its plan current, tasks without progress dialogs."""
    from ui.context import AppContext
    from ui.tasks import TaskRunner
    context = AppContext(db_path)
    context.tasks = TaskRunner(context, show_progress=False)
    context.set_current_plan(matched_draw.plan_id)
    yield context
    context.tasks.wait(5000)


@pytest.fixture
def packages_step(matched_ctx, qtbot):
    """Step 6 (下发与回收) on `matched_ctx`, shown at 1366×768."""
    from ui.screens.packages import create_screen
    widget = create_screen(matched_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    idle(qtbot, matched_ctx)
    return widget


@pytest.fixture
def ctx(db, db_path, qtbot):
    from app.demo import load_demo
    from app.draw import plans
    from ui.context import AppContext
    from ui.tasks import TaskRunner
    load_demo()
    context = AppContext(db_path)
    context.tasks = TaskRunner(context, show_progress=False)
    context.set_current_plan(plans.list_plans()[0].id)
    yield context
    context.tasks.wait(5000)


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """File dialogs and message boxes answered without a human."""
    import ui.operations as operations
    from ui.widgets import ask
    seen = {"opened": [], "failures": [], "notices": [], "overwrite": []}
    monkeypatch.setattr(ask, "ask_folder", lambda parent, title, **kw: str(tmp_path / "out"))
    monkeypatch.setattr(ask, "ask_save_path", lambda parent, title, name, flt, **kw: str(tmp_path / name))
    # "replace these files?": recorded and answered yes
    monkeypatch.setattr(ask, "confirm_overwrite", lambda parent, folder, names: seen["overwrite"].append(
        [n for n in names if (Path(folder) / n).exists()]) or True)
    monkeypatch.setattr(ask, "offer_open", lambda parent, path, text: seen["opened"].append(str(path)))
    # an operation's failure dialog (ui.operations.Operation's default)
    monkeypatch.setattr(operations, "show_error", lambda parent, exc, title=None: seen["failures"].append(str(exc)))
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: seen["notices"].append(text))
    return seen


@pytest.fixture
def screen(ctx, qtbot):
    """The draw screen on `ctx`, shown at 1366×768."""
    from ui.screens.draw import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    idle(qtbot, ctx)
    return widget
