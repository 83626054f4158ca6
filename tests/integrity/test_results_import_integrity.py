"""Importing returned packages is all or nothing and leaves evidence: a failure or a cancel halfway
through several files leaves the database byte for byte as before (every table and the audit head), and
a direct edit of where an import batch came from is named by `db check`."""
from __future__ import annotations

import sqlite3

import pytest

from app.db import close_database, open_database
from app.draw.models import Inspection
from app.errors import CancelledError
from app.integrity import check_all
from app.packages import return_commit
from app.packages.returns import import_returns, read_return
from tests.support import returns as R
from tests.support.draws import draw_demo, match_demo
from tests.support.kills import db_state


@pytest.fixture
def previews(db, db_path, tmp_path):
    """Two districts' packages issued and returned complete, read (nothing imported yet)."""
    draw = match_demo(draw_demo())
    districts = sorted({i.district for i in Inspection.select().where(Inspection.draw == draw)})[:2]
    files = [R.issue(draw, tmp_path / d, d) for d in districts]
    return [read_return(R.fill(f.path, draw, out=tmp_path / f"{f.district}.xlsx")) for f in files]


def test_a_failure_on_the_second_file_leaves_the_database_as_before(previews, db_path, monkeypatch):
    before = db_state(db_path)
    real, calls = return_commit.commit_revisions, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(return_commit, "commit_revisions", failing)
    with pytest.raises(RuntimeError, match="disk gone"):
        import_returns(previews)
    assert len(calls) == 2          # the first file's batch was written, then rolled back with the second
    assert db_state(db_path) == before
    monkeypatch.setattr(return_commit, "commit_revisions", real)
    outcomes = import_returns(previews)
    assert all(o.batch_id and o.new for o in outcomes) and check_all().ok


def test_a_cancel_between_files_leaves_the_database_as_before(previews, db_path):
    before = db_state(db_path)
    answers = iter([False, False, True])     # before the transaction, first file, second file
    with pytest.raises(CancelledError):
        import_returns(previews, cancel=lambda: next(answers, True))
    assert db_state(db_path) == before


def test_an_edited_source_of_an_import_batch_is_found(previews, db_path):
    import_returns(previews[:1], progress=None)
    assert check_all().ok
    close_database()
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE result_batch SET file_sha256 = ? WHERE kind = 'import'", ("0" * 64,))
    con.close()
    open_database(db_path)
    report = check_all()
    assert not report.ok
    assert any("来源" in f.message and "文件 SHA-256" in f.message for f in report.findings), report.lines()


def test_a_replaced_kept_file_is_found(previews, db_path):
    """The returned file kept for the archive is what was imported: a swapped copy is named."""
    import_returns(previews[:1])
    close_database()
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE received_file SET content = ? WHERE id = 1", (b"PK\x03\x04 forged",))
    con.close()
    open_database(db_path)
    lines = check_all().lines()
    assert any("保存的交回文件" in line and "SHA-256 不符" in line for line in lines), lines
