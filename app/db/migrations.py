"""Numbered schema migrations.

Each migration is a function run inside one transaction together with the
update of `schema_version`, so a failed migration leaves the previous schema
intact and can simply be run again. Before any migration runs, the opening
code (app.db.connection) copies the file to the backups folder (the copy is
what the clerk restores if an upgrade goes wrong). Migrations are written as
SQL, never as "create tables from today's models", so version N means the same
schema forever: a shipped SQL file is never edited (tests/test_migrations_frozen.py).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from app.errors import SchemaTooNewError

log = logging.getLogger(__name__)

_SQL_DIR = Path(__file__).with_name("sql")


Migration = Callable[[peewee.SqliteDatabase], None]


def _run_sql_file(name: str) -> Migration:
    def apply(db: peewee.SqliteDatabase) -> None:
        script = (_SQL_DIR / name).read_text(encoding="utf-8")
        for statement in _split_sql(script):
            db.execute_sql(statement)
    apply.__doc__ = f"apply {name}"
    return apply


def _split_sql(script: str) -> list[str]:
    """Split on ';' at line ends, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, current, depth = [], [], 0
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper.startswith("END;") and depth:
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


# (version, description, function). Append only; never edit a shipped entry.
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema", _run_sql_file("0001_initial.sql")),
    (2, "enterprise: only the unique (version, key) index", _run_sql_file("0002_enterprise_indexes.sql")),
    (3, "work packages, result batches and result revisions", _run_sql_file("0003_results.sql")),
    (4, "received files and publication exports", _run_sql_file("0004_publication.sql")),
    (5, "check-item catalogue rows", _run_sql_file("0005_catalogue.sql")),
    (6, "enterprise: a (version, district, key) index for the browser",
     _run_sql_file("0006_enterprise_district_index.sql")),
    (7, "inspection: a (draw, active) index for the step list's counts",
     _run_sql_file("0007_inspection_active_index.sql")),
    (8, "draw: an index holding the draw list's columns", _run_sql_file("0008_draw_list_index.sql")),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def _ensure_version_table(db: peewee.SqliteDatabase) -> None:
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def current_version(db: peewee.SqliteDatabase) -> int:
    exists = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_not_newer(db: peewee.SqliteDatabase) -> None:
    version = current_version(db)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"该数据库由更新版本的程序创建（数据结构版本 {version}，本程序支持到 {LATEST_VERSION}）。"
            "为避免损坏数据，本程序不会打开它。请安装新版程序后再打开。",
            details={"db_version": version, "program_version": LATEST_VERSION},
        )


def pending(db: peewee.SqliteDatabase) -> list[tuple[int, str, Migration]]:
    version = current_version(db)
    return [m for m in MIGRATIONS if m[0] > version]


def migrate(db: peewee.SqliteDatabase, path: Path | None = None, *, target: int | None = None) -> list[int]:
    """Apply pending migrations up to `target` (default: latest). Returns the versions applied.

    `path` only names the file in the log; the safety copy is the caller's (open_database)."""
    todo = [m for m in pending(db) if target is None or m[0] <= target]
    if not todo:
        return []
    _ensure_version_table(db)
    applied = []
    for version, description, apply in todo:
        with db.atomic("IMMEDIATE"):
            apply(db)
            db.execute_sql(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)",
                (version, description, dt.datetime.now().isoformat(timespec="seconds")),
            )
        log.info("schema of %s migrated to version %s (%s)", path or "the database", version, description)
        applied.append(version)
    return applied
