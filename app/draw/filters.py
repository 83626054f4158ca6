"""Targeted filters (定向抽查): a small expression over register columns, its Chinese sentence, its test.

A task's `filter.where` narrows its frame to the operating enterprises for which the expression holds.
The expression is plain JSON (docs/plans.md), stored in the plan as normalized here, so the frame is
re-computable from the register version and this text:

    node = {"all": [node, ...]}          且 (every one holds)
         | {"any": [node, ...]}          或 (at least one holds)
         | {"not": node}                 不 (does not hold)
         | {"column": "行业代码", "op": OP, "value": VALUE}

    OP        VALUE                          holds when the row's cell (text, trimmed) …
    eq        ["个体工商户", …]              equals one of the values
    starts    ["C33", …]                     starts with one of the values
    contains  ["塑料", …]                    contains one of the values
    between   ["2015-01-01", "2019-12-31"]   is a date within the range ("" = open end), both ends included
    empty     true                           is empty

In a plan file a leaf may also be written with the operator as its key: {column = "行业代码", starts = "C33"}.
A column is named by the header the clerk mapped or by a column kept verbatim from the register file;
it is resolved against the register version when the frame is built (app.draw.frames).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.errors import ValidationError
from app.registers.normalize import clean_text, parse_date

OPS = ("eq", "starts", "contains", "between", "empty")
GROUPS = {"all": "且", "any": "或"}
MAX_DEPTH = 6

Getter = Callable[[str], str]          # column name -> the row's cell text ("" when empty)


def _strings(value, where: str, column: str) -> list[str]:
    values = [value] if isinstance(value, str | int | float) and not isinstance(value, bool) else value
    if not isinstance(values, list) or not values:
        raise ValidationError(f"{where}中列“{column}”的条件值应为文字或文字的列表。")
    out = [clean_text(str(v)) for v in values]   # as the register's cells were cleaned at import
    if any(not v for v in out):
        raise ValidationError(f"{where}中列“{column}”的条件值不能为空。")
    if any("|" in v or "\n" in v for v in out):
        raise ValidationError(f"{where}中列“{column}”的条件值不能包含“|”或换行。")
    return out


def _date_end(value, where: str, column: str) -> str:
    if value is None or str(value).strip() == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(f"{where}中列“{column}”的日期“{text}”无法识别，应写成 2015-01-01 的形式。") from None


def _leaf(raw: dict, where: str) -> dict:
    column = str(raw.get("column") or "").strip()
    if not column:
        raise ValidationError(f"{where}中有一个条件没有写列名“column”。")
    ops = [k for k in raw if k in OPS]
    op = raw.get("op")
    if op is None and len(ops) == 1:
        op, value = ops[0], raw[ops[0]]
    elif op is not None and not ops:
        value = raw.get("value")
    else:
        raise ValidationError(f"{where}中列“{column}”的条件应写且只写一个运算："
                              f"{'、'.join(OPS)}（如 starts = \"C33\"）。")
    unknown = set(raw) - {"column", "op", "value", *OPS}
    if unknown:
        raise ValidationError(f"{where}中列“{column}”的条件有未知的键：{'、'.join(sorted(unknown))}。")
    if op not in OPS:
        raise ValidationError(f"{where}中列“{column}”的运算“{op}”无效，可用：{'、'.join(OPS)}。")
    if op == "empty":
        return {"column": column, "op": op, "value": True}
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise ValidationError(f"{where}中列“{column}”的日期范围应写成 [\"起始日期\", \"截止日期\"]"
                                  f"（一端可为 \"\"）。")
        start, end = (_date_end(v, where, column) for v in value)
        if not start and not end:
            raise ValidationError(f"{where}中列“{column}”的日期范围两端不能都为空。")
        if start and end and start > end:
            raise ValidationError(f"{where}中列“{column}”的日期范围起始 {start} 晚于截止 {end}。")
        return {"column": column, "op": op, "value": [start, end]}
    return {"column": column, "op": op, "value": _strings(value, where, column)}


def normalize_where(raw, where: str, depth: int = 0) -> dict:
    """The expression checked and written in its one stored form. Raises ValidationError (Chinese)."""
    if depth > MAX_DEPTH:
        raise ValidationError(f"{where}嵌套过深（最多 {MAX_DEPTH} 层）。")
    if isinstance(raw, list):                    # a bare list means "all of these"
        raw = {"all": raw}
    if not isinstance(raw, dict) or not raw:
        raise ValidationError(f"{where}应为条件表，如 {{ column = \"行业代码\", starts = \"C33\" }}。")
    groups = [k for k in ("all", "any", "not") if k in raw]
    if not groups:
        return _leaf(raw, where)
    if len(raw) != 1:
        raise ValidationError(f"{where}中“{groups[0]}”须单独成一组（与其他键分开写）。")
    key = groups[0]
    if key == "not":
        return {"not": normalize_where(raw["not"], where, depth + 1)}
    parts = raw[key]
    if not isinstance(parts, list) or not parts:
        raise ValidationError(f"{where}中“{key}”应为至少一个条件的列表。")
    return {key: [normalize_where(p, where, depth + 1) for p in parts]}


def columns_of(node: dict) -> list[str]:
    """The column names the expression uses, in first-use order."""
    if "column" in node:
        return [node["column"]]
    out: list[str] = []
    for child in node.get("all") or node.get("any") or ([node["not"]] if "not" in node else []):
        out += [c for c in columns_of(child) if c not in out]
    return out


def date_columns(node: dict) -> set[str]:
    if "column" in node:
        return {node["column"]} if node["op"] == "between" else set()
    out: set[str] = set()
    for child in node.get("all") or node.get("any") or ([node["not"]] if "not" in node else []):
        out |= date_columns(child)
    return out


# ---- the sentence -------------------------------------------------------------

def _values(values: list[str], joiner: str) -> str:
    return joiner.join(values)


def _leaf_text(node: dict, negated: bool) -> str:
    column, op, value = node["column"], node["op"], node["value"]
    no = "不" if negated else ""
    if op == "eq":
        if len(value) == 1:
            return f"{column}{'不属于' if negated else '为'} {value[0]}"
        return f"{column}{'不属于' if negated else '属于'} {_values(value, '、')} 之一"
    if op == "starts":
        return f"{column}{no}以 {_values(value, ' 或 ')} 开头"
    if op == "contains":
        return f"{column}{no}包含 {_values(value, ' 或 ')}"
    if op == "empty":
        return f"{column}{'不为空' if negated else '为空'}"
    start, end = value
    if start and end:
        return f"{column}{no}在 {start} 至 {end} 之间"
    if start:
        return f"{column}{'早于' if negated else '不早于'} {start}"
    return f"{column}{'晚于' if negated else '不晚于'} {end}"


def where_text(node: dict, nested: bool = False) -> str:
    """The expression as one Chinese sentence, e.g.
    “行业代码以 C33 开头，且成立日期在 2015-01-01 至 2019-12-31 之间，且企业类型不属于 个体工商户”."""
    if "column" in node:
        return _leaf_text(node, False)
    if "not" in node:
        inner = node["not"]
        if "column" in inner:
            return _leaf_text(inner, True)
        return f"并非“{where_text(inner)}”"
    key = "all" if "all" in node else "any"
    parts = [where_text(p, True) for p in node[key]]
    if len(parts) == 1:
        return parts[0]
    text = f"，{GROUPS[key]}".join(parts)
    return f"（{text}）" if nested else text


# ---- the test -------------------------------------------------------------------

def _as_date(text: str) -> str | None:
    iso, ok = parse_date(text)
    return iso if ok else None


def holds(node: dict, get: Getter) -> bool:
    """Whether the row (its cells through `get`) satisfies the expression."""
    if "all" in node:
        return all(holds(p, get) for p in node["all"])
    if "any" in node:
        return any(holds(p, get) for p in node["any"])
    if "not" in node:
        return not holds(node["not"], get)
    cell, op, value = get(node["column"]).strip(), node["op"], node["value"]
    if op == "empty":
        return cell == ""
    if op == "eq":
        return cell in value
    if op == "starts":
        return any(cell.startswith(v) for v in value)
    if op == "contains":
        return any(v in cell for v in value)
    iso = _as_date(cell) if cell else None
    if iso is None:
        return False
    start, end = value
    return (not start or iso >= start) and (not end or iso <= end)
