"""The audit log's head kept outside the database: `<database file>.anchor.json` beside it.

After every committed write the newest audit entry's number (seq) and hash are written here
(atomically, app.files). A log that is later shorter than the anchor, or whose entry at the
anchor's seq has another hash, was truncated or rewritten — or the database file was copied
without its -wal file. app.integrity compares; this module only reads and writes the file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.clock import now_iso
from app.files import write_text

ANCHOR_SUFFIX = ".anchor.json"


@dataclass(frozen=True)
class Anchor:
    seq: int        # id of the newest audit entry at the last commit
    head: str       # its hash
    at: str = ""


def anchor_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ANCHOR_SUFFIX)


def log_tip(connection) -> tuple[int, str] | None:
    """(seq, hash) of the newest audit entry through a DB-API connection, None for an empty log."""
    row = connection.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def write_anchor(db_path: str | Path, seq: int, head: str) -> Path:
    text = json.dumps({"database": Path(db_path).name, "seq": seq, "head": head, "at": now_iso()},
                      ensure_ascii=False, indent=1)
    return write_text(anchor_path(db_path), text + "\n")


def read_anchor(db_path: str | Path) -> Anchor | None:
    """The anchor beside `db_path`; None when there is none. An unreadable anchor counts as seq 0 with a
    head nobody has, so the check reports it instead of silently trusting the log."""
    path = anchor_path(db_path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(int(data["seq"]), str(data["head"]), str(data.get("at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor(-1, "", "")
