"""The register check streams the version in key order (issue 18): the digest it re-derives is the one the
in-memory check derived, duplicates are still counted, and the start-up check is the cheap part only."""
from __future__ import annotations

import pytest

from app.db import close_database, open_database
from app.integrity import check_all, check_at_start
from app.integrity import registers as reg_check
from app.registers.models import Register, RegisterVersion
from app.registers.queries import content_rows
from app.registers.validate import content_lines, digest_of
from tests.support.sqlite_edits import edit


def _in_memory(version_id: int, kind: str) -> tuple[int, int, str]:
    """The check before issue 18: every line in a key -> line dict, then sorted."""
    rows = list(content_rows(version_id, kind))
    lines = content_lines(kind, rows)
    return len(rows), len(lines), digest_of(kind, lines)


def test_streamed_digest_equals_the_in_memory_digest_and_the_stored_one(db, monkeypatch):
    from app.demo import load_demo
    load_demo()
    monkeypatch.setattr(reg_check, "BATCH", 7)   # many batches: the carry-over between batches is exercised
    versions = list(RegisterVersion.select(RegisterVersion, Register).join(Register))
    assert {v.register.kind for v in versions} >= {"enterprise", "inspector", "avoidance"}
    for v in versions:
        streamed = reg_check.streamed_digest(v.id, v.register.kind)
        assert streamed == _in_memory(v.id, v.register.kind)
        assert streamed[2] == v.digest


def test_a_duplicated_row_is_counted_and_digested_as_before(matched_file, monkeypatch):
    """Without the unique index a copied row can be inserted: the last copy by id counts, as the dict kept it."""
    edit(matched_file, "DROP INDEX enterprise_version_id_key",
         "INSERT INTO enterprise (version_id, key, key_kind, name, district, status, operating, legal_rep, address, "
         "phone, licence_no, product, issued_on, valid_until, extra, sheet, row) SELECT version_id, key, key_kind, "
         "'青岛复制有限公司', district, status, operating, legal_rep, address, phone, licence_no, product, issued_on, "
         "valid_until, extra, sheet, row FROM enterprise WHERE id = (SELECT MIN(id) FROM enterprise)")
    open_database(matched_file)
    try:
        monkeypatch.setattr(reg_check, "BATCH", 5)
        version = RegisterVersion.get_by_id(1)
        kind = version.register.kind
        streamed = reg_check.streamed_digest(version.id, kind)
        assert streamed == _in_memory(version.id, kind)
        assert streamed[0] == streamed[1] + 1
        text = "\n".join(check_all(matched_file).lines())
        assert "有 1 行重复的编号" in text and "内容摘要不符" in text
        # the start-up check sees the extra row by its count alone
        assert "导入时记载" in "\n".join(check_at_start(matched_file).lines())
    finally:
        close_database()


def test_the_start_check_passes_an_untouched_database(matched_file):
    open_database(matched_file)
    try:
        report = check_at_start(matched_file)
        assert report.ok, report.lines()
        assert report.checked["register"] >= 3 and report.checked["draw"] == 1 and report.checked["match"] == 1
    finally:
        close_database()


def test_the_start_check_names_an_edited_digest_and_seed(matched_file):
    edit(matched_file, "UPDATE register_version SET digest = 'ab' || substr(digest, 3) WHERE id = 1",
         "UPDATE draw SET seed = '00' || substr(seed, 3)")
    open_database(matched_file)
    try:
        text = "\n".join(check_at_start(matched_file).lines())
    finally:
        close_database()
    assert "第 1 版的内容摘要与审计日志不符" in text
    assert "第 1 号抽取的种子或日志链头与审计日志不符" in text


def test_the_full_check_stops_when_cancelled(matched_file):
    from app.errors import CancelledError
    open_database(matched_file)
    try:
        with pytest.raises(CancelledError):
            check_all(matched_file, cancel=lambda: True)
    finally:
        close_database()


def test_a_large_file_opens_without_reading_every_page_but_the_deferred_check_reads_them(matched_file, monkeypatch):
    """Above QUICK_CHECK_MAX_BYTES the open reads only the schema; check_file (the GUI's deferred check)
    still finds a damaged page."""
    from app.db import connection
    from app.integrity import check_file
    data = bytearray(matched_file.read_bytes())
    # garble pages in the middle of the file (the schema on page 1 is intact)
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 4096 * 4] = b"\xab" * (4096 * 4)
    matched_file.write_bytes(bytes(data))
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 4096)
    open_database(matched_file, migrate=False)
    try:
        report = check_file()
    finally:
        close_database()
    assert [f.area for f in report.findings] == ["file"]
    assert "文件已损坏" in report.lines()[0]
