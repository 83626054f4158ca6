"""Write one district's share file of a drawn draw (SPOTCHECK-SHARE-1, see app.share.layout).

Order of work: read everything; when the draw is matched, issue the district's work package into a
temporary folder (app.packages.writer records its Package row and "packages.issue" entry, as any
issue does); write the zip under a temporary name and rename it (app.files.atomic_path); only then log
"share.write" in its own transaction, so the log never names a file that is not there.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import audit
from app.db.base import transaction
from app.draw import records
from app.draw.models import AlternateUse, Draw, Inspection
from app.draw.plans import plan_deadlines
from app.draw.queries import get_draw
from app.errors import NotFoundError, StateError
from app.match.queries import current_match
from app.packages.writer import DEADLINE_LABELS, write_packages
from app.settings.store import district_names, get_setting, resolve_district
from app.share import layout as L
from app.share.modes import DISTRICT, matching_mode


@dataclass
class ShareOutcome:
    path: Path
    draw_no: int
    district: str
    file_sha256: str
    draw_record_sha256: str
    inspections: int
    package: str | None          # the work package's member name; None when the draw is not matched
    members: list[str]

    def as_dict(self) -> dict:
        return {"path": str(self.path), "draw_no": self.draw_no, "district": self.district,
                "file_sha256": self.file_sha256, "draw_record_sha256": self.draw_record_sha256,
                "inspections": self.inspections, "package": self.package, "members": self.members}


def _require_drawn(draw: Draw) -> None:
    if draw.status != "drawn" or not draw.record:
        state = {"committed": "已承诺但尚未抽取", "void": "已作废"}.get(draw.status, draw.status)
        raise StateError(f"第 {draw.draw_no} 号抽取{state}，不能生成共享文件（共享文件以抽取记录为准）。")


def _district(text: str) -> str:
    name = resolve_district(text)
    if name is None:
        raise NotFoundError(f"没有名为“{text}”的区市。可选：{'、'.join(district_names())}。")
    return name


def _deadlines(plan) -> list[dict]:
    """The plan's timetable as dates; a year the calendar does not cover gives its message instead."""
    return [{"kind": d.kind, "label": DEADLINE_LABELS.get(d.kind, d.kind).format(days=d.days),
             "value": d.value, "ok": d.ok, "days": d.days} for d in plan_deadlines(plan)]


def _inspections(draw: Draw, district: str) -> list[dict]:
    rows = (Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True)  # noqa: E712
                                      & (Inspection.district == district)).order_by(Inspection.key))
    return [{"key": i.key, "name": i.name, "district": i.district, "tasks": list(i.tasks or []),
             "items": list(i.items or []), "conditions": list(i.conditions or [])}
            for i in rows]


def _alternates_used(draw: Draw) -> list[dict]:
    """Every alternate used so far, in order: the checker re-applies them to the record's selection."""
    return [{"task": u.task_code, "stratum": u.stratum, "out_key": u.out_key, "in_key": u.in_key,
             "rank": u.rank, "reason": u.reason, "at": u.at}
            for u in AlternateUse.select().where(AlternateUse.draw == draw).order_by(AlternateUse.id)]


def share_data(draw: Draw, district: str, inspections: list[dict]) -> dict:
    plan = draw.plan
    return {"format": L.FORMAT, "draw_no": draw.draw_no, "district": district,
            "draw_record_sha256": draw.record_sha256, "commitment": draw.commitment,
            "plan": {"title": plan.title, "number": plan.number or "", "start": plan.start, "due": plan.due,
                     "end": plan.end, "team_size": plan.team_size, "deadlines": _deadlines(plan)},
            "city": {k: str(get_setting(k) or "") for k in ("bureau_name", "contact_person", "contact_phone")},
            "database_id": str(get_setting("database_id") or ""),
            "alternates_used": _alternates_used(draw),
            # the check items as the catalogue had them at the commitment: the district's notices cite them
            "catalogue": (draw.commit_data or {}).get("catalogue"),
            "inspections": inspections}


def _package(draw: Draw, district: str) -> tuple[str, bytes] | None:
    """The district's work package when the draw is matched (issued as `spotcheck packages` would)."""
    match = current_match(draw.draw_no, required=False)
    if match is None or match.status != "matched" or matching_mode(draw.plan, district) == DISTRICT:
        return None             # a self-matching district matches and issues its own package
    with tempfile.TemporaryDirectory(prefix="spotcheck-share-") as folder:
        [issued] = write_packages(draw.draw_no, folder, district=district)
        return issued.path.name, issued.path.read_bytes()


def write_share(draw_no: int, district: str, out_path) -> ShareOutcome:
    draw = get_draw(draw_no)
    _require_drawn(draw)
    name = _district(district)
    inspections = _inspections(draw, name)
    if not inspections:
        raise StateError(f"第 {draw.draw_no} 号抽取中{name}没有有效的检查对象，不需要共享文件。")
    members = {L.DRAW_RECORD: records.record_bytes(draw), L.COMMITMENT: records.commitment_bytes(draw),
               L.SHARE: L.share_json(share_data(draw, name, inspections))}
    package = _package(draw, name)
    if package is not None:
        members[package[0]] = package[1]
    members[L.MANIFEST] = L.manifest(members)
    out_path = Path(out_path)
    digest = L.write_zip(out_path, members)
    with transaction():
        audit.append("share.write", {"draw_no": draw.draw_no, "district": name, "file_sha256": digest,
                                     "inspections": len(inspections)})
    return ShareOutcome(out_path, draw.draw_no, name, digest, draw.record_sha256, len(inspections),
                        package[0] if package else None, list(members))
