"""SPOTCHECK-SHARE-1: the member names of a share file, shared by its writer and its offline checker.

A share file is one zip for one district of one draw: draw-record.json and commitment.json byte for
byte as the draw published them, share.json (the district's inspections, the plan's dates, the city
contact), the district's work package when the draw is matched, and MANIFEST.sha256 (`sha256sum`
format) listing every other member, so `sha256sum -c MANIFEST.sha256` checks it without this program.
"""
from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

from app.files import atomic_path, remove_stale_temporaries
from app.hashing import file_sha256
from app.publish.archive_layout import manifest_sha256, parse_sha256sums

FORMAT = "SPOTCHECK-SHARE-1"
DRAW_RECORD = "draw-record.json"
COMMITMENT = "commitment.json"
SHARE = "share.json"
MANIFEST = "MANIFEST.sha256"

__all__ = ["COMMITMENT", "DRAW_RECORD", "FORMAT", "MANIFEST", "SHARE", "manifest", "parse_sha256sums",
           "share_json"]


def share_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def manifest(members: dict[str, bytes]) -> bytes:
    """MANIFEST.sha256 of every member but itself (the archive's own format)."""
    return manifest_sha256({n: d for n, d in members.items() if n != MANIFEST})


def write_zip(out_path: Path, members: dict[str, bytes]) -> str:
    """Write `members` (manifest included) as a zip under a temporary name, then rename; the file's SHA-256.

    Shared by the share and return writers: every member deflated, stamped with the local time."""
    remove_stale_temporaries(out_path.parent)
    stamp = time.localtime()[:6]
    with atomic_path(out_path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, blob in members.items():
            info = zipfile.ZipInfo(member, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, blob)
    return file_sha256(out_path)
