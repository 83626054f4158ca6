"""spotcheck stats --plan ID [--json] [--out FILE.xlsx]"""
from __future__ import annotations

from app.cli.common import add_common, aligned_table, emit, open_db


def register(sub) -> None:
    p = sub.add_parser("stats", help="抽查统计：各区市、任务、检查事项、结果类别、核查方式，发现问题比例，"
                                     "检查人员任务量和更换，替补、作废和区市报送的问题")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    p.add_argument("--out", metavar="FILE.xlsx", help="同时导出为 Excel 文件（每个统计表一个工作表）")
    add_common(p)
    p.set_defaults(func=_stats)


def _stats(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.publish.stats import plan_statistics
    from app.publish.stats_export import export_statistics
    stats = plan_statistics(args.plan)
    data = stats.as_dict()
    data["tables"] = [t.as_dict() for t in stats.tables()]
    lines = _lines(stats)
    if args.out:
        path = export_statistics(args.plan, args.out, stats=stats)
        data["out"] = str(path)
        lines.append(f"已导出：{path}")
    emit(args, data, "\n".join(lines))
    return 0


def _lines(stats) -> list[str]:
    # lazy: only with the statistics just computed (the import of app.publish stays out of --help)
    from app.publish.stats_rows import BASIS_ZH, percent_text
    draws = "、".join(f"第 {n} 号" for n in stats.draws) or "尚无已完成的抽取"
    lines = [f"计划 {stats.plan_id}：{stats.title}" + (f"（{stats.number}）" if stats.number else ""),
             f"  抽取：{draws}",
             f"  发现问题比例：{percent_text(stats.share)}（{stats.totals.with_problem} / {stats.totals.entered}，"
             f"口径：{BASIS_ZH}）"]
    for table in stats.tables():
        lines += ["", f"【{table.title}】"]
        if not table.rows:
            lines.append("（无）")
            continue
        lines += aligned_table(table.headers, table.text_rows(), numbers_from=_numbers_from(table))
    return lines


def _numbers_from(table) -> int:
    """The first column from which every column holds numbers (right-aligned), else past the last."""
    start = len(table.headers)
    for i in reversed(range(len(table.headers))):
        numeric = i in table.percent_columns or all(
            isinstance(r[i], (int, float)) and not isinstance(r[i], bool) or r[i] is None for r in table.rows)
        if not numeric:
            break
        start = i
    return start
