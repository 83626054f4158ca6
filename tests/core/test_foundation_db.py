"""The database: migrations, refusal of newer schemas, integrity check, backups."""
from __future__ import annotations

import sqlite3

import pytest

from app.db import close_database, migrations, open_database
from app.db.backup import backup_database, list_backups, newest_backup, restore_database
from app.errors import DatabaseError, IntegrityCheckError, SchemaTooNewError


def test_new_database_is_migrated_with_wal_and_foreign_keys(db, db_path):
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    # a brand-new database needs no safety copy
    assert list_backups(db_path) == []


def test_models_match_migrated_schema():
    from app.db.schema import missing_columns
    assert missing_columns() == []


def test_newer_schema_is_refused(db_path):
    open_database(db_path)
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO schema_version VALUES (?, 'future', '2030-01-01')", (migrations.LATEST_VERSION + 5,))
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_path)
    assert "更新版本" in str(info.value)


def test_damaged_file_is_refused_with_backup_path(db_path):
    open_database(db_path)
    close_database()
    backup = backup_database(db_path)
    # overwrite the middle of the file: pages become garbage
    data = bytearray(db_path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0xAB
    db_path.write_bytes(bytes(data))
    with pytest.raises(IntegrityCheckError) as info:
        open_database(db_path)
    assert str(backup) in str(info.value)
    assert newest_backup(db_path) == backup


def test_migration_to_new_version_keeps_a_copy_and_is_atomic(db_path, monkeypatch):
    """A database made by the previous version is backed up, then migrated; a failing
    migration leaves the previous schema intact and can be run again."""
    open_database(db_path)
    from app import audit
    from app.db import transaction
    with transaction():
        audit.append("test.before", {"n": 1})
    close_database()

    calls = {"n": 0}

    nxt = migrations.LATEST_VERSION + 1

    def flaky_next(db):
        db.execute_sql("ALTER TABLE plan ADD COLUMN remark TEXT NOT NULL DEFAULT ''")
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(nxt, "plan remark", flaky_next)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", nxt)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == nxt - 1
    assert "remark" not in [r[1] for r in con.execute("PRAGMA table_info(plan)")]
    con.close()
    backups = list_backups(db_path)
    assert backups and f"before-migration-v{nxt}" in backups[-1].name

    db = open_database(db_path)      # the second attempt succeeds
    assert migrations.current_version(db) == nxt
    assert "remark" in [c.name for c in db.get_columns("plan")]
    assert audit.verify().ok and audit.verify().count == 1
    close_database()


def test_backup_and_restore_round_trip(db, db_path, tmp_path):
    from app.settings.service import get_setting, update_settings
    update_settings({"bureau_name": "甲局"})
    target = backup_database(db_path, tmp_path / "copy.sqlite3")
    update_settings({"bureau_name": "乙局"})
    close_database()
    safety = restore_database(target, db_path)
    assert safety is not None and safety.exists()
    open_database(db_path)
    assert get_setting("bureau_name") == "甲局"
    close_database()


def test_restore_refuses_a_file_that_is_not_a_database(db_path, tmp_path):
    open_database(db_path)
    close_database()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError):
        restore_database(bogus, db_path)
    assert db_path.read_bytes() == before


def test_version_1_database_migrates_to_2_with_its_registers(db_path, tmp_path):
    """A database made by schema version 1 (the first release) keeps its registers, drops the two
    enterprise indexes, and imports and browses as before."""
    import peewee

    from app.registers import queries, service
    from app.registers.normalize import uscc_check_char
    v1 = peewee.SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    v1.connect()
    migrations.migrate(v1, db_path, target=1)
    v1.execute_sql("INSERT INTO register (id, name, kind, created_at) VALUES (1, '工业', 'enterprise', '2020-10-01')")
    v1.execute_sql("INSERT INTO register_version (id, register_id, version, source_name, source_sha256, sheets, "
                   "mapping, rows_read, imported, operating, rejected, flagged, digest, created_at, created_by, note) "
                   "VALUES (1, 1, 1, 'a.xlsx', '', '[]', '{}', 1, 1, 1, 0, 0, '', '2020-10-01', '', '首次导入')")
    key = "91370202MA0000001" + uscc_check_char("91370202MA0000001")
    v1.execute_sql("INSERT INTO enterprise (version_id, key, key_kind, name, district, status, operating, legal_rep, "
                   "address, phone, licence_no, product, extra, sheet, row) VALUES "
                   "(1, ?, 'uscc', '青岛甲有限公司', '市南区', '存续', 1, '', '', '', '', '', '{}', 'S', 2)", (key,))
    assert {"enterprise_key", "enterprise_version_id_district"} <= {
        r[0] for r in v1.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    v1.close()

    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    indexes = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE tbl_name = 'enterprise' "
                                           "AND type = 'index'")}
    assert indexes == {"enterprise_version_id_key", "enterprise_version_id_district_key"}   # schema 6's
    assert any("before-migration-v2" in b.name for b in list_backups(db_path))
    page = queries.page(1, district="市南区")
    assert page.total == 1 and page.rows[0][0] == key
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["企业名称", "统一社会信用代码", "所属区市", "登记状态"])
    book.active.append(["青岛甲有限公司", key, "市南区", "存续"])
    book.save(tmp_path / "b.xlsx")
    version, result = service.import_file(tmp_path / "b.xlsx", "enterprise", "工业")
    assert version.version == 2 and result.diff.previous_version == 1 and result.diff.added == []
    close_database()


def test_version_2_database_migrates_to_3_with_a_database_id_and_result_tables(db_path):
    """Schema 3 adds packages and results to a version-2 database, gives it its identity (printed in
    work packages) and drops the old flat result-category list, keeping everything else."""
    import json

    import peewee

    from app.results.models import Package, ResultRevision
    from app.settings.store import get_setting
    v2 = peewee.SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    v2.connect()
    migrations.migrate(v2, db_path, target=2)
    v2.execute_sql("INSERT INTO setting (key, value) VALUES ('result_categories', ?)", (json.dumps(["甲"]),))
    v2.execute_sql("INSERT INTO setting (key, value) VALUES ('contact_person', ?)", (json.dumps("张三"),))
    v2.close()
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    database_id = get_setting("database_id")
    assert len(database_id) == 32 and int(database_id, 16) >= 0
    assert get_setting("contact_person") == "张三"
    assert not db.execute_sql("SELECT 1 FROM setting WHERE key = 'result_categories'").fetchone()
    assert Package.select().count() == 0 and ResultRevision.select().count() == 0
    assert any("before-migration-v3" in b.name for b in list_backups(db_path))
    close_database()
    # A second database gets its own identity.
    other = db_path.with_name("other.sqlite3")
    open_database(other)
    assert get_setting("database_id") != database_id
    close_database()


def test_version_3_database_with_results_migrates_to_4_keeping_them(db_path):
    """Schema 4 adds the received files and publication exports beside a version-3 database's results,
    which stay as they were and still pass the tamper check."""
    import peewee

    from app.db.connection import close_database as close
    from app.integrity.checks import check_all
    from app.publish.models import PublicationExport, ReceivedFile
    from app.results import service
    from app.results.queries import current_results
    from tests.support.catalogue import demo_without_catalogue
    from tests.support.draws import draw_demo, match_demo
    from tests.support.results import complete_result, first_keys
    v3 = peewee.SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    v3.connect()
    migrations.migrate(v3, db_path, target=3)
    v3.close()
    # The database made by schema 3, filled through the services of the version that shipped it.
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = original[:3]
    try:
        open_database(db_path)
        with demo_without_catalogue():   # schema 3 had no catalogue table
            draw = match_demo(draw_demo())
        key = first_keys(draw, 1)[0]
        service.enter_result(1, key, complete_result(draw, key))
        close()
    finally:
        migrations.MIGRATIONS = original
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    assert any("before-migration-v4" in b.name for b in list_backups(db_path))
    assert list(current_results(draw)) == [key]
    assert ReceivedFile.select().count() == 0 and PublicationExport.select().count() == 0
    assert check_all(db_path).ok
    close()


def test_restore_without_a_database_file_returns_no_safety_copy(db_path, tmp_path):
    """restore_database says what it returns: the safety copy, or None when there was nothing to copy."""
    import typing
    from pathlib import Path
    open_database(db_path)
    close_database()
    backup = backup_database(db_path, tmp_path / "copy.sqlite3")
    target = tmp_path / "new" / "restored.sqlite3"
    target.parent.mkdir()
    assert restore_database(backup, target) is None and target.exists()
    assert typing.get_type_hints(restore_database)["return"] == Path | None
