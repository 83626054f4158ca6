"""Publication export benchmark (issue 15: under 3 s for 50,000 inspections).

    .venv/bin/python bench/bench_publish.py [--n 50000] [--items 2] [--csv] [--profile] [--keep DIR]

A synthetic drawn draw of N inspections in ten districts, each with ITEMS check items and a reviewed
result (one result batch through app.results.service.commit_revisions), is built straight from the
models in a temporary database (not timed). Timed: app.publish.export.export_publication — reading the
results, building the rows, writing the xlsx (and the CSV with --csv), recording the export — and then a
second export with nothing new (the "only new or changed" check over everything exported).
Figures only; nothing is asserted and the exit code is always 0.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = "2020-10-26T09:30:00+08:00"
DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "城阳区", "黄岛区", "即墨区", "胶州市", "平度市", "莱西市"]
ITEMS = ["获证资格及条件检查", "产品质量安全监督检查", "年度报告公示信息检查"]
RESULTS = ["未发现问题", "未发现问题", "未发现问题", "发现问题已责令改正"]


def H(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_campaign(n: int, items: list[str]) -> int:
    """Plan, drawn draw no 1 of n inspections, every one with a reviewed result. Returns the plan id."""
    from app.db import transaction
    from app.draw.models import Draw, Inspection, Plan, Task
    from app.results.service import NewRevision, commit_revisions
    with transaction():
        plan = Plan.create(title="2020年度工业产品生产许可证获证企业双随机抽查", number="局函〔2020〕277号",
                           start="2020-10-20", due="2020-11-15", end="2020-11-30", status="frozen", created_at=NOW)
        Task.create(plan=plan, position=1, code="T1", name="工业产品生产许可证获证企业", register_name="企业",
                    register_version=None, ratio_p=1, ratio_q=5, items=items)
        draw = Draw.create(draw_no=1, plan=plan, status="drawn", log_head=H("0"), commitment=H("c"), commit_data={},
                           committed_at=NOW, witnesses=[], seed=H("s"), record={}, record_sha256=H("r"),
                           drawn_at=NOW, log_head_after=H("1"))
        rows = [{"draw": draw.id, "key": f"91370200MA{i:08d}", "name": f"青岛第{i}号精密机械制造有限公司",
                 "district": DISTRICTS[i % len(DISTRICTS)], "tasks": ["T1"], "items": items,
                 "tickets": {"T1": H(str(i))}, "ranks": {}} for i in range(n)]
        for i in range(0, len(rows), 500):
            Inspection.insert_many(rows[i:i + 500]).execute()
    new = []
    for i, row in enumerate(rows):
        result = RESULTS[i % len(RESULTS)]
        content = {"items": [{"item": item, "checked": True, "reason": "", "method": "实地核查", "result": result,
                              "problem": "标签不规范" if result != "未发现问题" else ""} for item in items],
                   "outcome": "", "publicity": "", "followup": {"measures": [], "text": "", "closed": None,
                                                                "closed_on": ""},
                   "check_date": f"2020-10-{20 + i % 10}", "inspectors": ["370200000001", "370200000002"],
                   "unit": f"青岛市{row['district']}市场监督管理局", "entered_by": "张录入"}
        new.append(NewRevision(row["key"], "reviewed", content, reviewer="赵审核"))
    commit_revisions(draw, "review", new, fetch=False)
    return plan.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50000)
    parser.add_argument("--items", type=int, default=2, help="check items per inspection (1-3)")
    parser.add_argument("--csv", action="store_true", help="also write the CSV")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep the database and files in DIR")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-publish-"))
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("bench.sqlite3*"):
        old.unlink()   # --keep DIR again: start from a fresh database
    os.environ["SPOTCHECK_DB"] = str(work / "bench.sqlite3")

    from app.db import open_database
    from app.errors import ValidationError
    from app.publish.export import export_publication
    open_database(work / "bench.sqlite3")
    t0 = time.perf_counter()
    plan_id = make_campaign(args.n, ITEMS[:max(1, min(3, args.items))])
    print(f"setup ({args.n} inspections x {args.items} items, reviewed): {time.perf_counter() - t0:.1f} s")

    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    outcome = export_publication(plan_id, work / "out" / "公示.xlsx", csv=args.csv, published_on="2020-11-20")
    first = time.perf_counter() - start
    if profiler:
        profiler.disable()
    start = time.perf_counter()
    try:
        export_publication(plan_id, work / "out" / "公示2.xlsx", published_on="2020-11-21")
        again = "exported rows again (unexpected)"
    except ValidationError:
        again = "nothing new, refused"
    second = time.perf_counter() - start
    size = outcome.file.stat().st_size // 1024
    print(f"export: {outcome.count} rows of {outcome.inspections} inspections, xlsx {size} KiB"
          + (f", csv {outcome.csv_file.stat().st_size // 1024} KiB" if outcome.csv_file else ""))
    print(f"publication export: {first:.3f} s (target < 3 s)")
    print(f"second export ({again}): {second:.3f} s")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
