"""Files that cannot be imported: a Chinese message naming the file (and sheet), and nothing written."""
import itertools
import os
import zipfile

import pytest

from app import audit
from app.errors import CancelledError, FileReadError, ValidationError
from app.registers import service
from app.registers.models import Enterprise, ImportIssue, Register, RegisterVersion
from tests.support.raw_xlsx import row_xml, write_streamed_xlsx
from tests.support.registers import HEADER, K, write_xlsx


def snapshot():
    return (Register.select().count(), RegisterVersion.select().count(), Enterprise.select().count(),
            ImportIssue.select().count(), audit.head())


def import_fails(path, error=(FileReadError, ValidationError), **kw):
    before = snapshot()
    with pytest.raises(error) as info:
        service.import_file(path, "enterprise", "工业", **kw)
    assert snapshot() == before
    return str(info.value)


def test_empty_file(db, tmp_path):
    path = tmp_path / "空.xlsx"
    path.write_bytes(b"")
    assert import_fails(path) == "文件“空.xlsx”：文件是空的（0 字节），没有可导入的内容。"


def test_not_a_spreadsheet(db, tmp_path):
    path = tmp_path / "照片.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    message = import_fails(path)
    assert "照片.xlsx" in message and "不是表格文件" in message


def test_html_named_xls(db, tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text("<html><body><table><tr><td>企业名称</td></tr></table></body></html>", encoding="utf-8")
    assert "网页" in import_fails(path)


def test_truncated_xlsx(db, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx",
                      {"S": [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", "", "市南区", "", "", "存续"]
                                        for n in range(1, 10)]})
    data = good.read_bytes()
    path = tmp_path / "截断.xlsx"
    path.write_bytes(data[: len(data) // 2])
    message = import_fails(path)
    assert "截断.xlsx" in message and ("损坏" in message or "不完整" in message)


def test_corrupt_zip_member(db, tmp_path):
    path = tmp_path / "坏.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<<<not xml")
    assert "坏.xlsx" in import_fails(path)


def test_wrong_encoding_chosen(db, tmp_path):
    path = tmp_path / "食品.csv"
    path.write_bytes(f"企业名称,统一社会信用代码,所属区市\n青岛甲有限公司,{K[1]},市南区\n".encode("gbk"))
    message = import_fails(path, encoding="utf-8")
    assert "食品.csv" in message and "按“utf-8”编码" in message
    assert "编码" in import_fails(path, encoding="no-such-codec")


def test_undecodable_text(db, tmp_path):
    path = tmp_path / "乱码.csv"
    path.write_bytes(b"\xff\xfe\xfd\x81\x30\xff" * 50)
    assert "乱码.csv" in import_fails(path)


def test_header_without_a_key_column(db, tmp_path):
    path = write_xlsx(tmp_path / "无代码.xlsx",
                      {"名单": [["企业名称", "所属区市", "登记状态"], ["青岛甲有限公司", "市南区", "存续"]]})
    message = import_fails(path)
    assert message.startswith("文件“无代码.xlsx”，工作表“名单”，第 1 行：表头中没有找到“统一社会信用代码”列")


def test_no_header_at_all(db, tmp_path):
    path = write_xlsx(tmp_path / "杂.xlsx", {"Sheet1": [["随便写的"], ["一些", "内容"]]})
    message = import_fails(path)
    assert "工作表“Sheet1”" in message and "没有找到表头行" in message


def test_unknown_sheet(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [HEADER]})
    assert "没有名为“市南区”的工作表" in import_fails(path, sheets=["市南区"])


def test_missing_file(db, tmp_path):
    assert "不存在" in import_fails(tmp_path / "nope.xlsx")


def _raw_xlsx(path, rows, blank_rows, blank_row_xml):
    """An xlsx written directly (openpyxl would take minutes for a million rows): `rows`, then
    `blank_rows` rows of blank_row_xml(n)."""
    start = len(rows) + 1
    data = (row_xml(n, row) for n, row in enumerate(rows, 1))
    blanks = (blank_row_xml(n) for n in range(start, start + blank_rows))
    return write_streamed_xlsx(path, itertools.chain(data, blanks))


@pytest.mark.parametrize("blank_row_xml", [
    lambda k: f'<row r="{k}" s="1" customFormat="1"/>',                        # formatted rows
    lambda k: f'<row r="{k}"><c r="A{k}" s="1"/><c r="L{k}" s="1"/></row>',     # styled empty cells
    lambda k: f'<row r="{k}"><c r="A{k}" t="inlineStr"><is><t></t></is></c></row>',  # empty strings
], ids=["formatted-rows", "styled-cells", "empty-strings"])
def test_a_million_blank_rows_are_read_past(db, tmp_path, blank_row_xml):
    """Formatted rows, styled empty cells and cells holding "" below the data: three enterprises, nothing else."""
    from app.registers.models import Enterprise
    rows = [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", "", "市南区", "", "", "存续"] for n in range(1, 4)]
    path = _raw_xlsx(tmp_path / "百万空行.xlsx", rows, 1_000_000, blank_row_xml)
    version, result = service.import_file(path, "enterprise", "工业")
    assert result.imported == 3 and result.rows_read == 3 and not result.rejected
    assert Enterprise.select().where(Enterprise.version == version).count() == 3


def test_blank_rows_never_pile_up_while_reading():
    """Memory stays bounded whatever the sheet's length: while a million blank rows stream past, at most one
    chunk of them is alive (counted, not timed; the figures are in bench/)."""
    from app.registers import readers

    class Row(list):
        alive = peak = 0

        def __init__(self, cells):
            super().__init__(cells)
            Row.alive += 1
            Row.peak = max(Row.peak, Row.alive)

        def __del__(self):
            Row.alive -= 1

    def stream():
        yield Row(["名称", "代码"])
        for _ in range(1_000_000):
            yield Row(["", ""])
        yield Row(["甲", "X"])

    kept = readers._numbered_rows(stream(), 1)
    assert [no for no, _cells in kept] == [1, 1_000_002]      # Excel row numbers survive the dropping
    assert Row.peak <= readers._CHUNK_ROWS + 2, Row.peak


def test_cancel_before_and_during_commit_writes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx",
                      {"S": [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", "", "市南区", "", "", "存续"]
                                        for n in range(1, 10)]})
    result = service.validate_import(path, "enterprise", "工业")
    before = snapshot()
    with pytest.raises(CancelledError):
        service.commit_import(result, cancel=lambda: True)
    calls = iter([False, False, True] + [True] * 10)   # let it write, then cancel at the end
    with pytest.raises(CancelledError):
        service.commit_import(result, cancel=lambda: next(calls))
    assert snapshot() == before
    with pytest.raises(CancelledError) as info:
        service.validate_import(path, "enterprise", "工业", cancel=lambda: True)
    assert "数据库未作任何更改" in str(info.value)


def test_a_failure_inside_the_transaction_rolls_back(db, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "a.xlsx",
                      {"S": [HEADER, [1, "青岛甲有限公司", K[1], "", "", "市南区", "", "", "存续"]]})
    result = service.validate_import(path, "enterprise", "工业")
    before = snapshot()

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(audit, "append", boom)
    with pytest.raises(RuntimeError):
        service.commit_import(result)
    monkeypatch.undo()
    assert snapshot() == before


def test_a_file_with_no_valid_row_creates_no_version(db, tmp_path):
    path = write_xlsx(tmp_path / "全错.xlsx",
                      {"S": [HEADER, [1, "青岛甲有限公司", "123", "", "", "市南区", "", "", "存续"]]})
    message = import_fails(path)
    assert "没有可导入的行" in message and "全错.xlsx" in message
