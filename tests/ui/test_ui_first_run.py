"""Starting (issue 17, point 10): a new database asks 载入演示数据 / 从空白开始, --empty starts empty without
asking, File → Remove demo data… removes the demo (refused once a draw used it), and the plan screen does
not speak of TOML."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.support.draw_gui import idle


@pytest.fixture
def window(qtbot):
    def make(ctx):
        from ui.main_window import MainWindow
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        return w
    return make


def answer_first_run(monkeypatch, button: str) -> list:
    """Answer the first-run dialog with its `button` ("demo_button" or "empty_button"); return the dialogs."""
    from ui.dialogs import demo_data
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        getattr(dialog, button).click()
        return 1

    monkeypatch.setattr(demo_data.FirstRunDialog, "exec", exec_)
    return shown


def test_new_database_offers_the_demo_and_loads_it(blank_ctx, window, qtbot, monkeypatch):
    from app.registers.models import RegisterVersion
    from ui.dialogs.demo_data import DEMO, ask_first_run
    w = window(blank_ctx)
    shown = answer_first_run(monkeypatch, "demo_button")
    assert ask_first_run(w, blank_ctx) == DEMO
    idle(qtbot, blank_ctx)
    assert len(shown) == 1
    assert RegisterVersion.select().count() == 6
    assert ask_first_run(w, blank_ctx) != DEMO and len(shown) == 1    # asked on a new database only


def test_start_empty_writes_nothing(blank_ctx, window, qtbot, monkeypatch):
    from app import audit
    from ui.dialogs.demo_data import EMPTY, ask_first_run
    answer_first_run(monkeypatch, "empty_button")
    assert ask_first_run(window(blank_ctx), blank_ctx) == EMPTY
    idle(qtbot, blank_ctx)
    assert audit.entries() == []


def test_empty_flag_and_dev_start():
    from pathlib import Path

    from ui.app import parse_args
    assert parse_args(["--empty"]).empty and not parse_args([]).empty
    import importlib.util
    spec = importlib.util.spec_from_file_location("dev", Path(__file__).resolve().parents[2] / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    # the README's start command: the demo data into an empty database; --empty starts empty, not asked
    assert dev.start_args([]) == ["--demo-if-empty"]
    assert dev.start_args(["--empty", "--db", "x"]) == ["--empty", "--db", "x"]
    assert parse_args(dev.start_args([])).demo_if_empty and not parse_args(dev.start_args(["--empty"])).demo_if_empty


def test_file_menu_removes_the_demo(ctx, window, qtbot, monkeypatch):
    from app.registers.models import RegisterVersion
    w = window(ctx)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    w.remove_demo_action.trigger()
    idle(qtbot, ctx)
    assert RegisterVersion.select().count() == 0
    assert w.plan_combo.currentData() is None


def test_file_menu_refuses_when_a_draw_used_the_demo(matched_ctx, window, qtbot, monkeypatch):
    import ui.operations as operations
    from app.registers.models import RegisterVersion
    failures = []
    monkeypatch.setattr(operations, "show_error", lambda parent, exc, title=None: failures.append(str(exc)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    before = RegisterVersion.select().count()
    w = window(matched_ctx)
    w.remove_demo_action.trigger()
    idle(qtbot, matched_ctx)
    assert failures and "第 1 号抽取" in failures[0]
    assert RegisterVersion.select().count() == before


def test_plan_screen_does_not_speak_of_toml(blank_ctx, qtbot, qapp):
    from ui import i18n
    from ui.screens.plan import create_screen
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        screen = create_screen(blank_ctx)
        qtbot.addWidget(screen)
        assert "TOML" not in screen.empty_label.text()
        assert "新建计划" in screen.empty_label.text()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


@pytest.mark.parametrize("flags, asked", [([], True), (["--empty"], False)])
def test_start_asks_on_a_new_database_unless_empty(db, db_path, qtbot, monkeypatch, flags, asked):
    import ui.app
    calls = []
    monkeypatch.setattr(ui.app, "ask_first_run", lambda window, ctx: calls.append(window))
    monkeypatch.setattr(ui.app.startup, "check_integrity_at_start", lambda ctx, window: None)

    class App:                                       # the window is shown, the event loop not entered
        def exec(self):
            return 0

    assert ui.app._run_window(App(), ui.app.parse_args(["--db", str(db_path), *flags]), db_path) == 0
    assert bool(calls) == asked
    for w in calls:
        w.close()
