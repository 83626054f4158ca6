"""app.xlsxstream: the streamed plain-rows xlsx of the draw listing - readable by openpyxl and
python-calamine, every value where it was written, and no text ever a formula."""
from __future__ import annotations

import zipfile

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from app.xlsxstream import CHUNK_ROWS, Sheet, column_letter, write_xlsx

ROWS = [["序号", "名称", "备注"],
        [1, "=HYPERLINK(\"http://x\",\"点我\")", None],
        [2, "＝1+1", "A & B <c> \"d\""],
        [3, " 前后空格 ", "控制\x01字符"],
        [4.5, True, "x" * 40000],
        [5, "+cmd|' /C calc'!A0", "@SUM(A1)"]]


def test_rows_read_back_with_openpyxl_and_calamine_and_no_cell_is_a_formula(tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", [("名单 & <一>", ROWS), ("空", [])])
    book = load_workbook(path)
    assert book.sheetnames == ["名单 & <一>", "空"]
    values = [[c.value for c in row] for row in book["名单 & <一>"].iter_rows()]
    assert values[0] == ["序号", "名称", "备注"]
    assert values[1] == [1, "'=HYPERLINK(\"http://x\",\"点我\")", None]
    assert values[2] == [2, "'＝1+1", "A & B <c> \"d\""]
    assert values[3] == [3, " 前后空格 ", "控制[U+0001]字符"]
    assert values[4][:2] == [4.5, True] and len(values[4][2]) <= 32767 and "已截断" in values[4][2]
    assert values[5][1:] == ["'+cmd|' /C calc'!A0", "'@SUM(A1)"]
    for row in book["名单 & <一>"].iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    calamine = CalamineWorkbook.from_path(str(path))
    read = calamine.get_sheet_by_name("名单 & <一>").to_python()
    assert read[2][2] == "A & B <c> \"d\"" and read[1][1].startswith("'=") and read[5][2] == "'@SUM(A1)"
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="str"' not in sheet   # text only ever as inline strings


def test_the_same_rows_give_the_same_bytes(tmp_path):
    a = write_xlsx(tmp_path / "a.xlsx", [("s", ROWS)]).read_bytes()
    assert write_xlsx(tmp_path / "b.xlsx", [("s", ROWS)]).read_bytes() == a


def test_column_letters():
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_a_text_sheet_has_a_bold_frozen_header_widths_and_only_text(tmp_path):
    rows = [["=1+1", 7, None, "回车\r换行"], ["", "", "普通", "x\ufffey"]]
    sheet = Sheet("公示", rows, header=["甲", "乙", "丙", "丁"], widths=[10, 20, 30, 40], text=True)
    path = write_xlsx(tmp_path / "t.xlsx", [sheet])
    sheet = load_workbook(path)["公示"]
    assert sheet.freeze_panes == "A2"
    assert [sheet.column_dimensions[c].width for c in "ABCD"] == [10, 20, 30, 40]
    assert [(c.value, c.font.b, c.number_format) for c in sheet[1]] == [(v, True, "@") for v in "甲乙丙丁"]
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == \
        [["'=1+1", "7", None, "回车\r换行"], [None, None, "普通", "xy"]]
    assert all(c.number_format == "@" and not c.font.b for c in sheet[2] if c.value is not None)


def test_chunks_of_plain_columns_and_of_mixed_columns_read_back_alike(tmp_path):
    # The writer formats a chunk column by column when a column allows it and cell by cell otherwise:
    # a long table mixing both, and ragged rows, must read back value for value.
    rows = [[i, f"9137{i:014d}", f"名称{i}", i * 0.5 if i % 3 else "文字",
             "=x" if i == 2500 else " 空格 " if i == 10 else "",
             True if i % 7 == 0 else None] for i in range(CHUNK_ROWS + 700)]
    rows.append([1, "短行"])
    path = write_xlsx(tmp_path / "m.xlsx", [("m", rows)])
    read = [[c.value for c in row] for row in load_workbook(path)["m"].iter_rows()]
    expected = [[("'" + v if v == "=x" else v or None) if isinstance(v, str) else v for v in row]
                + [None] * (6 - len(row)) for row in rows]
    assert read == expected
