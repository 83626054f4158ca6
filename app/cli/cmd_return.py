"""spotcheck return --draw N --out FILE.zip: a district's return of a received draw to the city."""
from __future__ import annotations

from app.cli.common import add_common, emit, open_db


def register(sub) -> None:
    p = sub.add_parser("return", help="区市向市局回传文件：匹配记录、人员名单与回避名单、更换记录和检查结果"
                       "（仅限从共享文件导入并已完成匹配的抽取）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    add_common(p)
    p.set_defaults(func=_return)


def _return(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.returns_writer import write_return
    out = write_return(args.draw, args.out)
    text = (f"回传文件已写入：{out.path}\n本库第 {out.draw_no} 号抽取（市局第 {out.city_draw_no} 号），{out.district}；"
            f"检查结果 {out.results} 条，更换记录 {out.replacements} 条\n本库日志头：{out.audit_head}\n"
            f"回传文件 SHA-256：{out.file_sha256}\n市局导入：spotcheck import return {out.path}")
    emit(args, out.as_dict(), text)
    return 0
