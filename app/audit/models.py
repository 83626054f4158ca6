import peewee

from app.db.base import BaseModel, JSONField


class AuditEntry(BaseModel):
    """One state change. Rows are never updated or deleted (SQL triggers refuse it)."""
    at = peewee.CharField()            # ISO 8601 local time with offset
    actor = peewee.CharField()
    action = peewee.CharField(index=True)
    payload = JSONField()
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64, unique=True)

    class Meta:
        table_name = "audit_log"
