import peewee

from app.db.base import BaseModel, JSONField


class Setting(BaseModel):
    key = peewee.CharField(primary_key=True)
    value = JSONField()

    class Meta:
        table_name = "setting"
