"""spotcheck archive --plan ID --out FILE.zip, and spotcheck verify-archive FILE.zip (no database needed)."""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import add_common, emit, open_db, progress_printer


def register(sub) -> None:
    p = sub.add_parser("archive", help="把一项抽查计划的全部记录、交回文件、审计日志和验算程序打包成可独立核对的归档")
    p.add_argument("--plan", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    add_common(p)
    p.set_defaults(func=_archive)
    p = sub.add_parser("verify-archive", help="离线核对归档：清单、审计日志哈希链，并重新计算其中每次抽取和匹配"
                       "（不需要数据库）")
    p.add_argument("archive", metavar="FILE.zip")
    add_common(p)
    p.set_defaults(func=_verify_archive)


def _archive(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.publish.archive import write_archive
    progress = progress_printer(args)
    out = write_archive(args.plan, args.out, progress=progress)
    if progress is not None:
        print(file=sys.stderr)   # end the rewritten progress line
    text = (f"归档已写入：{out.path}（{len(out.members)} 个文件，{out.size} 字节）\n"
            f"归档文件 SHA-256：{out.sha256}\n"
            f"抽取：{'、'.join(f'第 {n} 号' for n in out.draws)}；匹配记录 {out.matches} 份；"
            f"交回文件 {out.returned_files} 个；"
            f"公示导出 {out.exports} 次；审计日志 {out.audit_entries} 条，链头 {out.audit_head}\n"
            f"核对：spotcheck verify-archive {out.path}")
    emit(args, out.as_dict(), text)
    return 0


def _verify_archive(args) -> int:
    # No database is opened: the archive is checked by itself, on any computer.
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.publish.archive_verify import verify_archive
    path = Path(args.archive)
    result = verify_archive(path)
    emit(args, result.as_dict(), "\n".join(result.lines()))
    return 0 if result.ok else 1
