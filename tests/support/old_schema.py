"""A database as an earlier version of the program left it, for the migration tests."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee

from app.db import migrations
from app.db.connection import close_database, open_database


@contextmanager
def database_at_version(db_path, version: int) -> Iterator[peewee.Database]:
    """The database at db_path made with migrations 1..version only and opened as the program that shipped
    schema `version` would open it (its MIGRATIONS list ends there): fill it inside the block, through the
    services; it is closed after. Opening it again afterwards runs the newer migrations."""
    old = peewee.SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    old.connect()
    migrations.migrate(old, db_path, target=version)
    old.close()
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = original[:version]
    try:
        yield open_database(db_path)
        close_database()
    finally:
        migrations.MIGRATIONS = original
