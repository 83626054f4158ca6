"""spotcheck docs KIND --draw N --out DIR [--key KEY ...] [--district D]; spotcheck template show|save|reset"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import add_common, emit, open_db, progress_printer
from app.docs.service import KINDS


def register(sub) -> None:
    p = sub.add_parser("docs", help="生成检查文书（PDF）：通知书、结果记录表、邮寄标签、下发清单、"
                                    "承诺单、抽取/匹配记录")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="、".join(KINDS))
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--key", action="append", metavar="KEY", help="只生成这些检查对象（可重复）")
    p.add_argument("--district", metavar="D", help="只生成该区市的检查对象")
    add_common(p)
    p.set_defaults(func=_docs)

    t = sub.add_parser("template", help="文书模板：查看、保存本局措辞、恢复默认")
    tsub = t.add_subparsers(dest="template_command", metavar="ACTION")
    p = tsub.add_parser("show", help="打印正在使用的模板")
    p.add_argument("kind", metavar="KIND")
    add_common(p)
    p.set_defaults(func=_show)
    p = tsub.add_parser("save", help="检查并保存本局的模板（文件为 UTF-8 文本）")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("file", metavar="FILE")
    add_common(p)
    p.set_defaults(func=_save)
    p = tsub.add_parser("reset", help="恢复随程序提供的默认模板")
    p.add_argument("kind", metavar="KIND")
    add_common(p)
    p.set_defaults(func=_reset)


def _docs(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.docs import service
    try:
        files = service.generate(args.kind, args.draw, Path(args.out), keys=args.key, district=args.district,
                                 progress=progress_printer(args))
    finally:
        if not getattr(args, "json", False):
            print(file=sys.stderr)   # end the progress line, also before an error message (e.g. a busy database)
    text = f"已生成 {len(files)} 个文件，位于 {Path(args.out).resolve()}：\n" + "\n".join(f"  {f.name}" for f in files)
    emit(args, {"kind": args.kind, "draw": args.draw, "files": [str(f) for f in files]}, text)
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.docs.templates import load_template
    text = load_template(args.kind)
    emit(args, {"kind": args.kind, "text": text}, text)
    return 0


def _save(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.docs.templates import save_template
    from app.errors import FileReadError
    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FileReadError(f"无法读取模板文件“{args.file}”（须为 UTF-8 文本）：{exc}") from exc
    save_template(args.kind, text)
    emit(args, {"kind": args.kind, "saved": True}, f"已保存“{args.kind}”模板，之后生成的文书将使用新的措辞。")
    return 0


def _reset(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.docs.templates import reset_template
    existed = reset_template(args.kind)
    emit(args, {"kind": args.kind, "reset": existed},
         "已恢复默认模板。" if existed else "该模板本来就是默认措辞，无需恢复。")
    return 0
