"""The data files a draw publishes: commitment.json, draw-record.json, frame files.

draw-record.json is written as the canonical JSON itself (spec.canonical_json,
no trailing newline), so `sha256sum draw-record.json` equals the record's
SHA-256 printed on the PDF and cited by the match record. The printed PDFs
belong to the documents layer above: app.campaign.outputs writes both.

Every file is written through app.files (temporary beside it, fsync, rename), so a
kill leaves the previous file or the complete new one; each writer first clears the
temporaries an earlier killed run left in its folder.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.draw import spec
from app.draw.models import Draw, DrawFrame
from app.draw.queries import get_draw
from app.draw.verify import frame_file_name
from app.errors import StateError
from app.files import remove_stale_temporaries, write_bytes


def load_draw(draw_or_no: Draw | int) -> Draw:
    """The draw as stored now (a Draw passed in may be stale), by row or by number.

    A Draw passed in keeps its parsed record when the stored row still has the same status and record
    SHA-256 (a record never changes once drawn): parsing a 200,000-inspection record again took 2.3 s
    of writing a draw's outputs. Every other column is read afresh."""
    if isinstance(draw_or_no, Draw):
        given = draw_or_no
        if given.record and given.record_sha256:
            fields = [f for f in Draw._meta.sorted_fields if f.name != "record"]
            row = Draw.select(*fields).where(Draw.id == given.id).first()
            if row is not None and row.status == given.status and row.record_sha256 == given.record_sha256:
                row.record = given.record
                return row
        return Draw.get_by_id(given.id)
    return get_draw(draw_or_no)


def export_frames(draw_or_no: Draw | int, out_dir: str | Path) -> dict[str, Path]:
    """Each task's frame_text exactly as hashed (UTF-8, "\\n" line ends): frame-T1.txt …"""
    draw = load_draw(draw_or_no)
    out_dir = Path(out_dir)
    remove_stale_temporaries(out_dir)
    paths = {}
    for frame in DrawFrame.select().where(DrawFrame.draw == draw).order_by(DrawFrame.id):
        paths[frame.task_code] = write_bytes(out_dir / frame_file_name(frame.task_code),
                                             frame.frame_text.encode("utf-8"))
    return paths


def commitment_data(draw: Draw) -> dict:
    data = draw.commit_data
    return {"spec": spec.SPEC, "draw_no": draw.draw_no, "plan": data["plan"], "log_head": draw.log_head,
            "commit_text": data["commit_text"], "commitment": draw.commitment, "committed_at": draw.committed_at,
            "alternate_rule": data["alternate_rule"],
            "tasks": [{k: v for k, v in t.items() if k != "excluded"} for t in data["tasks"]]}


def commitment_bytes(draw: Draw) -> bytes:
    """commitment.json exactly as `spotcheck draw commit` writes it (also copied into share files)."""
    return (json.dumps(commitment_data(draw), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_commitment_files(draw: Draw, out_dir: Path) -> dict[str, Path]:
    """commitment.json and the frame files (the commitment sheet PDF: app.campaign.outputs)."""
    remove_stale_temporaries(out_dir)
    out: dict[str, Path] = {}
    out["commitment"] = write_bytes(out_dir / "commitment.json", commitment_bytes(draw))
    export_frames(draw, out_dir / "frames")
    out["frames"] = out_dir / "frames"
    return out


def require_record(draw: Draw) -> None:
    if draw.status != "drawn" or not draw.record:
        raise StateError(f"第 {draw.draw_no} 号抽取尚未完成，没有抽取记录。")


def record_bytes(draw: Draw) -> bytes:
    """draw-record.json's bytes: their SHA-256 is draw.record_sha256 (the one on the paper record)."""
    require_record(draw)
    # The stored text is the canonical JSON itself (JSONField writes it the same way) when its hash is
    # the record's: taken as it is, without serialising 55 MB again (1.4 s at 200,000 inspections).
    stored = Draw._meta.database.execute_sql("SELECT record FROM draw WHERE id = ?", (draw.id,)).fetchone()
    if stored and isinstance(stored[0], str):
        data = stored[0].encode("utf-8")
        if hashlib.sha256(data).hexdigest() == draw.record_sha256:
            return data
    return spec.canonical_json(draw.record).encode("utf-8")


def write_record_file(draw: Draw, out_dir: Path) -> Path:
    """draw-record.json (canonical JSON) of a completed draw (the printed PDF: app.campaign.outputs)."""
    data = record_bytes(draw)
    remove_stale_temporaries(out_dir)
    return write_bytes(out_dir / "draw-record.json", data)
