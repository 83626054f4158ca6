"""spotcheck packages --draw N --out DIR [--district NAME] [--with-documents]"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import add_common, emit, open_db, progress_printer


def register(sub) -> None:
    p = sub.add_parser("packages", help="下发区市工作包（每个区市一个 .xlsx，供区市填写检查结果后交回）")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号（须已完成随机匹配）")
    p.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--district", metavar="NAME", help="只下发该区市的工作包")
    p.add_argument("--with-documents", action="store_true",
                   help="同时在各区市的子文件夹中生成该区市的检查通知书和检查结果记录表")
    add_common(p)
    p.set_defaults(func=_packages)


def _packages(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.packages.writer import write_packages
    try:
        files = write_packages(args.draw, Path(args.out), district=args.district,
                               with_documents=args.with_documents, progress=progress_printer(args))
    finally:
        if not getattr(args, "json", False):
            print(file=sys.stderr)   # end the progress line, also before an error message
    lines = [f"已下发 {len(files)} 个工作包，位于 {Path(args.out).resolve()}："]
    lines += [f"  {f.path.name}（{f.district}，第 {f.issue_no} 次下发，{f.inspections} 户、{f.rows} 行，"
              f"包编号 {f.uid}）" for f in files]
    if args.with_documents:
        lines.append("各区市的检查通知书和检查结果记录表在以区市命名的子文件夹中。")
    data = {"draw": args.draw, "packages": [
        {"district": f.district, "file": str(f.path), "uid": f.uid, "issue_no": f.issue_no,
         "inspections": f.inspections, "rows": f.rows} for f in files]}
    emit(args, data, "\n".join(lines))
    return 0
