"""The registers, plan, documents and settings writes go through ui/operations and announce what changed;
each screen refreshes only for the areas it shows."""
from __future__ import annotations

from pathlib import Path

import pytest

from ui.changes import Changes

ROOT = Path(__file__).resolve().parents[2]
SEED_TOML = ROOT / "data" / "plan-2020.toml"


@pytest.fixture
def ctx(blank_ctx):
    """This module's screens start from an empty database."""
    return blank_ctx


@pytest.fixture
def announced(ctx):
    seen: list[Changes] = []
    ctx.data_changed.connect(seen.append)
    return seen


def _run(qtbot, ctx, operation) -> list:
    results: list = []
    operation.success(results.append).failure(results.append).run()
    qtbot.waitUntil(lambda: bool(results) and not ctx.tasks.busy(), timeout=20000)
    return results


def test_plan_operations_announce_the_plan(qtbot, ctx, announced):
    from app.draw import plans
    from ui.operations import plans as plan_ops
    [plan_id] = _run(qtbot, ctx, plan_ops.create_plan_from_file(None, ctx, SEED_TOML))
    assert plans.get_plan(plan_id).number == "局函〔2020〕277号"
    assert announced == [Changes(plan=True)]
    [bad] = _run(qtbot, ctx, plan_ops.save_plan(None, ctx, None, {"title": "", "task": []}))
    assert isinstance(bad, Exception) and announced == [Changes(plan=True)]     # a failure announces nothing
    assert _run(qtbot, ctx, plan_ops.delete_plan(None, ctx, plan_id)) == [plan_id]
    assert plans.list_plans() == [] and announced == [Changes(plan=True)] * 2


def test_register_operations(qtbot, ctx, announced, tmp_path):
    from app.registers import queries, service
    from tests.support.registers import register_file, row
    from ui.operations import registers as register_ops
    result = service.validate_import(register_file(tmp_path, "a.xlsx", [row(1), row(2)]), "enterprise", "工业")
    [version_id] = _run(qtbot, ctx, register_ops.import_register(None, ctx, result))
    assert queries.version_by_id(version_id).imported == 2
    assert announced == [Changes(registers=True)]
    [path] = _run(qtbot, ctx, register_ops.save_version_report(None, ctx, version_id, tmp_path / "r.xlsx"))
    assert Path(path).exists()
    [path] = _run(qtbot, ctx, register_ops.save_import_report(None, ctx, result, tmp_path / "s.xlsx"))
    assert Path(path).exists()
    assert announced == [Changes(registers=True)]          # a report file changes nothing on screen


def test_settings_are_saved_through_the_operation(ctx, announced, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.settings import store as settings
    from ui.operations.settings import save_settings
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    assert save_settings(None, ctx, {"contact_person": "张三"}) is True
    assert settings.get_setting("contact_person") == "张三"
    assert announced == [Changes(settings=True)]
    assert save_settings(None, ctx, {"database_id": "x"}) is False
    assert warnings and announced == [Changes(settings=True)]


def test_screens_refresh_only_for_what_they_show(qtbot, ctx, monkeypatch):
    from ui.screens.documents import DocumentsScreen
    from ui.screens.plan import PlanScreen
    from ui.screens.registers import RegistersScreen
    calls: list[str] = []
    monkeypatch.setattr(PlanScreen, "refresh", lambda self: calls.append("plan"))
    monkeypatch.setattr(RegistersScreen, "refresh", lambda self, select_version_id=None: calls.append("registers"))
    monkeypatch.setattr(DocumentsScreen, "reload", lambda self: calls.append("documents"))
    screens = [PlanScreen(ctx), RegistersScreen(ctx), DocumentsScreen(ctx)]
    for screen in screens:
        qtbot.addWidget(screen)
    calls.clear()
    ctx.notify_changes(Changes(documents=True))
    assert calls == []
    ctx.notify_changes(Changes(registers=True))
    assert sorted(calls) == ["plan", "registers"]        # the plan's tasks name registers
    calls.clear()
    ctx.notify_changes(Changes(draw=True))
    assert sorted(calls) == ["documents", "plan"]
    calls.clear()
    ctx.notify_changes(Changes(match=True))
    assert calls == ["documents"]
    calls.clear()
    ctx.notify_data_changed()
    assert sorted(calls) == ["documents", "plan", "registers"]
