"""Backups and restore, both atomic: write to a temporary file, then rename.

SQLite's online backup API copies a consistent snapshot even while the
database is open (WAL included), unlike a plain file copy.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from app.db.migrations import LATEST_VERSION
from app.errors import DatabaseError
from app.paths import backup_dir_for


def _copy_sqlite(source: Path, target: Path) -> None:
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)


def backup_database(db_path: str | Path, target: str | Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the database to `target` (default: the backups folder, timestamped)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseError(f"数据库文件“{db_path}”不存在，无法备份。")
    if target is None:
        folder = backup_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy_sqlite(db_path, target)
    return target


def list_backups(db_path: str | Path) -> list[Path]:
    folder = backup_dir_for(Path(db_path))
    if not folder.exists():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)


def newest_backup(db_path: str | Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def check_backup_file(source: Path) -> int:
    """Integrity and schema version of a backup; raises DatabaseError if unusable."""
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
            version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] if has_version else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"文件“{source}”不是有效的工作台数据库（{exc}）。") from exc
    if result != "ok":
        raise DatabaseError(f"备份文件“{source}”已损坏（{result}），不能用于恢复。")
    if version is None:
        raise DatabaseError(f"文件“{source}”不是本程序的数据库备份（缺少数据结构版本表）。")
    if version > LATEST_VERSION:
        raise DatabaseError(f"备份文件“{source}”来自更新版本的程序（版本 {version}），本程序无法恢复。")
    return int(version)


def restore_database(source: str | Path, db_path: str | Path) -> Path | None:
    """Replace the database with a backup. The current file is backed up first.

    The caller must have closed the database (app.db.close_database()).
    Returns the safety copy of the database as it was before the restore
    (None when there was no database file to copy).
    """
    source, db_path = Path(source), Path(db_path)
    if not source.exists():
        raise DatabaseError(f"备份文件“{source}”不存在。")
    check_backup_file(source)
    safety = backup_database(db_path, reason="before-restore") if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restore-part")
    _copy_sqlite(source, tmp)
    for suffix in ("-wal", "-shm"):
        stale = db_path.with_name(db_path.name + suffix)
        if stale.exists():
            stale.unlink()
    os.replace(tmp, db_path)
    return safety
