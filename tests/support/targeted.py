"""A register with the columns of targeted draws and credit-risk classes, imported through the service.

Rows are made by a seeded generator, so tests re-compute frames and quotas from the same rows in
plain Python (never through app.draw).
"""
from __future__ import annotations

import random
from pathlib import Path

from tests.support.registers import uscc, write_xlsx

HEADER = ["序号", "企业名称", "统一社会信用代码", "所属区市", "登记状态", "产品名称", "行业代码", "成立日期",
          "企业类型", "信用风险分类"]
DISTRICTS = ["市南区", "市北区", "崂山区", "黄岛区"]
# Both spellings a bureau writes, and a blank (未分类).
CLASS_TEXTS = {"A": ["A", "A类", "低风险"], "B": ["B", "一般风险", "B类"], "C": ["C", "较高风险"],
               "D": ["D", "高风险", "D类"], "U": [""]}
INDUSTRIES = ["C3311", "C3312", "C3399", "C2231", "C2927", "F5124"]
TYPES = ["有限责任公司", "个体工商户", "股份有限公司", "个人独资企业"]
NAME = "定向抽查名录"


def rows(n: int = 400, seed: int = 16) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        cls = rng.choices("ABCDU", weights=[40, 30, 15, 10, 5])[0]
        out.append({"row": i + 1, "name": f"青岛定向{i}有限公司", "key": uscc("370202", f"MA{i:07d}"),
                    "district": rng.choice(DISTRICTS), "status": rng.choice(["存续"] * 9 + ["注销"]),
                    "product": rng.choice(["塑料包装", "纸制品", "电线电缆", "危险化学品包装物"]),
                    "industry": rng.choice(INDUSTRIES),
                    "founded": f"{rng.randint(2008, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "type": rng.choice(TYPES), "class": cls, "class_text": rng.choice(CLASS_TEXTS[cls])})
    return out


def write_register(folder: Path, data: list[dict]) -> Path:
    lines = [HEADER] + [[r["row"] - 1, r["name"], r["key"], r["district"], r["status"], r["product"], r["industry"],
                         r["founded"].replace("-", "/"), r["type"], r["class_text"]] for r in data]
    return write_xlsx(folder / f"{NAME}.xlsx", {"名录": lines})


def import_register(folder: Path, data: list[dict]):
    from app.registers.service import import_file
    version, _result = import_file(write_register(folder, data), "enterprise", NAME)
    return version


def operating(data: list[dict]) -> list[dict]:
    return [r for r in data if r["status"] == "存续"]


def task(**extra) -> dict:
    return {"code": "T1", "name": "定向抽查", "register": NAME, "stratify": "district",
            "items": ["产品质量安全监督检查"]} | extra


def plan_with(*tasks) -> dict:
    return {"title": "2021年度信用风险分类抽查", "number": "局函〔2021〕16号", "start": "2021-05-10",
            "due": "2021-06-15", "end": "2021-06-30", "task": list(tasks)}
