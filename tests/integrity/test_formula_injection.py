"""Item 2 of issue 12: no spreadsheet the program writes carries a live formula.

Crafted file names, sheet names and cells go through the import (service and CLI) into the
error report; the report is opened with openpyxl and every cell is checked: no formula cell,
no text that a spreadsheet would read as a formula. The count of cells checked and of
crafted texts found neutralised is printed (`pytest -s`) for the closing note.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import Workbook, load_workbook

from app.cli.main import main
from app.files import TEMP_PREFIX
from app.registers import queries, service
from app.registers.rows import Issue
from app.spreadsheet import (
    FORMULA_STARTS,
    MAX_CELL_CHARS,
    MAX_SHEET_NAME,
    safe_cell,
    safe_sheet_title,
    write_csv,
)
from tests.support.registers import HEADER, K, write_xlsx

CRAFTED = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"点此\")",
           "＝1+1"]
# Sheet names may not hold / \ [ ] : * ? (openpyxl and Excel refuse them), so the crafted ones avoid them.
CRAFTED_SHEETS = ["=cmd|' C calc'!A0", "+1", "@SUM(A1)", "-2"]
# File names: any of CRAFTED that a file system accepts (no "/").
CRAFTED_FILE = "=cmd|' calc'!A0.xlsx"


def _crafted_register(folder: Path, file_name: str = CRAFTED_FILE) -> Path:
    """Each crafted sheet: one row per crafted text in every column (rejected: not a code), and one good row."""
    sheets = {}
    for i, name in enumerate(CRAFTED_SHEETS):
        rows = [HEADER] + [[n] + [text] * (len(HEADER) - 1) for n, text in enumerate(CRAFTED, start=1)]
        rows.append([99, f"青岛{i}有限公司", K[i + 1], "", "", "市南区", "", "", "存续"])
        sheets[name] = rows
    return write_xlsx(folder / file_name, sheets, text_stays_text=True)


def _is_formula_text(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _check_report(path: Path) -> tuple[int, int]:
    """(cells checked, neutralised texts); fails on any formula cell or formula-like text."""
    book = load_workbook(path)
    checked = neutralised = 0
    live = []
    for sheet in book.worksheets:
        assert not _is_formula_text(sheet.title)
        for row in sheet.iter_rows():
            for cell in row:
                checked += 1
                if cell.data_type == "f" or _is_formula_text(cell.value):
                    live.append((sheet.title, cell.coordinate, cell.value))
                if isinstance(cell.value, str) and cell.value.startswith("'") and _is_formula_text(cell.value[1:]):
                    neutralised += 1
    assert live == []
    return checked, neutralised


def _expected_neutralised(source_name: str, issues) -> int:
    """How many report cells hold text a spreadsheet would take as a formula (before neutralising)."""
    return sum(_is_formula_text(v) for i in issues
               for v in (source_name, i.sheet, i.column, i.value, i.reason))


@pytest.mark.parametrize("text", CRAFTED + ["\n=1", "＋1", "－2", "＠A1"])
def test_formula_text_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["青岛海尔有限公司", "1-2", "a=b", "", "'quoted", " =1 (space first)"])
def test_ordinary_text_is_left_alone(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [-2, 3.5, None, True])
def test_non_text_values_are_kept(value):
    assert safe_cell(value) is value


def test_control_characters_are_spelled_out_and_long_text_is_cut():
    assert safe_cell("A\x00B\x1fC\tD") == "A[U+0000]B[U+001F]C\tD"
    long = "长" * 50_000
    cut = safe_cell(long)
    assert len(cut) <= MAX_CELL_CHARS and cut.startswith("长" * 1000) and "50000" in cut


@pytest.mark.parametrize("name", ["a[b]:c*d?e/f\\g", "'引号'", "=SUM(A1)" * 10, "", "\x00", "正常名称"])
def test_sheet_titles_from_user_data_are_accepted_by_openpyxl(name):
    title = safe_sheet_title(name, fallback="导入问题")
    book = Workbook()
    sheet = book.create_sheet(title)     # raises on a title openpyxl refuses
    assert sheet.title == title and 0 < len(title) <= MAX_SHEET_NAME
    assert not set(title) & set("[]:*?/\\") and not title.startswith("'") and not title.endswith("'")
    if name == "正常名称":
        assert title == name


def test_report_through_the_service_has_no_live_formula(db, tmp_path, capsys):
    source = _crafted_register(tmp_path)
    result = service.validate_import(source, "enterprise", "检查对象")
    assert result.imported == len(CRAFTED_SHEETS) and result.rejected == len(CRAFTED_SHEETS) * len(CRAFTED)
    report = service.write_error_report(result, tmp_path / "report.xlsx")
    checked, neutralised = _check_report(report)
    expected = _expected_neutralised(result.source_name, result.issues)
    assert neutralised == expected and expected >= len(result.issues)   # the file name alone is on every row
    rows = list(load_workbook(report).active.iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in rows} == {"'" + CRAFTED_FILE}
    assert {r[1] for r in rows} == {"'" + s for s in CRAFTED_SHEETS}
    # The value column reads back as the crafted text behind the apostrophe (\r reads back as \n from xlsx).
    assert {r[4][1:].replace("\n", "\r") for r in rows} >= {"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"}
    with capsys.disabled():
        print(f"\n[formula injection] service report: {checked} cells checked, {neutralised} neutralised, 0 live")


def test_report_through_the_cli_and_of_the_kept_version(db, db_path, tmp_path, capsys):
    source = _crafted_register(tmp_path)
    report = tmp_path / "cli-report.xlsx"
    code = main(["import", "enterprises", str(source), "--register", "检查对象", "--report", str(report),
                 "--json", "--db", str(db_path)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["version"] == 1
    checked, neutralised = _check_report(report)
    assert neutralised >= len(data["errors"]) > 0
    # The GUI's "save error report" of an imported version writes from the kept ImportIssue rows.
    version = queries.get_version("检查对象", None)
    kept = service.write_error_report(version, tmp_path / "version-report.xlsx")
    checked_v, neutralised_v = _check_report(kept)
    assert neutralised_v == _expected_neutralised(version.source_name, list(version.issues))
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))
    with capsys.disabled():
        print(f"\n[formula injection] CLI report: {checked} cells checked, {neutralised} neutralised; "
              f"version report: {checked_v} checked, {neutralised_v} neutralised, 0 live")


@pytest.mark.parametrize("file_name", ["+1.csv", "-2.csv", "@SUM(A1).csv", "\t=1.csv", "\r=1.csv"])
def test_crafted_csv_file_names_and_cells(db, db_path, tmp_path, capsys, file_name):
    source = tmp_path / file_name
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n, text in enumerate(CRAFTED, start=1):
            writer.writerow([n] + [text] * (len(HEADER) - 1))
        writer.writerow([99, "青岛好有限公司", K[1], "", "", "市南区", "", "", "存续"])
    report = tmp_path / "r.xlsx"
    code = main(["import", "enterprises", str(source), "--register", "检查对象", "--report", str(report),
                 "--db", str(db_path)])
    capsys.readouterr()
    assert code == 0
    checked, neutralised = _check_report(report)
    rows = list(load_workbook(report).active.iter_rows(min_row=2, values_only=True))
    # An XML reader turns a stored "\r" into "\n": the name reads back with the apostrophe in front.
    assert {r[0] for r in rows} == {("'" + file_name).replace("\r", "\n")}
    assert len(rows) == len(CRAFTED)
    # Per row: the file name, the sheet name (a CSV's sheet is the file's stem) and the crafted value.
    assert neutralised == 3 * len(rows)


def test_control_characters_and_huge_cells_do_not_stop_the_report(tmp_path):
    issues = [Issue("工作表\x00", 2, "名称", "坏\x00值\x07", "含控制字符", "flagged"),
              Issue("S", 3, "名称", "=" + "x" * 100_000, "过长", "rejected")]
    source = SimpleNamespace(source_name="=a\x01.xlsx", issues=issues)
    report = service.write_error_report(source, tmp_path / "r.xlsx")
    _check_report(report)
    rows = list(load_workbook(report).active.iter_rows(min_row=2, values_only=True))
    assert rows[0][:2] == ("'=a[U+0001].xlsx", "工作表[U+0000]") and rows[0][4] == "坏[U+0000]值[U+0007]"
    assert rows[1][4].startswith("'=xxx") and len(rows[1][4]) <= MAX_CELL_CHARS


def test_csv_writer_neutralises_and_writes_atomically(tmp_path):
    path = write_csv(tmp_path / "out.csv", [["名称", "值"]] + [[text, -2] for text in CRAFTED])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["名称", "值"]
    assert [r[0] for r in rows[1:]] == ["'" + t for t in CRAFTED]
    assert [r[1] for r in rows[1:]] == ["-2"] * len(CRAFTED)    # a number stays a number
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))
