"""spotcheck draw commit|run|record|void|alternate|show, and spotcheck frames export"""
from __future__ import annotations

from app.cli.common import add_common, emit, open_db, parse_witness


def register(sub) -> None:
    draw = sub.add_parser("draw", help="随机抽取：提交承诺、见证抽取、作废、使用替补")
    dsub = draw.add_subparsers(dest="draw_command", metavar="ACTION")
    p = dsub.add_parser("commit", help="冻结计划和抽取范围，生成承诺值和承诺单（此时没有任何抽取结果）")
    p.add_argument("--plan", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=_commit)
    p = dsub.add_parser("run", help="按见证人现场掷骰得到的数字运行已承诺的抽取（只能运行一次）")
    p.add_argument("--plan", type=int, required=True, metavar="ID")
    p.add_argument("--witness", action="append", required=True, metavar="NAME|UNIT|DIGITS",
                   help="见证人“姓名|单位|数字”，按打印顺序重复给出，至少两人")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--full-pdf", action="store_true",
                   help="打印版抽取记录列出全部名单（默认只列到设置的页数上限；"
                   "完整名单总在 draw-record.json 和 draw-listing.xlsx 中）")
    add_common(p)
    p.set_defaults(func=_run)
    p = dsub.add_parser("record", help="随时从数据库重新输出已完成抽取的 draw-record.json、draw-listing.xlsx"
                        "（与首次输出逐字节相同）和打印版")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--full-pdf", action="store_true",
                   help="打印版抽取记录列出全部名单（默认只列到设置的页数上限；"
                   "完整名单总在 draw-record.json 和 draw-listing.xlsx 中）")
    add_common(p)
    p.set_defaults(func=_record)
    p = dsub.add_parser("void", help="说明理由作废一次抽取（记入审计日志，并列入以后的抽取记录）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--reason", required=True)
    add_common(p)
    p.set_defaults(func=_void)
    p = dsub.add_parser("alternate", help="抽中企业检查前已注销或关闭停业时，按顺序使用本层替补")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--task", required=True, metavar="T1")
    p.add_argument("--key", required=True, metavar="KEY")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", metavar="NAME", default="",
                   help="批准的本单位分管领导（检查人员已匹配时必填：替补企业的检查组由规则选定）")
    add_common(p)
    p.set_defaults(func=_alternate)
    p = dsub.add_parser("show", help="查看一次抽取")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    add_common(p)
    p.set_defaults(func=_show)

    frames = sub.add_parser("frames", help="抽取范围文件")
    fsub = frames.add_subparsers(dest="frames_command", metavar="ACTION")
    p = fsub.add_parser("export", help="导出各任务的抽取范围文本（与计算摘要时的文本逐字节相同）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=_frames_export)


def _paths(out: dict) -> dict:
    return {k: str(v) for k, v in out.items()}


def _strata_text(tasks: list[dict]) -> str:
    lines = []
    for t in tasks:
        lines.append(f"  {t['code']} {t['name']}：名录第 {t['register_version']} 版，抽取范围 {t['frame_size']} 家，"
                     f"比例 {t['ratio']}，摘要 {t['frame_digest']}")
        if t.get("filter_text"):
            lines.append(f"      抽取范围：{t['filter_text']}")
        for s in t["strata"]:
            lines.append(f"      {s['stratum']}：{s['size']} 家，抽 {s['quota']} 家，替补 {s['alternates']} 家")
    return "\n".join(lines)


def _commit(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.outputs import write_commit_outputs
    from app.draw import records, service
    draw = service.commit_draw(args.plan)
    out = write_commit_outputs(draw, args.out)
    data = records.commitment_data(draw) | {"files": _paths(out)}
    text = (f"已提交第 {draw.draw_no} 号抽取的承诺，计划已冻结。\n承诺值：{draw.commitment}\n"
            f"日志链头：{draw.log_head}\n{_strata_text(data['tasks'])}\n文件：" + "、".join(
                str(v) for v in out.values()))
    emit(args, data, text)
    return 0


def _run(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.outputs import write_draw_outputs
    from app.draw import service
    witnesses = [parse_witness(w) for w in args.witness]
    draw = service.committed_draw_for_plan(args.plan)
    draw = service.run_draw(draw.draw_no, witnesses)
    out = write_draw_outputs(draw, args.out, full_pdf=args.full_pdf)
    record = draw.record
    lines = [f"第 {draw.draw_no} 号抽取完成。", f"随机种子：{draw.seed}", f"抽取记录 SHA-256：{draw.record_sha256}"]
    for t in record["tasks"]:
        lines.append(f"  {t['code']} {t['name']}：抽中 {len(t['selected'])} 家，替补 {len(t['alternates'])} 家")
    lines.append(f"  合并后检查对象：{len(record['inspections'])} 家")
    if record["voided"]:
        lines.append("  已作废的抽取：" + "；".join(f"第 {v['draw_no']} 号（{v['reason']}）" for v in record["voided"]))
    lines.append("文件：" + "、".join(str(v) for v in out.values()))
    emit(args, {"draw_no": draw.draw_no, "seed": draw.seed, "record_sha256": draw.record_sha256,
                "inspections": len(record["inspections"]), "files": _paths(out)}, "\n".join(lines))
    return 0


def _record(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.outputs import write_draw_outputs
    from app.draw.queries import get_draw
    draw = get_draw(args.draw)
    out = write_draw_outputs(draw, args.out, full_pdf=args.full_pdf)
    emit(args, {"draw_no": draw.draw_no, "record_sha256": draw.record_sha256, "files": _paths(out)},
         f"第 {draw.draw_no} 号抽取的抽取记录已输出（SHA-256：{draw.record_sha256}）。\n文件："
         + "、".join(str(v) for v in out.values()))
    return 0


def _void(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.changes import void_draw
    draw = void_draw(args.draw, args.reason)
    emit(args, {"draw_no": draw.draw_no, "status": draw.status, "reason": draw.void_reason},
         f"第 {draw.draw_no} 号抽取已作废，理由：{draw.void_reason}。"
         "如需重新抽取，请重新提交承诺（将使用新的抽取编号）。")
    return 0


def _alternate(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.changes import use_alternate_after_match
    from app.errors import ValidationError
    from app.match.queries import current_match
    match = current_match(args.draw, required=False)
    matched = match is not None and match.status == "matched"
    if matched and not (args.approver or "").strip():
        raise ValidationError(f"第 {args.draw} 号抽取的检查人员已经匹配：使用替补须用 --approver 填写批准的"
                              "本单位分管领导，替补企业的检查组由程序按规则选定。")
    change = use_alternate_after_match(args.draw, args.task, args.key, args.reason, args.approver)
    text = (f"任务 {change['task']}（{change['stratum']}）：{change['out_key']} 由第 {change['rank']} 替补 "
            f"{change['in_key']} 递补，原因：{change['reason']}。")
    if change["matched"]:
        if change["removed"] is not None:
            text += f"\n  {change['out_key']} 的检查组（{'、'.join(change['removed']) or '无'}）已撤下。"
        if change["team"] is None:
            text += f"\n  {change['in_key']} 已是检查对象，沿用其检查组。"
        else:
            text += (f"\n  按规则为 {change['in_key']} 匹配检查组（人员池 {change['pool']}）："
                     f"{'、'.join(change['team']) or '无'}（第一人为组长）；批准人：{change['approver']}。")
            if change["short"]:
                text += "\n  人员不足：请报领导批准后用 match resolve 补足。"
        text += (f"\n  匹配记录第 {change['revision']} 版，SHA-256：{change['record_sha256']}。"
                 "用 match record --out 目录 输出新一版匹配记录。")
    emit(args, change, text)
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import service
    from app.draw.queries import get_draw
    draw = get_draw(args.draw)
    data = {"draw_no": draw.draw_no, "plan_id": draw.plan_id, "status": draw.status, "commitment": draw.commitment,
            "log_head": draw.log_head, "seed": draw.seed, "record_sha256": draw.record_sha256,
            "void_reason": draw.void_reason,
            "inspections": [{"key": i.key, "name": i.name, "district": i.district, "tasks": i.tasks, "items": i.items,
                             "source": i.source} for i in service.inspections(draw.draw_no)]}
    lines = [f"第 {draw.draw_no} 号抽取（计划 {draw.plan_id}）：{draw.status}", f"承诺值：{draw.commitment}"]
    if draw.seed:
        lines.append(f"随机种子：{draw.seed}")
    lines += [f"  {i['key']}  {i['district']}  {'、'.join(i['tasks'])}  {i['name']}" for i in data["inspections"]]
    emit(args, data, "\n".join(lines))
    return 0


def _frames_export(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw import records
    paths = records.export_frames(args.draw, args.out)
    emit(args, {"draw_no": args.draw, "files": {k: str(v) for k, v in paths.items()}},
         "已导出抽取范围文件：\n" + "\n".join(f"  {k}：{v}" for k, v in paths.items()))
    return 0
