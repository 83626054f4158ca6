"""spotcheck match commit|run|replace|replace-all|resolve|show|export-inputs|void"""
from __future__ import annotations

from app.cli.common import add_common, emit, open_db, parse_witness

STATUS = {"committed": "已提交承诺，待见证人匹配", "matched": "已匹配", "void": "已作废", "none": "尚未提交匹配承诺"}
RULES = {"district": "本区市人员", "city": "市本级人员", "mixed": "本区市与市本级混合"}


def register(sub) -> None:
    match = sub.add_parser("match", help="随机匹配执法检查人员（SPOTCHECK-MATCH-1）")
    msub = match.add_subparsers(dest="match_command", metavar="ACTION")
    p = msub.add_parser("commit", help="冻结人员名单和回避名单，提交匹配承诺")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--team-size", type=int, metavar="M", help="每组人数（默认取计划设置，不少于 2）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="匹配日期（执法证须在该日有效；默认今天）")
    add_common(p)
    p.set_defaults(func=_commit)
    p = msub.add_parser("preview", help="查看人员池（可匹配人数、排除人员及原因、上限），不做任何匹配")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--team-size", type=int, metavar="M")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    add_common(p)
    p.set_defaults(func=_preview)
    p = msub.add_parser("run", help="由见证人提供随机数字，执行匹配并输出匹配记录")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--witness", action="append", required=True, metavar='"姓名|单位|数字"')
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=_run)
    p = msub.add_parser("replace", help="按规则更换检查人员（须填写原因和批准领导）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--key", required=True, metavar="KEY")
    p.add_argument("--out", dest="out_cert", required=True, metavar="CERT")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", required=True, metavar="NAME")
    add_common(p)
    p.set_defaults(func=_replace)
    p = msub.add_parser("replace-all", help="在其全部未开始的检查中更换此人（每组按规则选人，作为一次调整记录）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--cert", required=True, metavar="CERT", help="被换下人员的执法证号")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", required=True, metavar="NAME")
    add_common(p)
    p.set_defaults(func=_replace_all)
    p = msub.add_parser("resolve", help="为人员不足的检查对象指定其他人员池的人员（须填写原因和批准领导）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--key", required=True, metavar="KEY")
    p.add_argument("--cert", required=True, metavar="CERT")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", required=True, metavar="NAME")
    add_common(p)
    p.set_defaults(func=_resolve)
    p = msub.add_parser("show", help="查看匹配状态、检查组、任务量和人员调整")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    add_common(p)
    p.set_defaults(func=_show)
    p = msub.add_parser("export-inputs", help="输出冻结的人员名单 roster.txt 和回避名单 avoid.txt（与摘要一致）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=_export)
    p = msub.add_parser("record", help="输出当前（含人员调整）的匹配记录、名单文件和打印版")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=_record)
    p = msub.add_parser("void", help="作废尚未执行的匹配承诺（须填写原因）")
    p.add_argument("--draw", type=int, required=True, metavar="N")
    p.add_argument("--reason", required=True)
    add_common(p)
    p.set_defaults(func=_void)


def _pool_lines(pools: list[dict]) -> list[str]:
    lines = []
    for p in pools:
        raised = f"（由 {p['raised_from']} 提高）" if p.get("raised_from") is not None else ""
        lines.append(f"  人员池 {p['district']}（{RULES.get(str(p.get('rule')), '')}）：可匹配 {p['inspectors']} 人，"
                     f"检查对象 {p['inspections']} 户，每人上限 {p['cap']}{raised}")
        for e in p.get("excluded", []):
            lines.append(f"      排除 {e['name']} {e['cert_no']}：{e['reason']}")
    return lines


def _deadline_line(data: dict) -> str:
    if data.get("deadline"):
        return f"  匹配期限：{data['deadline']}（抽取后 5 个工作日内）"
    return f"  匹配期限：无法计算（{data.get('deadline_note') or '抽取日期未知'}）"


def _preview(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.service import preview_pools
    data = preview_pools(args.draw, args.team_size, args.date)
    lines = [f"第 {data['draw_no']} 号抽取：检查对象 {data['inspections']} 户，每组 {data['team_size']} 人，"
             f"匹配日期 {data['match_date']}；可匹配人员 {data['eligible']} 人，排除 {len(data['excluded'])} 人，"
             f"回避关系 {data['avoidance_pairs']} 对", _deadline_line(data)] + _pool_lines(data["pools"])
    emit(args, data, "\n".join(lines))
    return 0


def _commit(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.queries import summary
    from app.match.service import commit_match
    match = commit_match(args.draw, team_size=args.team_size, match_date=args.date)
    data = summary(args.draw)
    lines = [f"已提交第 {args.draw} 号抽取的匹配承诺（每组 {match.team_size} 人，匹配日期 {match.match_date}）。",
             f"  人员名单摘要：{match.roster_digest}", f"  回避名单摘要：{match.avoid_digest}",
             f"  匹配承诺值：  {match.commitment}", _deadline_line(data)] + _pool_lines(data["pools"])
    excluded = ((match.commit_data or {}).get("scope") or {}).get("excluded_districts")
    if excluded:        # spec-match-1 section 13: fixed here, before the witnesses' digits
        lines.append(f"  匹配范围：按计划由区市自行匹配的{'、'.join(excluded)}的检查对象不在本次匹配中。")
    lines.append(f"  排除人员 {len(data['excluded'])} 人（不在岗或执法证无效）。"
                 "下一步：见证人提供随机数字后执行 match run。")
    emit(args, data, "\n".join(lines))
    return 0


def _run(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.outputs import write_match_outputs
    from app.match.queries import summary
    from app.match.service import run_match
    match = run_match(args.draw, [parse_witness(w) for w in args.witness])
    paths = write_match_outputs(match, args.out)
    data = summary(args.draw)
    data["files"] = {k: str(v) for k, v in paths.items()}
    lines = [f"第 {args.draw} 号抽取的检查人员已匹配。", f"  匹配种子 mseed：{match.mseed}",
             f"  记录 SHA-256：  {match.record_sha256}"] + _pool_lines(data["pools"])
    lines += [f"  人员不足：{s['key']}（{s['district']}，已匹配 {s['assigned']}/{s['needed']} 人），"
              "请经领导批准后用 match resolve 指定其他人员池的人员" for s in data["short"]]
    lines += [f"  已写出：{p}" for p in paths.values()]
    emit(args, data, "\n".join(lines))
    return 0


def _replace(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.service import replace_inspector
    change = replace_inspector(args.draw, args.key, args.out_cert, args.reason, args.approver)
    emit(args, change, f"检查对象 {change['key']}：{change['out']} 已由规则选出的 {change['in']} 替换"
                       f"（原因：{change['reason']}；批准：{change['approver']}）。"
                       "用 match record --out 目录 输出新一版匹配记录。")
    return 0


def _replace_all(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.service import replace_all
    outcome = replace_all(args.draw, args.cert, args.reason, args.approver)
    lines = [f"{outcome['out']} 已在 {len(outcome['changes'])} 个未开始的检查中换下（原因：{args.reason}；"
             f"批准：{args.approver}），匹配记录现为第 {outcome['revision']} 版："]
    lines += [f"  {c['name']}（{c['key']}）：由规则选出的 {c['in']} 替换" for c in outcome["changes"]]
    lines += [f"  {s['name']}（{s['key']}）：已录入检查结果，未更换" for s in outcome["skipped"]]
    lines.append("用 match record --out 目录 输出新一版匹配记录。")
    emit(args, outcome, "\n".join(lines))
    return 0


def _resolve(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.service import resolve_short
    change = resolve_short(args.draw, args.key, args.cert, args.reason, args.approver)
    emit(args, change, f"检查对象 {change['key']}：已补充检查人员 {change['in']}"
                       f"（原因：{change['reason']}；批准：{change['approver']}）。"
                       "用 match record --out 目录 输出新一版匹配记录。")
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.queries import summary
    data = summary(args.draw)
    lines = [f"第 {args.draw} 号抽取：{STATUS.get(data['status'], data['status'])}"]
    if data["status"] != "none":
        lines += [f"  每组 {data['team_size']} 人，匹配日期 {data['match_date']}，承诺值 {data['match_commitment']}",
                  _deadline_line(data)] + _pool_lines(data["pools"])
    for key, team in data.get("teams", {}).items():
        lines.append(f"  {key}：" + "、".join(f"{name} {cert}（{role}）" for cert, name, role in team))
    lines += [f"  人员不足：{s['key']} 已匹配 {s['assigned']}/{s['needed']} 人" for s in data.get("short", [])]
    lines += [f"  调整：{r['key']} {r['out'] or '（补足）'} → {r['in']}，{r['reason']}，"
              f"批准人 {r['approver']}，{r['at']}" for r in data.get("replacements", [])]
    emit(args, data, "\n".join(lines))
    return 0


def _export(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.queries import current_match
    from app.match.records import export_inputs
    paths = export_inputs(current_match(args.draw), args.out)
    emit(args, {k: str(v) for k, v in paths.items()}, "\n".join(f"已写出：{p}" for p in paths.values()))
    return 0


def _record(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.campaign.outputs import save_match_outputs
    from app.match.queries import current_match
    paths = save_match_outputs(args.draw, args.out)      # logged: the GUI then knows this revision is saved
    match = current_match(args.draw)
    data = {"draw_no": args.draw, "revision": match.record.get("revision", 0),
            "record_sha256": match.record_sha256, "files": {k: str(v) for k, v in paths.items()}}
    emit(args, data, f"匹配记录第 {data['revision']} 版，SHA-256：{match.record_sha256}\n"
                     + "\n".join(f"已写出：{p}" for p in paths.values()))
    return 0


def _void(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.match.service import void_match
    match = void_match(args.draw, args.reason)
    emit(args, {"draw_no": args.draw, "match_id": match.id, "status": match.status},
         f"第 {args.draw} 号抽取的匹配承诺已作废：{args.reason}")
    return 0
