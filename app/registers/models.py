"""Registers and their immutable versions.

A register (名录库) is named; every import makes a new version. Rows belong to
a version and are never changed: a correction is a new import.
"""
import peewee

from app.db.base import BaseModel, JSONField

REGISTER_KINDS = ("enterprise", "inspector", "avoidance", "institution", "catalogue")


class Register(BaseModel):
    name = peewee.CharField(unique=True)
    kind = peewee.CharField()                 # one of REGISTER_KINDS
    created_at = peewee.CharField()

    class Meta:
        table_name = "register"


class RegisterVersion(BaseModel):
    register = peewee.ForeignKeyField(Register, backref="versions", on_delete="RESTRICT")
    version = peewee.IntegerField()
    source_name = peewee.CharField()
    source_sha256 = peewee.CharField(max_length=64)
    sheets = JSONField(default=list)
    mapping = JSONField(default=dict)
    rows_read = peewee.IntegerField(default=0)
    imported = peewee.IntegerField(default=0)
    operating = peewee.IntegerField(default=0)   # operating enterprises / eligible inspectors
    rejected = peewee.IntegerField(default=0)
    flagged = peewee.IntegerField(default=0)
    digest = peewee.CharField(max_length=64)     # SHA-256 of the version's canonical content
    created_at = peewee.CharField()
    created_by = peewee.CharField()
    note = peewee.TextField(default="")

    class Meta:
        table_name = "register_version"
        indexes = ((("register", "version"), True),)


class Enterprise(BaseModel):
    version = peewee.ForeignKeyField(RegisterVersion, backref="enterprises", on_delete="RESTRICT",
                                      index=False)   # the unique (version, key) index serves
    key = peewee.CharField()                     # 18-char USCC, or 15-digit 注册号
    key_kind = peewee.CharField()                # "uscc" | "reg_no"
    name = peewee.CharField()
    district = peewee.CharField()
    status = peewee.CharField(default="")        # as written in the file
    operating = peewee.BooleanField()
    legal_rep = peewee.CharField(default="")
    address = peewee.CharField(default="")
    phone = peewee.CharField(default="")
    licence_no = peewee.CharField(default="")
    product = peewee.CharField(default="")
    issued_on = peewee.CharField(null=True)      # ISO date
    valid_until = peewee.CharField(null=True)
    extra = JSONField(default=dict)              # unmapped columns, kept verbatim
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(default=0)

    class Meta:
        table_name = "enterprise"
        # (version, key) unique; (version, district, key) for the browser's district filter (schema 6,
        # after schema 2 had dropped district indexes for import speed: see 0006's comment for the trade)
        indexes = ((("version", "key"), True), (("version", "district", "key"), False))


class Inspector(BaseModel):
    version = peewee.ForeignKeyField(RegisterVersion, backref="inspectors", on_delete="RESTRICT",
                                      index=False)   # the unique (version, key) index serves
    cert_no = peewee.CharField()
    name = peewee.CharField()
    unit = peewee.CharField(default="")
    district = peewee.CharField()                # a district name or 市本级
    specialty = peewee.CharField(default="")
    status = peewee.CharField(default="")
    cert_expiry = peewee.CharField(null=True)    # ISO date
    expert = peewee.BooleanField(default=False)
    phone = peewee.CharField(default="")
    in_post = peewee.BooleanField(default=True)
    extra = JSONField(default=dict)
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(default=0)

    class Meta:
        table_name = "inspector"
        indexes = ((("version", "cert_no"), True),)


class AvoidancePair(BaseModel):
    version = peewee.ForeignKeyField(RegisterVersion, backref="pairs", on_delete="RESTRICT",
                                      index=False)   # the unique (version, key) index serves
    cert_no = peewee.CharField()
    key = peewee.CharField()
    inspector_name = peewee.CharField(default="")
    enterprise_name = peewee.CharField(default="")
    reason = peewee.CharField(default="")
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(default=0)

    class Meta:
        table_name = "avoidance_pair"
        indexes = ((("version", "cert_no", "key"), True),)


class Institution(BaseModel):
    """Third-party professional institution (审计、验资、评估、检验检测)."""
    version = peewee.ForeignKeyField(RegisterVersion, backref="institutions", on_delete="RESTRICT",
                                      index=False)   # the unique (version, key) index serves
    key = peewee.CharField()
    name = peewee.CharField()
    services = JSONField(default=list)
    qualification = peewee.CharField(default="")
    qualification_expiry = peewee.CharField(null=True)
    contact = peewee.CharField(default="")
    phone = peewee.CharField(default="")
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(default=0)

    class Meta:
        table_name = "institution"
        indexes = ((("version", "key"), True),)


class CatalogueItem(BaseModel):
    """One check item of the 抽查事项清单 (schema 5): what is checked, by whom, on which legal basis."""
    version = peewee.ForeignKeyField(RegisterVersion, backref="catalogue_items", on_delete="RESTRICT",
                                      index=False)   # the unique (version, code) index serves
    code = peewee.CharField()                    # 事项编码, e.g. SC-001
    name = peewee.CharField()                    # 事项名称
    category = peewee.CharField(default="")      # 一般 | 重点 (as the clerk wrote it when neither)
    method = peewee.CharField(default="")        # 检查方式
    department = peewee.CharField(default="")    # 实施部门
    object_type = peewee.CharField(default="")   # 检查对象类型
    basis = peewee.TextField(default="")         # 检查依据: law and articles, free text
    note = peewee.TextField(default="")          # 备注
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(default=0)

    class Meta:
        table_name = "catalogue_item"
        indexes = ((("version", "code"), True),)


class ImportIssue(BaseModel):
    """A rejected or flagged row of a committed version (the error report, kept)."""
    version = peewee.ForeignKeyField(RegisterVersion, backref="issues", on_delete="RESTRICT")
    severity = peewee.CharField()                # rejected | conflict | flagged | excluded | skipped
    sheet = peewee.CharField(default="")
    row = peewee.IntegerField(null=True)
    column = peewee.CharField(default="")
    value = peewee.TextField(default="")
    reason = peewee.TextField()

    class Meta:
        table_name = "import_issue"


class HeaderMapping(BaseModel):
    """A column mapping the clerk confirmed, remembered for files with the same header."""
    signature = peewee.CharField(max_length=64, unique=True)
    kind = peewee.CharField()
    headers = JSONField()
    mapping = JSONField()
    updated_at = peewee.CharField()

    class Meta:
        table_name = "header_mapping"
