"""Versions, differences, the audit entry, the error report, the browser's paged query, the CLI."""
import json

import pytest

from app import audit
from app.audit.models import AuditEntry
from app.errors import FileReadError, StateError, ValidationError
from app.registers import queries, service
from app.registers.models import ImportIssue
from tests.support.registers import HEADER, K, register_file, row, write_xlsx


def test_versions_diff_and_immutability(db, tmp_path):
    v1, r1 = service.import_file(register_file(tmp_path, "v1.xlsx", [row(1), row(2), row(3)]), "enterprise", "工业")
    assert (v1.version, r1.diff.previous_version, len(r1.diff.added)) == (1, None, 3)
    path2 = register_file(tmp_path, "v2.xlsx", [row(1), row(2, district="市北区"), row(4)])
    r2 = service.validate_import(path2, "enterprise", "工业")
    assert r2.diff.previous_version == 1
    assert (r2.diff.added, r2.diff.removed, r2.diff.changed) == ([K[4]], [K[3]], [K[2]])
    assert "新增 1，删除 1，变更 1" in r2.diff.summary()
    v2 = service.commit_import(r2)
    assert v2.version == 2 and v2.note.endswith("变更 1")
    # Version 1 is untouched.
    assert sorted(e.key for e in v1.enterprises) == sorted([K[1], K[2], K[3]])
    assert queries.latest_version("工业").id == v2.id
    assert [v.version for v in queries.versions("工业")] == [1, 2]
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "registers.import" and entry.payload["version"] == 2 and entry.payload["changed"] == 1
    assert audit.verify().ok


def test_stale_validation_is_refused(db, tmp_path):
    path = register_file(tmp_path, "a.xlsx", [row(1)])
    first = service.validate_import(path, "enterprise", "工业")
    second = service.validate_import(path, "enterprise", "工业")
    service.commit_import(first)
    with pytest.raises(StateError, match="已有新版本"):
        service.commit_import(second)


def test_kind_mismatch_and_unknown_kind(db, tmp_path):
    service.import_file(register_file(tmp_path, "a.xlsx", [row(1)]), "enterprise", "工业")
    people = write_xlsx(tmp_path / "p.xlsx", {"S": [["姓名", "执法证号", "所属区市"], ["甲", "1", "市南区"]]})
    with pytest.raises(ValidationError, match="不能导入执法检查人员名录"):
        service.validate_import(people, "inspector", "工业")
    with pytest.raises(ValidationError, match="未知的名录类型"):
        service.validate_import(people, "people", "x")
    with pytest.raises(ValidationError, match="请指定名录名称"):
        service.validate_import(people, "enterprise")


def test_digest_ignores_row_order_and_layout(db, tmp_path):
    a = service.validate_import(register_file(tmp_path, "a.xlsx", [row(1), row(2)]), "enterprise", "甲")
    b = service.validate_import(write_xlsx(tmp_path / "b.xlsx", {"X": [["标题"], HEADER, row(2), [], row(1)]}),
                                "enterprise", "甲")
    c = service.validate_import(register_file(tmp_path, "c.xlsx", [row(1), row(2, name="青岛改名有限公司")]),
                                "enterprise", "甲")
    assert a.digest == b.digest != c.digest
    assert len(a.digest) == 64


def test_issues_are_kept_and_the_error_report_lists_them(db, tmp_path):
    from openpyxl import load_workbook
    bad = [1, "青岛坏有限公司", K[1][:17] + ("0" if K[1][17] != "0" else "1"), "", "", "市南区", "", "", "存续"]
    version, result = service.import_file(register_file(tmp_path, "a.xlsx", [bad, row(2, status="注销")]),
                                          "enterprise", "工业")
    kept = list(ImportIssue.select().where(ImportIssue.version == version))
    assert {(i.severity, i.row) for i in kept} == {("rejected", 2), ("excluded", 3)}
    for source in (result, version):
        path = service.write_error_report(source, tmp_path / "report.xlsx")
        sheet = load_workbook(path).active
        rows = list(sheet.values)
        assert rows[0] == ("文件", "工作表", "行号", "列", "值", "原因", "处理结果")
        assert rows[1][:4] == ("a.xlsx", "S", 2, "统一社会信用代码") and "校验位错误" in rows[1][5]
        assert rows[1][6] == "未导入"


def test_progress_is_reported(db, tmp_path):
    calls = []
    service.import_file(register_file(tmp_path, "a.xlsx", [row(n) for n in range(1, 10)]), "enterprise", "工业",
                        progress=lambda done, total, msg: calls.append((done, total, msg)))
    assert calls and all(isinstance(m, str) for _, _, m in calls)
    assert calls[-1][0] == calls[-1][1] == 9


def test_paged_browser_query(db, tmp_path):
    rows = [row(n, district="市南区" if n % 2 else "崂山区", status="注销" if n == 3 else "存续") for n in range(1, 13)]
    version, _ = service.import_file(register_file(tmp_path, "a.xlsx", rows), "enterprise", "工业")
    page = queries.page(version, limit=5)
    assert page.total == 12 and len(page.rows) == 5 and page.columns[0] == "key"
    assert [r[0] for r in page.rows] == sorted(K[n] for n in range(1, 13))[:5]
    assert queries.page(version, limit=5, offset=10).rows.__len__() == 2
    assert queries.page(version, district="崂山区").total == 6
    assert queries.page(version, operating=False).total == 1
    assert queries.page(version, search="青岛1").total == 4        # 1, 10, 11, 12
    assert queries.page(version, search="%").total == 0             # LIKE wildcards are literal
    desc = queries.page(version.id, order_by="name", descending=True, limit=1)
    assert desc.rows[0][2] == max(f"青岛{n}有限公司" for n in range(1, 13))
    listed = queries.list_registers()
    assert listed[0]["name"] == "工业" and listed[0]["operating"] == 11


def test_browser_query_pages_through_100000_rows(db):
    from app.db.base import database, transaction
    from app.registers.models import Register, RegisterVersion
    with transaction():
        reg = Register.create(name="大", kind="enterprise", created_at="2020-01-01")
        version = RegisterVersion.create(register=reg, version=1, source_name="x", source_sha256="0" * 64,
                                         digest="0" * 64, created_at="2020-01-01", created_by="t")
        database.obj.connection().executemany(
            "INSERT INTO enterprise (version_id, key, key_kind, name, district, status, operating, legal_rep, address, "
            "phone, licence_no, product, extra, sheet, row) "
            "VALUES (?, ?, 'uscc', ?, ?, '存续', ?, '', '', '', '', '', '{}', 'S', ?)",
            ((version.id, f"K{n:08d}", f"青岛{n}有限公司", "市南区" if n % 3 else "崂山区", n % 7 != 0, n)
             for n in range(100_000)))
    page = queries.page(version, search="青岛9999", district="市南区", operating=True, offset=0, limit=100)
    tail = queries.page(version, offset=99_900, limit=100)
    assert page.total > 0 and len(tail.rows) == 100
    assert [r[0] for r in tail.rows][-1] == "K00099999"


def _cli(capsys, *argv):
    from app.cli.main import main
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_json_and_registers(db_path, tmp_path, capsys):
    path = register_file(tmp_path, "a.xlsx", [row(1), row(2, status="注销"), [3, "", "坏", "", "", "", "", "", ""]])
    code, out, err = _cli(capsys, "import", "enterprises", str(path), "--register", "工业", "--json",
                          "--db", str(db_path), "--report", str(tmp_path / "r.xlsx"))
    assert code == 0
    data = json.loads(out)
    for field in ("register", "version", "rows_read", "imported", "operating", "rejected", "flagged", "digest",
                  "errors"):
        assert field in data
    assert (data["register"], data["version"], data["rows_read"], data["imported"], data["operating"],
            data["rejected"]) == ("工业", 1, 3, 2, 1, 1)
    assert data["errors"][0]["sheet"] == "S" and data["errors"][0]["row"] == 4 and data["errors"][0]["column"]
    assert (tmp_path / "r.xlsx").exists()
    code, out, _ = _cli(capsys, "registers", "list", "--db", str(db_path))
    assert code == 0 and "工业" in out
    code, out, _ = _cli(capsys, "registers", "show", "工业", "--version", "1", "--rows", "2", "--json",
                        "--db", str(db_path))
    assert code == 0 and json.loads(out)["imported"] == 2 and len(json.loads(out)["rows"]) == 2
    code, _, err = _cli(capsys, "registers", "show", "没有", "--db", str(db_path))
    assert code != 0 and "没有找到名录" in err


def test_cli_unreadable_file_exits_non_zero_with_reason_on_stderr(db_path, tmp_path, capsys):
    path = tmp_path / "空.csv"
    path.write_bytes(b"")
    code, out, err = _cli(capsys, "import", "inspectors", str(path), "--db", str(db_path))
    assert code != 0 and "空.csv" in err and "空的" in err and out == ""


def test_the_cycle_collector_is_paused_only_while_importing(db, tmp_path, gc_state_at):
    """gc_paused: off during the import (nested pauses included), back on afterwards, even after a failure;
    left off when the caller had switched it off."""
    import gc

    from app import gcpause
    seen = gc_state_at(service, "validate")
    assert gc.isenabled()
    service.import_file(register_file(tmp_path, "a.xlsx", [row(1)]), "enterprise", "工业")
    assert seen == [False] and gc.isenabled()
    assert gc.get_freeze_count() > 0            # the import's objects are set aside, not walked at once
    with gcpause.gc_paused():
        assert gc.get_freeze_count() == 0       # and handed back to the collector by the next pause
        assert not gc.isenabled()
    with pytest.raises(FileReadError):
        service.import_file(tmp_path / "missing.xlsx", "enterprise", "工业")
    assert gc.isenabled()
    gc.disable()
    try:
        with gcpause.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_large_import_is_copied_into_the_database_file_after_the_commit(db, db_path, tmp_path):
    """The commit returns before the log is copied into the database file (a second thread does
    that); the data is visible to others at once, and the file holds it once the copy is done."""
    import sqlite3

    from app.db.connection import wait_for_checkpoint
    wait_for_checkpoint()
    size_before = db_path.stat().st_size
    version, _ = service.import_file(register_file(tmp_path, "a.xlsx", [row(n) for n in range(1, 16)]),
                                     "enterprise", "工业")
    other = sqlite3.connect(str(db_path))
    assert other.execute("SELECT COUNT(*) FROM enterprise WHERE version_id = ?", (version.id,)).fetchone()[0] == 15
    other.close()
    wait_for_checkpoint()
    assert db_path.stat().st_size > size_before      # the new pages are in the file, not only in the log
    busy, log_frames, copied = sqlite3.connect(str(db_path)).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and log_frames == copied
