"""What the documents stage keeps: issued document numbers and the bureau's template wording."""
import peewee

from app.db.base import BaseModel
from app.draw.models import Plan


class DocumentNumber(BaseModel):
    """A 文号 once issued stays with its document: re-printing a notice keeps its number."""
    plan = peewee.ForeignKeyField(Plan, backref="document_numbers", on_delete="RESTRICT")
    kind = peewee.CharField()                    # notice | tasklist ...
    key = peewee.CharField()                     # enterprise key, district name ...
    seq = peewee.IntegerField()                  # one sequence per plan, across kinds
    number = peewee.CharField()                  # e.g. 青市监质〔2020〕12号
    created_at = peewee.CharField()

    class Meta:
        table_name = "document_number"
        indexes = ((("plan", "kind", "key"), True), (("plan", "seq"), True))


class TemplateOverride(BaseModel):
    """The bureau's own wording of one document kind (replaces resources/templates/<kind>.txt)."""
    kind = peewee.CharField(unique=True)
    text = peewee.TextField()
    updated_at = peewee.CharField()
    updated_by = peewee.CharField(default="")

    class Meta:
        table_name = "template_override"
