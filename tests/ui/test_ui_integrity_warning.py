"""The GUI checks the data's integrity at start (off the GUI thread) and warns, naming the object."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from tests.support.draw_gui import idle
from ui.startup import check_integrity_at_start


def _start_check(ctx, qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    check_integrity_at_start(ctx, window)
    idle(qtbot, ctx)
    return window


def test_an_edited_enterprise_name_is_named_in_the_warning(blank_ctx, db_path, qtbot):
    from app.demo import load_demo
    load_demo()
    con = sqlite3.connect(str(db_path))
    con.execute("UPDATE enterprise SET name = '青岛伪造有限公司' WHERE id = (SELECT MIN(id) FROM enterprise)")
    con.commit()
    con.close()
    window = _start_check(blank_ctx, qtbot)
    qtbot.waitUntil(lambda: getattr(window, "integrity_warning", None) is not None
                    and window.integrity_warning.isVisible(), timeout=20000)
    box = window.integrity_warning
    assert "名录“工业产品生产许可证获证企业”第 1 版内容摘要不符" in box.informativeText()
    assert "1" in box.text()
    box.close()


def test_a_sound_database_shows_no_warning(blank_ctx, qtbot):
    from app.demo import load_demo
    load_demo()
    window = _start_check(blank_ctx, qtbot)
    assert getattr(window, "integrity_warning", None) is None
