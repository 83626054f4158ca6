"""Work packages issued, result batches and result revisions.

A result is never updated in place: each entry, import, review or 退回 adds a revision row, and the
newest revision of (draw, key) is the current result. Every write is one ResultBatch whose digest
covers its revisions and is recorded in the audit log (app.integrity.results re-derives both).
"""
import peewee

from app.db.base import BaseModel, JSONField
from app.draw.models import Draw


class Package(BaseModel):
    """One district work package as issued: what went out, so a returned file can be checked against it."""
    uid = peewee.CharField(unique=True)          # the package id printed in the identity sheet
    draw = peewee.ForeignKeyField(Draw, backref="packages", on_delete="RESTRICT")
    district = peewee.CharField()
    issue_no = peewee.IntegerField()             # 1, 2, … for re-issues to the same district
    keys = JSONField()                           # the inspections issued, in sheet order
    content_digest = peewee.CharField(max_length=64)   # H of the issued identity content
    file_name = peewee.CharField()
    file_sha256 = peewee.CharField(max_length=64)
    issued_at = peewee.CharField()
    issued_by = peewee.CharField()

    class Meta:
        table_name = "package"
        indexes = ((("draw", "district"), False),)


class ResultBatch(BaseModel):
    """One write of results: a file import, an entry on the screen, a review or a 退回."""
    draw = peewee.ForeignKeyField(Draw, backref="result_batches", on_delete="RESTRICT")
    kind = peewee.CharField()                    # import | enter | review | return
    package = peewee.ForeignKeyField(Package, null=True, on_delete="RESTRICT")
    file_name = peewee.CharField(default="")
    file_sha256 = peewee.CharField(max_length=64, default="")
    mapped_by_hand = peewee.TextField(default="")   # why a file without a valid identity was mapped
    problems = JSONField(default=list)           # the file's 抽查中遇到的问题 rows
    count = peewee.IntegerField()
    digest = peewee.CharField(max_length=64)     # H of the batch's revisions (app.results.digests)
    at = peewee.CharField()
    actor = peewee.CharField()

    class Meta:
        table_name = "result_batch"


class ResultRevision(BaseModel):
    draw = peewee.ForeignKeyField(Draw, backref="result_revisions", on_delete="RESTRICT")
    key = peewee.CharField()
    revision = peewee.IntegerField()             # 1, 2, … per (draw, key)
    status = peewee.CharField()                  # entered | reviewed | returned
    content = JSONField()                        # the result (app.results.content)
    reviewer = peewee.CharField(default="")
    reason = peewee.TextField(default="")        # why it was returned, or what changed
    batch = peewee.ForeignKeyField(ResultBatch, backref="revisions", on_delete="RESTRICT")
    digest = peewee.CharField(max_length=64)

    class Meta:
        table_name = "result_revision"
        indexes = ((("draw", "key", "revision"), True),)
