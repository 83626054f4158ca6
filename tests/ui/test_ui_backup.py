"""文件 → 备份数据库… / 恢复备份… through the dialog code (file dialogs and message boxes patched)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import audit
from app.audit.models import AuditEntry
from app.db.backup import list_backups
from app.settings import service as settings


@pytest.fixture
def ctx(db, db_path):
    from ui.context import AppContext
    return AppContext(db_path)


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: shown.append(("info", text))))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(("warning", text))))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


def test_backup_then_restore_round_trip(ctx, qtbot, tmp_path, monkeypatch, boxes):
    from ui.dialogs.backup import backup_now, restore_from

    settings.update_settings({"contact_person": "备份前"})
    target = tmp_path / "copies" / "my-backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        backup_now(None, ctx)
    assert target.exists()
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "db.backup"
    assert boxes[-1][0] == "info" and str(target) in boxes[-1][1]

    settings.update_settings({"contact_person": "备份后"})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    safety = restore_from(None, ctx)

    assert settings.get_setting("contact_person") == "备份前"
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "db.restore" and last.payload["source"] == str(target)
    assert safety is not None and safety.exists() and safety in list_backups(ctx.db_path)
    assert str(safety) in boxes[-1][1]
    assert audit.verify().ok


def test_restore_refuses_a_file_that_is_not_a_backup(ctx, tmp_path, monkeypatch, boxes):
    from ui.dialogs.backup import restore_from
    bogus = tmp_path / "not-a-db.sqlite3"
    bogus.write_text("hello")
    settings.update_settings({"contact_person": "仍在"})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), "")))
    assert restore_from(None, ctx) is None
    assert boxes[-1][0] == "warning" and "不是有效的工作台数据库" in boxes[-1][1]
    assert settings.get_setting("contact_person") == "仍在"      # the database is open again, unchanged


def test_nothing_happens_when_the_clerk_cancels(ctx, monkeypatch, boxes):
    from ui.dialogs.backup import backup_now, restore_from
    before = AuditEntry.select().count()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    backup_now(None, ctx)
    assert restore_from(None, ctx) is None
    assert AuditEntry.select().count() == before and boxes == []
