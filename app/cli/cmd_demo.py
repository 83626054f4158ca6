"""spotcheck demo [--remove]: load the synthetic demo registers (and plan) into an empty database, or remove them."""
from __future__ import annotations

from app.cli.common import add_common, emit, open_db


def register(sub) -> None:
    p = sub.add_parser("demo", help="导入演示数据（企业名录、检查人员、回避关系、专业机构、演示计划）")
    p.add_argument("--remove", action="store_true",
                   help="删除演示数据（演示名录、演示计划和虚构的机关信息；已被抽取使用时拒绝）")
    add_common(p)
    p.set_defaults(func=_demo)


def _demo(args) -> int:
    open_db(args)
    if args.remove:
        return _remove(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.demo import load_demo
    summary = load_demo()
    lines = ["演示数据已导入："]
    for r in summary["registers"]:
        lines.append(f"  {r['register']}：第 {r['version']} 版，{r['imported']} 条"
                     + (f"，在营 {r['operating']}" if r["kind"] == "enterprise" else "")
                     + (f"，可参与匹配 {r['operating']}" if r["kind"] == "inspector" else ""))
    lines.append(f"  演示计划：{summary['plan']}" if summary["plan"] else "  （抽查计划模块尚未提供，未创建演示计划）")
    emit(args, summary, "\n".join(lines))
    return 0


def _remove(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.demo_remove import remove_demo
    summary = remove_demo()
    lines = ["演示数据已删除："]
    lines += [f"  {r['register']}：第 {r['version']} 版" for r in summary["registers"]]
    if summary["plan"]:
        lines.append(f"  演示计划：{summary['plan']}")
    if summary["office"]:
        lines.append("  虚构的机关信息已清空，请在“设置”中填写本机关的信息。")
    emit(args, summary, "\n".join(lines))
    return 0
