"""Backup and restore as logged services (the GUI's 文件 menu calls these).

app.db.backup does the file work; these add the audit entry, in one
transaction. `spotcheck db backup|restore` calls them too.
"""
from __future__ import annotations

from pathlib import Path

from app import audit
from app.db import transaction
from app.db.backup import backup_database, restore_database
from app.db.connection import close_database, open_database


def backup_logged(db_path: str | Path, target: str | Path | None = None) -> Path:
    """Copy the open database to `target` (default: the backups folder) and log 'db.backup'."""
    target = backup_database(db_path, target)
    with transaction():
        audit.append("db.backup", {"target": str(target)})
    return target


def restore_logged(source: str | Path, db_path: str | Path) -> Path | None:
    """Replace the database with the backup `source`, reopen it and log 'db.restore'.

    Returns the safety copy of the database as it was before the restore.
    If the backup is unusable nothing is replaced and the old database is reopened.
    """

    close_database()
    try:
        safety = restore_database(source, db_path)
    finally:
        open_database(db_path)
    with transaction():
        audit.append("db.restore", {"source": str(source), "safety_copy": str(safety) if safety else None})
    return safety
