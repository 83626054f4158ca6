"""A generated register exercising what the streamed import must keep identical: duplicates (merged,
conflicting), rejected rows, two sheets, merged district cells, a footer; and the sample registers.

`digests(folder)` imports each file into a fresh database and returns {file: digest}; the test pins the
values the in-memory import computed before issue 18 made the import stream."""
from __future__ import annotations

from pathlib import Path

from tests.support.registers import HEADER, K, write_xlsx

SAMPLES = (("工业产品生产许可证获证企业名录.xlsx", "enterprise"), ("食品相关产品生产企业名录.csv", "enterprise"),
           ("执法检查人员名录.xlsx", "inspector"), ("回避关系名单.xlsx", "avoidance"))


def generated_rows(n: int) -> list[list]:
    rows = [HEADER]
    for i in range(1, n + 1):
        key = K[i % 15 + 1]           # every key several times: merged or conflicting duplicates
        name = f"青岛{i % 15 + 1}有限公司" if i % 97 else f"青岛{i}有限公司"
        rows.append([i, name, key, "", f"住所{i % 3}", ["市南区", "市北区", "黄岛区"][(i % 15) % 3], "", "",
                     "存续" if i % 5 else "注销"])
    rows.append([None, "甲", "BAD-KEY", "", "", "市南区", "", "", "存续"])   # rejected
    rows.append(["合计：共若干家"])
    return rows


def write_generated(path: Path, n: int = 300) -> Path:
    rows = generated_rows(n)
    half = len(rows) // 2
    return write_xlsx(path, {"第一页": rows[:half], "第二页": [HEADER] + rows[half:]})
