"""Returned work packages for the results-import tests: packages written by app.packages.writer, then
filled (and spoiled) with openpyxl the way a district would -- results typed in, a key changed, a row
deleted, the identity sheet removed."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from app.packages import layout as L
from app.packages.writer import PackageFile, write_packages
from app.results.queries import current_results
from tests.support.results import complete_result

MARKER = "__first__"


def issue(draw, out_dir: Path, district: str) -> PackageFile:
    """The work package of `district` written and recorded (one file)."""
    [package] = write_packages(draw.draw_no, out_dir, district=district)
    return package


def row_map(path: Path) -> dict[str, list[int]]:
    """key -> its rows in the inspections sheet, in sheet order."""
    ws = load_workbook(path)[L.INSPECTIONS_SHEET]
    col = L.column_index("key")
    out: dict[str, list[int]] = {}
    for r in range(L.HEADER_ROW + 1, ws.max_row + 1):
        key = ws.cell(row=r, column=col).value
        if key:
            out.setdefault(str(key), []).append(r)
    return out


def cells_of(content: dict, names: dict[str, str] | None = None) -> list[dict[str, object]]:
    """The cells of one inspection's rows (field -> value), enterprise fields on the first row only.
    `names`: write these inspectors by name (cert -> name) instead of by certificate number."""
    follow = content.get("followup") or {}
    people = [(names or {}).get(c, c) for c in content.get("inspectors") or []]
    enterprise = {"outcome": content.get("outcome", ""), "publicity": content.get("publicity", ""),
                  "measures": "、".join(follow.get("measures") or []), "followup_text": follow.get("text", ""),
                  "closed": {True: "是", False: "否"}.get(follow.get("closed"), ""),
                  "closed_on": follow.get("closed_on", ""), "check_date": content.get("check_date", ""),
                  "inspectors": "、".join(people), "unit": content.get("unit", ""),
                  "entered_by": content.get("entered_by", "")}
    rows = []
    for n, item in enumerate(content.get("items") or []):
        row = {"checked": {True: "是", False: "否"}.get(item.get("checked"), ""), "reason": item.get("reason", ""),
               "method": item.get("method", ""), "result": item.get("result", ""), "problem": item.get("problem", "")}
        if n == 0:
            row.update(enterprise)
        rows.append(row)
    return rows


def fill(path: Path, draw, keys: list[str] | None = None, *, out: Path | None = None,
         contents: dict[str, dict] | None = None, names: dict[str, str] | None = None,
         edit: Callable | None = None) -> Path:
    """Copy `path` to `out` (default: overwrite) with complete results for `keys` (default: all keys of
    the package) or the given `contents`; `edit(workbook)` may spoil it further before saving."""
    target = out or path
    if target != path:
        shutil.copyfile(path, target)
    wb = load_workbook(target)
    ws = wb[L.INSPECTIONS_SHEET]
    rows = row_map(target)
    contents = dict(contents or {})
    for key in keys if keys is not None else ([] if contents else list(rows)):
        contents.setdefault(key, complete_result(draw, key))
    for key, content in contents.items():
        for r, values in zip(rows[key], cells_of(content, names), strict=False):
            for fld, value in values.items():
                ws.cell(row=r, column=L.column_index(fld), value=value if value != "" else None)
    if edit is not None:
        edit(wb)
    wb.save(target)
    return target


def set_cell(wb, row: int, fld: str, value) -> None:
    wb[L.INSPECTIONS_SHEET].cell(row=row, column=L.column_index(fld), value=value)


def set_identity(wb, fld: str, value: str) -> None:
    """Change one head row of the identity sheet (found by its field name in column C)."""
    ws = wb[L.IDENTITY_SHEET]
    for r in range(1, ws.max_row + 1):
        if ws.cell(row=r, column=3).value == fld:
            ws.cell(row=r, column=2, value=value)
            return
    raise KeyError(fld)


def remove_identity(wb) -> None:
    wb.remove(wb[L.IDENTITY_SHEET])


def add_problem(wb, description: str, category: str = "名录问题") -> None:
    ws = wb[L.PROBLEMS_SHEET]
    ws.cell(row=2, column=1, value=1)
    ws.cell(row=2, column=2, value=category)
    ws.cell(row=2, column=3, value=description)


def result_dump(draw) -> dict[str, tuple[int, str, dict]]:
    return {k: (r.revision, r.status, r.content) for k, r in current_results(draw).items()}


def fill_from_identity(path: Path, out: Path, *, check_date: str = "2020-10-21") -> Path:
    """Every inspection of the package filled in from its own identity sheet (items, issued team), with
    no database at hand: for the kill harness, which prepares its files beside a database it only
    reaches through the command line."""
    from app.packages.identity import read_identity
    wb = load_workbook(path)
    ident = read_identity([list(r) for r in wb[L.IDENTITY_SHEET].iter_rows(values_only=True)])
    teams = {i["key"]: i["team"] for i in ident.inspections}
    ws = wb[L.INSPECTIONS_SHEET]
    key_col, seen = L.column_index("key"), set()
    for r in range(L.HEADER_ROW + 1, ws.max_row + 1):
        key = ws.cell(row=r, column=key_col).value
        if not key:
            continue
        values = {"checked": "是", "method": "实地核查", "result": "未发现问题"}
        if key not in seen:
            values.update(check_date=check_date, inspectors="、".join(teams.get(key, [])), entered_by="张录入")
            seen.add(key)
        for fld, value in values.items():
            ws.cell(row=r, column=L.column_index(fld), value=value)
    wb.save(out)
    return out
