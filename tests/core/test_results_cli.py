"""`spotcheck progress` and `spotcheck results list|show|enter|review|return` end to end (no Qt)."""
from __future__ import annotations

import io
import json

import pytest

from app.cli.main import main
from app.match.queries import team_text
from app.results import queries, service
from tests.support.issued import issue_package_row
from tests.support.results import complete_result, first_keys


@pytest.fixture
def run(db_path, capsys):
    """main(argv + --db) -> (exit code, stdout, stderr); with as_json the parsed stdout."""
    def call(*argv, as_json=False):
        args = [str(a) for a in argv] + ["--db", str(db_path)] + (["--json"] if as_json else [])
        code = main(args)
        out, err = capsys.readouterr()
        return code, (json.loads(out) if as_json and out.strip() else out), err
    return call


def _district(draw) -> str:
    return queries.result_rows(draw)[0].district


def _result_file(tmp_path, draw, key, **kw):
    path = tmp_path / f"{key}.json"
    path.write_text(json.dumps(complete_result(draw, key, **kw), ensure_ascii=False), encoding="utf-8")
    return path


def test_progress_prints_a_table_and_json(matched, run):
    key = first_keys(matched, 1)[0]
    service.enter_result(1, key, complete_result(matched, key))
    code, data, _ = run("progress", "--plan", matched.plan.id, "--today", "2020-11-16", as_json=True)
    assert code == 0
    assert set(data) >= {"plan_id", "today", "deadlines", "districts", "totals"} and data["today"] == "2020-11-16"
    names = {"issued", "matched", "notified", "inspected", "entered", "reviewed", "overdue"}
    assert all(names <= set(t["counts"]) for d in data["districts"] for t in d["tasks"])
    assert data["totals"]["entered"] == 1 and data["totals"]["overdue"] == data["totals"]["inspections"] - 1
    assert {d["kind"]: d["value"] for d in data["deadlines"]}["match"] == "2020-11-03"
    code, text, _ = run("progress", "--plan", matched.plan.id, "--today", "2020-11-16")
    assert code == 0
    assert "已录入" in text and "逾期" in text and "合计" in text and "完成匹配 2020-11-03（5 个工作日）" in text
    assert all(d["district"] in text for d in data["districts"])
    assert f"有 {data['totals']['overdue']} 户已逾期" in text and "第 1 号抽取：匹配承诺提交于" in text


def test_progress_bad_input_is_refused_in_chinese(matched, run):
    code, _, err = run("progress", "--plan", matched.plan.id, "--today", "2020/11/16")
    assert code == 2 and "格式不正确，应为 YYYY-MM-DD" in err
    code, data, err = run("progress", "--plan", 99, as_json=True)
    assert code == 2 and "找不到编号为 99 的抽查计划" in err and data["error"]["code"]


def test_results_list_and_show(matched, run):
    key = first_keys(matched, 1)[0]
    service.enter_result(1, key, complete_result(matched, key))
    service.return_result(1, key, "王审核", "检查日期有误")
    code, data, _ = run("results", "list", "--draw", 1, as_json=True)
    assert code == 0 and data["count"] == len(queries.result_rows(matched))
    code, data, _ = run("results", "list", "--draw", 1, "--status", "returned", as_json=True)
    assert code == 0 and [r["key"] for r in data["rows"]] == [key] and data["rows"][0]["status_zh"] == "已退回"
    district = _district(matched)
    code, text, _ = run("results", "list", "--draw", 1, "--district", district, "--status", "open")
    open_rows = queries.result_rows(matched, district=district, status="open")
    assert code == 0 and "未录入" in text and f"共 {len(open_rows)} 户" in text
    assert all(r.key in text for r in open_rows) and key not in text
    code, _, err = run("results", "list", "--draw", 1, "--status", "done")
    assert code == 2 and "状态“done”不正确" in err

    code, data, _ = run("results", "show", "--draw", 1, key, as_json=True)
    assert code == 0 and data["status"] == "returned" and data["current"]["reason"] == "检查日期有误"
    assert [(r["revision"], r["status"], r["reviewer"], r["batch"]["kind"]) for r in data["revisions"]] == [
        (1, "entered", "", "enter"), (2, "returned", "王审核", "return")]
    code, text, _ = run("results", "show", "--draw", 1, key)
    assert code == 0 and "第 2 版 已退回" in text and "原因：检查日期有误" in text and "实地核查" in text
    assert team_text(1, complete_result(matched, key)["inspectors"]) in text          # names with the cert numbers
    # what a clerk entering by command line needs: the items to name and the team's certificate numbers
    assert data["team"] == complete_result(matched, key)["inspectors"]
    assert f"检查组：{team_text(1, data['team'])}" in text and "检查事项：" + "；".join(data["items"]) in text
    code, _, err = run("results", "show", "--draw", 1, "NO-SUCH-KEY")
    assert code == 2 and "没有检查对象 NO-SUCH-KEY" in err


def test_results_enter_from_a_file_and_stdin(matched, run, tmp_path, monkeypatch):
    first, second = first_keys(matched, 2)
    code, data, _ = run("results", "enter", "--draw", 1, first, "--file", _result_file(tmp_path, matched, first),
                        as_json=True)
    assert code == 0 and data == {"draw": 1, "key": first, "changed": True, "revision": 1, "status": "entered"}
    code, text, _ = run("results", "enter", "--draw", 1, first, "--file", _result_file(tmp_path, matched, first))
    assert code == 0 and "未作更改" in text
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(complete_result(matched, second))))
    code, text, _ = run("results", "enter", "--draw", 1, second, "--file", "-")
    assert code == 0 and f"已录入检查对象 {second} 的结果（第 1 版" in text
    assert queries.current_result(matched, second).status == "entered"

    broken = tmp_path / "broken.json"
    broken.write_text('{"check_date": ', encoding="utf-8")
    code, _, err = run("results", "enter", "--draw", 1, first, "--file", broken)
    assert code == 2 and "不是有效的 JSON" in err
    broken.write_text("[1, 2]", encoding="utf-8")
    code, _, err = run("results", "enter", "--draw", 1, first, "--file", broken)
    assert code == 2 and "应为一个 JSON 对象" in err
    code, _, err = run("results", "enter", "--draw", 1, first, "--file", tmp_path / "missing.json")
    assert code == 2 and "无法读取结果文件" in err
    bad = _result_file(tmp_path, matched, first, result="发现问题待后续处理")   # no problem text
    code, data, err = run("results", "enter", "--draw", 1, first, "--file", bad, as_json=True)
    assert code == 2 and "须填写发现的问题" in err and data["error"]["details"]["issues"]
    code, _, err = run("results", "enter", "--draw", 1, "NO-SUCH-KEY", "--file", bad)
    assert code == 2 and "没有检查对象 NO-SUCH-KEY" in err
    assert [r.revision for r in queries.history(matched, first)] == [1]


def test_results_review_by_key_district_and_package(matched, run):
    district = _district(matched)
    keys = first_keys(matched, 4, district)
    for key in keys[:3]:
        service.enter_result(1, key, complete_result(matched, key))
    code, _, err = run("results", "review", "--draw", 1, keys[3], "--reviewer", "王审核")
    assert code == 2 and "只能审核已录入的结果" in err and "未录入" in err
    code, _, err = run("results", "review", "--draw", 1, keys[0])
    assert code == 2 and "审核必须填写审核人姓名" in err
    code, _, err = run("results", "review", "--draw", 1, "--reviewer", "王审核")
    assert code == 2 and "三者选一" in err
    code, _, err = run("results", "review", "--draw", 1, "NO-SUCH-KEY", "--reviewer", "王审核")
    assert code == 2 and "没有检查对象 NO-SUCH-KEY" in err

    code, data, _ = run("results", "review", "--draw", 1, keys[0], "--reviewer", "王审核", as_json=True)
    assert code == 0 and data["reviewed"] == 1 and data["keys"] == [keys[0]]
    package = issue_package_row(matched, district, keys[:2])
    code, data, _ = run("results", "review", "--draw", 1, "--package", package.uid, "--reviewer", "李审核",
                        as_json=True)
    assert code == 0 and data["keys"] == [keys[1]] and data["skipped"] == {"reviewed": 1}
    code, text, _ = run("results", "review", "--draw", 1, "--district", district, "--reviewer", "张审核")
    open_count = len(queries.result_rows(matched, district=district, status="open"))
    assert code == 0 and "已审核 1 户（审核人 张审核）" in text and f"未录入 {open_count} 户" in text
    assert "其余未审核（只审核已录入的）：已审核 2 户" in text
    assert [queries.current_result(matched, k).reviewer for k in keys[:3]] == ["王审核", "李审核", "张审核"]
    code, _, err = run("results", "review", "--draw", 1, "--district", district, "--reviewer", "张审核")
    assert code == 2 and "没有已录入待审核的结果" in err
    code, _, err = run("results", "review", "--draw", 1, "--package", "NO-SUCH", "--reviewer", "张审核")
    assert code == 2 and "没有编号为“NO-SUCH”的工作包" in err
    code, _, err = run("results", "review", "--draw", 1, "--district", "不存在区", "--reviewer", "张审核")
    assert code == 2 and "没有“不存在区”的检查对象" in err


def test_results_return_needs_a_reviewer_and_a_reason(matched, run):
    open_key, key = first_keys(matched, 2)
    service.enter_result(1, key, complete_result(matched, key))
    service.review_results(1, [key], "王审核")
    code, _, err = run("results", "return", "--draw", 1, key, "--reviewer", "王审核")
    assert code == 2 and "退回必须填写审核人和退回原因" in err
    code, _, err = run("results", "return", "--draw", 1, open_key, "--reviewer", "王审核", "--reason", "缺签字")
    assert code == 2 and "未录入，不能退回" in err
    code, data, _ = run("results", "return", "--draw", 1, key, "--reviewer", "王审核", "--reason", "缺签字",
                        as_json=True)
    assert code == 0 and (data["revision"], data["status"], data["reason"]) == (3, "returned", "缺签字")
    assert queries.current_result(matched, key).status == "returned"



def test_a_reader_that_goes_away_ends_the_command_quietly(matched, monkeypatch, capfd):
    """`spotcheck … | head`: the pipe closed under the printing ends the command with 141, no traceback."""
    import os

    from app.cli import cmd_results
    from app.cli.main import main
    from app.db.connection import current_db_path

    def closed_pipe(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cmd_results, "emit", closed_pipe)
    saved = os.dup(1)      # main() points stdout at /dev/null when the reader has gone: put it back after
    try:
        assert main(["--db", str(current_db_path()), "results", "list", "--draw", "1"]) == 141
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    assert "Traceback" not in capfd.readouterr().err
