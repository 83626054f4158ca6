"""spotcheck summary --plan ID --out FILE.pdf

The summary report is per plan (all its drawn draws), while `docs` kinds are per draw: hence its own
command rather than a `docs` kind.
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import add_common, emit, open_db, progress_printer


def register(sub) -> None:
    p = sub.add_parser("summary", help="生成抽查工作总结报告（PDF）：计划、抽取、完成情况、检查结果图表、"
                                       "问题和处置、区市反映的问题、作废替补和人员更换、审计日志")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    add_common(p)
    p.set_defaults(func=_summary)


def _summary(args) -> int:
    open_db(args)
    # lazy: reportlab and the statistics load only when the command runs, so `spotcheck --help` stays fast
    from app.docs.summary import write_summary_pdf
    try:
        path = write_summary_pdf(args.plan, Path(args.out), progress=progress_printer(args))
    finally:
        if not getattr(args, "json", False):
            print(file=sys.stderr)   # end the progress line, also before an error message
    emit(args, {"plan": args.plan, "out": str(path)}, f"已生成总结报告：{path.resolve()}")
    return 0
