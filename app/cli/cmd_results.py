"""spotcheck progress --plan ID; spotcheck results list|show|enter|review|return"""
from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path

from app.cli.common import add_common, aligned_table, emit, open_db
from app.errors import FileReadError, ValidationError

STATUSES = ("open", "entered", "reviewed", "returned")
COUNT_LABELS = {"inspections": "检查对象", "issued": "已下发", "matched": "已匹配", "notified": "已通知",
                "inspected": "已检查", "entered": "已录入", "reviewed": "已审核", "overdue": "逾期"}
DEADLINE_LABELS = {"start": "开始", "fetch_list": "获取名单", "match": "完成匹配", "due": "完成检查和录入",
                   "end": "结束"}
BATCH_KINDS = {"import": "文件导入", "enter": "录入", "review": "审核", "return": "退回", "followup": "后续处置办结"}


def register(sub) -> None:
    p = sub.add_parser("progress", help="抽查进度：各区市、各任务的下发、匹配、通知、检查、录入、审核和逾期情况")
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="计划编号")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按该日期判断是否逾期（默认今天）")
    add_common(p)
    p.set_defaults(func=_progress)

    r = sub.add_parser("results", help="检查结果：列表、查看、录入、审核、退回")
    rsub = r.add_subparsers(dest="results_command", metavar="ACTION")
    p = rsub.add_parser("list", help="列出检查对象及其结果状态")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("--district", metavar="D", help="只列该区市")
    p.add_argument("--status", metavar="STATUS", help="只列该状态：open（未录入）、entered（已录入）、"
                                                      "reviewed（已审核）、returned（已退回）")
    add_common(p)
    p.set_defaults(func=_list)
    p = rsub.add_parser("show", help="查看一个检查对象的当前结果和全部修订记录")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("key", metavar="KEY", help="统一社会信用代码或注册号")
    add_common(p)
    p.set_defaults(func=_show)
    p = rsub.add_parser("enter", help="录入或更正一个检查对象的结果（JSON 文件，“-”为标准输入）")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("key", metavar="KEY", help="统一社会信用代码或注册号")
    p.add_argument("--file", required=True, metavar="RESULT.json")
    p.add_argument("--reason", default="", help="更正的说明（可选）")
    add_common(p)
    p.set_defaults(func=_enter)
    p = rsub.add_parser("review", help="审核已录入的结果（可按检查对象、区市或工作包）")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("keys", nargs="*", metavar="KEY", help="要审核的检查对象（可多个）")
    p.add_argument("--district", metavar="D", help="审核该区市全部已录入的结果")
    p.add_argument("--package", metavar="UID", help="审核该工作包中全部已录入的结果")
    p.add_argument("--reviewer", default="", metavar="NAME", help="审核人姓名")
    add_common(p)
    p.set_defaults(func=_review)
    p = rsub.add_parser("return", help="退回结果以便更正（须填写审核人和原因）")
    p.add_argument("--draw", type=int, required=True, metavar="N", help="抽取编号")
    p.add_argument("key", metavar="KEY", help="统一社会信用代码或注册号")
    p.add_argument("--reviewer", default="", metavar="NAME", help="审核人姓名")
    p.add_argument("--reason", default="", help="退回原因")
    add_common(p)
    p.set_defaults(func=_return)


# ---- progress ----------------------------------------------------------------------

def _progress(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.results.progress import plan_progress
    progress = plan_progress(args.plan, _parse_day(args.today) if args.today else None)
    emit(args, progress.as_dict(), "\n".join(_progress_lines(progress)))
    return 0


def _parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"日期“{text}”格式不正确，应为 YYYY-MM-DD。") from None


def _progress_lines(progress) -> list[str]:
    draws = "、".join(f"第 {n} 号" for n in progress.draws) or "尚无已完成的抽取"
    lines = [f"计划 {progress.plan_id}：{progress.title}", f"  日期：{progress.today}    抽取：{draws}"]
    parts = []
    for d in progress.deadlines:
        if d.kind in DEADLINE_LABELS and d.ok:
            days = f"（{d.days} 个工作日）" if d.days else ""
            parts.append(f"{DEADLINE_LABELS[d.kind]} {d.value}{days}")
    lines.append("  期限：" + "；".join(parts))
    if progress.calendar_message:
        lines.append(f"  工作日期限无法计算：{progress.calendar_message}")
    header = ["区市 / 任务"] + list(COUNT_LABELS.values())
    rows = []
    for district in progress.districts:
        rows.append([district.district] + _cells(district.counts))
        rows += [[f"  {t.task} {t.name}"] + _cells(t.counts) for t in district.tasks]
    rows.append(["合计"] + _cells(progress.totals))
    lines += [""] + aligned_table(header, rows, numbers_from=1)
    # A match is one per draw: every district of a draw shares its commitment time (the JSON repeats it
    # per district, the table says it once).
    timings = {m.draw_no: m for district in progress.districts for m in district.matches}
    lines += [f"第 {n} 号抽取：{_match_text(m)}" for n, m in sorted(timings.items())]
    if progress.totals.overdue:
        lines.append(f"有 {progress.totals.overdue} 户已逾期（超过完成检查和录入期限未录入，或超过匹配期限未匹配）。")
    return lines


def _cells(counts) -> list[str]:
    return [str(v) for v in counts.as_dict().values()]


def _match_text(m) -> str:
    deadline = f"匹配期限 {m.deadline}" if m.deadline else "匹配期限无法计算"
    if not m.committed_at:
        return f"尚未提交匹配承诺，{deadline}" + ("，已逾期" if m.late else "")
    return f"匹配承诺提交于 {m.committed_at}，{deadline}" + ("，逾期提交" if m.late else "")


# ---- results ---------------------------------------------------------------------------

def _list(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw.queries import get_draw
    from app.results.queries import STATUS_ZH, result_rows
    if args.status and args.status not in STATUSES:
        raise ValidationError(f"状态“{args.status}”不正确，应为 open、entered、reviewed 或 returned。")
    rows = result_rows(get_draw(args.draw), district=args.district, status=args.status)
    data = {"draw": args.draw, "count": len(rows),
            "rows": [asdict(r) | {"status_zh": STATUS_ZH[r.status]} for r in rows]}
    header = ["检查对象", "名称", "区市", "任务", "状态", "检查日期", "审核人"]
    table = [[r.key, r.name, r.district, "、".join(r.tasks), STATUS_ZH[r.status], r.check_date or "—",
              r.reviewer or "—"] for r in rows]
    emit(args, data, "\n".join(aligned_table(header, table) + [f"共 {len(rows)} 户。"]))
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw.queries import get_draw
    from app.match.queries import current_teams, team_text
    from app.results.queries import STATUS_ZH, history, status_of
    from app.results.service import inspection_of
    draw = get_draw(args.draw)
    ins = inspection_of(draw, args.key)
    revisions = history(draw, ins.key)
    current = revisions[-1] if revisions else None
    team = [cert for cert, _, _ in current_teams(args.draw).get(ins.key, [])]
    data = {"draw": args.draw, "key": ins.key, "name": ins.name, "district": ins.district, "tasks": list(ins.tasks),
            "items": list(ins.items), "team": team, "status": status_of(current),
            "current": _revision(current) if current else None, "revisions": [_revision(r) for r in revisions]}
    lines = [f"{ins.key} {ins.name}（{ins.district}，任务 {'、'.join(ins.tasks)}）：{STATUS_ZH[status_of(current)]}",
             f"  检查事项：{'；'.join(ins.items)}", f"  检查组：{team_text(args.draw, team) or '—'}"]
    if current is not None:
        content = current.content or {}
        inspectors = team_text(args.draw, list(content.get("inspectors") or [])) or "—"
        lines.append(f"  检查日期：{content.get('check_date') or '—'}    检查人员：{inspectors}")
        for item in content.get("items") or []:
            checked = {True: "已检查", False: "未检查", None: "—"}.get(item.get("checked"), "—")
            if item.get("checked") is False and item.get("reason"):
                checked += f"（{item['reason']}）"
            lines.append(f"  {item.get('item')}：{checked} {item.get('method') or ''} {item.get('result') or ''}"
                         f"{('：' + item['problem']) if item.get('problem') else ''}".rstrip())
    lines.append("  修订记录：" if revisions else "  尚无修订记录。")
    for r in revisions:
        who = f"，审核人 {r.reviewer}" if r.reviewer else ""
        why = f"，原因：{r.reason}" if r.reason else ""
        source = f"，文件 {r.batch.file_name}" if r.batch.file_name else ""
        lines.append(f"    第 {r.revision} 版 {STATUS_ZH[r.status]}（{BATCH_KINDS.get(r.batch.kind, r.batch.kind)}，"
                     f"批次 {r.batch.id}，{r.batch.at}，{r.batch.actor}{who}{why}{source}）")
    emit(args, data, "\n".join(lines))
    return 0


def _revision(r) -> dict:
    batch = r.batch
    return {"revision": r.revision, "status": r.status, "reviewer": r.reviewer, "reason": r.reason,
            "digest": r.digest, "content": r.content,
            "batch": {"id": batch.id, "kind": batch.kind, "at": batch.at, "actor": batch.actor,
                      "file_name": batch.file_name, "file_sha256": batch.file_sha256,
                      "package": batch.package.uid if batch.package_id else None}}


def _read_content(name: str) -> dict:
    where = "标准输入" if name == "-" else f"结果文件“{name}”"
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FileReadError(f"无法读取{where}（须为 UTF-8 编码的 JSON）：{exc}") from exc
    try:
        content = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{where}不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列附近有错误。") from None
    if not isinstance(content, dict):
        raise ValidationError(f"{where}的内容应为一个 JSON 对象（{{…}}），即一户的检查结果。")
    return content


def _enter(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw.queries import get_draw
    from app.results.queries import current_result
    from app.results.service import enter_result
    content = _read_content(args.file)
    before = current_result(get_draw(args.draw), args.key)
    revision = enter_result(args.draw, args.key, content, reason=args.reason)
    changed = before is None or revision.id != before.id
    text = (f"已录入检查对象 {args.key} 的结果（第 {revision.revision} 版，已录入）。" if changed
            else f"检查对象 {args.key} 的结果与已录入的相同，未作更改。")
    emit(args, {"draw": args.draw, "key": args.key, "changed": changed, "revision": revision.revision,
                "status": revision.status}, text)
    return 0


def _review(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.draw.queries import get_draw
    from app.results.queries import ENTERED, STATUS_ZH, packages_of, result_rows
    from app.results.service import inspection_of, review_results
    chosen = [bool(args.keys), bool(args.district), bool(args.package)]
    if sum(chosen) != 1:
        raise ValidationError("请指定要审核的检查对象，或用 --district 指定区市、用 --package 指定工作包（三者选一）。")
    draw = get_draw(args.draw)
    skipped: dict[str, int] = {}
    if args.keys:
        keys = [inspection_of(draw, k).key for k in args.keys]   # an unknown key is named as such
        scope = f"指定的 {len(keys)} 户检查对象"
    else:
        if args.package:
            package = next((p for p in packages_of(draw) if p.uid == args.package), None)
            if package is None:
                raise ValidationError(f"第 {args.draw} 号抽取中没有编号为“{args.package}”的工作包。")
            rows, scope = result_rows(draw, keys=package.keys), f"工作包 {args.package}"
        else:
            rows, scope = result_rows(draw, district=args.district), f"{args.district}"
            if not rows:
                raise ValidationError(f"第 {args.draw} 号抽取中没有“{args.district}”的检查对象。")
        keys = [r.key for r in rows if r.status == ENTERED]
        for r in rows:
            if r.status != ENTERED:
                skipped[r.status] = skipped.get(r.status, 0) + 1
        if not keys:
            raise ValidationError(f"{scope}中没有已录入待审核的结果。")
    reviewed = review_results(args.draw, keys, args.reviewer)
    rest = "，".join(f"{STATUS_ZH[s]} {n} 户" for s, n in skipped.items())
    text = (f"{scope}：已审核 {len(reviewed)} 户（审核人 {reviewed[0].reviewer}）。"
            + (f"其余未审核（只审核已录入的）：{rest}。" if rest else ""))
    emit(args, {"draw": args.draw, "reviewed": len(reviewed), "keys": [r.key for r in reviewed],
                "reviewer": reviewed[0].reviewer, "skipped": skipped}, text)
    return 0


def _return(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.results.service import return_result
    revision = return_result(args.draw, args.key, args.reviewer, args.reason)
    emit(args, {"draw": args.draw, "key": args.key, "revision": revision.revision, "status": revision.status,
                "reviewer": revision.reviewer, "reason": revision.reason},
         f"已退回检查对象 {args.key} 的结果（第 {revision.revision} 版；审核人 {revision.reviewer}；"
         f"原因：{revision.reason}），更正后请重新录入。")
    return 0
