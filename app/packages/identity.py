"""The identity of a work package: what the city issued, machine-readable and versioned (SPOTCHECK-PACKAGE-1).

The issued content is {"format", "draw_no", "draw_record_sha256", "database_id", "district", "plan_id",
"plan_number", "inspections": [{"key", "name", "tasks", "items", "team"}]} with the inspections in sheet
order; its digest is app.results.digests.package_digest. The hidden identity sheet of the package holds
the same content as cells, one (label, value) row per field, then one row per inspection — never the key
list in one cell (a cell holds at most 32,767 characters) — so a returned file names its own package and a
reader can re-derive the digest from the sheet alone, without this database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.draw.models import Draw, Inspection
from app.errors import ValidationError
from app.match.queries import current_teams
from app.packages.layout import FORMAT, IDENTITY_SHEET
from app.results.digests import package_digest
from app.settings.store import get_setting
from app.spreadsheet import FORMULA_STARTS

# (field, label) of the identity sheet's head rows, in order. The label is what a person sees; the
# reader finds a row by its field name in column C as well, so a relabelled row still reads.
HEAD_ROWS: tuple[tuple[str, str], ...] = (
    ("format", "格式"),
    ("uid", "包编号"),
    ("database_id", "数据库标识"),
    ("draw_no", "抽取编号"),
    ("draw_record_sha256", "抽取记录SHA-256"),
    ("plan_id", "抽查计划编号"),
    ("plan_number", "抽查计划文号"),
    ("district", "区市"),
    ("issue_no", "下发次数"),
    ("issued_at", "下发时间"),
    ("content_digest", "内容摘要"),
)
KEYS_HEADER = "检查对象"
# Columns of the inspection rows below KEYS_HEADER: key, name, then tasks, items and team as JSON lists.
KEY_COLUMNS = ("检查对象代码", "检查对象名称", "抽查任务", "检查事项", "检查人员执法证号")


def team_certs(draw_no: int) -> dict[str, list[str]]:
    return {key: [cert for cert, _, _ in team] for key, team in current_teams(draw_no).items()}


def issued_content(draw: Draw, district: str, keys: list[str], *,
                   teams: dict[str, list[str]] | None = None,
                   inspections: dict[str, Inspection] | None = None) -> dict:
    """The content a package issues for `keys` (in sheet order). `teams` and `inspections` may be passed
    by a caller that has already read them (the writer), else they are read here."""
    if teams is None:
        teams = team_certs(draw.draw_no)
    if inspections is None:
        inspections = {i.key: i for i in Inspection.select().where(
            (Inspection.draw == draw) & (Inspection.key.in_(list(keys))))}
    plan = draw.plan
    return {
        "format": FORMAT,
        "draw_no": int(draw.draw_no),
        "draw_record_sha256": draw.record_sha256 or "",
        "database_id": str(get_setting("database_id") or ""),
        "district": district,
        "plan_id": int(plan.id),
        "plan_number": plan.number or "",
        "inspections": [{"key": k, "name": inspections[k].name,
                         "tasks": [str(t) for t in inspections[k].tasks or []],
                         "items": [str(i) for i in inspections[k].items or []],
                         "team": list(teams.get(k, []))} for k in keys],
    }


def content_digest(content: dict) -> str:
    return package_digest(content)


# ---- the sheet ---------------------------------------------------------------------------------------

def identity_rows(content: dict, *, uid: str, issue_no: int, issued_at: str, digest: str) -> list[list[str]]:
    """The identity sheet's cells, every one as text: head rows (label, value, field), then the keys."""
    values = {"format": content["format"], "uid": uid, "database_id": content["database_id"],
              "draw_no": content["draw_no"], "draw_record_sha256": content["draw_record_sha256"],
              "plan_id": content["plan_id"], "plan_number": content["plan_number"],
              "district": content["district"], "issue_no": issue_no, "issued_at": issued_at,
              "content_digest": digest}
    rows = [[label, str(values[name]), name] for name, label in HEAD_ROWS]
    rows.append([KEYS_HEADER, *KEY_COLUMNS[1:]])
    for ins in content["inspections"]:
        rows.append([ins["key"], ins["name"], _json(ins["tasks"]), _json(ins["items"]), _json(ins["team"])])
    return rows


def _json(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


@dataclass(frozen=True)
class PackageIdentity:
    """What a package's identity sheet says (read back by read_identity)."""
    format: str
    uid: str
    database_id: str
    draw_no: int | None
    draw_record_sha256: str
    plan_id: int | None
    plan_number: str
    district: str
    issue_no: int | None
    issued_at: str
    content_digest: str
    inspections: list[dict] = field(default_factory=list)   # [{key, name, tasks, items, team}]

    @property
    def keys(self) -> list[str]:
        return [i["key"] for i in self.inspections]

    @property
    def names(self) -> dict[str, str]:
        return {i["key"]: i["name"] for i in self.inspections}

    def content(self) -> dict:
        """The issued content as the sheet holds it (compare its digest with content_digest)."""
        return {"format": self.format, "draw_no": self.draw_no, "draw_record_sha256": self.draw_record_sha256,
                "database_id": self.database_id, "district": self.district, "plan_id": self.plan_id,
                "plan_number": self.plan_number, "inspections": [dict(i) for i in self.inspections]}

    @property
    def digest_ok(self) -> bool:
        """Whether the sheet's own content gives its recorded digest (nothing in it was changed)."""
        return package_digest(self.content()) == self.content_digest


def text(value) -> str:
    """A cell value as written: calamine gives numbers as float (1.0 → "1"), empty cells as "" or None,
    and the apostrophe app.spreadsheet.safe_text put before a formula-like text is taken off again
    (Excel keeps a typed apostrophe out of the value, so only ours is ever stored)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    value = str(value)
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _list(value: str, where: str, memo: dict[str, list[str]]) -> list[str]:
    """The JSON list in a cell, as strings. `memo` holds lists already read: a package of 5,000
    inspections repeats the same tasks and items text on every row."""
    if not value:
        return []
    known = memo.get(value)
    if known is not None:
        return list(known)
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = None
    if not isinstance(parsed, list):
        raise ValidationError(f"工作包的“{IDENTITY_SHEET}”工作表{where}的内容不是列表，包标识已损坏。")
    memo[value] = out = [str(v) for v in parsed]
    return list(out)


def read_identity(values: list[list]) -> PackageIdentity:
    """Parse the identity sheet's cell values (rows of cells, as python-calamine's to_python() gives them).

    Raises ValidationError (Chinese, naming the sheet and row) when it is not a package identity of this
    format."""
    labels = {label: name for name, label in HEAD_ROWS}
    fields = {name for name, _ in HEAD_ROWS}
    head: dict[str, str] = {}
    keys_at = None
    for n, row in enumerate(values):
        cells = [text(v).strip() for v in row]
        if not any(cells):
            continue
        first = cells[0]
        if first == KEYS_HEADER:
            keys_at = n
            break
        name = cells[2] if len(cells) > 2 and cells[2] in fields else labels.get(first)
        if name:
            head[name] = cells[1] if len(cells) > 1 else ""
    if head.get("format") != FORMAT:
        found = head.get("format") or "（空）"
        raise ValidationError(f"“{IDENTITY_SHEET}”工作表不是本程序的工作包标识（格式为“{found}”，应为“{FORMAT}”）。")
    if keys_at is None:
        raise ValidationError(f"“{IDENTITY_SHEET}”工作表缺少“{KEYS_HEADER}”一行，包标识已损坏。")
    inspections = []
    memo: dict[str, list[str]] = {}
    for n in range(keys_at + 1, len(values)):
        cells = [text(v) for v in values[n]] + [""] * 5
        if not any(cells):
            continue
        where = f"第 {n + 1} 行"
        inspections.append({"key": cells[0], "name": cells[1], "tasks": _list(cells[2], where, memo),
                            "items": _list(cells[3], where, memo), "team": _list(cells[4], where, memo)})
    return PackageIdentity(
        format=head["format"], uid=head.get("uid", ""), database_id=head.get("database_id", ""),
        draw_no=_int(head.get("draw_no", "")), draw_record_sha256=head.get("draw_record_sha256", ""),
        plan_id=_int(head.get("plan_id", "")), plan_number=head.get("plan_number", ""),
        district=head.get("district", ""), issue_no=_int(head.get("issue_no", "")),
        issued_at=head.get("issued_at", ""), content_digest=head.get("content_digest", ""),
        inspections=inspections)
