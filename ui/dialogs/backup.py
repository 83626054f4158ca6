"""文件 → 备份数据库… / 恢复备份…: file dialogs and confirmations; the writes are ui.operations.settings'."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.paths import backup_dir_for
from ui.dialogs.messages import confirm, show_info
from ui.operations.settings import backup_database, restore_backup


def _filter() -> str:
    return QCoreApplication.translate("Backup", "Database backups (*.sqlite3);;All files (*)")


def default_backup_target(db_path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir_for(db_path) / f"{Path(db_path).stem}-{stamp}-manual.sqlite3"


def backup_now(parent: QWidget | None, ctx) -> None:
    """Ask where to write the copy, then copy on the worker thread (large databases take a while)."""
    target = default_backup_target(ctx.db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Backup", "Back up database"), str(target), _filter())
    if not chosen:
        return

    def done(path):
        show_info(parent, QCoreApplication.translate("Backup", "Backup finished"),
                  QCoreApplication.translate("Backup", "The database was backed up to:\n%1").replace("%1", str(path)))

    backup_database(parent, ctx, chosen).success(done).run()


def restore_from(parent: QWidget | None, ctx) -> Path | None:
    """Replace the database with a chosen backup. Returns the safety copy, or None if nothing happened.

    Runs on the GUI thread on purpose: the database is closed and replaced, and
    no worker may hold a connection meanwhile.
    """
    if ctx.tasks.busy():
        show_info(parent, QCoreApplication.translate("Backup", "Restore backup"),
                  QCoreApplication.translate("Backup", "Please wait until the running task has finished."))
        return None
    folder = backup_dir_for(ctx.db_path)
    source, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Backup", "Restore backup"), str(folder), _filter())
    if not source:
        return None
    question = QCoreApplication.translate(
        "Backup", "Replace the current database with the backup\n%1?\n\nThe current database is saved as a "
        "safety copy first, so this can be undone.").replace("%1", source)
    if not confirm(parent, QCoreApplication.translate("Backup", "Restore backup"), question):
        return None
    safety = restore_backup(parent, ctx, source)
    if safety is None:
        return None
    show_info(parent, QCoreApplication.translate("Backup", "Restore finished"),
              QCoreApplication.translate("Backup", "The database was restored from:\n%1\n\nThe database as it was "
                                         "before is kept at:\n%2").replace("%1", source).replace("%2", str(safety)))
    return safety
