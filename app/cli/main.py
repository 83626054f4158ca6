"""`spotcheck`: the command line over the core.

Argument parsing only: every sub-command calls the same service functions as
the GUI. Each command module exposes register(subparsers) and sets
`func(args) -> int` on its parsers.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from app import __version__
from app.cli import (
    cmd_archive,
    cmd_catalogue,
    cmd_db,
    cmd_demo,
    cmd_docs,
    cmd_draw,
    cmd_import,
    cmd_log,
    cmd_match,
    cmd_packages,
    cmd_plan,
    cmd_publish,
    cmd_results,
    cmd_return,
    cmd_selftest,
    cmd_settings,
    cmd_share,
    cmd_stats,
    cmd_summary,
    cmd_verify,
)
from app.errors import DatabaseBusyError, SpotcheckError, as_busy_error

# Exit code of a command refused because another program held the database (EX_TEMPFAIL: try again).
EXIT_BUSY = 75

# One module per workflow stage; each adds its own sub-commands (in this order in --help).
COMMAND_MODULES = [
    cmd_db,         # db info/backup/restore/check
    cmd_log,        # log verify/show/head
    cmd_settings,   # settings show/set, calendar
    cmd_demo,       # demo
    cmd_import,     # import enterprises/inspectors/avoidance/institutions/catalogue/results, registers
    cmd_catalogue,  # catalogue show/versions (抽查事项清单)
    cmd_plan,       # plan create/list/show
    cmd_draw,       # draw commit/run/void/alternate, frames export
    cmd_match,      # match commit/run/replace/resolve
    cmd_verify,     # verify RECORD.json
    cmd_docs,       # docs KIND
    cmd_packages,   # packages (district work packages)
    cmd_results,    # progress, results list/show/enter/review/return
    cmd_publish,    # publish (结果公示 export), followup list/candidates/close
    cmd_stats,      # stats (statistics of a plan, --out FILE.xlsx)
    cmd_summary,    # summary (the plan's summary report PDF)
    cmd_archive,    # archive, verify-archive (the campaign archive anyone can verify)
    cmd_share,      # share, verify-share (the city's file for one district, two-level campaigns)
    cmd_return,     # return (a district's match and results back to the city)
    cmd_selftest,   # selftest (the installer check)
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spotcheck",
        description="双随机抽查工作台 命令行（与图形界面调用同一套核心服务）",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: SPOTCHECK_DB or the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    # Allow --db/--json after the sub-command too: commands add --json themselves.
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except DatabaseBusyError as exc:
        return _report_error(args, exc, EXIT_BUSY)
    except SpotcheckError as exc:
        return _report_error(args, exc, 2)
    except BrokenPipeError:
        # The reader went away (`spotcheck stats | head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("已中断，数据库未作更改。", file=sys.stderr)
        return 130
    except Exception as exc:
        # SQLite still busy after the busy timeout, from any command: the Chinese message, no traceback.
        busy = as_busy_error(exc)
        if busy is None:
            raise
        return _report_error(args, busy, EXIT_BUSY)


def _report_error(args, exc: SpotcheckError, code: int) -> int:
    if getattr(args, "json", False):
        json.dump({"error": exc.to_dict()}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    print(f"错误：{exc}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
