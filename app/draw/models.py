"""Plans, tasks, draws and the inspections a draw produces.

A plan is editable until its first draw is committed; from then on it is
frozen with the draw (the commitment covers its tasks and frames). A draw is
committed → drawn, or voided with a reason; it is never run twice.
"""
import peewee

from app.db.base import BaseModel, JSONField
from app.registers.models import RegisterVersion


class Plan(BaseModel):
    title = peewee.CharField()
    number = peewee.CharField(default="")        # 文号, e.g. 局函〔2020〕277号
    start = peewee.CharField()                   # ISO dates
    due = peewee.CharField()                     # checks and entry completed by
    end = peewee.CharField()
    team_size = peewee.IntegerField(default=2)
    conditional_items = JSONField(default=list)  # [{item, condition, attribute}]
    options = JSONField(default=dict)            # anything else from the TOML file
    source_toml = peewee.TextField(default="")
    status = peewee.CharField(default="draft")   # draft | frozen
    created_at = peewee.CharField()

    class Meta:
        table_name = "plan"


class Task(BaseModel):
    plan = peewee.ForeignKeyField(Plan, backref="tasks", on_delete="RESTRICT")
    position = peewee.IntegerField()
    code = peewee.CharField()
    name = peewee.CharField()
    register_name = peewee.CharField()
    register_version = peewee.ForeignKeyField(RegisterVersion, null=True, on_delete="RESTRICT")
    ratio_p = peewee.IntegerField(null=True)
    ratio_q = peewee.IntegerField(null=True)
    count = peewee.IntegerField(null=True)
    stratify = peewee.BooleanField(default=True)
    items = JSONField(default=list)
    filter = JSONField(default=dict)
    pool = peewee.CharField(default="district")  # district | city | mixed (matching)
    third_party = peewee.CharField(null=True)    # required third-party service, if any

    class Meta:
        table_name = "task"
        indexes = ((("plan", "code"), True),)


class Draw(BaseModel):
    draw_no = peewee.IntegerField(unique=True)
    plan = peewee.ForeignKeyField(Plan, backref="draws", on_delete="RESTRICT")
    status = peewee.CharField()                  # committed | drawn | void
    log_head = peewee.CharField(max_length=64)   # audit head at commit
    commitment = peewee.CharField(max_length=64)
    commit_data = JSONField()                    # tasks, register versions, frame digests, strata, quotas
    committed_at = peewee.CharField()
    witnesses = JSONField(null=True)
    seed = peewee.CharField(max_length=64, null=True)
    record = JSONField(null=True)                # draw-record.json content
    record_sha256 = peewee.CharField(max_length=64, null=True)
    drawn_at = peewee.CharField(null=True)
    log_head_after = peewee.CharField(max_length=64, null=True)
    void_reason = peewee.TextField(null=True)
    voided_at = peewee.CharField(null=True)

    class Meta:
        table_name = "draw"


class DrawFrame(BaseModel):
    """The frame of one task as frozen at commit (exactly the text that was hashed)."""
    draw = peewee.ForeignKeyField(Draw, backref="frames", on_delete="RESTRICT")
    task_code = peewee.CharField()
    frame_text = peewee.TextField()
    digest = peewee.CharField(max_length=64)
    size = peewee.IntegerField()

    class Meta:
        table_name = "draw_frame"
        indexes = ((("draw", "task_code"), True),)


class Inspection(BaseModel):
    """One enterprise to inspect after the merge of tasks (one row per drawn key)."""
    draw = peewee.ForeignKeyField(Draw, backref="inspections", on_delete="RESTRICT")
    key = peewee.CharField()
    name = peewee.CharField()
    district = peewee.CharField()
    tasks = JSONField()                          # task codes
    items = JSONField()                          # check item names (task items, then conditional ones)
    conditions = JSONField(default=list)         # conditional items' parameters [{item, year, latest_filed_year, note}]
    tickets = JSONField(default=dict)            # {task_code: ticket}
    ranks = JSONField(default=dict)              # {task_code: rank in its stratum}
    source = peewee.CharField(default="selected")  # selected | alternate
    active = peewee.BooleanField(default=True)   # false once replaced by an alternate

    class Meta:
        table_name = "inspection"
        indexes = ((("draw", "key"), True), (("draw", "district"), False), (("draw", "active"), False))


class AlternateUse(BaseModel):
    """An alternate (替补) taking the place of a drawn enterprise, under the committed rule."""
    draw = peewee.ForeignKeyField(Draw, backref="alternate_uses", on_delete="RESTRICT")
    task_code = peewee.CharField()
    stratum = peewee.CharField()
    out_key = peewee.CharField()
    in_key = peewee.CharField()
    rank = peewee.IntegerField()
    reason = peewee.TextField()
    at = peewee.CharField()

    class Meta:
        table_name = "alternate_use"
