"""spotcheck plan create|list|show|preview"""
from __future__ import annotations

from pathlib import Path

from app.cli.common import add_common, emit, open_db


def register(sub) -> None:
    plan = sub.add_parser("plan", help="抽查计划：从 TOML 文件创建、列出、查看")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION")
    p = psub.add_parser("create", help="从 TOML 文件创建抽查计划（格式见 docs/plans.md）")
    p.add_argument("file", metavar="FILE.toml")
    add_common(p)
    p.set_defaults(func=_create)
    p = psub.add_parser("list", help="列出全部抽查计划")
    add_common(p)
    p.set_defaults(func=_list)
    p = psub.add_parser("show", help="查看一个抽查计划及其任务")
    p.add_argument("plan_id", metavar="ID", type=int)
    add_common(p)
    p.set_defaults(func=_show)
    p = psub.add_parser("preview", help="提交承诺前查看各任务（含信用风险分类子任务）的抽取范围户数和应抽户数，"
                                        "不产生任何抽取结果")
    p.add_argument("plan_id", metavar="ID", type=int)
    add_common(p)
    p.set_defaults(func=_preview)


STATUS = {"draft": "草稿（可修改）", "frozen": "已冻结（已提交抽取承诺）"}


def _describe(summary: dict) -> str:
    lines = [f"计划 {summary['id']}：{summary['title']}  {summary['number']}",
             f"  时间：{summary['start']} 至 {summary['end']}，检查和录入于 {summary['due']} 前完成；"
             f"每组 {summary['team_size']} 人；状态：{STATUS.get(summary['status'], summary['status'])}"]
    for t in summary["tasks"]:
        ratio = t["ratio"].replace("n=", "固定 ") + ("" if t["ratio"].startswith("n=") else " 比例")
        version = f"第 {t['register_version']} 版" if t["register_version"] else "最新版"
        lines.append(f"  {t['code']} {t['name']}：名录库“{t['register']}”{version}，{ratio}，"
                     f"{'按区市分层' if t['stratified'] else '全市'}；检查内容：{'、'.join(t['item_labels'])}")
        if t.get("filter_text"):
            lines.append(f"      抽取范围：{t['filter_text']}")
    for c in summary["conditional"]:
        lines.append(f"  条件检查项：{c['item']}（{c['year']}年度年报未报送的企业；名单 {c['nonfilers']} 家"
                     f"{'，企业属性“' + c['attribute'] + '”' if c.get('attribute') else ''}）")
    if summary.get("not_in_catalogue"):
        lines.append(f"  注意：检查内容“{'、'.join(summary['not_in_catalogue'])}”不在抽查事项清单中，"
                     "通知书中不会有其检查依据（可导入或修改抽查事项清单，或改用清单中的事项编码）")
    if summary.get("self_matching"):
        lines.append(f"  区市自行匹配：{'、'.join(summary['self_matching'])}；其他区市由市局匹配")
    return "\n".join(lines)


def _create(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import plans
    plan = plans.create_plan_from_toml(Path(args.file))
    summary = plans.plan_summary(plan)
    emit(args, summary, "已创建抽查计划。\n" + _describe(summary))
    return 0


def _list(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import plans
    rows = [plans.plan_summary(p) for p in plans.list_plans()]
    text = "\n".join(f"{r['id']:>4}  {r['title']}  {r['number']}  {r['start']}—{r['end']}  "
                     f"{len(r['tasks'])} 个任务  {STATUS.get(r['status'], r['status'])}" for r in rows)
    emit(args, {"plans": rows}, text or "（还没有抽查计划）")
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import plans, service
    summary = plans.plan_summary(plans.get_plan(args.plan_id))
    summary["draws"] = [{"draw_no": d.draw_no, "status": d.status, "commitment": d.commitment,
                         "void_reason": d.void_reason} for d in service.draws_for_plan(args.plan_id)]
    text = _describe(summary) + "".join(
        f"\n  抽取 第 {d['draw_no']} 号：{d['status']}"
        + (f"（作废理由：{d['void_reason']}）" if d["void_reason"] else "")
        for d in summary["draws"])
    emit(args, summary, text)
    return 0


def _preview(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import service
    from app.draw.describe import ratio_percent
    tasks = service.preview_frames(args.plan_id)
    lines = []
    for t in tasks:
        lines.append(f"  {t['code']} {t['name']}：比例 {ratio_percent(t['ratio'])}，抽取范围 {t['frame_size']} 家，"
                     f"应抽 {sum(s['quota'] for s in t['strata'])} 家")
        if t.get("filter_text"):
            lines.append(f"      抽取范围：{t['filter_text']}")
        lines += [f"      {s['stratum']}：{s['size']} 家，抽 {s['quota']} 家，替补 {s['alternates']} 家"
                  for s in t["strata"]]
        if t.get("excluded"):
            lines.append("      未列入：" + "；".join(f"{k} {v} 家" for k, v in t["excluded"].items()))
    emit(args, {"plan_id": args.plan_id, "tasks": tasks}, "\n".join(lines))
    return 0
