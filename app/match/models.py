"""Matches of inspectors to a draw's inspections, and later recorded changes."""
import peewee

from app.db.base import BaseModel, JSONField
from app.draw.models import Draw
from app.registers.models import RegisterVersion


class Match(BaseModel):
    draw = peewee.ForeignKeyField(Draw, backref="matches", on_delete="RESTRICT")
    status = peewee.CharField()                  # committed | matched | void
    team_size = peewee.IntegerField()
    match_date = peewee.CharField()              # certificates must be valid on this date
    inspector_version = peewee.ForeignKeyField(RegisterVersion, null=True, on_delete="RESTRICT")
    avoidance_version = peewee.ForeignKeyField(RegisterVersion, null=True, on_delete="RESTRICT")
    institution_version = peewee.ForeignKeyField(RegisterVersion, null=True, on_delete="RESTRICT")
    draw_record_sha256 = peewee.CharField(max_length=64)
    roster_text = peewee.TextField()
    roster_digest = peewee.CharField(max_length=64)
    avoid_text = peewee.TextField()
    avoid_digest = peewee.CharField(max_length=64)
    log_head = peewee.CharField(max_length=64)
    commitment = peewee.CharField(max_length=64)
    commit_data = JSONField(default=dict)        # pools, excluded inspectors with reasons, caps
    committed_at = peewee.CharField()
    witnesses = JSONField(null=True)
    mseed = peewee.CharField(max_length=64, null=True)
    record = JSONField(null=True)                # match-record.json content (kept current with changes)
    record_sha256 = peewee.CharField(max_length=64, null=True)
    matched_at = peewee.CharField(null=True)
    log_head_after = peewee.CharField(max_length=64, null=True)
    void_reason = peewee.TextField(null=True)

    class Meta:
        table_name = "match"


class Assignment(BaseModel):
    """An inspector on an inspection's team. Replaced rows stay, marked inactive."""
    match = peewee.ForeignKeyField(Match, backref="assignments", on_delete="RESTRICT")
    key = peewee.CharField()
    district = peewee.CharField()
    slot = peewee.IntegerField()                 # 0 = team leader (组长)
    cert_no = peewee.CharField()
    active = peewee.BooleanField(default=True)
    source = peewee.CharField(default="match")   # match | replacement | short-resolution

    class Meta:
        table_name = "assignment"
        indexes = ((("match", "key"), False),)


class Replacement(BaseModel):
    match = peewee.ForeignKeyField(Match, backref="replacements", on_delete="RESTRICT")
    key = peewee.CharField()
    out_cert = peewee.CharField(null=True)       # null for a short-inspection resolution
    in_cert = peewee.CharField()
    kind = peewee.CharField(default="replacement")  # replacement | short-resolution
    reason = peewee.TextField()
    approver = peewee.CharField()
    at = peewee.CharField()

    class Meta:
        table_name = "replacement"


class InstitutionAssignment(BaseModel):
    match = peewee.ForeignKeyField(Match, backref="institution_assignments", on_delete="RESTRICT")
    key = peewee.CharField()
    service = peewee.CharField()
    institution_key = peewee.CharField()
    ticket = peewee.CharField(max_length=64)

    class Meta:
        table_name = "institution_assignment"
