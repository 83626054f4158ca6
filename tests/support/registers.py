"""Helpers for the register tests: the clerk's header, valid codes, xlsx files written with openpyxl."""
from __future__ import annotations

from pathlib import Path

from app.registers.normalize import reg_no_check_digit, uscc_check_char

HEADER = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "所属区市", "发证日期", "有效期至", "登记状态"]


def uscc(division: str, body: str) -> str:
    first17 = "91" + division + body
    return first17 + uscc_check_char(first17)


def reg_no(first14: str) -> str:
    return first14 + reg_no_check_digit(first14)


def write_xlsx(path: Path, sheets: dict, merges: dict | None = None, date_formats: dict | None = None,
               *, text_stays_text: bool = False) -> Path:
    """sheets: {name: rows}; merges: {name: ["A1:I1", ...]}. text_stays_text: text cells are stored as
    strings even when they start with "=" (openpyxl would store a formula otherwise)."""
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
            if text_stays_text:
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"
        for ref in (merges or {}).get(name, []):
            sheet.merge_cells(ref)
    book.save(path)
    return path


K = {n: uscc("370202", f"MA{n:07d}") for n in range(1, 20)}


def register_file(tmp_path, name, rows):
    return write_xlsx(tmp_path / name, {"S": [HEADER] + rows})


def row(n, name=None, district="市南区", status="存续"):
    return [n, name or f"青岛{n}有限公司", K[n], "", "", district, "", "", status]
