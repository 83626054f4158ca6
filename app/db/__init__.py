"""Storage: the SQLite connection, models, numbered migrations, backups.

Storage knows no business rules; stage packages (registers, draw, match ...)
define their own models on `BaseModel` and their services own the rules.
"""
from app.db.base import BaseModel, JSONField, database, transaction  # noqa: F401
from app.db.connection import close_database, current_db_path, open_database  # noqa: F401
