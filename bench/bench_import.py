"""Import speed and memory on a 100,000-row, 12-column enterprise register (not a timed test).

    .venv/bin/python bench/bench_import.py [--rows 100000] [--keep DIR] [--reimport] [--repeat 5]

Prints: python-calamine alone reading the file, file -> committed register
version, their ratio (target <= 2x) and the import's peak memory (target < 400 MB),
each as wall and CPU time (time.process_time). The two are measured in interleaved
pairs (calamine, then import, --repeat times): the ratio of the best of each, and
every pair's own ratio with their median, since a shared machine's speed drifts.
--reimport also times importing the file a second time into the same register,
where the previous version is read back for the difference.
Each measurement runs in a fresh subprocess so its peak memory is its own.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import peak

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "所属区市", "联系电话", "许可证编号",
           "产品名称", "发证日期", "有效期至", "登记状态"]


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    from app.registers.normalize import USCC_ALPHABET, uscc_check_char
    from app.settings.defaults import DEFAULT_DISTRICTS

    rng = random.Random(1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("获证企业")
    sheet.append(["青岛市工业产品生产许可证获证企业名录"])
    sheet.append(HEADERS)
    # About one row in ten closed, as in the bureau's registers (125 of 1,200 in the 2020 sample).
    statuses = ["存续", "在营（开业）", "存续（在营、开业、在册）"] * 3 + ["注销"]
    for n in range(1, rows + 1):
        d = DEFAULT_DISTRICTS[n % 10]
        first17 = "91" + d["codes"][0] + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
        issued = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        sheet.append([n, f"青岛测试{n}号有限公司", first17 + uscc_check_char(first17), "张三",
                      f"山东省青岛市{d['name']}长江路{n % 500}号", d["name"], f"1380000{n % 10000:04d}",
                      f"鲁XK16-{n % 1000:03d}-{n:06d}", "水泥", issued, issued + dt.timedelta(days=1826),
                      statuses[n % 10]])
    sheet.append([f"合计：{rows}家"])
    book.save(path)


CALAMINE_ONLY = peak.SOURCE + """
import sys, time
from python_calamine import CalamineWorkbook
t, c = time.perf_counter(), time.process_time()
book = CalamineWorkbook.from_path(sys.argv[1])
rows = book.get_sheet_by_index(0).to_python()
print(time.perf_counter() - t, time.process_time() - c, len(rows), peak_kb())
"""

FULL_IMPORT = peak.SOURCE + """
import sys, time
sys.path.insert(0, sys.argv[3])
from app.db import open_database
open_database(sys.argv[2])
from app.registers import service
t, c = time.perf_counter(), time.process_time()
version, result = service.import_file(sys.argv[1], "enterprise", "基准测试名录")
print(time.perf_counter() - t, time.process_time() - c, result.imported,
      peak_kb())
"""


def run(code: str, *args: str) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds, rows, peak MB) of one fresh process."""
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    seconds, cpu, count, rss_kb = out.stdout.split()
    return float(seconds), float(cpu), int(count), int(rss_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the generated file in DIR")
    parser.add_argument("--reimport", action="store_true", help="also time a second import into the same register")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved (calamine, import) pairs (default 5)")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-v2-{args.rows}.xlsx"
    if not path.exists():
        t = time.perf_counter()
        make_file(path, args.rows)
        print(f"generated {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
    db = folder / "bench.sqlite3"

    def one_import(reimport: bool = False) -> tuple[float, float, int, float]:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        if reimport:   # the first version, to compare with: imported in its own process, not timed
            run(FULL_IMPORT, str(path), str(db), str(ROOT))
        return run(FULL_IMPORT, str(path), str(db), str(ROOT))

    # Interleaved (calamine, import) pairs: on a machine shared with other work the speed drifts by
    # a third within a minute, so each import is compared with a calamine read made just before it.
    pairs = [(run(CALAMINE_ONLY, str(path)), one_import()) for _ in range(args.repeat)]
    calamine_s, calamine_cpu, calamine_rows, calamine_mb = min((c for c, _i in pairs), key=lambda r: r[0])
    import_s, import_cpu, imported, import_mb = min((i for _c, i in pairs), key=lambda r: r[0])
    pair_ratios = sorted(i[0] / c[0] for c, i in pairs)
    median_pair = pair_ratios[len(pair_ratios) // 2]

    def timed_import(reimport: bool = False) -> tuple[float, float, int, float]:
        return min((one_import(reimport) for _ in range(3)), key=lambda r: r[0])

    ratio, cpu_ratio = import_s / calamine_s, import_cpu / calamine_cpu
    report = {"rows": args.rows, "calamine_s": round(calamine_s, 3), "import_s": round(import_s, 3),
              "ratio": round(ratio, 2), "calamine_cpu_s": round(calamine_cpu, 3), "import_cpu_s": round(import_cpu, 3),
              "cpu_ratio": round(cpu_ratio, 2), "import_peak_mb": round(import_mb, 1),
              "calamine_peak_mb": round(calamine_mb, 1), "imported": imported,
              "pair_ratios": [round(r, 2) for r in pair_ratios], "median_pair_ratio": round(median_pair, 2)}
    print(f"python-calamine alone : {calamine_s:.2f} s wall, {calamine_cpu:.2f} s CPU "
          f"({calamine_rows} rows, peak {calamine_mb:.0f} MB)")
    print(f"file -> committed     : {import_s:.2f} s wall, {import_cpu:.2f} s CPU "
          f"({imported} enterprises, peak {import_mb:.0f} MB)")
    print(f"ratio                 : {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (best of each; target <= 2x); "
          f"peak memory target < 400 MB")
    print(f"pairs (calamine, then import, {args.repeat}x): ratios {', '.join(f'{r:.2f}' for r in pair_ratios)}; "
          f"median {median_pair:.2f}x")
    if args.reimport:
        re_s, re_cpu, _n, re_mb = timed_import(reimport=True)
        report.update({"reimport_s": round(re_s, 3), "reimport_cpu_s": round(re_cpu, 3),
                       "reimport_ratio": round(re_s / calamine_s, 2), "reimport_peak_mb": round(re_mb, 1)})
        print(f"re-import (diffed)    : {re_s:.2f} s wall, {re_cpu:.2f} s CPU, {re_s / calamine_s:.2f}x wall "
              f"(peak {re_mb:.0f} MB; the sheet is parsed on a second core while the previous version loads)")
    print("(on a shared, busy machine the CPU ratio is the steadier figure)")
    print(json.dumps(report))


if __name__ == "__main__":
    main()


CSV_ONLY = peak.SOURCE + """
import csv, sys, time
t, c = time.perf_counter(), time.process_time()
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    n = sum(1 for _row in csv.reader(fh))
print(time.perf_counter() - t, time.process_time() - c, n, peak_kb())
"""

CALAMINE_ITER = peak.SOURCE + """
import sys, time
from python_calamine import CalamineWorkbook
t, c = time.perf_counter(), time.process_time()
n = sum(1 for _row in CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).iter_rows())
print(time.perf_counter() - t, time.process_time() - c, n, peak_kb())
"""


def figures(size: int, folder: str | None = None, repeat: int = 2) -> dict:
    """Issue 18's row "import a N-row xlsx register": (ours, baseline) CPU seconds and peak MB, each the
    best of `repeat` fresh processes. Baseline: python-calamine iter_rows over the same file.
    Targets: time <= 2x, peak memory <= 1.3x calamine's. For bench/run (bench/table.py) to wrap."""
    work = Path(folder or tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"register-v2-{size}.xlsx"
    if not path.exists():
        make_file(path, size)
    db = work / "figures.sqlite3"

    def ours() -> tuple[float, float, int, float]:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        return run(FULL_IMPORT, str(path), str(db), str(ROOT))

    mine = [ours() for _ in range(repeat)]
    base = [run(CALAMINE_ITER, str(path)) for _ in range(repeat)]
    return {"ours_s": min(r[1] for r in mine), "ours_mb": min(r[3] for r in mine),
            "baseline_s": min(r[1] for r in base), "baseline_mb": min(r[3] for r in base),
            "baseline": "python-calamine iter_rows", "rows": size}


def rows(quick: bool, tmp: Path) -> list:
    """bench/run's row: figures() wrapped as a table.Row (time ratio to calamine iter_rows; memory in the note)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import table  # bench/ is not a package: its own folder goes on the path, as in bench_draw.rows
    size = 5_000 if quick else 1_000_000
    f = figures(size, str(tmp), repeat=1 if quick else 2)
    ours = table.Figures(f["ours_s"], f["ours_s"], f["ours_mb"])
    base = table.Figures(f["baseline_s"], f["baseline_s"], f["baseline_mb"])
    memory = f["ours_mb"] / f["baseline_mb"] if f["baseline_mb"] else 0.0
    return [table.ratio_row(f"import a {size:,}-row xlsx register", ours, f["baseline"], base, 2,
                            note=f"peak memory {memory:.2f}× calamine's (target ≤ 1.3×)")]
