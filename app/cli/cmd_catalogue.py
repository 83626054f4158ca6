"""spotcheck catalogue show|versions (the check-item catalogue, 抽查事项清单; import: spotcheck import catalogue)"""
from __future__ import annotations

from app.cli.common import add_common, emit, open_db


def register(sub) -> None:
    cat = sub.add_parser("catalogue",
                         help="查看抽查事项清单（导入新版本：spotcheck import catalogue FILE --reason 原因）")
    csub = cat.add_subparsers(dest="catalogue_command", metavar="ACTION")
    p = csub.add_parser("show", help="清单的某个版本（默认最新）：各事项的编码、名称、类别、方式、部门、对象和依据")
    p.add_argument("--version", type=int, metavar="N", help="版本号（默认最新）")
    add_common(p)
    p.set_defaults(func=_show)
    p = csub.add_parser("versions", help="清单的全部版本及其修订原因")
    add_common(p)
    p.set_defaults(func=_versions)


def _show(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.catalogue import queries

    open_db(args)
    shown = queries.catalogue(args.version)
    none = "尚未导入抽查事项清单（spotcheck import catalogue FILE）。"
    lines = [f"{shown['register']} 第 {shown['version']} 版（{shown['created_at']}，{shown['note']}），"
             f"{len(shown['items'])} 个事项" if shown["version"] else none]
    for e in shown["items"]:
        lines.append(f"  {e['code']} {e['name']}〔{e['category'] or '类别未填'}〕{e['method']}；{e['department']}；"
                     f"对象：{e['object_type']}")
        lines.append(f"      检查依据：{e['basis'] or '（未填写）'}" + (f"；备注：{e['note']}" if e["note"] else ""))
    emit(args, shown, "\n".join(lines))
    return 0


def _versions(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.catalogue import queries

    open_db(args)
    rows = queries.versions()
    lines = [f"第 {v['version']} 版  {v['at']}  {v['by']}  {v['imported']} 个事项  {v['source']}  {v['note']}"
             for v in rows] or ["尚未导入抽查事项清单。"]
    emit(args, {"versions": rows}, "\n".join(lines))
    return 0
