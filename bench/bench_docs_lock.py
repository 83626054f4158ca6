"""How long `docs notice` holds the database's write lock, seen from a second connection.

    .venv/bin/python bench/bench_docs_lock.py [--per-district 34]

A probe thread with its own SQLite connection tries BEGIN IMMEDIATE every 2 ms
(busy timeout 0) while service.generate("notice") renders ~100 notices; the
time between a refused try and the next granted one is time another writer
(an import, `match run`) would have had to wait. Target: the lock is held for a
small fraction of a second, however many notices are rendered.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import close_database, open_database  # noqa: E402
from app.docs import service  # noqa: E402
from tests.support.documents import make_sample_draw  # noqa: E402


def probe(path: Path, stop: threading.Event, out: dict) -> None:
    con = sqlite3.connect(str(path), timeout=0, isolation_level=None, check_same_thread=False)
    held, longest, refused_since = 0.0, 0.0, None
    while not stop.is_set():
        now = time.perf_counter()
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
            if refused_since is not None:
                span = now - refused_since
                held, longest, refused_since = held + span, max(longest, span), None
        except sqlite3.OperationalError:
            if refused_since is None:
                refused_since = now
        time.sleep(0.002)
    if refused_since is not None:
        span = time.perf_counter() - refused_since
        held, longest = held + span, max(longest, span)
    con.close()
    out.update(held=held, longest=longest)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-district", type=int, default=34, help="inspections per district (3 districts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        open_database(path)
        make_sample_draw(per_district=args.per_district)
        stop, out = threading.Event(), {}
        thread = threading.Thread(target=probe, args=(path, stop, out))
        thread.start()
        start = time.perf_counter()
        files = service.generate("notice", 1, Path(tmp) / "out")
        total = time.perf_counter() - start
        stop.set()
        thread.join()
        close_database()
    print(f"notices: {len(files) - 1} (+1 combined file), generate: {total:.2f} s, "
          f"write lock held: {out['held']:.3f} s in all, longest {out['longest']:.3f} s")


if __name__ == "__main__":
    main()
