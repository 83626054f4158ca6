"""The campaign archive anyone can verify (SPOTCHECK-ARCHIVE-1, names in app.publish.archive_layout).

One zip holding what is needed to re-check a plan's campaign years later without this program's
database: for every drawn or voided draw its commitment, frames and draw record, its match records with
the roster and avoidance texts they were computed from (JSON exactly as `spotcheck draw record` /
`match record` write them, with the printed PDFs); the returned files exactly as received; the
publication exports' rows; the whole audit log with its chain fields and anchor; the standalone draw
verifier and the specifications; a Chinese README; MANIFEST.json and MANIFEST.sha256.

Writing the archive changes nothing in the database (no audit entry: the extract is the log as it
stood). It refuses a plan whose data fail the integrity check, as printing a document does.
"""
from __future__ import annotations

import json
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.audit.log import GENESIS, canonical_json
from app.campaign.outputs import (
    write_commit_outputs,
    write_draw_outputs,
    write_match_commit_outputs,
    write_match_outputs,
)
from app.clock import now_iso
from app.db.anchor import read_anchor
from app.db.base import database
from app.db.connection import current_db_path
from app.docs.records import write_draw_record_pdf
from app.draw import spec as draw_spec
from app.draw.models import Draw
from app.draw.plans import get_plan, plan_summary
from app.errors import StateError, ValidationError
from app.files import atomic_path, remove_stale_temporaries
from app.hashing import file_sha256
from app.integrity import require_sound
from app.match.queries import list_matches
from app.paths import install_root
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.publish import archive_layout as A
from app.publish.archive_readme import readme_text
from app.publish.archive_results import results_members
from app.publish.models import PublicationExport, ReceivedFile
from app.results.models import ResultBatch

# What the archive copies from the installation: the standalone draw verifier and the two specifications.
BUNDLED = {A.VERIFIER: ("docs", "verify_draw.py"),
           f"{A.SPEC_DIR}/spec-draw-1.md": ("docs", "spec-draw-1.md"),
           f"{A.SPEC_DIR}/spec-match-1.md": ("docs", "spec-match-1.md")}


@dataclass
class ArchiveOutcome:
    path: Path
    sha256: str                 # of the zip itself: to write on the disc's label
    size: int
    members: list[str]
    draws: list[int]
    matches: int
    returned_files: int
    exports: int
    audit_entries: int
    audit_head: str
    extras: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self) | {"path": str(self.path)}


def write_archive(plan_id: int, out_path: str | Path, *, extras: Sequence[tuple[str, bytes]] = (),
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ArchiveOutcome:
    """Write the archive of plan `plan_id` to `out_path` (temporary name, then rename).

    `extras`: optional further members [(name, bytes)] such as a summary PDF or a statistics workbook,
    listed in the manifests and the README like the others."""
    plan = get_plan(plan_id)
    draws = list(Draw.select().where(Draw.plan == plan, Draw.status.in_(("drawn", "void"))).order_by(Draw.draw_no))
    if not draws:
        raise StateError(f"计划“{plan.title}”还没有完成或作废的抽取，没有可以归档的内容。")
    extra = _check_extras(extras)
    total = len(draws) + 3
    for draw in draws:
        check_cancel(cancel)
        require_sound(draw.draw_no)
    members: dict[str, bytes] = {}
    matches = 0
    with tempfile.TemporaryDirectory(prefix="spotcheck-archive-") as tmp:
        for n, draw in enumerate(draws):
            report(progress, n, total, f"正在导出第 {draw.draw_no} 号抽取的记录和打印件……")
            check_cancel(cancel)
            found, count = _draw_members(draw, Path(tmp) / str(draw.draw_no))
            members.update(found)
            matches += count
    report(progress, len(draws), total, "正在导出交回文件、公示记录和审计日志……")
    check_cancel(cancel)
    members[A.PLAN] = _json(plan_summary(plan) | {"source_toml": plan.source_toml, "draws": [
        {"draw_no": d.draw_no, "status": d.status, "void_reason": d.void_reason} for d in draws]})
    returned = _returned_members({d.id: d.draw_no for d in draws})
    members.update(returned)
    members.update(results_members({d.id: d.draw_no for d in draws}))
    exports = list(PublicationExport.select().where(PublicationExport.plan == plan).order_by(PublicationExport.seq))
    members[A.EXPORTS] = _json([_export_row(e) for e in exports])
    log_members, count, head = _audit_members()
    members.update(log_members)
    for name, parts in BUNDLED.items():
        members[name] = _bundled(*parts)
    members.update(extra)
    members[A.README] = readme_text(plan, draws, sorted(members), list(extra))
    info = {"plan": {"id": plan.id, "title": plan.title, "number": plan.number}, "created_at": now_iso(),
            "audit_entries": count, "audit_head": head}
    members = A.with_manifests(members, info)
    report(progress, len(draws) + 1, total, "正在写入归档文件……")
    check_cancel(cancel)
    out_path = Path(out_path)
    _write_zip(members, out_path)
    report(progress, total, total, "归档完成。")
    return ArchiveOutcome(out_path, file_sha256(out_path), out_path.stat().st_size, sorted(members),
                          [d.draw_no for d in draws], matches, len(returned) - 1, len(exports), count, head,
                          list(extra))


def _check_extras(extras: Sequence[tuple[str, bytes]]) -> dict[str, bytes]:
    """Further members must have a safe name of their own (not one of the archive's)."""
    out: dict[str, bytes] = {}
    for name, data in extras:
        reserved = name in (A.MANIFEST_JSON, A.MANIFEST_SHA, A.README, A.PLAN, A.VERIFIER) or name in BUNDLED \
            or name.split("/")[0] in (A.DRAWS_DIR, "audit", "returned", "results", "publication", A.SPEC_DIR)
        if not A.is_safe_name(name) or reserved or name in out:
            raise ValidationError(f"附加文件名“{name}”不可用（重复、与归档自身的文件同名或含有不允许的字符）。")
        out[name] = bytes(data)
    return out


def _json(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _folder_members(folder: Path, prefix: str) -> dict[str, bytes]:
    return {f"{prefix}/{p.relative_to(folder).as_posix()}": p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _draw_members(draw: Draw, folder: Path) -> tuple[dict[str, bytes], int]:
    """A draw's files as `spotcheck draw record` / `match record` write them, under draws/draw-N/."""
    write_commit_outputs(draw, folder, spec_names=True)      # the archive's layout keeps the English names
    if draw.status == "drawn":
        write_draw_outputs(draw, folder, spec_names=True, listing=False)
    elif draw.record:   # voided after it was drawn: its record stays evidence (the writer refuses a void draw)
        (folder / A.DRAW_RECORD).write_bytes(draw_spec.canonical_json(draw.record).encode("utf-8"))
        write_draw_record_pdf(draw, folder / "draw-record.pdf")
    count = 0
    for match in list_matches(draw.draw_no):
        sub = folder / (A.CURRENT_MATCH if match.status != "void" else f"match-void-{match.id}")
        write_match_commit_outputs(match, sub, spec_names=True)
        if match.record:
            write_match_outputs(match, sub, spec_names=True)
            count += 1
    return _folder_members(folder, A.draw_dir(draw.draw_no)), count


def _returned_members(draw_nos: dict[int, int]) -> dict[str, bytes]:
    """The returned files exactly as received, one folder per import batch, and their index."""
    out: dict[str, bytes] = {}
    index = []
    query = (ReceivedFile.select(ReceivedFile, ResultBatch).join(ResultBatch)
             .where(ResultBatch.draw.in_(sorted(draw_nos))).order_by(ReceivedFile.id))
    for kept in query:
        name = f"returned/batch-{kept.batch_id}/{A.safe_file_name(kept.file_name)}"
        content = bytes(kept.content)
        out[name] = content
        index.append({"member": name, "file_name": kept.file_name, "sha256": kept.sha256, "size": kept.size,
                      "received_at": kept.received_at, "batch_id": kept.batch_id,
                      "draw_no": draw_nos[kept.batch.draw_id], "batch_digest": kept.batch.digest})
    out[A.RETURNED_INDEX] = _json(index)
    return out


def _export_row(e: PublicationExport) -> dict:
    return {"seq": e.seq, "file_name": e.file_name, "file_sha256": e.file_sha256, "digest": e.digest,
            "count": e.count, "published_on": e.published_on, "at": e.at, "actor": e.actor, "rows": e.rows}


def _audit_members() -> tuple[dict[str, bytes], int, str]:
    """Every audit entry as one canonical JSON line with its chain fields, and the anchor beside the
    database (read first: a commit in between only lengthens the log past it)."""
    db_path = current_db_path()
    anchor = read_anchor(db_path) if db_path is not None else None
    rows = database.obj.execute_sql(
        "SELECT id, at, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    lines = [canonical_json({"id": i, "at": at, "actor": actor, "action": action, "payload": json.loads(payload),
                             "prev_hash": prev, "hash": digest})
             for i, at, actor, action, payload, prev, digest in rows]
    head = rows[-1][6] if rows else GENESIS
    anchor_info = {"database": db_path.name if db_path else None, "anchor": None if anchor is None else
                   {"seq": anchor.seq, "head": anchor.head, "at": anchor.at},
                   "entries": len(rows), "head": head, "extracted_at": now_iso()}
    return ({A.AUDIT_LOG: "".join(line + "\n" for line in lines).encode("utf-8"), A.ANCHOR: _json(anchor_info)},
            len(rows), head)


def _bundled(folder: str, name: str) -> bytes:
    path = install_root() / folder / name
    if not path.is_file():
        raise StateError(f"安装目录中缺少“{folder}/{name}”，无法生成完整的归档（请重新安装程序）。")
    return path.read_bytes()


def _write_zip(members: dict[str, bytes], out_path: Path) -> None:
    """README first, manifests last; every member deflated with the same time stamp."""
    order = [A.README] + sorted(n for n in members if n not in (A.README, A.MANIFEST_JSON, A.MANIFEST_SHA)) \
        + [A.MANIFEST_JSON, A.MANIFEST_SHA]
    stamp = time.localtime()[:6]
    remove_stale_temporaries(out_path.parent)
    with atomic_path(out_path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, members[name])
