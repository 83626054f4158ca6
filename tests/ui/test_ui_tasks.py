"""TaskRunner: work on a worker thread; result, error and cancel arrive on the GUI thread."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QPushButton

from app.errors import CancelledError, ValidationError


@pytest.fixture
def runner(qapp):
    from ui.tasks import TaskRunner
    tasks = TaskRunner()
    yield tasks
    tasks.wait(5000)


def test_result_arrives_on_the_gui_thread(runner, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        for i in range(5):
            progress(i + 1, 5, f"第 {i + 1} 步")
        return 42

    task = runner.run(work, title="测试", on_done=lambda r: seen.update(result=r, done=threading.get_ident()))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["done"] == gui and seen["worker"] != gui
    assert not task.running and not runner.busy()


def test_progress_reaches_the_dialog_on_the_gui_thread(runner, qtbot):
    seen = []
    release = threading.Event()

    def work(progress, cancel):
        progress(3, 10, "正在导入第 3 行")
        release.wait(5)
        return None

    task = runner.run(work, title="导入", on_done=lambda r: seen.append("done"))
    qtbot.waitUntil(lambda: task.dialog.maximum() == 10, timeout=5000)
    assert task.dialog.value() == 3 and task.dialog.labelText() == "正在导入第 3 行"
    release.set()
    qtbot.waitUntil(lambda: seen == ["done"], timeout=5000)


def test_error_arrives_on_the_gui_thread(runner, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        raise ValidationError("第 3 行：统一社会信用代码校验位错误。")

    runner.run(work, title="测试", on_done=lambda r: seen.update(done=True),
               on_error=lambda exc: seen.update(error=exc, thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], ValidationError) and "校验位" in str(seen["error"])
    assert seen["thread"] == gui and "done" not in seen


def test_unhandled_error_is_reported_by_the_runner(runner, qtbot):
    with qtbot.waitSignal(runner.error_reported, timeout=5000) as blocker:
        runner.run(lambda p, c: 1 / 0, title="测试")
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_cancel_is_a_cancel_not_an_error(runner, qtbot):
    gui = threading.get_ident()
    seen = {}
    started = threading.Event()

    def work(progress, cancel):
        started.set()
        deadline = time.monotonic() + 60
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise CancelledError()

    task = runner.run(work, title="测试", on_done=lambda r: seen.update(done=True),
                      on_error=lambda exc: seen.update(error=exc),
                      on_cancelled=lambda exc: seen.update(cancelled=exc, thread=threading.get_ident()))
    assert started.wait(5)
    with qtbot.waitSignal(runner.cancelled, timeout=30000) as blocker:   # generous: CI may be loaded
        task.dialog.findChild(QPushButton).click()       # the 取消 button
    assert "操作已取消" in blocker.args[0]
    assert isinstance(seen["cancelled"], CancelledError) and seen["thread"] == gui
    assert "error" not in seen and "done" not in seen


def test_tasks_run_one_at_a_time_in_order(runner, qtbot):
    order = []
    for n in range(3):
        runner.run(lambda p, c, n=n: (time.sleep(0.02), n)[1], title="测试", on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5000)
    assert order == [0, 1, 2]


def test_worker_database_work_is_isolated_per_thread(db, runner, qtbot):
    from app import audit
    from app.settings import service as settings
    seen = {}
    runner.run(lambda p, c: settings.update_settings({"contact_person": "线程"}), title="测试",
               on_done=lambda r: seen.update(done=r))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert settings.get_setting("contact_person") == "线程" and audit.verify().ok
