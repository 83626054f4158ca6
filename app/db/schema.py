"""Development tool: write the DDL of the current models as a migration file.

    python -m app.db.schema freeze            # rewrites sql/0001_initial.sql (before release only)
    python -m app.db.schema diff              # lists model columns missing from the migrated schema

Once a version has shipped, its SQL file is never rewritten: a schema change
is a new numbered migration instead.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import peewee

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
    from app.db.models import ALL_MODELS

    db = peewee.SqliteDatabase(":memory:")
    statements = []
    with db.bind_ctx(ALL_MODELS):
        for model in ALL_MODELS:
            ctx = db.get_sql_context()
            sql, params = model._schema._create_table(safe=False).query()
            assert not params
            statements.append(sql + ";")
            for index in model._schema._create_indexes(safe=False):
                sql, params = index.query()
                statements.append(sql + ";")
    return "\n".join(statements) + "\n" + AUDIT_TRIGGERS


def freeze(path: Path | None = None) -> Path:
    path = path or Path(__file__).with_name("sql") / "0001_initial.sql"
    header = "-- Schema version 1. Generated from the models by `python -m app.db.schema freeze`.\n"
    path.write_text(header + model_ddl(), encoding="utf-8")
    return path


def missing_columns() -> list[str]:
    """Columns the models expect that a freshly migrated database lacks."""
    from app.db.connection import close_database, open_database
    from app.db.models import ALL_MODELS

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
    if command == "freeze":
        print(freeze())
    else:
        missing = missing_columns()
        print("\n".join(missing) if missing else "schema matches the models")
        sys.exit(1 if missing else 0)
