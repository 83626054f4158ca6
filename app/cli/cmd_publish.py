"""spotcheck publish --plan ID --out FILE.xlsx; spotcheck followup list|candidates|close"""
from __future__ import annotations

import datetime as dt
import sys

from app.cli.common import add_common, emit, open_db, progress_printer
from app.errors import ValidationError


def register(sub) -> None:
    p = sub.add_parser("publish", help="结果公示：导出已审核的检查结果（公示系统批量导入格式），并登记本次导出")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="公示文件（.xlsx）")
    p.add_argument("--csv", action="store_true", help="同时在旁边写一份 UTF-8（带 BOM）的 .csv")
    p.add_argument("--all", action="store_true", help="导出全部已审核的结果（默认只导出新增和变更的）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="公示日期（默认今天）")
    add_common(p)
    p.set_defaults(func=_publish)

    f = sub.add_parser("followup", help="后续处置：待处置清单、异常名录和严重违法失信候选、办结")
    fsub = f.add_subparsers(dest="followup_command", metavar="ACTION")
    p = fsub.add_parser("list", help="列出待后续处置的检查对象及其期限")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按该日期判断是否逾期（默认今天）")
    add_common(p)
    p.set_defaults(func=_list)
    p = fsub.add_parser("candidates", help="列出可依法列入经营异常名录或按严重违法失信处理的候选企业（仅供核实办理）")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    add_common(p)
    p.set_defaults(func=_candidates)
    p = fsub.add_parser("close", help="办结一个检查对象的后续处置（记录办结人和办结日期）")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("key", metavar="KEY", help="统一社会信用代码或注册号")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="办结日期")
    p.add_argument("--by", required=True, metavar="NAME", help="办结人姓名")
    p.add_argument("--note", default="", help="办结说明（可选）")
    p.add_argument("--measure", action="append", default=[], metavar="M",
                   help="采取的后续处置措施（结果中未记录措施时必填，可重复）")
    add_common(p)
    p.set_defaults(func=_close)


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"日期“{text}”格式不正确，应为 YYYY-MM-DD。") from None


def _publish(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.publish.export import export_publication
    outcome = export_publication(args.plan, args.out, csv=args.csv, only_new=not args.all,
                                 published_on=_day(args.date), progress=progress_printer(args))
    if not args.json:
        print(file=sys.stderr)   # end the progress line
    lines = [f"已导出第 {outcome.seq} 次公示文件：{outcome.file}"]
    if outcome.csv_file:
        lines.append(f"  CSV：{outcome.csv_file}")
    lines.append(f"  {outcome.inspections} 户、{outcome.count} 行（新增 {outcome.new} 行，变更 {outcome.changed} 行），"
                 f"公示日期 {outcome.published_on}")
    lines.append(f"  文件 SHA-256：{outcome.file_sha256}")
    if outcome.overdue:
        lines.append(f"  其中 {len(outcome.overdue)} 户已超过公示期限（检查日期后 20 个工作日）：")
        lines += [f"    {o['key']} {o['name']}（{o['district']}，检查日期 {o['check_date']}，期限 {o['deadline']}）"
                  for o in outcome.overdue]
    lines += [f"  注意：{n}" for n in outcome.notes]
    emit(args, outcome.as_dict(), "\n".join(lines))
    return 0


def _list(args) -> int:
    open_db(args)
    from app.publish.followup import FOLLOWUP_WORKING_DAYS, followup_list  # lazy, see _publish
    rows = followup_list(args.plan, _day(args.today))
    lines = [f"待后续处置 {len(rows)} 户（期限：检查日期后 {FOLLOWUP_WORKING_DAYS} 个工作日），"
             f"逾期 {sum(r.overdue for r in rows)} 户"]
    for r in rows:
        when = f"期限 {r.deadline}" if r.deadline else r.deadline_note
        lines.append(f"  第 {r.draw_no} 号 {r.key} {r.name}（{r.district}）检查日期 {r.check_date}，{when}"
                     + ("，已逾期" if r.overdue else ""))
        if r.pending_items:
            lines.append(f"    待后续处理：{'；'.join(r.pending_items)}")
        if r.measures:
            lines.append(f"    处置措施：{'、'.join(r.measures)}" + (f"（{r.text}）" if r.text else ""))
    emit(args, {"plan_id": args.plan, "rows": [r.as_dict() for r in rows]}, "\n".join(lines))
    return 0


def _candidates(args) -> int:
    open_db(args)
    from app.publish.followup import abnormal_candidates  # lazy, see _publish
    rows = abnormal_candidates(args.plan)
    lines = [f"候选企业 {len(rows)} 户（供核实后依法办理，本程序不作任何列入操作）"]
    for r in rows:
        lines.append(f"  第 {r.draw_no} 号 {r.key} {r.name}（{r.district}）：{r.outcome}")
        lines.append(f"    {r.suggestion}；依据：{r.basis}")
    emit(args, {"plan_id": args.plan, "candidates": [r.as_dict() for r in rows]}, "\n".join(lines))
    return 0


def _close(args) -> int:
    open_db(args)
    from app.publish.followup import close_followup  # lazy, see _publish
    rev = close_followup(args.draw, args.key, closed_on=args.date, by=args.by, note=args.note,
                         measures=args.measure)
    follow = rev.content.get("followup") or {}
    emit(args, {"draw_no": args.draw, "key": args.key, "revision": rev.revision, "closed_on": follow.get("closed_on"),
                "closed_by": rev.reviewer, "measures": follow.get("measures"), "note": args.note},
         f"已办结：第 {args.draw} 号 {args.key}，办结日期 {follow.get('closed_on')}，办结人 {rev.reviewer}"
         f"（结果第 {rev.revision} 版）")
    return 0
