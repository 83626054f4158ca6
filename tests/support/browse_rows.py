"""A generated enterprise register version for the browser tests (seeded; straight into the table)."""
from __future__ import annotations

import random

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区"]
WORDS = ["海洋", "华通", "鼎盛", "恒达", "金源"]


def records(n: int) -> list[tuple]:
    """n enterprise records in COLUMNS["enterprise"] order, in key order (as an import stores them)."""
    rng = random.Random(18)
    keyed = sorted(("91370" + "".join(rng.choices("0123456789ABCDEFGH", k=13)), i) for i in range(n))
    return [(key, "uscc", f"青岛{WORDS[i % 5]}{WORDS[(i // 5) % 5]}测试{i:06d}有限公司", DISTRICTS[i % 5],
             "存续" if i % 7 else "注销", bool(i % 7), "张三", f"青岛市{DISTRICTS[i % 5]}长江路{i}号", "", f"XK{i:06d}",
             "水泥", None, None, "", "企业名录", row + 2) for row, (key, i) in enumerate(keyed)]


def add_version(n: int, name: str = "浏览名录") -> tuple[int, list[tuple]]:
    """A committed-looking version of n rows (no audit entry: the browser reads only the rows)."""
    from app.db.base import database, transaction
    from app.registers.models import Register, RegisterVersion
    from app.registers.service import insert_sql
    rows = records(n)
    with transaction():
        reg = Register.create(name=name, kind="enterprise", created_at="2020-10-01T00:00:00")
        version = RegisterVersion.create(
            register=reg, version=1, source_name="x.xlsx", source_sha256="0" * 64, sheets=[], mapping={},
            rows_read=n, imported=n, operating=sum(1 for r in rows if r[5]), rejected=0, flagged=0,
            digest="0" * 64, created_at="2020-10-01T00:00:00", created_by="test", note="")
        database.obj.connection().executemany(insert_sql("enterprise", version.id), rows)
    return version.id, rows
