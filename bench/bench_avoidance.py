"""Import time and peak memory of a 1,000,000-row avoidance list (not a timed test).

    .venv/bin/python bench/bench_avoidance.py [--rows 1000000] [--known 0.9] [--xlsx] [--keep DIR]

Writes a csv of `rows` (certificate number, enterprise code, names, reason) pairs, over 5,000 inspectors and
200,000 enterprises; `--known` is the share of those already in the inspector and enterprise registers (the
rest are flagged as unknown, one issue per row and column); --xlsx writes the same rows as an .xlsx (inline
strings, written directly: openpyxl would take minutes). Prints file -> committed version, wall and CPU
time and the peak RSS of the importing process (a fresh subprocess, so the peak is its own).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))    # also when imported as bench.bench_avoidance by its own children

import peak  # noqa: E402

INSPECTORS, ENTERPRISES = 5000, 200000


def codes(count: int) -> list[str]:
    from app.registers.normalize import uscc_check_char
    out = []
    for n in range(count):
        first17 = f"91370202MA{n:07d}"
        out.append(first17 + uscc_check_char(first17))
    return out


def make_file(path: Path, rows: int, enterprises: int = ENTERPRISES) -> None:
    rng = random.Random(1)
    keys = codes(enterprises)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("检查人员姓名,执法证号,企业名称,统一社会信用代码,回避事由\n")
        seen = set()
        while len(seen) < rows:
            pair = (rng.randrange(INSPECTORS), rng.randrange(enterprises))
            if pair in seen:
                continue
            seen.add(pair)
            i, e = pair
            fh.write(f"检查员{i},3702{i:06d},青岛测试{e}号有限公司,{keys[e]},曾在该企业任职\n")


def csv_to_xlsx(source: Path, path: Path) -> None:
    """The same list as an xlsx (sheet 回避), written row by row without openpyxl."""
    from tests.support.raw_xlsx import row_xml, write_streamed_xlsx  # after ROOT is on sys.path
    with source.open(encoding="utf-8") as lines:
        write_streamed_xlsx(path, (row_xml(n, line.rstrip("\n").split(",")) for n, line in enumerate(lines, 1)),
                            sheet_name="回避")


def make_registers(db: Path, known: float, enterprise_count: int = ENTERPRISES) -> None:
    """Inspector and enterprise registers holding the `known` share of the list's inspectors and enterprises."""
    from app.db import open_database
    from app.registers import service
    open_database(db)
    if not known:
        return
    with tempfile.TemporaryDirectory() as tmp:
        inspectors = Path(tmp) / "人员.csv"
        inspectors.write_text("姓名,执法证号,所属区市,在岗状态\n" + "".join(
            f"检查员{i},3702{i:06d},市南区,在岗\n" for i in range(int(INSPECTORS * known))), encoding="utf-8")
        service.import_file(inspectors, "inspector")
        enterprises = Path(tmp) / "企业.csv"
        enterprises.write_text("企业名称,统一社会信用代码,所属区市,登记状态\n" + "".join(
            f"青岛测试{e}号有限公司,{k},市南区,存续\n" for e, k in enumerate(codes(int(enterprise_count * known)))),
            encoding="utf-8")
        service.import_file(enterprises, "enterprise", "基准测试企业")


IMPORT = peak.SOURCE + """
import json, sys, time
sys.path.insert(0, sys.argv[3])
from app.db import open_database
open_database(sys.argv[2])
from app.registers import service
t, c = time.perf_counter(), time.process_time()
version, result = service.import_file(sys.argv[1], "avoidance")
print(json.dumps({"wall": time.perf_counter() - t, "cpu": time.process_time() - c, "imported": result.imported,
                  "flagged": result.flagged, "issues": len(result.issues),
                  "peak_mb": peak_kb() / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--known", type=float, default=0.9)
    parser.add_argument("--xlsx", action="store_true", help="import an .xlsx of the same rows")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-avoidance-"))
    folder.mkdir(parents=True, exist_ok=True)
    path, db = folder / "回避关系.csv", folder / "bench.db"
    if not path.exists():
        make_file(path, args.rows)
    if args.xlsx:
        csv_path, path = path, path.with_suffix(".xlsx")
        if not path.exists():
            csv_to_xlsx(csv_path, path)
    if db.exists():
        db.unlink()
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r});"
                    "from bench.bench_avoidance import make_registers; from pathlib import Path;"
                    f"make_registers(Path({str(db)!r}), {args.known})"], check=True)
    out = subprocess.run([sys.executable, "-c", IMPORT, str(path), str(db), str(ROOT)], check=True,
                         capture_output=True, text=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    print(f"{args.rows} rows ({path.stat().st_size / 1e6:.0f} MB {path.suffix[1:]}, {args.known:.0%} known): "
          f"{got['wall']:.1f} s wall, {got['cpu']:.1f} s CPU, peak {got['peak_mb']:.0f} MB; "
          f"imported {got['imported']}, flagged {got['flagged']}, issues {got['issues']}")


if __name__ == "__main__":
    main()


CSV_ONLY = peak.SOURCE + """
import csv, json, sys, time
t, c = time.perf_counter(), time.process_time()
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    n = sum(1 for _row in csv.reader(fh))
print(json.dumps({"wall": time.perf_counter() - t, "cpu": time.process_time() - c, "rows": n,
                  "peak_mb": peak_kb() / 1024}))
"""


def figures(size: int, folder: str | None = None, repeat: int = 2, known: float = 0.9,
            enterprises: int = ENTERPRISES) -> dict:
    """Issue 18's row "import a N-row CSV avoidance list": (ours, baseline) CPU seconds and peak MB, each
    the best of `repeat` fresh processes. Baseline: the csv module reading the same file.
    Targets: time <= 3x, peak memory <= 300 MB. For bench/run (bench/table.py) to wrap."""
    work = Path(folder or tempfile.mkdtemp(prefix="bench-avoidance-"))
    work.mkdir(parents=True, exist_ok=True)
    path, db = work / f"回避关系-{size}-{enterprises}.csv", work / "figures.db"
    if not path.exists():
        make_file(path, size, enterprises)

    def child(code: str, *args: str) -> dict:
        out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    mine = []
    for _ in range(repeat):
        db.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r});"
                        "from bench.bench_avoidance import make_registers; from pathlib import Path;"
                        f"make_registers(Path({str(db)!r}), {known}, {enterprises})"], check=True)
        mine.append(child(IMPORT, str(path), str(db), str(ROOT)))
    base = [child(CSV_ONLY, str(path)) for _ in range(repeat)]
    return {"ours_s": min(r["cpu"] for r in mine), "ours_mb": min(r["peak_mb"] for r in mine),
            "baseline_s": min(r["cpu"] for r in base), "baseline_mb": min(r["peak_mb"] for r in base),
            "baseline": "csv module reading the file", "rows": size}


def rows(quick: bool, tmp: Path) -> list:
    """bench/run's row: figures() wrapped as a table.Row (time ratio to the csv module; memory in the note)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import table  # bench/ is not a package: its own folder goes on the path, as in bench_draw.rows
    size = 20_000 if quick else 1_000_000
    # quick: the registers the list is checked against scaled down too (180,000 enterprises took most of it)
    f = figures(size, str(tmp), repeat=1 if quick else 2, enterprises=size if quick else ENTERPRISES)
    ours = table.Figures(f["ours_s"], f["ours_s"], f["ours_mb"])
    base = table.Figures(f["baseline_s"], f["baseline_s"], f["baseline_mb"])
    return [table.ratio_row(f"import a {size:,}-row CSV avoidance list", ours, f["baseline"], base, 3,
                            note=f"peak memory {f['ours_mb']:.0f} MB (target ≤ 300 MB)")]
