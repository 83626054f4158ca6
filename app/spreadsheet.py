"""Cells the program writes into spreadsheets (xlsx, CSV), made safe to open.

A spreadsheet takes text that begins with "=", "+", "-" or "@" as a formula, so
an import file named `=cmd|' /C calc'!A0.xlsx` or a cell holding `=HYPERLINK(…)`
would come back to the clerk as a live formula in the error report. Every cell
the program writes goes through `safe_cell`: such text (also after a tab or a
carriage return, and the full-width forms a Chinese input method types) gets a
leading apostrophe, the OWASP rule for CSV injection, and in an xlsx the cell is
also typed as a string so openpyxl never stores it as a formula.

Two more things would make a written workbook unreadable rather than dangerous:
control characters (openpyxl refuses them, Excel reports the file as corrupt) and
cells over Excel's 32,767 characters. Both are replaced here, so a stored value can
never stop a report from being written.

openpyxl is imported by its callers (it is heavy); this module only needs its
sheet objects' duck type.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.files import atomic_open

# Characters a spreadsheet reads as the start of a formula (OWASP), with the full-width
# ＝＋－＠ that Excel in a Chinese locale also accepts.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Excel's limit for one cell; a longer text is cut with a note saying how long it was.
MAX_CELL_CHARS = 32767
# What openpyxl refuses in a cell (C0 controls other than tab, newline and carriage return).
ILLEGAL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters Excel refuses in a sheet name; it also limits names to 31 characters.
SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


def _shown(char: re.Match) -> str:
    return f"[U+{ord(char.group()):04X}]"


def safe_text(text: str) -> str:
    """Text that a spreadsheet shows as written: control characters spelled out ([U+0000]),
    an over-long text cut to Excel's limit, and a formula start neutralised by an apostrophe."""
    text = ILLEGAL_CHARS.sub(_shown, text)
    if len(text) > MAX_CELL_CHARS:
        note = f"……（已截断，原文共 {len(text)} 个字符）"
        text = text[:MAX_CELL_CHARS - len(note) - 1] + note
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text


def safe_cell(value: Any) -> Any:
    """A value to put in a cell: text through safe_text; numbers, dates, booleans and None as they are
    (a number is stored as a number and is never read as a formula)."""
    return safe_text(value) if isinstance(value, str) else value


def safe_sheet_title(name: str, fallback: str = "Sheet") -> str:
    """A sheet name made from user data that Excel and openpyxl accept: no []:*?/\\ or control
    characters, no apostrophe at either end, at most 31 characters, never empty."""
    name = SHEET_NAME_ILLEGAL.sub("_", ILLEGAL_CHARS.sub("", name)).strip().strip("'").strip()
    return name[:MAX_SHEET_NAME] or fallback


def append_row(sheet, values: Iterable[Any]) -> None:
    """openpyxl's sheet.append through safe_cell, with every text cell typed as a string."""
    sheet.append([safe_cell(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def safe_csv_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]


def write_csv(path: str | Path, rows: Iterable[Iterable[Any]], *, encoding: str = "utf-8-sig") -> Path:
    """A CSV of safe cells, written atomically (utf-8-sig by default: Excel opens it without guessing)."""
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(safe_csv_row(row))
    return Path(path)
