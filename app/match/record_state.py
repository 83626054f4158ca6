"""Which revision of a match record is saved where, and whether a record file is still the current one.

A replacement (or a short-resolution, or an alternate after the match) makes a new revision of the
record in the database; a match-record.json saved or printed before it is then out of date, and its
verification still passes (it is a true record of an earlier revision). So each save of the record
files through the GUI or `spotcheck match record` is logged ("match.record_saved": revision, digest,
folder), the match screen compares the newest save with the current revision, and the verify dialog
says which revision a file is and whether this database holds a later one.
"""
from __future__ import annotations

from pathlib import Path

from app import audit
from app.audit import entries
from app.errors import FileReadError
from app.match.models import Match
from app.match.queries import current_match, read_record_file
from app.match.records import record_sha256

SAVED = "match.record_saved"


def note_saved(match: Match, folder: str | Path, files: dict[str, Path]) -> dict:
    """Log that the current revision's files are in `folder` (inside the caller's transaction)."""
    entry = {"draw_no": match.draw.draw_no, "match_id": match.id, "saved_revision": match.record["revision"],
             "saved_sha256": match.record_sha256, "folder": str(Path(folder).resolve()),
             "files": sorted(Path(p).name for p in files.values())}
    audit.append(SAVED, entry)
    return entry


def last_saved(match: Match) -> dict | None:
    """The newest save of this match's record: {revision, record_sha256, folder, at} or None."""
    for e in entries(action=SAVED):          # newest first
        p = e.payload if isinstance(e.payload, dict) else {}
        if p.get("match_id") == match.id:
            return {"revision": p.get("saved_revision"), "record_sha256": p.get("saved_sha256"),
                    "folder": p.get("folder", ""), "at": e.at}
    return None


def record_state(draw_no: int) -> dict:
    """{revision, saved (last_saved or None), current (the saved files hold the current revision)}
    of the draw's matched record; {} when the draw is not matched."""
    match = current_match(draw_no, required=False)
    if match is None or match.status != "matched" or not match.record:
        return {}
    saved = last_saved(match)
    return {"revision": int(match.record.get("revision", 0)), "saved": saved,
            "current": bool(saved and saved["record_sha256"] == match.record_sha256)}


def standing(record: dict) -> dict | None:
    """How a match record (read from a file) stands against this database: None when it is not a
    match record of a draw here; else {revision, current_revision, same_match, later, current}."""
    if not isinstance(record, dict) or record.get("spec") != "SPOTCHECK-MATCH-1":
        return None
    draw_no = record.get("draw_no")
    if not isinstance(draw_no, int):
        return None
    match = current_match(draw_no, required=False)
    revision = record.get("revision", 0)
    if match is None or match.status != "matched" or not match.record:
        return {"revision": revision, "current_revision": None, "same_match": False, "later": False,
                "current": False}
    same = match.commitment == record.get("match_commitment")
    now = int(match.record.get("revision", 0))
    return {"revision": revision, "current_revision": now, "same_match": same,
            "later": same and isinstance(revision, int) and now > revision,
            "current": same and record.get("revision") == now
            and match.record_sha256 == record_sha256(record)}


def file_standing(path: str) -> dict | None:
    """standing() of the record in `path`; None when it cannot be read (verification says why)."""
    try:
        return standing(read_record_file(path))
    except FileReadError:          # the verification beside this reports the unreadable file
        return None
