"""`spotcheck import results FILE... [--json] [--dry-run] [--accept-changes] [--map-to UID --reason TEXT]`."""
from __future__ import annotations

import json

from app import audit
from app.cli.main import main
from app.results import queries
from tests.support import returns as R
from tests.support.kills import db_state
from tests.support.results import complete_result


def _run(capsys, argv) -> tuple[int, dict]:
    code = main(["import", "results", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_dry_run_then_import_then_changes_with_json(matched, db_path, tmp_path, capsys):
    pkg = R.issue(matched, tmp_path / "out", "市南区")
    keys = list(R.row_map(pkg.path))
    path = R.fill(pkg.path, matched, keys[:2], out=tmp_path / "市南区.xlsx")
    before = db_state(db_path)
    code, data = _run(capsys, [str(path), "--dry-run", "--db", str(db_path)])
    assert code == 0 and data["dry_run"] and data["imported"] == [] and data["refused_files"] == []
    [f] = data["files"]
    assert f["package"] == pkg.uid and [e["key"] for e in f["new"]] == keys[:2] and f["open"] == keys[2:]
    assert db_state(db_path) == before
    code, data = _run(capsys, [str(path), "--db", str(db_path)])
    assert code == 0 and data["imported"][0]["new"] == keys[:2] and data["imported"][0]["batch_id"]
    assert set(queries.current_results(matched)) == set(keys[:2])
    # a second return changing one result: shown, held back, then applied with --accept-changes
    later = R.fill(path, matched, contents={keys[0]: complete_result(matched, keys[0], check_date="2020-10-27")},
                   out=tmp_path / "市南区-2.xlsx")
    code, data = _run(capsys, [str(later), "--db", str(db_path)])
    assert code == 0 and data["files"][0]["changed"][0]["fields"] == ["检查日期"]
    assert data["imported"][0]["held_back"] == [keys[0]]
    code, data = _run(capsys, [str(later), "--accept-changes", "--db", str(db_path)])
    assert code == 0 and data["imported"][0]["changed"] == [keys[0]]
    assert queries.current_result(matched, keys[0]).content["check_date"] == "2020-10-27"


def test_text_output_names_file_sheet_row_and_column(matched, db_path, tmp_path, capsys):
    pkg = R.issue(matched, tmp_path / "out", "市南区")
    key = list(R.row_map(pkg.path))[0]
    row = R.row_map(pkg.path)[key][0]
    path = R.fill(pkg.path, matched, [key], out=tmp_path / "错.xlsx",
                  edit=lambda wb: R.set_cell(wb, row, "method", "目测"))
    assert main(["import", "results", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"[错误] 文件“错.xlsx”，工作表“检查结果”，第 {row} 行，“核查方式”列：检查对象 {key}" in out
    assert "有错误不导入 1 户" in out


def test_a_refused_file_exits_2_and_the_others_are_imported(matched, db_path, tmp_path, capsys):
    good = R.fill(R.issue(matched, tmp_path / "a", "市南区").path, matched, out=tmp_path / "好.xlsx")
    pkg = R.issue(matched, tmp_path / "b", "市北区")
    bad = R.fill(pkg.path, matched, out=tmp_path / "坏.xlsx", edit=R.remove_identity)
    count = len(audit.entries(limit=100000))
    code, data = _run(capsys, [str(good), str(bad), "--db", str(db_path)])
    assert code == 2
    assert [r["file"] for r in data["refused_files"]] == [str(bad)]
    assert "没有“包标识”工作表" in data["refused_files"][0]["error"]["message"]
    assert len(data["imported"]) == 1 and len(audit.entries(limit=100000)) == count + 1
    # mapped by hand: a reason is required, then it is imported and the reason recorded
    assert main(["import", "results", str(bad), "--map-to", pkg.uid, "--db", str(db_path)]) == 2
    assert "必须用 --reason 写明原因" in capsys.readouterr().err
    code, data = _run(capsys, [str(bad), "--map-to", pkg.uid, "--reason", "区局误删隐藏表", "--db", str(db_path)])
    assert code == 0 and data["files"][0]["mapped_by_hand"].startswith("区局误删隐藏表")
    assert audit.entries(limit=1)[0].payload["mapped_by_hand"].startswith("区局误删隐藏表")
    assert main(["import", "results", str(good), str(bad), "--map-to", pkg.uid, "--reason", "x",
                 "--db", str(db_path)]) == 2
    assert "只能用于一个文件" in capsys.readouterr().err
