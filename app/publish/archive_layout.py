"""SPOTCHECK-ARCHIVE-1: the names inside a campaign archive and its two manifests.

Shared by the writer (app.publish.archive) and the offline checker (app.publish.archive_verify), which
must agree on every name. MANIFEST.json lists every other member with its SHA-256 and size;
MANIFEST.sha256 lists every member but itself (MANIFEST.json included) in `sha256sum` format, so
`sha256sum -c MANIFEST.sha256` checks the whole archive without this program. Both are rendered from
the same member list, byte for byte the same every time.
"""
from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from app.hashing import bytes_sha256

FORMAT = "SPOTCHECK-ARCHIVE-1"
MANIFEST_JSON = "MANIFEST.json"
MANIFEST_SHA = "MANIFEST.sha256"
README = "README.txt"
VERIFIER = "verify_draw.py"
PLAN = "plan.json"
AUDIT_LOG = "audit/audit-log.jsonl"
ANCHOR = "audit/anchor.json"
RETURNED_INDEX = "returned/index.json"
EXPORTS = "publication/exports.json"
SPEC_DIR = "spec"
DRAWS_DIR = "draws"
DRAW_RECORD, COMMITMENT, FRAMES_DIR = "draw-record.json", "commitment.json", "frames"
MATCH_RECORD, ROSTER, AVOID = "match-record.json", "roster.txt", "avoid.txt"
CURRENT_MATCH = "match"           # the draw's match in force; a voided one is match-void-<id>

# A member name: relative, "/"-separated, no "..", no backslash or control character (a backslash or
# newline would be escaped by sha256sum and break its format).
_BAD_NAME = re.compile(r"[\\\x00-\x1f\x7f]")


def draw_dir(draw_no: int) -> str:
    return f"{DRAWS_DIR}/draw-{int(draw_no)}"


def is_safe_name(name: str) -> bool:
    parts = name.split("/")
    return bool(name) and not name.startswith("/") and not _BAD_NAME.search(name) \
        and all(p not in ("", ".", "..") for p in parts) and ":" not in parts[0]


def safe_file_name(name: str) -> str:
    """A received file's own name made usable as the last part of a member name."""
    cleaned = _BAD_NAME.sub("_", str(name)).replace("/", "_").strip() or "file"
    return "_" + cleaned if cleaned in (".", "..") else cleaned


def manifest_json(members: dict[str, bytes], info: dict) -> bytes:
    """MANIFEST.json: the format, `info` (plan, time, audit head) and every member but the manifests."""
    listed = [{"name": name, "sha256": bytes_sha256(data), "size": len(data)}
              for name, data in sorted(members.items()) if name not in (MANIFEST_JSON, MANIFEST_SHA)]
    body = {"format": FORMAT, **info, "members": listed}
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def manifest_sha256(members: dict[str, bytes]) -> bytes:
    """MANIFEST.sha256: "<hex>  <name>" per member (MANIFEST.json included, itself not), sorted by name."""
    lines = [f"{bytes_sha256(data)}  {name}\n" for name, data in sorted(members.items()) if name != MANIFEST_SHA]
    return "".join(lines).encode("utf-8")


def with_manifests(members: dict[str, bytes], info: dict) -> dict[str, bytes]:
    """`members` plus both manifests (any old ones replaced)."""
    out = {n: d for n, d in members.items() if n not in (MANIFEST_JSON, MANIFEST_SHA)}
    out[MANIFEST_JSON] = manifest_json(out, info)
    out[MANIFEST_SHA] = manifest_sha256(out)
    return out


def parse_sha256sums(text: str) -> tuple[dict[str, str], list[int]]:
    """{name: sha256} of a sha256sum file, and the numbers of the lines that are not of its form."""
    sums: dict[str, str] = {}
    bad: list[int] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line:
            continue
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if m is None or m.group(2) in sums:
            bad.append(n)
            continue
        sums[m.group(2)] = m.group(1)
    return sums, bad


def read_members(path: Path, fail: Callable[[str, str], None], *, kind: str, changed: str) -> dict[str, bytes] | None:
    """Every member of a zip (`kind`: 归档 or 共享文件) as bytes; a repeated or unreadable member is reported through
    `fail(member, message)` (`changed`: what a repeated member says was altered), and a file that is no zip at all
    gives None."""
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename in members:
                    fail(info.filename, f"在{kind}中出现了不止一次（{changed}被改动）")
                    continue
                try:
                    members[info.filename] = zf.read(info)
                except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, EOFError) as exc:
                    fail(info.filename, f"无法读取（压缩数据损坏：{exc}）")
                    members[info.filename] = b""
    except (zipfile.BadZipFile, OSError) as exc:
        fail(path.name, f"不是可以读取的 zip {kind if kind.endswith('文件') else kind + '文件'}（{exc}）")
        return None
    return members
