"""The audit log viewer: paged model, chain check that names a tampered row."""
from __future__ import annotations

import pytest

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
    from ui.models.audit_log_model import ACTION, ID, PAYLOAD, AuditLogModel
    monkeypatch.setattr(audit_log_model, "PAGE_SIZE", 10)
    _append(25)
    model = AuditLogModel()
    assert model.total() == 25 and model.rowCount() == 10
    assert model.data(model.index(0, ID)) == 25
    assert model.data(model.index(0, ACTION)) == "test.entry"
    assert "检查" in model.data(model.index(0, PAYLOAD))
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
    assert audit.head() in dialog.summary.text()

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
    from PySide6.QtCore import Qt
    assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
