"""A register version of n enterprises for the register-browser benchmark (deterministic, streamed).

    path = browser_data.build(folder, 1_000_000)

The rows go straight into the table with executemany, in key order as an import stores them (the
import itself is benchmarked in bench_import.py). Names are drawn from a few word lists so that a
two-character word (e.g. 海洋) matches a realistic share of the register and a full name matches one.
The database is reused from `folder` when it is already there.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]
CODES = ["370202", "370203", "370213", "370212", "370211", "370214", "370215", "370281", "370283", "370285"]
WORDS = ["海洋", "华通", "鼎盛", "恒达", "金源", "瑞丰", "宏图", "新城", "东方", "汇丰", "佳和", "润德",
         "博远", "明辉", "天成", "永安", "嘉禾", "信诚", "腾飞", "泰和"]
TRADES = ["机械", "食品", "化工", "电子", "纺织", "建材", "包装", "橡胶", "塑料", "电器"]
STREETS = ["香港中路", "山东路", "重庆南路", "黑龙江路", "长江路", "正阳路", "烟青路", "福州南路"]
REGISTER = "工业产品生产许可证获证企业"


def name_of(i: int) -> str:
    """The name of the i-th enterprise (the search benchmark looks one up by its full name)."""
    return (f"青岛{WORDS[i % 20]}{WORDS[(i // 20) % 20]}{TRADES[(i // 400) % 10]}"
            f"{i:07d}有限公司")


def records(n: int, seed: int = 20261205):
    """n enterprise records in COLUMNS["enterprise"] order, in key order, streamed."""
    rng = random.Random(seed)
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    # The key's code is the district's; its tail is random: sorted, the keys interleave the districts.
    keyed = sorted(("91" + CODES[i % 10] + "".join(rng.choices(alphabet, k=10)), i) for i in range(n))
    for row, (key, i) in enumerate(keyed):
        district = DISTRICTS[i % 10]
        operating = i % 23 != 0
        yield (key, "uscc", name_of(i), district, "存续" if operating else "注销", operating, f"法人{i % 9973}",
               f"山东省青岛市{district}{STREETS[i % 8]}{i % 997}号", f"0532-8{i % 10_000_000:07d}",
               f"XK{i:08d}", "工业产品", None, None, "", "企业名录", row + 2)


def fill(n: int) -> int:
    """One enterprise register version of n rows in the open database (one transaction); its id."""
    from itertools import islice

    from app.db.base import database, transaction
    from app.registers.models import Register, RegisterVersion
    from app.registers.service import insert_sql
    with transaction():
        reg = Register.create(name=REGISTER, kind="enterprise", created_at="2020-10-01T00:00:00")
        version = RegisterVersion.create(
            register=reg, version=1, source_name=f"{REGISTER}.xlsx", source_sha256="0" * 64, sheets=[], mapping={},
            rows_read=n, imported=n, operating=sum(1 for i in range(n) if i % 23), rejected=0, flagged=0,
            digest="0" * 64, created_at="2020-10-01T00:00:00", created_by="bench", note="")
        conn, sql, it = database.obj.connection(), insert_sql("enterprise", version.id), records(n)
        while chunk := list(islice(it, 50_000)):
            conn.executemany(sql, chunk)
    return version.id


def build(folder: Path, n: int) -> Path:
    """The database file holding an n-row register (built once, then reused from `folder`)."""
    from app.db import close_database, open_database
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"browser-{n}.sqlite3"
    done = folder / (path.name + ".done")
    if path.exists() and done.exists():
        return path
    for stale in folder.glob(path.name + "*"):
        stale.unlink()
    open_database(path)
    try:
        fill(n)
    finally:
        close_database()
    done.write_text("ok")
    return path


if __name__ == "__main__":
    import time
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    t = time.perf_counter()
    print(build(Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/spotcheck-browser-bench"), size),
          f"{time.perf_counter() - t:.1f} s")
