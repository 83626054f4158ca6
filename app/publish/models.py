"""What the publication half keeps: each publication export, and the returned files exactly as received.

A returned file's bytes are kept (ReceivedFile) because the archive must hold "the returned files
exactly as received": its SHA-256 is already in the import batch and its audit entry, so a kept file
that no longer matches is found. A publication export records which (inspection, item, result
revision) rows it carried, so the next export shows only what is new or changed.
"""
import peewee

from app.db.base import BaseModel, JSONField
from app.draw.models import Plan
from app.results.models import ResultBatch


class ReceivedFile(BaseModel):
    batch = peewee.ForeignKeyField(ResultBatch, backref="files", on_delete="RESTRICT")
    file_name = peewee.CharField()
    sha256 = peewee.CharField(max_length=64)
    size = peewee.IntegerField()
    content = peewee.BlobField()
    received_at = peewee.CharField()

    class Meta:
        table_name = "received_file"


class PublicationExport(BaseModel):
    plan = peewee.ForeignKeyField(Plan, backref="publication_exports", on_delete="RESTRICT")
    seq = peewee.IntegerField()                  # 1, 2, … per plan
    rows = JSONField()                           # [[draw_no, key, item, revision digest], …] exported
    count = peewee.IntegerField()
    file_name = peewee.CharField()
    file_sha256 = peewee.CharField(max_length=64)
    digest = peewee.CharField(max_length=64)     # H of the rows' canonical JSON (in the audit entry too)
    published_on = peewee.CharField()            # 公示日期 printed in the export
    at = peewee.CharField()
    actor = peewee.CharField()

    class Meta:
        table_name = "publication_export"
        indexes = ((("plan", "seq"), True),)
