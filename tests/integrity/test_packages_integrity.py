"""Issued work packages are all-or-nothing and tamper-evident: a failure while recording them leaves no
file and no row; a package row edited or deleted behind the program's back is named by `db check`."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.audit.log import entries
from app.db import close_database, open_database
from app.files import TEMP_PREFIX
from app.integrity import check_all
from app.packages import layout as L
from app.packages import writer
from app.packages.identity import read_identity
from app.results.models import Package
from tests.support.draws import draw_demo, match_demo
from tests.support.sqlite_edits import edit as _edit


@pytest.fixture
def matched(db):
    return match_demo(draw_demo())


def test_a_failure_while_recording_leaves_no_file_and_no_row(matched, tmp_path, monkeypatch):
    real, calls = writer.audit.append, []

    def failing(action, payload=None, **kw):
        calls.append(action)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(action, payload, **kw)
    monkeypatch.setattr(writer.audit, "append", failing)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="disk full"):
        writer.write_packages(matched.draw_no, out)
    assert list(out.iterdir()) == []        # neither the packages nor their temporaries
    assert Package.select().count() == 0 and not entries(action="packages.issue")


def test_a_stale_temporary_of_a_killed_writer_is_cleared(matched, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f"{TEMP_PREFIX}999999999-第1号抽取_市南区_工作包_第1次-x.xlsx"
    stale.write_bytes(b"half")
    files = writer.write_packages(matched.draw_no, out, district="市南区")
    assert not stale.exists() and sorted(p.name for p in out.iterdir()) == [files[0].path.name]


@pytest.mark.parametrize("sql, finding", [
    ("UPDATE package SET keys = '[\"91370202000000000X\"]' WHERE district = '市南区'", "与审计日志不符"),
    ("UPDATE package SET file_sha256 = '0000' WHERE district = '市南区'", "与审计日志不符"),
    ("DELETE FROM package WHERE district = '市南区'", "数据库中已不存在"),
])
def test_a_package_row_changed_directly_is_found(matched, db_path, tmp_path, sql, finding):
    writer.write_packages(matched.draw_no, tmp_path / "out", district="市南区")
    assert check_all(db_path).ok
    close_database()
    _edit(db_path, sql)
    open_database(db_path)
    lines = check_all(db_path).lines()
    assert any(finding in line for line in lines), lines


def test_the_identity_sheet_verifies_on_its_own(matched, tmp_path):
    [f] = writer.write_packages(matched.draw_no, tmp_path, district="市北区")
    wb = load_workbook(f.path)
    values = [list(r) for r in wb[L.IDENTITY_SHEET].iter_rows(values_only=True)]
    assert read_identity(values).digest_ok
    at = next(n for n, row in enumerate(values) if row[0] == "检查对象") + 1
    values[at][4] = values[at][4].replace("[", '["370200000000", ', 1)   # an inspector slipped into a team
    assert not read_identity(values).digest_ok
