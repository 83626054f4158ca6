"""The peewee database handle every model binds to, and the transaction helper."""
from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, overload

import peewee

# Bound to a real SqliteDatabase by app.db.connection.open_database().
database = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class JSONField(peewee.TextField):
    """JSON stored as text, UTF-8, keys sorted so equal values store equal text."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def python_value(self, value):
        if value is None:
            return None
        return json.loads(value)

    if TYPE_CHECKING:
        # For the type checker only (peewee puts an accessor on the model class): on a model
        # instance the field reads as the decoded JSON value, not as the field.
        @overload
        def __get__(self, instance: None, owner: type) -> JSONField: ...
        @overload
        def __get__(self, instance: object, owner: type) -> Any: ...
        def __get__(self, instance: object, owner: type) -> Any: ...


def memo_json_decoder() -> Callable[[str | None], Any]:
    """json.loads with a memory: the same few texts ('["T1"]', '{}', a task's items) come on every row and
    are decoded once each. The values are shared between rows: callers only read them, or copy them."""
    decoded: dict[str, Any] = {}

    def decode(text: str | None) -> Any:
        if text is None:
            return None
        value = decoded.get(text)
        if value is None:
            value = decoded[text] = json.loads(text)
        return value
    return decode


# Called after the outermost transaction commits (never after a rollback), with the database handle:
# app.db.connection sets it to write the audit anchor and checkpoint the -wal file.
_after_commit: Callable[[Any], None] | None = None


def set_after_commit(hook: Callable[[Any], None] | None) -> None:
    global _after_commit
    _after_commit = hook


@contextlib.contextmanager
def transaction():
    """One service call = one IMMEDIATE transaction.

    IMMEDIATE takes the write lock at the start, so two processes never both read
    the same audit-log head and then both append after it. Any exception rolls
    everything back: the database is exactly as before.
    """
    db = database.obj
    if db is None:
        raise RuntimeError("database not opened")
    if db.in_transaction():
        # Nested service calls join the outer transaction (savepoint keeps
        # the inner one's failure from leaking half-way).
        with db.atomic():
            yield db
        return
    with db.atomic("IMMEDIATE"):
        yield db
    if _after_commit is not None:   # reached only when the block committed
        _after_commit(db)


def bulk_insert(model, columns: list[str], rows: list[tuple]) -> None:
    """INSERT rows (tuples of stored values, in `columns` order) with executemany on the open transaction.

    For tens of thousands of rows: peewee's insert_many builds each row's SQL in Python (seconds for
    40,000 inspections); this binds the values directly. The caller converts values as the fields
    would (JSONField.db_value for JSON, 1/0 for booleans), so the stored rows are the same."""
    if not rows:
        return
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    model._meta.database.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})', rows)
