"""Entering, reviewing and returning results: the review cycle, the rules, history and tamper evidence."""
from __future__ import annotations

import pytest

from app import audit
from app.db.base import database
from app.errors import StateError, ValidationError
from app.integrity.checks import check_all
from app.results import queries, service
from tests.support.results import complete_result, first_keys


def test_enter_review_return_cycle_keeps_every_revision(matched):
    key = first_keys(matched, 1)[0]
    first = service.enter_result(1, key, complete_result(matched, key))
    assert (first.status, first.revision) == ("entered", 1)
    assert service.enter_result(1, key, complete_result(matched, key)).id == first.id   # unchanged: no revision
    service.review_results(1, [key], "王审核")
    with pytest.raises(StateError, match="须先退回"):
        service.enter_result(1, key, complete_result(matched, key, check_date="2020-10-21"))
    service.return_result(1, key, "王审核", "检查日期有误")
    service.enter_result(1, key, complete_result(matched, key, check_date="2020-10-21"))
    history = queries.history(matched, key)
    assert [(r.revision, r.status) for r in history] == [(1, "entered"), (2, "reviewed"), (3, "returned"),
                                                         (4, "entered")]
    assert history[0].content["check_date"] == "2020-10-20" and history[-1].content["check_date"] == "2020-10-21"
    assert [e.action for e in audit.entries(limit=4)] == ["results.enter", "results.return", "results.review",
                                                          "results.enter"]
    assert check_all().ok


def test_rules_are_enforced_with_chinese_messages(matched):
    key = first_keys(matched, 1)[0]
    bad = complete_result(matched, key, result="发现问题待后续处理")   # problem text missing
    bad["check_date"] = "2021-01-05"
    bad["inspectors"] = bad["inspectors"][:1] + ["NOT-ON-TEAM"]
    with pytest.raises(ValidationError) as info:
        service.enter_result(1, key, bad)
    text = str(info.value)
    assert "须填写发现的问题" in text and "不在抽查期间" in text and "不是本检查组成员" in text
    with pytest.raises(ValidationError, match="为空"):
        service.enter_result(1, key, {})
    with pytest.raises(StateError, match="只能审核已录入"):
        service.review_results(1, [key], "王审核")
    assert queries.current_result(matched, key) is None


def test_a_direct_edit_of_a_result_is_found(matched):
    key = first_keys(matched, 1)[0]
    service.enter_result(1, key, complete_result(matched, key))
    database.obj.execute_sql(
        "UPDATE result_revision SET content = replace(content, '未发现问题', '发现问题已责令改正')")
    report = check_all()
    assert not report.ok and any("结果被直接改动" in f.message for f in report.findings)


def test_a_deleted_batch_is_found(matched):
    key = first_keys(matched, 1)[0]
    service.enter_result(1, key, complete_result(matched, key))
    database.obj.execute_sql("DELETE FROM result_revision")
    database.obj.execute_sql("DELETE FROM result_batch")
    report = check_all()
    assert any("已不存在" in f.message for f in report.findings)
