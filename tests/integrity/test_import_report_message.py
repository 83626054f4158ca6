"""Item 7 of issue 12: "没有可导入的行" must not send the clerk to a report that was never written.

The message says how to get the report (the wizard's “保存错误报告…”, the CLI's --report), and
the CLI given --report writes it before refusing, and names it.
"""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.errors import ValidationError
from app.registers import queries, service
from tests.support.registers import HEADER, K, register_file


def _nothing_importable(tmp_path):
    """Three rows, none with a usable code."""
    rows = [[n, f"青岛{n}有限公司", f"BAD{n}", "", "", "市南区", "", "", "存续"] for n in range(1, 4)]
    return register_file(tmp_path, "全部错误.xlsx", rows)


def test_the_service_says_how_to_get_the_report(db, tmp_path):
    result = service.validate_import(_nothing_importable(tmp_path), "enterprise", "检查对象")
    assert result.imported == 0 and result.rejected == 3
    with pytest.raises(ValidationError) as caught:
        service.commit_import(result)
    message = caught.value.message
    assert "保存错误报告" in message and "--report" in message and "请查看错误报告" not in message
    assert "读取 3 行，未导入 3 行" in message
    assert caught.value.location.file == "全部错误.xlsx"
    assert queries.get_version("检查对象", None) is None
    assert [p.name for p in tmp_path.glob("*.xlsx")] == ["全部错误.xlsx"]   # nothing written on the side


def test_the_cli_without_report_tells_how_to_ask_for_one(db, db_path, tmp_path, capsys):
    source = _nothing_importable(tmp_path)
    code = main(["import", "enterprises", str(source), "--register", "检查对象", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "没有可导入的行" in err and "--report" in err
    assert list(tmp_path.glob("*.xlsx")) == [source]


def test_the_cli_with_report_writes_it_before_refusing(db, db_path, tmp_path, capsys):
    source = _nothing_importable(tmp_path)
    report = tmp_path / "reports" / "错误报告.xlsx"
    code = main(["import", "enterprises", str(source), "--register", "检查对象", "--report", str(report),
                 "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"各行的原因已写入错误报告：{report}" in err
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert list(rows[0]) == ["文件", "工作表", "行号", "列", "值", "原因", "处理结果"]
    assert sorted(r[2] for r in rows[1:]) == [2, 3, 4] and {r[6] for r in rows[1:]} == {"未导入"}
    assert queries.get_version("检查对象", None) is None


def test_a_file_with_rows_still_imports_and_writes_its_report(db, db_path, tmp_path, capsys):
    rows = [[1, "青岛1有限公司", "BAD1", "", "", "市南区", "", "", "存续"]]
    source = register_file(tmp_path, "部分错误.xlsx", rows + [[2, "青岛2有限公司", K[2], "", "", "市南区", "",
                                                               "", "存续"]])
    report = tmp_path / "r.xlsx"
    code = main(["import", "enterprises", str(source), "--register", "检查对象", "--report", str(report),
                 "--db", str(db_path)])
    out = capsys.readouterr().out
    version = queries.get_version("检查对象", None)
    assert code == 0 and f"错误报告：{report}" in out
    assert version is not None and version.imported == 1
    assert len(list(load_workbook(report).active.iter_rows(min_row=2))) == version.rejected + version.flagged
    assert HEADER[2] in {c.value for c in next(load_workbook(report).active.iter_rows(min_row=2))}
