"""spotcheck selftest: the installer's self-test (see app/selftest.py)."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("selftest", help="自检：在临时文件夹中导入、抽取、复算、生成通知书（不动用户数据）")
    p.set_defaults(func=_selftest)


def _selftest(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.selftest import run_self_test
    # A Windows console or pipe may not be UTF-8: never let an unprintable character fail the test.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    return run_self_test(lambda line: print(line, flush=True))
