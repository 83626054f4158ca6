"""Returned work package benchmark: one district package of N inspections x 3 check items, every result
filled in, read back, validated and imported (issue 13: at most 3x python-calamine reading the same file).

    .venv/bin/python bench/bench_results_import.py [--n 5000] [--profile] [--keep DIR]

A synthetic drawn and matched draw is built straight from the models in a temporary database (its
digests are placeholders, so the writer's tamper check is switched off for this script), its package is
written by app.packages.writer and filled with openpyxl as a district would (not timed). Timed:
- calamine: python-calamine opening the file and iterating the rows of every sheet;
- validate: app.packages.returns.read_return (identity, rows, rules, comparison with current results);
- import: app.packages.returns.import_returns (one transaction, one batch of N revisions).
Figures only; nothing is asserted and the exit code is always 0. --profile prints cProfile's top entries.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import table  # noqa: E402

NOW = "2020-10-26T09:30:00+08:00"
DISTRICT = "市南区"
ITEMS = ["获证资格及条件检查", "产品质量安全监督检查", "年度报告公示信息检查"]
INSPECTORS = 60


def H(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def uscc(i: int) -> str:
    from app.registers.normalize import USCC_ALPHABET, uscc_check_char
    body = "91370202MA" + "".join(USCC_ALPHABET[(i // 31 ** p) % 31] for p in range(7))[::-1]
    return body + (uscc_check_char(body) or "0")


def make_draw(n: int):
    """Plan (3 items), draw no 1 of n inspections in one district, matched with teams of 2."""
    from app.db import transaction
    from app.draw.models import Draw, Inspection, Plan, Task
    from app.match.models import Assignment, Match
    from app.registers.models import Inspector, Register, RegisterVersion
    with transaction():
        reg = Register.create(name="执法检查人员名录库", kind="inspector", created_at=NOW)
        version = RegisterVersion.create(register=reg, version=1, source_name="x.xlsx", source_sha256="0" * 64,
                                         digest=H("v"), created_at=NOW, created_by="bench")
        plan = Plan.create(title="2020年度工业产品生产许可证获证企业双随机抽查", number="局函〔2020〕277号",
                           start="2020-10-20", due="2020-11-15", end="2020-11-30", status="frozen", created_at=NOW)
        Task.create(plan=plan, position=1, code="T1", name="工业产品生产许可证获证企业", register_name="企业",
                    register_version=None, ratio_p=1, ratio_q=5, items=ITEMS)
        draw = Draw.create(draw_no=1, plan=plan, status="drawn", log_head=H("0"), commitment=H("c"), commit_data={},
                           committed_at=NOW, witnesses=[], seed=H("s"), record={}, record_sha256=H("r"),
                           drawn_at=NOW, log_head_after=H("1"))
        rows = [{"draw": draw.id, "key": uscc(i), "name": f"青岛市南第{i}号精密机械制造有限公司", "district": DISTRICT,
                 "tasks": ["T1"], "items": ITEMS, "tickets": {"T1": H(str(i))}, "ranks": {}} for i in range(n)]
        for i in range(0, len(rows), 500):
            Inspection.insert_many(rows[i:i + 500]).execute()
        certs = [f"3702000{c:05d}" for c in range(INSPECTORS)]
        for c in certs:
            Inspector.create(version=version, cert_no=c, name=f"检查员{c[-3:]}", unit="市南区市场监督管理局",
                             district=DISTRICT)
        match = Match.create(draw=draw, status="matched", team_size=2, match_date="2020-10-20",
                             commit_data={"roster": [{"cert_no": c, "name": f"检查员{c[-3:]}", "district": DISTRICT}
                                                     for c in certs]},
                             inspector_version=version, draw_record_sha256=H("r"), roster_text="",
                             roster_digest=H("ro"), avoid_text="", avoid_digest=H("a"), log_head=H("1"),
                             commitment=H("mc"), committed_at=NOW, mseed=H("ms"), matched_at=NOW,
                             record_sha256=H("mr"), log_head_after=H("2"), record={})
        assignments = [{"match": match.id, "key": r["key"], "district": DISTRICT, "slot": s,
                        "cert_no": certs[(i + s) % INSPECTORS]} for i, r in enumerate(rows) for s in (0, 1)]
        for i in range(0, len(assignments), 500):
            Assignment.insert_many(assignments[i:i + 500]).execute()
    return draw


def fill(path: Path, out: Path) -> None:
    """Every row filled: checked on site, no problem; the enterprise block on each first row."""
    from openpyxl import load_workbook

    from app.match.queries import current_teams
    from app.packages import layout as L
    teams = current_teams(1)
    wb = load_workbook(path)
    ws = wb[L.INSPECTIONS_SHEET]
    col = {c.field: n for n, c in enumerate(L.COLUMNS, 1)}
    previous = None
    for r in range(L.HEADER_ROW + 1, ws.max_row + 1):
        key = ws.cell(row=r, column=col["key"]).value
        for fld, value in (("checked", "是"), ("method", "实地核查"), ("result", "未发现问题")):
            ws.cell(row=r, column=col[fld], value=value)
        if key != previous:
            names = "、".join(name for _, name, _ in teams[key])
            for fld, value in (("check_date", "2020-10-21"), ("inspectors", names), ("entered_by", "张录入")):
                ws.cell(row=r, column=col[fld], value=value)
        previous = key
    wb.save(out)


def calamine_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook
    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            cells += len(row)
    return time.perf_counter() - start


def prepare_setup(n: int, work: str):
    """The database (drawn, matched) and the returned package filled in, once per size (not timed:
    the child's work is empty). The database is kept as a pristine copy for every measured import."""
    from app.db import open_database
    from app.packages import writer
    folder = Path(work)
    open_database(folder / "pristine.sqlite3")
    make_draw(n)
    writer.require_sound = lambda draw_no: None   # the synthetic draw's digests are placeholders
    [package] = writer.write_packages(1, folder / "out", district=DISTRICT)
    fill(package.path, folder / "returned.xlsx")
    from app.db.base import database
    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return lambda: {"rows": package.rows}


def prepare_ours(work: str, run: int):
    """A fresh copy of the pristine database; timed: read_return (identity, rows, rules, comparison
    with the current results) and import_returns (one transaction, one batch)."""
    from app.db import open_database
    from app.packages import returns
    folder = Path(work)
    db = folder / f"run{run}.sqlite3"
    shutil.copy(folder / "pristine.sqlite3", db)
    shutil.copy(folder / "pristine.sqlite3.anchor.json", folder / f"run{run}.sqlite3.anchor.json")
    open_database(db)

    def go():
        preview = returns.read_return(folder / "returned.xlsx")
        [outcome] = returns.import_returns([preview])
        return {"new": len(outcome.new), "issues": len(preview.issues)}
    return go


def prepare_calamine(work: str):
    path = Path(work) / "returned.xlsx"
    return lambda: {"seconds": calamine_read(path)}


def rows(quick: bool, tmp: Path) -> list[table.Row]:
    n = 400 if quick else 5000
    work = tmp / "results-import"
    work.mkdir(parents=True, exist_ok=True)
    table.measure("bench_results_import", "prepare_setup", n=n, work=str(work))
    repeat = 1 if quick else 3
    ours = min((table.measure("bench_results_import", "prepare_ours", work=str(work), run=i) for i in range(repeat)),
               key=lambda f: f.cpu_s)
    base = table.best("bench_results_import", "prepare_calamine", repeat, work=str(work))
    return [table.ratio_row(f"returned package of {n:,} inspections ({n * len(ITEMS):,} rows): validate and import",
                            ours, "calamine reading it", base, 3,
                            note=f"{ours.info.get('new', 0):,} results imported, {ours.info.get('issues', 0)} issues")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep the database and files in DIR")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-results-"))
    work.mkdir(parents=True, exist_ok=True)
    for old in (work / "bench.sqlite3", work / "bench.sqlite3-wal", work / "bench.sqlite3.anchor.json"):
        old.unlink(missing_ok=True)   # --keep DIR again: start from a fresh database
    os.environ["SPOTCHECK_DB"] = str(work / "bench.sqlite3")

    from app.db import open_database
    from app.packages import returns, writer
    open_database(work / "bench.sqlite3")
    t0 = time.perf_counter()
    make_draw(args.n)
    writer.require_sound = lambda draw_no: None   # the synthetic draw's digests are placeholders
    [package] = writer.write_packages(1, work / "out", district=DISTRICT)
    filled = work / "returned.xlsx"
    fill(package.path, filled)
    print(f"setup (draw, package of {package.inspections} inspections x {len(ITEMS)} items = {package.rows} rows,"
          f" filled with openpyxl): {time.perf_counter() - t0:.1f} s; file {filled.stat().st_size // 1024} KiB")

    read = min(calamine_read(filled) for _ in range(3))
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    preview = returns.read_return(filled)
    validated = time.perf_counter()
    [outcome] = returns.import_returns([preview])
    done = time.perf_counter()
    if profiler:
        profiler.disable()
    validate, commit = validated - start, done - validated
    total = done - start
    print(f"preview: new {len(preview.new)}, issues {len(preview.issues)}; imported {len(outcome.new)} "
          f"in batch {outcome.batch_id}")
    print(f"python-calamine read (every sheet): {read:.3f} s")
    print(f"validate (read_return): {validate:.3f} s, import (import_returns): {commit:.3f} s, total {total:.3f} s")
    print(f"ratio total / calamine = {total / read:.2f}x (target <= 3x)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
