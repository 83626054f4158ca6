"""spotcheck share --draw N --district D --out FILE.zip, spotcheck verify-share FILE.zip (no database), and
spotcheck share-progress --draw N (the city's view of each district in a two-level campaign)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.cli.common import add_common, aligned_table, emit, open_db


def register(sub) -> None:
    p = sub.add_parser("share", help="为一个区市生成两级抽查的共享文件（抽取记录、承诺、本区市检查对象、计划日期、"
                       "市局联系人，已匹配时含工作包）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--district", required=True, metavar="区市")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    add_common(p)
    p.set_defaults(func=_share)
    p = sub.add_parser("verify-share", help="离线核对共享文件：清单、抽取记录 SHA-256、重新计算抽取记录，"
                       "并按抽取记录核对本区市的检查对象（不需要数据库）")
    p.add_argument("share", metavar="FILE.zip")
    p.add_argument("--district", metavar="区市", help="应当发给的区市（发给其他区市的共享文件不予通过）")
    add_common(p)
    p.set_defaults(func=_verify_share)
    p = sub.add_parser("share-progress", help="两级抽查各区市的进度：共享文件下发、区市匹配（对照 5 个工作日期限）、"
                       "交回、审核，以及区市审计日志链头")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天判断是否逾期（默认今天）")
    add_common(p)
    p.set_defaults(func=_progress)


def _share(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.writer import write_share
    out = write_share(args.draw, args.district, args.out)
    package = f"工作包：{out.package}" if out.package else "工作包：无（该抽取尚未完成随机匹配）"
    text = (f"共享文件已写入：{out.path}\n第 {out.draw_no} 号抽取，{out.district}，检查对象 {out.inspections} 个；"
            f"{package}\n抽取记录 SHA-256：{out.draw_record_sha256}（与书面抽取记录上印的一致）\n"
            f"共享文件 SHA-256：{out.file_sha256}\n核对：spotcheck verify-share {out.path} --district {out.district}")
    emit(args, out.as_dict(), text)
    return 0


def _verify_share(args) -> int:
    # No database is opened: the district checks the file by itself, on its own computer.
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.verify import verify_share
    result = verify_share(Path(args.share), district=args.district)
    emit(args, result.as_dict(), "\n".join(result.lines()))
    return 0 if result.ok else 1


def _progress(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.progress import two_level_progress
    rows = two_level_progress(args.draw, dt.date.fromisoformat(args.today) if args.today else None)
    emit(args, {"draw_no": args.draw, "districts": [r.as_dict() for r in rows]}, "\n".join(progress_lines(rows)))
    return 0


def progress_lines(rows) -> list[str]:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.progress import minute, notes
    header = ["区市", "匹配方式", "状态", "检查对象", "共享文件下发", "匹配期限", "匹配承诺时间", "交回",
              "已录入", "已审核"]
    table = [[r.district, r.mode_zh, r.state_zh, str(r.inspections), minute(r.share_sent_at),
              r.match_deadline or ("—" if not r.deadline_note else "日历未覆盖"),
              minute(r.committed_at) + ("（逾期）" if r.late else ""),
              f"{r.returns} 次" if r.returns else "—", str(r.entered), str(r.reviewed)] for r in rows]
    return aligned_table(header, table, numbers_from=8) + notes(rows)
