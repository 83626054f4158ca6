"""Statistics benchmark (issue 15: statistics for 50,000 inspections in under 3 s).

    .venv/bin/python bench/bench_stats.py [--n 50000] [--profile] [--keep DIR]

A synthetic drawn and matched draw of N inspections in 10 districts x 2 tasks x 3 check items is built
straight from the models in a temporary database (as bench_results_import.py does; digests are
placeholders), with a current result for 90% of them (a mix of categories, methods, outcomes and
publicity results; a third reviewed, so two revisions each) and a few replacements, alternates and
reported difficulties. Timed: app.publish.stats.plan_statistics (the target), the tables, and the xlsx
export (app.publish.stats_export). Figures only; nothing is asserted and the exit code is always 0.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = "2020-10-26T09:30:00+08:00"
DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]
TASKS = {"T1": ["获证资格及条件检查", "年度报告公示信息检查"], "T2": ["产品质量安全监督检查"]}
METHODS = ["实地核查", "书面核查", "网络监测"]
RESULTS = ["未发现问题"] * 6 + ["发现问题已责令改正", "发现问题待后续处理"]
INSPECTORS = 400


def H(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content(i: int, items: list[str]) -> dict:
    """A result of inspection i: most items checked, some with a problem; every 25th an enterprise outcome."""
    if i % 25 == 0:
        rows = [{"item": t, "checked": None, "reason": "", "method": "", "result": "", "problem": ""} for t in items]
        outcome = "已注销" if i % 50 == 0 else "通过登记的住所（经营场所）无法联系"
    else:
        rows = [{"item": t, "checked": True, "reason": "", "method": METHODS[(i + n) % 3],
                 "result": RESULTS[(i * 7 + n) % len(RESULTS)], "problem": ""} for n, t in enumerate(items)]
        if i % 17 == 0:
            rows[0].update(checked=False, reason="不涉及", method="", result="")
        outcome = ""
    publicity = "未按规定公示应当公示的信息" if i % 31 == 0 and any("公示" in t for t in items) else ""
    return {"items": rows, "outcome": outcome, "publicity": publicity,
            "followup": {"measures": [], "text": "", "closed": None, "closed_on": ""},
            "check_date": "2020-10-21", "inspectors": ["a", "b"], "unit": "市场监督管理局", "entered_by": "张录入"}


def make_campaign(n: int) -> int:
    """Plan, draw no 1 of n inspections, its match, results; returns the plan id."""
    from app.db import transaction
    from app.draw.models import AlternateUse, Draw, Inspection, Plan, Task
    from app.match.models import Assignment, Match, Replacement
    from app.results.models import Package, ResultBatch, ResultRevision
    with transaction():
        plan = Plan.create(title="2020年度工业产品生产许可证获证企业双随机抽查", number="局函〔2020〕277号",
                           start="2020-10-20", due="2020-11-15", end="2020-11-30", status="frozen", created_at=NOW)
        for pos, (code, items) in enumerate(TASKS.items(), 1):
            Task.create(plan=plan, position=pos, code=code, name=f"任务{code}", register_name="企业", items=items)
        draw = Draw.create(draw_no=1, plan=plan, status="drawn", log_head=H("0"), commitment=H("c"), commit_data={},
                           committed_at=NOW, witnesses=[], seed=H("s"), record={}, record_sha256=H("r"),
                           drawn_at=NOW, log_head_after=H("1"))
        rows = []
        for i in range(n):
            codes = ["T1"] if i % 3 else ["T2"] if i % 2 else ["T1", "T2"]
            items = [t for c in codes for t in TASKS[c]]
            rows.append({"draw": draw.id, "key": f"91370200MA{i:08d}", "name": f"青岛第{i}号机械制造有限公司",
                         "district": DISTRICTS[i % len(DISTRICTS)], "tasks": codes, "items": items,
                         "tickets": {}, "ranks": {}, "active": i % 1000 != 1})
        for i in range(0, n, 500):
            Inspection.insert_many(rows[i:i + 500]).execute()
        certs = [f"37020000{c:04d}" for c in range(INSPECTORS)]
        roster = [{"cert_no": c, "name": f"检查员{c[-4:]}", "district": DISTRICTS[k % len(DISTRICTS)]}
                  for k, c in enumerate(certs)]
        match = Match.create(draw=draw, status="matched", team_size=2, match_date="2020-10-20",
                             commit_data={"roster": roster}, draw_record_sha256=H("r"), roster_text="",
                             roster_digest=H("ro"), avoid_text="", avoid_digest=H("a"), log_head=H("1"),
                             commitment=H("mc"), committed_at=NOW, mseed=H("ms"), matched_at=NOW,
                             record_sha256=H("mr"), log_head_after=H("2"), record={})
        assignments = [{"match": match.id, "key": r["key"], "district": r["district"], "slot": s,
                        "cert_no": certs[(i + s * 7) % INSPECTORS]} for i, r in enumerate(rows) for s in (0, 1)]
        for i in range(0, len(assignments), 500):
            Assignment.insert_many(assignments[i:i + 500]).execute()
        for i in range(1, n, 1000):
            AlternateUse.create(draw=draw, task_code=rows[i]["tasks"][0], stratum=rows[i]["district"],
                                out_key=rows[i]["key"], in_key=rows[i + 1]["key"] if i + 1 < n else rows[0]["key"],
                                rank=1, reason="检查前已注销", at=NOW)
        for i in range(0, n, 2000):
            Replacement.create(match=match, key=rows[i]["key"], out_cert=certs[0], in_cert=certs[1],
                               reason="岗位调整", approver="张局长", at=NOW)
        package = Package.create(uid="PKG-1", draw=draw, district=DISTRICTS[0], issue_no=1, keys=[], content_digest="0",
                                 file_name="市南区.xlsx", file_sha256="0", issued_at=NOW, issued_by="bench")
        problems = [{"row": 4 + k, "序号": str(k + 1), "问题类别": "名录库", "问题描述": "地址有误",
                     "涉及的检查对象（名称或代码）": "", "意见建议": "", "填报人": "赵"} for k in range(5)]
        batch = ResultBatch.create(draw=draw, kind="import", package=package, file_name="市南区.xlsx",
                                   problems=problems, count=0, digest="0", at=NOW, actor="bench")
        revisions = []
        for i, r in enumerate(rows):
            if i % 10 == 9:
                continue   # open
            text = json.dumps(content(i, r["items"]), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            revisions.append((draw.id, r["key"], 1, "entered", text, "", "", batch.id, "0"))
            if i % 3 == 0:
                revisions.append((draw.id, r["key"], 2, "reviewed", text, "王审核", "", batch.id, "0"))
        ResultRevision._meta.database.cursor().executemany(
            "INSERT INTO result_revision (draw_id, key, revision, status, content, reviewer, reason, batch_id, digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", revisions)
    return plan.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep the database and the xlsx in DIR")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-stats-"))
    work.mkdir(parents=True, exist_ok=True)
    for old in (work / "bench.sqlite3", work / "bench.sqlite3-wal", work / "bench.sqlite3.anchor.json"):
        old.unlink(missing_ok=True)   # --keep DIR again: start from a fresh database
    os.environ["SPOTCHECK_DB"] = str(work / "bench.sqlite3")

    from app.db import open_database
    from app.publish.stats import plan_statistics
    from app.publish.stats_export import export_statistics
    open_database(work / "bench.sqlite3")
    t0 = time.perf_counter()
    plan_id = make_campaign(args.n)
    print(f"setup ({args.n} inspections, {INSPECTORS} inspectors, results): {time.perf_counter() - t0:.1f} s")

    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    stats = plan_statistics(plan_id)
    computed = time.perf_counter()
    tables = stats.tables()
    tabled = time.perf_counter()
    if profiler:
        profiler.disable()
    path = export_statistics(plan_id, work / "统计.xlsx", stats=stats)
    exported = time.perf_counter()
    t = stats.totals
    print(f"counted: {t.inspections} inspections, {t.entered} entered, {t.reviewed} reviewed, "
          f"{t.with_problem} with problem ({(stats.share or 0) * 100:.1f}%); {len(tables)} tables, "
          f"{sum(len(x.rows) for x in tables)} rows")
    print(f"plan_statistics: {computed - start:.3f} s (target < 3 s); tables: {tabled - computed:.3f} s; "
          f"xlsx export: {exported - tabled:.3f} s ({path.stat().st_size // 1024} KiB)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
