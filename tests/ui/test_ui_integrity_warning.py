"""The GUI checks the data's integrity at start (off the GUI thread) and warns, naming the object: the cheap
check at once, the full one later in a child process, `spotcheck db check --json` (issue 18)."""
from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QWidget

from tests.support.draw_gui import idle
from ui.integrity_check import DeferredCheck
from ui.startup import check_integrity_at_start


def _start_check(ctx, qtbot, full_after_ms: int | None = 0) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    check_integrity_at_start(ctx, window, full_after_ms=full_after_ms)
    idle(qtbot, ctx)
    return window


def _warning(window, qtbot):
    qtbot.waitUntil(lambda: getattr(window, "integrity_warning", None) is not None
                    and window.integrity_warning.isVisible(), timeout=20000)
    return window.integrity_warning


def test_an_edited_enterprise_name_is_named_in_the_warning(blank_ctx, db_path, qtbot):
    from app.demo import load_demo
    load_demo()
    con = sqlite3.connect(str(db_path))
    con.execute("UPDATE enterprise SET name = '青岛伪造有限公司' WHERE id = (SELECT MIN(id) FROM enterprise)")
    con.commit()
    con.close()
    window = _start_check(blank_ctx, qtbot)
    box = _warning(window, qtbot)   # found by the deferred full check: the row counts still agree
    assert not blank_ctx.tasks.busy()   # it ran beside the task runner, not on it
    assert "名录“工业产品生产许可证获证企业”第 1 版内容摘要不符" in box.informativeText()
    assert "1" in box.text()
    box.close()


def test_a_sound_database_shows_no_warning(blank_ctx, qtbot):
    from app.demo import load_demo
    load_demo()
    window = _start_check(blank_ctx, qtbot)
    qtbot.waitUntil(lambda: window.deferred_check.report is not None, timeout=20000)
    assert window.deferred_check.report.ok
    assert getattr(window, "integrity_warning", None) is None


def _edit(db_path, *statements: str) -> None:
    con = sqlite3.connect(str(db_path))
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def test_the_full_check_waits_and_then_names_an_edited_draw_match_and_result(blank_ctx, db_path, qtbot):
    """Until the delay passes only the cheap check has run (no warning: nothing it reads was edited);
    then the deferred full check names the edited inspection, assignment and result."""
    from app.results.service import enter_result
    from tests.support.draws import draw_demo, match_demo
    from tests.support.results import complete_result, first_keys
    draw = match_demo(draw_demo())
    [key] = first_keys(draw, 1)
    enter_result(draw.draw_no, key, complete_result(draw, key))
    _edit(db_path, "UPDATE inspection SET name = '青岛伪造有限公司' WHERE id = (SELECT MIN(id) FROM inspection)",
          "UPDATE assignment SET cert_no = 'X' || cert_no WHERE id = (SELECT MIN(id) FROM assignment)",
          "UPDATE result_revision SET reason = 'edited' WHERE id = (SELECT MIN(id) FROM result_revision)")
    window = _start_check(blank_ctx, qtbot, full_after_ms=60_000)
    assert window.deferred_check.report is None and not window.deferred_check.running
    assert getattr(window, "integrity_warning", None) is None
    window.deferred_check.start()          # what the timer does when the delay has passed
    text = _warning(window, qtbot).detailedText()
    assert "第 1 号抽取的检查对象" in text and "名称与抽取记录不符" in text
    assert "检查人员匹配中检查对象" in text
    assert "的内容与其摘要不符（结果被直接改动）" in text


def test_an_edited_log_is_named_at_once(blank_ctx, db_path, qtbot):
    from app.demo import load_demo
    load_demo()
    _edit(db_path, "DROP TRIGGER audit_log_no_update",
          "UPDATE audit_log SET payload = replace(payload, '\"version\":1', '\"version\":2') "
          "WHERE action = 'registers.import'")
    window = _start_check(blank_ctx, qtbot, full_after_ms=None)
    box = _warning(window, qtbot)
    assert "审计日志第" in box.informativeText()
    assert getattr(window, "deferred_check", None) is None   # a failed start check already warned


def test_closing_stops_the_full_check(blank_ctx, qtbot):
    from app.demo import load_demo
    load_demo()
    window = _start_check(blank_ctx, qtbot, full_after_ms=60_000)
    check = window.deferred_check
    check.start()
    assert check.process.state() != QProcess.ProcessState.NotRunning   # the child runs
    check.stop()
    assert check.process.state() == QProcess.ProcessState.NotRunning   # killed, not waited for
    qtbot.wait(200)
    assert check.report is None and check.error is None               # and nothing shown for it
    assert getattr(window, "integrity_warning", None) is None


def _deferred(blank_ctx, qtbot, command) -> tuple[QWidget, DeferredCheck]:
    window = QWidget()
    qtbot.addWidget(window)
    check = DeferredCheck(blank_ctx.db_path, window, command=command)
    check.start()
    qtbot.waitUntil(lambda: not check.running, timeout=20000)
    return window, check


def test_a_check_program_that_cannot_start_is_reported(blank_ctx, tmp_path, qtbot):
    window, check = _deferred(blank_ctx, qtbot, (str(tmp_path / "no-such-spotcheck"), ["db", "check"]))
    assert check.report is None and "后台完整性检查程序无法启动" in str(check.error)
    box = window.integrity_warning
    assert box.isVisible() and "无法启动" in box.text()
    box.close()


def test_a_crashing_check_program_is_reported(blank_ctx, qtbot):
    window, check = _deferred(blank_ctx, qtbot, (sys.executable, ["-c", "import os; os.abort()"]))
    assert check.report is None and "意外退出" in str(check.error)
    assert window.integrity_warning.isVisible()
    window.integrity_warning.close()


def test_a_check_program_that_fails_is_reported_with_its_reason(blank_ctx, qtbot):
    code = "import sys; sys.stderr.write('Traceback: boom\\n'); sys.exit(3)"
    window, check = _deferred(blank_ctx, qtbot, (sys.executable, ["-c", code]))
    assert "后台完整性检查没有完成" in str(check.error) and "退出码 3" in str(check.error)
    assert "boom" in window.integrity_warning.text()
    window.integrity_warning.close()
