"""A district writes its return of a received draw to the city (SPOTCHECK-RETURN-1, app.share.returns_layout).

Only a draw imported from a share ("share.import") and matched can be returned. The match outputs are
written by app.campaign.outputs exactly as `spotcheck match` writes them, into a temporary folder; the
zip is written under a temporary name and renamed (app.files.atomic_path); only then "share.return" is
logged in its own transaction, so the log never names a file that is not there. The district's audit
head travels in return.json: it is the head *before* the "share.return" entry (the entry cannot name
its own hash), and the city shows it beside the return; the whole log up to that head travels as
audit-log.jsonl (app.share.return_log), so the city can see how the match came about.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import audit
from app.audit.log import head
from app.audit.models import AuditEntry
from app.campaign.outputs import write_match_outputs
from app.clock import now_iso
from app.db.base import transaction
from app.draw import records
from app.draw.models import Draw
from app.draw.queries import get_draw
from app.errors import StateError
from app.match.models import Match, Replacement
from app.match.queries import current_match
from app.results.queries import current_results
from app.settings.store import get_setting
from app.share import layout as L
from app.share import returns_layout as R
from app.share.received import RECEIVED
from app.share.return_log import AUDIT_LOG, log_bytes


@dataclass
class ReturnOutcome:
    path: Path
    draw_no: int
    city_draw_no: int
    district: str
    file_sha256: str
    results: int
    replacements: int
    audit_head: str
    members: list[str]

    def as_dict(self) -> dict:
        return {"path": str(self.path), "draw_no": self.draw_no, "city_draw_no": self.city_draw_no,
                "district": self.district, "file_sha256": self.file_sha256, "results": self.results,
                "replacements": self.replacements, "audit_head": self.audit_head, "members": self.members}


def _received(draw: Draw) -> dict:
    got = (draw.plan.options or {}).get(RECEIVED)
    if not got:
        raise StateError(f"第 {draw.draw_no} 号抽取不是从市局共享文件导入的，没有可回传的上级"
                         "（回传文件只用于两级抽查的区市）。")
    return got


def _matched(draw: Draw) -> Match:
    match = current_match(draw.draw_no, required=False)
    if match is None or match.status != "matched":
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成随机匹配，不能回传（回传文件须含匹配记录）。")
    return match


def _replacements(match: Match) -> list[dict]:
    return [{"key": r.key, "out_cert": r.out_cert, "in_cert": r.in_cert, "kind": r.kind, "reason": r.reason,
             "approver": r.approver, "at": r.at}
            for r in Replacement.select().where(Replacement.match == match).order_by(Replacement.id)]


def _results(draw: Draw) -> list[dict]:
    return [{"key": r.key, "revision": r.revision, "status": r.status, "content": r.content,
             "reviewer": r.reviewer, "reason": r.reason, "digest": r.digest}
            for _key, r in sorted(current_results(draw).items())]


def return_data(draw: Draw, match: Match, got: dict) -> dict:
    return {"format": R.FORMAT, "city_database_id": got["database_id"], "city_draw_no": got["draw_no"],
            "district": got["district"], "draw_record_sha256": draw.record_sha256,
            "district_database_id": str(get_setting("database_id") or ""), "local_draw_no": draw.draw_no,
            "audit_count": AuditEntry.select().count(), "audit_head": head(), "returned_at": now_iso(),
            "match": {"record_sha256": match.record_sha256, "commitment": match.commitment, "mseed": match.mseed,
                      "witnesses": match.witnesses},
            "replacements": _replacements(match), "results": _results(draw)}


def _match_members(match: Match) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory(prefix="spotcheck-return-") as folder:
        paths = write_match_outputs(match, folder, spec_names=True)     # the return file's fixed member names
        return {Path(p).name: Path(p).read_bytes() for p in sorted(paths.values(), key=str)}


def write_return(draw_no: int, out_path) -> ReturnOutcome:
    draw = get_draw(draw_no)
    got = _received(draw)
    match = _matched(draw)
    data = return_data(draw, match, got)
    members = _match_members(match)
    members[L.DRAW_RECORD] = records.record_bytes(draw)
    members[AUDIT_LOG] = log_bytes()        # read with return_data's head, before "share.return" is logged
    members[R.RETURN] = L.share_json(data)
    members[L.MANIFEST] = L.manifest(members)
    out_path = Path(out_path)
    digest = L.write_zip(out_path, members)
    with transaction():
        audit.append(R.WRITE_ACTION, {"draw_no": draw.draw_no, "city_draw_no": got["draw_no"],
                                      "district": got["district"], "file_sha256": digest,
                                      "file_name": out_path.name,
                                      "match_record_sha256": match.record_sha256,
                                      "results": len(data["results"]), "audit_head": data["audit_head"]})
    return ReturnOutcome(out_path, draw.draw_no, got["draw_no"], got["district"], digest, len(data["results"]),
                         len(data["replacements"]), data["audit_head"], list(members))
