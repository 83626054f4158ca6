"""The audit anchor beside the database, and the checkpoints that keep the .db file complete (issue 12, item 8)."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from app import audit
from app.db import close_database, open_database, transaction
from app.db.anchor import anchor_path, read_anchor
from app.errors import ValidationError
from app.integrity import check_log


def _log_count(path) -> int:
    """Audit entries in the file itself (0 when even the schema is still in the -wal)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
            return 0
        return con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    finally:
        con.close()


def test_every_commit_writes_the_log_tip_and_a_rollback_does_not(db, db_path):
    with transaction():
        audit.append("test.one", {"n": 1})
    first = read_anchor(db_path)
    assert first is not None and first.seq == 1 and first.head == audit.head()
    with pytest.raises(ValidationError), transaction():
        audit.append("test.two", {"n": 2})
        raise ValidationError("回滚")
    assert read_anchor(db_path) == first
    with transaction():
        audit.append("test.three", {"n": 3})
    assert read_anchor(db_path).seq == 2
    assert json.loads(anchor_path(db_path).read_text(encoding="utf-8"))["database"] == db_path.name


def test_the_db_file_alone_holds_the_demo_after_its_commit(db, db_path, tmp_path):
    from app.demo import load_demo
    load_demo()
    copy = tmp_path / "copy" / db_path.name
    copy.parent.mkdir()
    shutil.copy(db_path, copy)            # the .db alone, while the program still has it open
    assert _log_count(copy) == read_anchor(db_path).seq > 0


def test_closing_empties_the_wal_file(db_path):
    from app.demo import load_demo
    open_database(db_path)
    load_demo()
    close_database()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_db_copied_without_its_wal_is_reported_at_open(db_path, tmp_path):
    """A reader holding an old snapshot keeps the demo in the -wal (the checkpoint cannot pass it);
    a copy of the .db alone then lacks the log the anchor names."""
    from app.demo import load_demo
    open_database(db_path)
    reader = sqlite3.connect(str(db_path))
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM audit_log").fetchone()   # the snapshot before the demo
    try:
        load_demo()
        seq = read_anchor(db_path).seq
        copy = tmp_path / "copy" / db_path.name
        copy.parent.mkdir()
        shutil.copy(db_path, copy)
        shutil.copy(anchor_path(db_path), anchor_path(copy))
    finally:
        reader.rollback()
        reader.close()
        close_database()
    assert _log_count(copy) < seq
    open_database(copy)
    try:
        report = check_log(copy)
    finally:
        close_database()
    [finding] = report.findings
    assert finding.area == "anchor"
    assert f"记载共 {seq} 条" in finding.message and "没有同名 -wal 文件" in finding.message


def test_an_unreadable_anchor_is_reported(db, db_path):
    with transaction():
        audit.append("test.one", {})
    anchor_path(db_path).write_text("{not json", encoding="utf-8")
    [finding] = check_log(db_path).findings
    assert "锚点文件" in finding.message and "无法读取" in finding.message


def test_a_database_without_an_anchor_is_not_reported(db, db_path):
    with transaction():
        audit.append("test.one", {})
    anchor_path(db_path).unlink()
    assert check_log(db_path).ok
