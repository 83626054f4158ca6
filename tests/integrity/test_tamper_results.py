"""Direct edits of results (sqlite3 on the closed database file) are named by `db check`: a changed,
re-digested, added or deleted revision, a deleted batch, and a forged review."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from app.cli.main import main
from app.db import close_database, open_database
from app.integrity import check_all
from app.results import service
from tests.support.draws import draw_demo, match_demo
from tests.support.results import complete_result, first_keys
from tests.support.sqlite_edits import edit as _edit
from tests.support.sqlite_edits import one as _one


@pytest.fixture
def results_file(db_path):
    """The demo drawn and matched, two results entered and one of them reviewed; the database closed."""
    open_database(db_path)
    draw = match_demo(draw_demo())
    keys = first_keys(draw, 2)
    for key in keys:
        service.enter_result(1, key, complete_result(draw, key))
    service.review_results(1, keys[:1], "王审核")
    close_database()
    return db_path


def edit_result_content(path) -> list[str]:
    key, revision = _one(path, "SELECT key, revision FROM result_revision ORDER BY id LIMIT 1")
    _edit(path, "UPDATE result_revision SET content = replace(content, '未发现问题', '发现问题已责令改正') "
                "WHERE id = (SELECT MIN(id) FROM result_revision)")
    return [f"第 1 号抽取中检查对象 {key} 的检查结果第 {revision} 版的内容与其摘要不符"]


def forge_review(path) -> list[str]:
    """An entered result marked reviewed, its own digest recomputed: the batch digest still differs."""
    import json

    from app.results.digests import revision_digest
    rid, key, revision, content = _one(path, "SELECT id, key, revision, content FROM result_revision "
                                             "WHERE status = 'entered' ORDER BY id DESC LIMIT 1")
    digest = revision_digest(1, key, revision, "reviewed", "伪造者", "", json.loads(content))
    _edit(path, "UPDATE result_revision SET status = 'reviewed', reviewer = '伪造者', digest = ? WHERE id = ?",
          params=(digest, rid))
    return ["批结果录入的 1 条结果与批次记载", "结果被改动、删除或增加"]


def delete_revision(path) -> list[str]:
    _edit(path, "DELETE FROM result_revision WHERE id = (SELECT MAX(id) FROM result_revision)")
    return ["批结果审核的 0 条结果与批次记载（1 条"]


def delete_batch(path) -> list[str]:
    batch = _one(path, "SELECT MAX(batch_id) FROM result_revision")[0]
    _edit(path, "DELETE FROM result_revision WHERE batch_id = ?", "DELETE FROM result_batch WHERE id = ?",
          params=(batch,))
    return [f"第 1 号抽取的第 {batch} 批结果审核记录在审计日志中，但数据库中已不存在（被删除）"]


EDITS: list[Callable] = [edit_result_content, forge_review, delete_revision, delete_batch]


def test_results_pass_when_untouched(results_file):
    open_database(results_file)
    try:
        report = check_all(results_file)
        assert report.ok and report.checked["result"] == 3
    finally:
        close_database()


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_a_direct_edit_of_results_is_named(results_file, edit, capsys):
    expected = edit(results_file)
    open_database(results_file)
    try:
        text = "\n".join(check_all(results_file).lines())
    finally:
        close_database()
    for part in expected:
        assert part in text
    capsys.readouterr()
    assert main(["db", "check", "--db", str(results_file)]) == 1
    assert expected[0] in capsys.readouterr().out
