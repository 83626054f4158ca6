"""Conditional check items, e.g. the plan's rule (二):

  对于2019年度年报未报送的企业…开展年度报告公示信息检查时，应检查其报送的最近年度年报信息。

A plan carries such an item with the year that should have been filed and the
source that says who did not file it: an enterprise attribute (a register
column holding the latest filed year) and/or an imported list of non-filers
with their latest filed year. The drawn inspection then carries the item with
that parameter, so the notice and the form can say which year's report is checked.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from app.errors import Location, ValidationError

COND_KEYS = {"item", "year", "attribute", "list", "nonfilers", "tasks"}
KEY_HEADERS = ("统一社会信用代码", "信用代码", "注册号", "key")
YEAR_HEADERS = ("最近报送年度", "最近年报年度", "已报送最近年度", "年度", "latest_year", "year")


def _year(value) -> int | None:
    text = str(value if value is not None else "").strip()
    match = re.search(r"(19|20)\d\d", text)
    return int(match.group(0)) if match else None


def normalize_conditionals(raw_list, task_codes: list[str], base_dir: Path | None) -> list[dict]:
    if isinstance(raw_list, dict):
        raw_list = [raw_list]
    out = []
    for index, raw in enumerate(raw_list, start=1):
        where = f"第 {index} 个条件检查项（[[conditional]]）"
        if not isinstance(raw, dict):
            raise ValidationError(f"{where}格式不正确。")
        unknown = set(raw) - COND_KEYS
        if unknown:
            raise ValidationError(f"{where}中有未知的键：{'、'.join(sorted(unknown))}。")
        item = str(raw.get("item") or "").strip()
        if not item:
            raise ValidationError(f"{where}缺少检查内容“item”。")
        year = raw.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1990 <= year <= 2100:
            raise ValidationError(f"{where}的“year”应为应报送年报的年度（如 2019）。")
        tasks = list(raw.get("tasks") or task_codes)
        bad = [t for t in tasks if t not in task_codes]
        if bad:
            raise ValidationError(f"{where}引用了不存在的任务：{'、'.join(bad)}。")
        nonfilers: dict[str, int | None] = {}
        for key, value in (raw.get("nonfilers") or {}).items():
            nonfilers[str(key).strip().upper()] = _year(value)
        if raw.get("list"):
            path = Path(raw["list"])
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            nonfilers.update(read_nonfiler_list(path))
        attribute = str(raw.get("attribute") or "").strip() or None
        if not attribute and not nonfilers and not raw.get("list"):
            raise ValidationError(f"{where}须给出企业属性“attribute”或未报送名单（“list”文件或“nonfilers”）。")
        out.append({"item": item, "year": year, "attribute": attribute, "tasks": tasks,
                    "nonfilers": nonfilers, "source": str(raw.get("list") or "")})
    return out


def rows_of(path: Path, what: str = "未报送名单") -> tuple[str, list[list]]:
    """(first sheet name or "", its rows) of a small CSV/XLSX list (a plan's side list)."""
    if path.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
        # lazy: the Rust reader loads only when a spreadsheet is read
        from python_calamine import CalamineWorkbook
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.sheet_names[0]
        return sheet, book.get_sheet_by_name(sheet).to_python()
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(f"{what}文件的编码无法识别（应为 UTF-8 或 GB18030）。",
                              location=Location(file=path.name))
    return "", list(csv.reader(io.StringIO(text)))


def read_nonfiler_list(path: Path) -> dict[str, int | None]:
    """A CSV/XLSX list: a key column (统一社会信用代码/注册号) and the latest filed year (blank = none)."""
    try:
        sheet, rows = rows_of(path)
    except OSError as exc:
        raise ValidationError(f"无法读取未报送名单：{exc.strerror or exc}。",
                              location=Location(file=str(path))) from None
    for header_index, row in enumerate(rows[:20]):  # noqa: B007 - used after the break
        cells = [str(c).strip() for c in row]
        key_col = next((i for i, c in enumerate(cells) if c in KEY_HEADERS), None)
        year_col = next((i for i, c in enumerate(cells) if c in YEAR_HEADERS), None)
        if key_col is not None and year_col is not None:
            break
    else:
        raise ValidationError("未报送名单中找不到表头：需要“统一社会信用代码”（或“注册号”）列和“最近报送年度”列。",
                              location=Location(file=path.name, sheet=sheet or None))
    out = {}
    for offset, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        key = str(row[key_col] if key_col < len(row) else "").strip().upper()
        if not key:
            continue
        if not re.fullmatch(r"[0-9A-Z]{15}|[0-9A-Z]{18}", key):
            raise ValidationError(f"“{key}”不是统一社会信用代码（18 位）或注册号（15 位）。",
                                  location=Location(file=path.name, sheet=sheet or None, row=offset,
                                                    column=str(rows[header_index][key_col])))
        out[key] = _year(row[year_col] if year_col < len(row) else None)
    return out


def conditions_for(key: str, task_codes: list[str], extra: dict, conditionals: list[dict]) -> list[dict]:
    """The conditional items an inspection carries: [{item, year, latest_filed_year, note}]."""
    out = []
    for cond in conditionals:
        if not set(task_codes) & set(cond["tasks"]):
            continue
        nonfilers = cond.get("nonfilers") or {}
        if key in nonfilers:
            latest = nonfilers[key]
        elif cond.get("attribute") and str((extra or {}).get(cond["attribute"]) or "").strip():
            latest = _year(extra[cond["attribute"]])
            if latest is not None and latest >= cond["year"]:
                continue
        else:
            continue
        if latest is None:
            note = f"{cond['year']}年度年报未报送，且无已报送的年报"
        else:
            note = f"{cond['year']}年度年报未报送，检查其报送的最近年度（{latest}年度）年报信息"
        out.append({"item": cond["item"], "year": cond["year"], "latest_filed_year": latest, "note": note})
    return out
