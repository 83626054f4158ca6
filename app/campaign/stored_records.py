"""The records this database holds, for the verify dialog: pick 第 N 号抽取的抽取记录 / 匹配记录 instead of a file.

`verify_stored` writes the record, its frames (draw) or its roster, avoidance list and draw record (match)
into a temporary folder exactly as they are published, then runs the same check as for a received file
(app.match.queries.verify_record_file): what is verified is what would be handed out.
`frames_beside(record_path)` finds the frames folder written next to a record file (app.draw.records
writes frames/ beside commitment.json; the draw record usually goes to the same folder).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.draw import records as draw_records
from app.draw.models import Draw, DrawFrame
from app.draw.queries import get_draw
from app.draw.verify import frame_file_name
from app.errors import StateError
from app.files import write_bytes
from app.match import records as match_records
from app.match.models import Match
from app.match.queries import current_match, verify_record_file

DRAW, MATCH = "draw", "match"
FRAMES_FOLDER = "frames"


@dataclass(frozen=True)
class StoredRecord:
    kind: str              # DRAW | MATCH
    draw_no: int
    plan_title: str
    revision: int          # the match record's revision (0 for a draw record)
    at: str                # when the draw was run / the match made (ISO)
    record_sha256: str


def stored_records() -> list[StoredRecord]:
    """Every completed draw's record and its current match's record, newest draw first."""
    out: list[StoredRecord] = []
    draws = Draw.select().where((Draw.status == "drawn") & Draw.record.is_null(False)).order_by(Draw.draw_no.desc())
    for draw in draws:
        out.append(StoredRecord(DRAW, draw.draw_no, draw.plan.title, 0, draw.drawn_at or "", draw.record_sha256 or ""))
        match = current_match(draw.draw_no, required=False)
        if match is not None and match.status == "matched" and match.record:
            out.append(StoredRecord(MATCH, draw.draw_no, draw.plan.title, int(match.record.get("revision", 0)),
                                    match.matched_at or "", match.record_sha256 or ""))
    return out


def verify_stored(kind: str, draw_no: int) -> tuple[str | None, list[dict]]:
    """(spec, checks) of this database's draw or match record, with its frames / inputs."""
    with tempfile.TemporaryDirectory(prefix="spotcheck-verify-") as folder:
        base = Path(folder)
        draw = get_draw(draw_no)
        draw_path = write_bytes(base / "draw" / "draw-record.json", draw_records.record_bytes(draw))
        if kind == DRAW:
            frames = ""
            if DrawFrame.select().where(DrawFrame.draw == draw).exists():   # a received draw has none
                draw_records.export_frames(draw, base / "draw" / FRAMES_FOLDER)
                frames = str(base / "draw" / FRAMES_FOLDER)
            return verify_record_file(str(draw_path), frames)
        match: Match = current_match(draw_no)
        if not match.record:
            raise StateError(f"第 {draw_no} 号抽取的检查人员尚未匹配，没有匹配记录。")
        match_records.export_inputs(match, base / "match")
        path = write_bytes(base / "match" / "match-record.json",
                           match_records.record_text(match.record).encode("utf-8"))
        return verify_record_file(str(path), draw_record_path=str(draw_path))


def frames_beside(record_path: str | Path) -> str:
    """The folder of frame files next to a draw record ("frames/" beside it, or its own folder), else ""."""
    folder = Path(record_path).parent
    for candidate in (folder / FRAMES_FOLDER, folder):
        if candidate.is_dir() and any(candidate.glob(frame_file_name("*"))):
            return str(candidate)
    return ""
