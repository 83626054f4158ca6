"""The worksheet scan of app.registers.zip_limits on a register of a million rows and more: the exact top row
is read in the one inflating pass (issue 18: a second pass was half the check's time at 1,000,000 rows)."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.registers.zip_limits import MAX_ROWS, _SheetScan


def _scan(rows_xml: str, piece: int = 97) -> _SheetScan:
    scan = _SheetScan(Path("名录.xlsx"), "xl/worksheets/sheet1.xml")
    data = ('<?xml version="1.0"?><worksheet><sheetData>' + rows_xml + "</sheetData></worksheet>").encode()
    for start in range(0, len(data), piece):   # tags cut at every chunk boundary
        scan.feed(data[start:start + piece])
    return scan


def _rows(first: int, last: int, extra: dict | None = None) -> str:
    out = []
    for r in range(first, last + 1):
        cells = f'<c r="A{r}"><v>1</v></c><c r="B{r}"><v>2</v></c>' + (extra or {}).get(r, "")
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def _no_second_pass(_feed):
    raise AssertionError("the sheet was inflated a second time")


def test_a_sheet_past_a_million_rows_gets_its_exact_extent_in_one_pass():
    scan = _scan(_rows(999_980, 1_000_010))
    assert scan.extent(_no_second_pass) == (1_000_010, 26)


@pytest.mark.parametrize("piece", [13, 97, 4096])
def test_a_far_cell_among_the_last_rows_is_found(piece):
    far = MAX_ROWS + 7
    scan = _scan(_rows(999_990, 1_000_020, {1_000_005: f'<c r="C{far}"><v>3</v></c>'}), piece)
    assert scan.extent(_no_second_pass) == (far, 26)


def test_six_digit_rows_need_no_exact_count():
    assert _scan(_rows(999_000, 999_999)).extent(_no_second_pass) == (999_999, 26)
