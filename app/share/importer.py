"""A district database imports the share file the city sent it (SPOTCHECK-SHARE-1, app.share.layout).

Refused unless app.share.verify finds nothing (manifest, record chain, commitment, the district's
inspections against the record after the alternates used) and the share is for the district asked.
One transaction then creates a frozen Plan, its Tasks (no register version: the district has not the
city's frames), a "drawn" Draw holding the city's record exactly (so its SHA-256 is the one on the
paper record), one Inspection per share inspection, and the "share.import" audit entry.

Draw numbers are unique per database: the city's number is kept when it is free here, otherwise the
draw takes the next free local number; the city's number stays in the plan options and the audit
entry, and the record itself (whose draw_no is the city's) is never rewritten.
A second import of the same draw (same database_id and city draw number) with the same record and the
same inspections changes nothing; anything else for that draw is refused.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app import audit
from app.clock import now_iso
from app.db.base import transaction
from app.draw import spec
from app.draw.models import Draw, Inspection, Plan, Task
from app.draw.plans import parse_ratio
from app.errors import NotFoundError, ValidationError
from app.hashing import file_sha256
from app.settings.store import district_names, get_setting, resolve_district
from app.share import layout as L
from app.share.received import ACTION, RECEIVED, drawn_marks, inspections_digest, row_dict
from app.share.verify import verify_share

SHOWN_FINDINGS = 5


@dataclass
class ImportedShare:
    path: Path
    created: bool                 # False: this share was imported before, nothing changed
    plan_id: int
    draw_no: int                  # this database's number
    city_draw_no: int
    database_id: str
    district: str
    draw_record_sha256: str
    file_sha256: str
    inspections: int

    def as_dict(self) -> dict:
        return {"path": str(self.path), "created": self.created, "plan_id": self.plan_id, "draw_no": self.draw_no,
                "city_draw_no": self.city_draw_no, "database_id": self.database_id, "district": self.district,
                "draw_record_sha256": self.draw_record_sha256, "file_sha256": self.file_sha256,
                "inspections": self.inspections}


def _district(text: str) -> str:
    name = resolve_district(text)
    if name is None:
        raise NotFoundError(f"没有名为“{text}”的区市。可选：{'、'.join(district_names())}。")
    return name


def _verified(path: Path, district: str | None) -> tuple[dict, dict]:
    """(share.json, the record) of a share that verify_share passes; else ValidationError with its findings."""
    report = verify_share(path, district=district)
    if not report.ok:
        shown = "\n".join(f"  {f.text()}" for f in report.findings[:SHOWN_FINDINGS])
        more = len(report.findings) - SHOWN_FINDINGS
        raise ValidationError(f"共享文件“{path.name}”未通过核对，不能导入（共 {len(report.findings)} 处不符"
                              f"{f'，以下列出前 {SHOWN_FINDINGS} 处' if more > 0 else ''}）：\n{shown}\n"
                              "请向市局索取原文件。")
    with zipfile.ZipFile(path) as zf:
        share = json.loads(zf.read(L.SHARE).decode("utf-8"))
        record = json.loads(zf.read(L.DRAW_RECORD).decode("utf-8"))
    if spec.record_sha256(record) != share["draw_record_sha256"]:
        raise ValidationError(f"共享文件“{path.name}”中的抽取记录不是规范格式（重新序列化后 SHA-256 不同），不能导入。")
    return share, record


def _previous(database_id: str, city_no: int) -> Plan | None:
    for plan in Plan.select().where(Plan.status == "frozen"):   # few plans: options are JSON text
        got = (plan.options or {}).get(RECEIVED) or {}
        if got.get("database_id") == database_id and got.get("draw_no") == city_no:
            return plan
    return None


def _same_again(plan: Plan, share: dict, name: str) -> Draw:
    """The earlier import of this draw when it equals this share; else ValidationError saying how it differs."""
    got = plan.options[RECEIVED]
    draw = Draw.get(Draw.plan == plan)
    where = f"市局数据库 {share['database_id']} 的第 {share['draw_no']} 号抽取已于 {got.get('imported_at')} 导入" \
            f"（本库第 {draw.draw_no} 号抽取）"
    if got.get("draw_record_sha256") != share["draw_record_sha256"]:
        raise ValidationError(f"{where}，当时的抽取记录 SHA-256 为 {got.get('draw_record_sha256')}，"
                              f"本文件的为 {share['draw_record_sha256']}：同一次抽取不能有两份不同的抽取记录，"
                              "请与市局核实。")
    if got.get("district") != name:
        raise ValidationError(f"{where}，是{got.get('district')}的共享文件；本库不能再导入{name}的。")
    rows = Inspection.select().where(Inspection.draw == draw)
    if inspections_digest(rows) != inspections_digest(share["inspections"]):
        raise ValidationError(f"{where}，本文件的检查对象与已导入的不同（市局此后可能使用了替补）；"
                              "更新已导入的检查对象暂不支持，请与市局核实。")
    return draw


def _local_number(city_no: int) -> int:
    if not Draw.select().where(Draw.draw_no == city_no).exists():
        return city_no
    last = Draw.select(Draw.draw_no).order_by(Draw.draw_no.desc()).first()
    return last.draw_no + 1


def _ratio(text) -> tuple[int | None, int | None]:
    try:
        return parse_ratio(text, "")
    except ValidationError:      # a count ("10家") or anything else: the record keeps the text
        return None, None


def _tasks(plan: Plan, record: dict) -> None:
    for position, t in enumerate(record["tasks"], start=1):
        p, q = _ratio(t.get("ratio"))
        Task.create(plan=plan, position=position, code=t["code"], name=t.get("name", ""),
                    register_name=t.get("register", ""), ratio_p=p, ratio_q=q, stratify=bool(t.get("stratified")),
                    items=list(t.get("items") or []), pool="district")


def _inspection_rows(draw: Draw, share: dict, record: dict) -> list[dict]:
    marks = drawn_marks(record, share.get("alternates_used", []))
    return [row_dict(ins) | marks[str(ins["key"])] | {"draw": draw.id, "active": True}
            for ins in share["inspections"]]


def import_share(path, *, district: str | None = None) -> ImportedShare:
    path = Path(path)
    want = _district(district) if district is not None else None
    share, record = _verified(path, want)
    name = share["district"]
    if want is not None and name != want:
        raise ValidationError(f"共享文件“{path.name}”是发给{name}的，不是发给{want}的，不能导入。")
    database_id, city_no, record_sha = str(share.get("database_id") or ""), int(share["draw_no"]), \
        share["draw_record_sha256"]
    if not database_id:
        raise ValidationError(f"共享文件“{path.name}”没有写明市局数据库标识（database_id），无法判断是否重复导入。")
    if database_id == str(get_setting("database_id") or ""):
        raise ValidationError(f"共享文件“{path.name}”是本数据库自己生成的（市局第 {city_no} 号抽取就在本库中），"
                              "不能导入自身；请在区市的数据库中导入。")
    digest = file_sha256(path)
    with transaction():
        plan = _previous(database_id, city_no)
        if plan is not None:
            draw = _same_again(plan, share, name)
            return ImportedShare(path, False, plan.id, draw.draw_no, city_no, database_id, name, record_sha,
                                 digest, len(share["inspections"]))
        local_no = _local_number(city_no)
        at = now_iso()
        p = share["plan"]
        plan = Plan.create(title=p["title"], number=p.get("number", ""), start=p["start"], due=p["due"], end=p["end"],
                           team_size=int(p.get("team_size") or 2), status="frozen", created_at=at,
                           options={RECEIVED: {"database_id": database_id, "draw_no": city_no,
                                               "local_draw_no": local_no, "district": name,
                                               "draw_record_sha256": record_sha, "file_sha256": digest,
                                               "file_name": path.name, "imported_at": at,
                                               "city": share.get("city", {}),
                                               "alternates_used": share.get("alternates_used", [])}})
        _tasks(plan, record)
        draw = Draw.create(draw_no=local_no, plan=plan, status="drawn", log_head=record["log_head"],
                           commitment=record["commitment"], committed_at=record["committed_at"],
                           commit_data={"commit_text": record["commit_text"], "plan": record["plan"],
                                        "alternate_rule": record["alternate_rule"],
                                        "tasks": [{k: v for k, v in t.items() if k not in ("selected", "alternates")}
                                                  for t in record["tasks"]],
                                        # the city's catalogue snapshot (app.catalogue.items), for the notices
                                        "catalogue": share.get("catalogue") if isinstance(share.get("catalogue"),
                                                                                          dict) else None},
                           witnesses=record["witnesses"], seed=record["seed"], record=record,
                           record_sha256=record_sha, drawn_at=record["drawn_at"],
                           log_head_after=record["log_head_after"])
        rows = _inspection_rows(draw, share, record)
        for i in range(0, len(rows), 200):
            Inspection.insert_many(rows[i:i + 200]).execute()
        audit.append(ACTION, {"file_sha256": digest, "database_id": database_id, "city_draw_no": city_no,
                              "local_draw_no": local_no, "district": name, "draw_record_sha256": record_sha,
                              "inspections": len(rows), "inspections_digest": inspections_digest(rows),
                              "alternates_used": share.get("alternates_used", [])})
    return ImportedShare(path, True, plan.id, local_no, city_no, database_id, name, record_sha, digest, len(rows))
