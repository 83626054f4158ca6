"""The GUI's one way to write: ui.operations.Operation and the Changes it announces."""
from __future__ import annotations

import pytest

from app.errors import ValidationError
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(qtbot, tmp_path):
    context = AppContext(tmp_path / "db.sqlite3", tasks=TaskRunner(show_progress=False))
    yield context
    context.tasks.wait()


def test_changes_touch_only_their_areas():
    plan_only = Changes(plan=True)
    assert plan_only.touches("plan")
    assert not plan_only.touches("registers", "draw")
    assert (plan_only | Changes(draw=True)).names() == ["plan", "draw"]
    assert Changes.everything().touches("documents")
    with pytest.raises(ValueError):
        plan_only.touches("plans")


def test_success_runs_before_the_change_notice(qtbot, ctx):
    order: list[object] = []
    ctx.data_changed.connect(lambda changes: order.append(changes))
    op = Operation(None, ctx, lambda progress, cancel: 42, title="t", changes=Changes(match=True))
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        op.success(lambda result: order.append(result)).run()
    assert order == [42, Changes(match=True)]


def test_failure_announces_nothing_and_reaches_the_callback(qtbot, ctx):
    seen: list[object] = []
    ctx.data_changed.connect(lambda changes: seen.append(changes))
    errors: list[BaseException] = []

    def work(progress, cancel):
        raise ValidationError("名称不能为空")

    Operation(None, ctx, work, title="t", changes=Changes(plan=True)).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "名称不能为空"
    assert seen == []


def test_slots_without_arguments_still_receive_the_notice(qtbot, ctx):
    calls: list[int] = []

    def refresh() -> None:
        calls.append(1)

    ctx.data_changed.connect(refresh)
    ctx.notify_data_changed()
    assert calls == [1]


def test_an_empty_database_gets_the_demo_data_through_one_operation(qtbot, db, ctx):
    """--demo-if-empty: the registers and the plan arrive in one write that announces everything."""
    from app import workflow
    from ui.app import _load_demo_if_empty

    announced: list[Changes] = []
    ctx.data_changed.connect(announced.append)
    assert not workflow.has_registers()
    with qtbot.waitSignal(ctx.data_changed, timeout=60_000):
        _load_demo_if_empty(ctx, None)
    assert workflow.has_registers()
    assert announced == [Changes.everything()]
    _load_demo_if_empty(ctx, None)          # not empty any more: nothing is started
    ctx.tasks.wait()
    qtbot.wait(50)
    assert announced == [Changes.everything()]
