"""The hash-chained audit log and its verification."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from app import audit
from app.db import close_database, transaction


def _append_three():
    for i in range(3):
        with transaction():
            audit.append("test.event", {"i": i, "text": "中文"})


def test_chain_links_each_entry_to_the_previous(db):
    assert audit.head() == audit.GENESIS
    _append_three()
    rows = audit.entries()
    assert [r.id for r in rows] == [3, 2, 1]
    assert rows[-1].prev_hash == audit.GENESIS
    assert rows[1].prev_hash == rows[2].hash and rows[0].prev_hash == rows[1].hash
    assert audit.head() == rows[0].hash
    result = audit.verify()
    assert result.ok and result.count == 3 and result.head == rows[0].hash


def test_append_outside_a_transaction_is_refused(db):
    with pytest.raises(RuntimeError):
        audit.append("test.event", {})


def test_database_refuses_update_and_delete(db):
    _append_three()
    import peewee
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("UPDATE audit_log SET actor='x' WHERE id=1")
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("DELETE FROM audit_log WHERE id=2")


def _tamper(db_path, sql):
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize("sql, bad_id", [
    ("UPDATE audit_log SET payload='{\"i\":9,\"text\":\"中文\"}' WHERE id=2", 2),
    ("UPDATE audit_log SET actor='mallory' WHERE id=1", 1),
    ("DELETE FROM audit_log WHERE id=2", 2),
])
def test_verify_names_the_first_broken_entry(db, db_path, sql, bad_id):
    _append_three()
    close_database()
    _tamper(db_path, sql)
    from app.db import open_database
    open_database(db_path)
    result = audit.verify()
    assert not result.ok
    assert result.first_bad_id == bad_id
    assert f"第 {bad_id} 条" in result.message()


def test_cli_log_verify_detects_a_hand_edited_row(db, db_path):
    _append_three()
    close_database()
    ok = subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "log", "verify"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "校验通过" in ok.stdout
    _tamper(db_path, "UPDATE audit_log SET action='test.other' WHERE id=3")
    bad = subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "log", "verify", "--json"],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert '"first_bad_id": 3' in bad.stdout


def test_failed_service_leaves_no_log_entry(db):
    from app.settings.models import Setting
    with pytest.raises(ZeroDivisionError):
        with transaction():
            audit.append("test.event", {})
            Setting.insert(key="clerk_name", value="x").execute()
            _ = 1 / 0
    assert audit.verify().count == 0
    assert not Setting.select().where(Setting.key == "clerk_name").exists()


def test_entries_honour_offset_without_limit(db):
    _append_three()
    assert [e.id for e in audit.entries(offset=1)] == [2, 1]
    assert [e.id for e in audit.entries(limit=1, offset=1)] == [2]
    assert [e.id for e in audit.entries()] == [3, 2, 1]
