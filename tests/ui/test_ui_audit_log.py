"""The audit log viewer: paged model, chain check that names a tampered row."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import audit
from app.db import transaction


@pytest.fixture
def ctx(db, db_path):
    from ui.context import AppContext
    return AppContext(db_path)


def _append(n):
    for i in range(n):
        with transaction():
            audit.append("test.entry", {"n": i, "text": "检查"})


def test_model_pages_entries_newest_first(ctx, qtbot, monkeypatch):
    from ui.models import audit_log_model
    from ui.models.audit_log_model import ACTION, ID, AuditLogModel
    monkeypatch.setattr(audit_log_model, "PAGE_SIZE", 10)
    _append(25)
    model = AuditLogModel()
    assert model.total() == 25 and model.rowCount() == 10
    assert model.data(model.index(0, ID)) == 25
    assert model.data(model.index(0, ACTION)) == "其他操作（代码 test.entry）"
    assert "检查" in model.details(0)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()


def test_dialog_shows_entries_and_flags_a_tampered_row(ctx, qtbot, db):
    from ui.dialogs.audit_log import AuditLogDialog
    _append(5)
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5
    assert dialog.head.digest == audit.head()

    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert dialog.last_result.ok and "校验通过" in dialog.result_label.text()

    db.execute_sql("DROP TRIGGER audit_log_no_update")
    db.execute_sql("""UPDATE audit_log SET payload = '{"n":99,"text":"检查"}' WHERE id = 3""")
    dialog.reload()
    dialog.last_result = None
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert not dialog.last_result.ok and dialog.last_result.first_bad_id == 3
    assert "第 3 条" in dialog.result_label.text()
    assert dialog.model.bad_id == 3
    row = dialog.model.row_of_id(3)
    assert dialog.view.currentIndex().row() == row
    assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def _visible_text(dialog) -> str:
    model = dialog.model
    cells = [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
             for c in range(model.columnCount())]
    heads = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return "\n".join(heads + cells)


def test_dialog_speaks_chinese_with_local_times_and_json_only_on_request(ctx, qtbot, monkeypatch):
    """Issue 17 point 5: no English action code, no raw JSON, the machine's local time; the JSON and the
    whole hash of the selected entry only after 显示详细信息."""
    import time

    from ui.dialogs.audit_log import AuditLogDialog
    with transaction():
        audit.append("registers.import", {"register": "执法检查人员名录库", "kind": "inspector", "version": 2,
                                          "imported": 55, "added": 1, "removed": 0, "changed": 2})
    with transaction():
        audit.append("settings.update", {"changed": {"doc_prefix": {"old": "青市监质", "new": "青市监抽"}}})
    with transaction():
        audit.append("match.commit", {"draw_no": 1, "team_size": 2, "match_date": "2026-05-06",
                                      "match_commitment": "ab" * 32})
    db_at = "2026-05-06T01:30:00+00:00"
    from app.db.base import database
    database.obj.execute_sql("DROP TRIGGER audit_log_no_update")
    database.obj.execute_sql("UPDATE audit_log SET at = ? WHERE id = 1", (db_at,))
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        dialog = AuditLogDialog(ctx)
        qtbot.addWidget(dialog)
        text = _visible_text(dialog)
    finally:
        monkeypatch.undo()
        time.tzset()
    for code in ("registers.import", "settings.update", "match.commit", "{", "+00:00", "T01:30"):
        assert code not in text, code
    assert "导入执法检查人员名录“执法检查人员名录库”第 2 版：55 行" in text
    assert "修改设置：文号前缀由“青市监质”改为“青市监抽”" in text
    assert "提交第 1 号抽取的匹配承诺" in text
    assert "2026-05-06 09:30:00" in text
    assert dialog.details.isHidden()
    dialog.view.selectRow(dialog.model.row_of_id(1))
    dialog.details_button.click()
    assert not dialog.details.isHidden()
    shown = dialog.details.toPlainText()
    assert "registers.import" in shown and '"imported": 55' in shown
    assert audit.entries(limit=3)[-1].hash in shown
