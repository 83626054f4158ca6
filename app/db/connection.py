"""Opening the user's database safely.

Order matters: integrity check first (a damaged file is never migrated), then
refuse a schema newer than this program, then back up and migrate (the backup
is taken here, before the migrations run, so the migrations know nothing of backups).
"""
from __future__ import annotations

import atexit
import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

import peewee

from app.db import migrations
from app.db.anchor import log_tip, write_anchor
from app.db.backup import backup_database, newest_backup
from app.db.base import database, set_after_commit
from app.errors import IntegrityCheckError

log = logging.getLogger(__name__)

_current_path: Path | None = None


def _pragmas() -> dict:
    return {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 10000,   # ms: a second reader/writer waits instead of failing
        "synchronous": "normal",  # safe with WAL; a power cut loses at most the last commit
        "cache_size": -64 * 1024,
    }


# PRAGMA quick_check reads every page: 3 s for a 500 MB provincial database, at every start and every CLI
# command (issue 18). A larger file is checked in full only before a migration (a damaged file is never
# migrated); otherwise its schema is read here (a garbled header or schema page fails at once), and the
# full check is `spotcheck db check`'s and the GUI's deferred integrity check's (app.integrity.check_file).
QUICK_CHECK_MAX_BYTES = 64 << 20


def _migration_pending(con: sqlite3.Connection) -> bool:
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone():
        return True
    return int(con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0) < migrations.LATEST_VERSION


def _quick_check(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            if path.stat().st_size > QUICK_CHECK_MAX_BYTES and not _migration_pending(con):
                con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                rows = ["ok"]
            else:
                rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        backup = newest_backup(path)
        hint = f"最近的备份：{backup}" if backup else "没有找到备份文件。"
        raise IntegrityCheckError(
            f"数据库文件“{path}”已损坏，无法打开（{'; '.join(rows[:3])}）。"
            f"请勿继续使用该文件，可通过“恢复备份”还原。{hint}",
            details={"path": str(path), "backup": str(backup) if backup else None},
        )


def open_database(path: str | Path, *, migrate: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    global _current_path

    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    close_database()
    _quick_check(path)
    db = peewee.SqliteDatabase(str(path), pragmas=_pragmas(), check_same_thread=False)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    _current_path = path
    set_after_commit(_after_commit)
    try:
        migrations.check_not_newer(db)
        if migrate:
            _backup_before_migrating(db, path)
            migrations.migrate(db, path)
    except Exception:
        close_database()
        raise
    return db


def _backup_before_migrating(db: peewee.SqliteDatabase, path: Path) -> None:
    todo = migrations.pending(db)
    if todo and migrations.current_version(db) > 0:   # a fresh, empty database needs no safety copy
        backup_database(path, reason=f"before-migration-v{todo[0][0]}")


def close_database() -> None:
    global _current_path, _anchored
    wait_for_checkpoint()   # SQLite lets go of the files only when no connection is left
    db = database.obj
    if db is not None and not db.is_closed():
        try:
            # Everything into the .db file and the -wal emptied: a copy of the .db alone is complete.
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (peewee.DatabaseError, sqlite3.Error) as exc:   # busy: SQLite checkpoints on the last close
            log.warning("checkpoint at close failed: %s", exc)
        db.close()
    _current_path = None
    _anchored = None
    set_after_commit(None)


# ---- after each committed write: the audit anchor and a checkpoint -----------------

_anchored: tuple[int, str] | None = None   # the tip last written to the anchor file
_deferred_checkpoint = False               # inside checkpoint_afterwards(): its thread checkpoints


def _after_commit(db: peewee.SqliteDatabase) -> None:
    """Copy the -wal into the .db (PASSIVE never waits for a reader), then write the audit log's tip to
    the anchor file. Runs only after a commit, so a rolled-back write never advances the anchor; the
    checkpoint first, so the commit is on disk (synchronous=normal syncs at checkpoints) before the
    anchor names it. About 10 ms each (one fsync pair each), measured by bench/bench_commit_hook.py.
    A failure here is logged, not raised: the write itself is committed and a stale anchor (an older
    seq whose hash still matches) raises no false alarm."""
    global _anchored
    path = _current_path
    if path is None:
        return
    if not _deferred_checkpoint:
        try:
            db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except (sqlite3.Error, peewee.DatabaseError) as exc:
            log.warning("checkpoint after commit failed: %s", exc)
    try:
        tip = log_tip(db.connection())
        if tip is not None and tip != _anchored:
            write_anchor(path, *tip)
            _anchored = tip
    except (OSError, sqlite3.Error, peewee.DatabaseError) as exc:
        log.warning("could not write the audit anchor of %s: %s", path, exc)


def current_db_path() -> Path | None:
    return _current_path


# ---- checkpoints after large writes -------------------------------------------

_AUTOCHECKPOINT_PAGES = 1000   # SQLite's default
_checkpointer: threading.Thread | None = None


@contextlib.contextmanager
def checkpoint_afterwards():
    """Commit a large write without copying the log into the database file first.

    In WAL mode the commit is the append to the log; SQLite then copies the log into
    the database file ("checkpoint") before the commit call returns once the log
    holds over 1,000 pages, ~0.15 s after a 100,000-row register. Here that copy
    runs on a second thread with its own connection (PASSIVE: it never blocks a
    reader or a writer); the next commit or close_database() does it otherwise."""
    global _deferred_checkpoint
    db = database.obj
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    outer = not _deferred_checkpoint
    _deferred_checkpoint = True
    try:
        yield
    finally:
        if outer:
            _deferred_checkpoint = False
        db.execute_sql(f"PRAGMA wal_autocheckpoint = {_AUTOCHECKPOINT_PAGES}")
        if _current_path is not None and not db.in_transaction():
            _start_checkpoint(_current_path)


def _start_checkpoint(path: Path) -> None:
    global _checkpointer
    wait_for_checkpoint()

    def run() -> None:
        try:
            con = sqlite3.connect(str(path), timeout=10)
            try:
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                con.close()
        except sqlite3.Error as exc:   # the next commit or close checkpoints instead
            log.warning("background checkpoint failed: %s", exc)

    _checkpointer = threading.Thread(target=run, name="db-checkpoint", daemon=True)
    _checkpointer.start()


def wait_for_checkpoint() -> None:
    global _checkpointer
    if _checkpointer is not None:
        _checkpointer.join()
        _checkpointer = None


atexit.register(wait_for_checkpoint)   # a command that ends right after an import still leaves a tidy file
