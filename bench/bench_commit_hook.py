"""What the after-commit work costs (issue 12, items 1 and 8): the audit anchor file and the -wal checkpoint.

    .venv/bin/python bench/bench_commit_hook.py [--rows 100000] [--small 300] [--repeat 3]

Prints, with the hook on and off (app.db.base.set_after_commit(None)), interleaved: committing a validated
register of --rows rows (commit_import only, the file read once beforehand), and --small one-entry
transactions; and `db check` (app.integrity.check_all) on the --rows register. Not a timed test.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from bench_import import make_file

    from app import audit
    from app.db import base, close_database, open_database, transaction
    from app.db.connection import _after_commit
    from app.integrity import check_all
    from app.registers import service

    folder = Path(tempfile.mkdtemp(prefix="bench-hook-"))
    source = folder / "register.xlsx"
    make_file(source, args.rows)
    times: dict[str, list[float]] = {"import on": [], "import off": [], "small on": [], "small off": []}
    for i in range(args.repeat):
        for mode in ("on", "off"):
            path = folder / f"db-{i}-{mode}.sqlite3"
            open_database(path)
            base.set_after_commit(_after_commit if mode == "on" else None)
            result = service.validate_import(source, "enterprise", "基准测试名录")
            t = time.perf_counter()
            service.commit_import(result)
            times[f"import {mode}"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for n in range(args.small):
                with transaction():
                    audit.append("bench.small", {"n": n})
            times[f"small {mode}"].append(time.perf_counter() - t)
            if mode == "on" and i == 0:
                t = time.perf_counter()
                report = check_all(path)
                print(f"check_all on {args.rows:,} rows: {time.perf_counter() - t:.3f} s, ok={report.ok}")
            close_database()
    for name, values in times.items():
        print(f"{name:11s} best {min(values):.3f} s  all {', '.join(f'{v:.3f}' for v in values)}")
    imp = min(times["import on"]) / min(times["import off"]) - 1
    small = (min(times["small on"]) - min(times["small off"])) / args.small * 1000
    print(f"import: hook adds {imp:+.1%}; small transaction: hook adds {small:+.2f} ms each")


if __name__ == "__main__":
    main()
