"""Development tool: compare the models with the migrated schema; draft DDL for a new migration.

    python -m app.db.schema diff              # lists model columns missing from the migrated schema
    python -m app.db.schema ddl               # prints the CREATE statements of today's models
    python -m app.db.schema draft PATH        # writes them to PATH, a NEW file only

A shipped migration never changes (tests/test_migrations_frozen.py holds their
digests): a schema change is a new numbered migration, written by hand from
the draft, so nothing here ever rewrites a file in app/db/sql.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import peewee

from app.db.connection import close_database, open_database
from app.db.models import ALL_MODELS

AUDIT_TRIGGERS = """
-- The audit log is append-only: the database itself refuses edits and deletes.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
"""


def model_ddl() -> str:

    db = peewee.SqliteDatabase(":memory:")
    statements = []
    with db.bind_ctx(ALL_MODELS):
        for model in ALL_MODELS:
            sql, params = model._schema._create_table(safe=False).query()
            assert not params
            statements.append(sql + ";")
            for index in model._schema._create_indexes(safe=False):
                sql, params = index.query()
                statements.append(sql + ";")
    return "\n".join(statements) + "\n" + AUDIT_TRIGGERS


def write_draft(path: Path) -> Path:
    """Write model_ddl() to `path` for editing into a new migration. Refuses an existing file,
    so a shipped migration (or an earlier draft) is never overwritten."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: a migration draft is written to a new file only")
    with path.open("x", encoding="utf-8") as out:
        out.write("-- Draft from the models by `python -m app.db.schema draft`; edit before adding it.\n")
        out.write(model_ddl())
    return path


def missing_columns() -> list[str]:
    """Columns the models expect that a freshly migrated database lacks."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "check.sqlite3")
        try:
            for model in ALL_MODELS:
                table = model._meta.table_name
                have = {c.name for c in db.get_columns(table)}
                for field in model._meta.sorted_fields:
                    if field.column_name not in have:
                        problems.append(f"{table}.{field.column_name}")
        finally:
            close_database()
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "diff"
    if command == "ddl":
        print(model_ddl())
    elif command == "draft" and len(sys.argv) == 3:
        print(write_draft(Path(sys.argv[2])))
    else:
        missing = missing_columns()
        print("\n".join(missing) if missing else "schema matches the models")
        sys.exit(1 if missing else 0)
