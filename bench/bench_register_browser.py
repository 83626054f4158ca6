#!/usr/bin/env python3
"""How fast the register browser's queries are on a 100,000-row register version.

    .venv/bin/python bench/bench_register_browser.py

Prints the time of one 500-row window (start, middle, end), a text search and a
district filter. The browser model asks for one window at a time, so each figure
is what one scroll or one keystroke costs. Goal: well under 0.5 s each.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import close_database, open_database  # noqa: E402
from app.db.base import database, transaction  # noqa: E402
from app.registers import queries  # noqa: E402
from app.registers.models import Register, RegisterVersion  # noqa: E402

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]


def timed(label: str, fn, repeat: int = 5) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<28} {best * 1000:8.1f} ms   (total {result.total}, rows {len(result.rows)})")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "bench.sqlite3")
        with transaction():
            reg = Register.create(name="基准", kind="enterprise", created_at="2020-01-01")
            version = RegisterVersion.create(register=reg, version=1, source_name="x", source_sha256="0" * 64,
                                             digest="0" * 64, created_at="2020-01-01", created_by="bench")
            database.obj.connection().executemany(
                "INSERT INTO enterprise (version_id, key, key_kind, name, district, status, operating, legal_rep, "
                "address, phone, licence_no, product, extra, sheet, row) "
                "VALUES (?, ?, 'uscc', ?, ?, '存续', ?, '', ?, '', '', '', '{}', 'S', ?)",
                ((version.id, f"913702{n:012d}", f"青岛测试{n:05d}有限公司", DISTRICTS[n % 10], n % 9 != 0,
                  f"山东省青岛市{DISTRICTS[n % 10]}测试路{n}号", n) for n in range(100_000)))
        print("100,000 enterprises in one register version")
        timed("window at the start", lambda: queries.page(version, offset=0, limit=500))
        timed("window in the middle", lambda: queries.page(version, offset=50_000, limit=500))
        timed("window at the end", lambda: queries.page(version, offset=99_500, limit=500))
        timed("search '测试09999'", lambda: queries.page(version, search="测试09999", limit=500))
        timed("district 市南区", lambda: queries.page(version, district="市南区", limit=500))
        timed("district + operating", lambda: queries.page(version, district="崂山区", operating=True, limit=500))
        close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
