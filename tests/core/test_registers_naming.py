"""The register name suggested from a file: its title row, else its file name (app.registers.naming)."""
from __future__ import annotations

from pathlib import Path

from app.registers.naming import suggested_name, title_row
from app.registers.results import FilePreview, SheetPreview


def preview(rows, header_row) -> FilePreview:
    sheet = SheetPreview(name="S", rows=rows, row_numbers=list(range(1, len(rows) + 1)), header_row=header_row,
                         headers=[], mapping={}, data_rows=0)
    return FilePreview(path=Path("x.xlsx"), kind="enterprise", format="xlsx", encoding=None, sheets=[sheet])


def test_title_row_above_the_header():
    p = preview([["  青岛市食品相关产品生产企业名录 ", "", ""], ["", "", ""],
                 ["企业名称", "统一社会信用代码", "住所"]], 3)
    assert title_row(p) == "青岛市食品相关产品生产企业名录"
    assert suggested_name("/tmp/食品2020.xlsx", p) == "青岛市食品相关产品生产企业名录"


def test_without_a_title_the_file_name():
    no_title = preview([["企业名称", "统一社会信用代码"], ["甲", "1"]], 1)
    assert title_row(no_title) == ""
    assert suggested_name("/tmp/食品 相关 2020.xlsx", no_title) == "食品 相关 2020"
    assert suggested_name("/tmp/a.b.csv") == "a.b"
    # a row of several cells (a note with a date) is not a title; nor is a header never found
    noted = preview([["制表：张三", "2020-01-01"], ["企业名称", "统一社会信用代码"]], 2)
    assert title_row(noted) == ""
    assert title_row(preview([["青岛市名录"], ["a", "b"]], None)) == ""
