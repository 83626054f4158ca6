"""Files a draw publishes: commitment.json (+ sheet), draw-record.json (+ PDF), frame files.

draw-record.json is written as the canonical JSON itself (spec.canonical_json,
no trailing newline), so `sha256sum draw-record.json` equals the record's
SHA-256 printed on the PDF and cited by the match record.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from app.draw import spec
from app.draw.models import Draw, DrawFrame
from app.draw.verify import frame_file_name
from app.errors import StateError

log = logging.getLogger(__name__)


def _draw(draw_or_no) -> Draw:
    if isinstance(draw_or_no, Draw):
        return Draw.get_by_id(draw_or_no.id)
    from app.draw.queries import get_draw
    return get_draw(draw_or_no)


def _pdf(function_name: str, draw: Draw, path: Path, out: dict) -> None:
    """The PDFs belong to app.docs; without it the JSON is still complete, so only warn."""
    try:
        from app.docs import records as doc_records
        writer = getattr(doc_records, function_name)
    except (ImportError, AttributeError) as exc:
        log.warning("PDF %s skipped: %s", path.name, exc)
        out.setdefault("warnings", []).append(f"未生成 {path.name}：文书模块尚不可用。")
        return
    writer(draw, path)
    out[path.stem] = path


def export_frames(draw_or_no, out_dir) -> dict[str, Path]:
    """Each task's frame_text exactly as hashed (UTF-8, "\\n" line ends): frame-T1.txt …"""
    draw = _draw(draw_or_no)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for frame in DrawFrame.select().where(DrawFrame.draw == draw).order_by(DrawFrame.id):
        path = out_dir / frame_file_name(frame.task_code)
        path.write_bytes(frame.frame_text.encode("utf-8"))
        paths[frame.task_code] = path
    return paths


def commitment_data(draw: Draw) -> dict:
    data = draw.commit_data
    return {"spec": spec.SPEC, "draw_no": draw.draw_no, "plan": data["plan"], "log_head": draw.log_head,
            "commit_text": data["commit_text"], "commitment": draw.commitment, "committed_at": draw.committed_at,
            "alternate_rule": data["alternate_rule"],
            "tasks": [{k: v for k, v in t.items() if k != "excluded"} for t in data["tasks"]]}


def write_commit_outputs(draw_or_no, out_dir) -> dict[str, Path]:
    """commitment.json, the commitment sheet PDF (to sign at the ceremony) and the frame files."""
    draw = _draw(draw_or_no)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out: dict = {}
    path = out_dir / "commitment.json"
    path.write_text(json.dumps(commitment_data(draw), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    out["commitment"] = path
    export_frames(draw, out_dir / "frames")
    out["frames"] = out_dir / "frames"
    _pdf("write_commitment_sheet_pdf", draw, out_dir / "commitment-sheet.pdf", out)
    return out


def write_draw_outputs(draw_or_no, out_dir) -> dict[str, Path]:
    """draw-record.json (canonical JSON) and the printed draw record PDF."""
    draw = _draw(draw_or_no)
    if draw.status != "drawn" or not draw.record:
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成，没有抽取记录。")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out: dict = {}
    path = out_dir / "draw-record.json"
    path.write_bytes(spec.canonical_json(draw.record).encode("utf-8"))
    out["record"] = path
    _pdf("write_draw_record_pdf", draw, out_dir / "draw-record.pdf", out)
    return out
