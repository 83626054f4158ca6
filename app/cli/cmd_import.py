"""spotcheck import enterprises|inspectors|avoidance|institutions|catalogue FILE, spotcheck import results FILE...,
spotcheck import share FILE, spotcheck import return FILE, spotcheck registers list|show"""
from __future__ import annotations

import sys

from app.cli.common import add_common, emit, open_db
from app.registers.service import KIND_ZH

_KINDS = {"enterprises": "enterprise", "inspectors": "inspector", "avoidance": "avoidance",
          "institutions": "institution", "catalogue": "catalogue"}
_HELP = {"enterprises": "导入检查对象名录（企业）", "inspectors": "导入执法检查人员名录",
         "avoidance": "导入回避关系名单", "institutions": "导入第三方专业机构名录",
         "catalogue": "导入抽查事项清单（新版本须用 --reason 说明修订原因）"}


def register(sub) -> None:
    imp = sub.add_parser("import", help="导入名录（企业、检查人员、回避关系、第三方机构）或交回的检查结果")
    isub = imp.add_subparsers(dest="import_command", metavar="KIND")
    for name, kind in _KINDS.items():
        p = isub.add_parser(name, help=_HELP[name])
        p.add_argument("file", metavar="FILE", help=".xlsx / .xlsm / .xls / .csv")
        p.add_argument("--register", metavar="NAME", required=(kind == "enterprise"),
                       help="名录名称（企业名录必填，如：工业产品生产许可证获证企业）")
        which = p.add_mutually_exclusive_group()
        which.add_argument("--sheet", metavar="NAME", action="append", help="只导入该工作表（可重复）")
        which.add_argument("--all-sheets", action="store_true", help="导入所有有表头的工作表（默认）")
        p.add_argument("--header-row", type=int, metavar="N", help="表头所在行号（默认自动识别）")
        p.add_argument("--encoding", metavar="ENC", help="csv 编码：utf-8、utf-8-sig、gbk、gb18030（默认自动识别）")
        p.add_argument("--report", metavar="PATH", help="把未导入和需核实的行写入错误报告（.xlsx）")
        p.add_argument("--dry-run", action="store_true", help="只校验，不写入数据库")
        p.add_argument("--reason", metavar="TEXT", default="",
                       help="新版本的原因（记入版本说明和日志；抽查事项清单的第 2 版起必填）")
        p.add_argument("--confirm-replace", action="store_true",
                       help="确认新版本将删除或替换名录的大部分内容（删除超过 20% 或相同的不足一半时必须加）")
        add_common(p)
        p.set_defaults(func=_import, kind=kind)

    p = isub.add_parser("results", help="导入区市交回的工作包（检查结果）")
    p.add_argument("files", nargs="+", metavar="FILE", help="交回的工作包 .xlsx（可多个，一次性全部导入）")
    p.add_argument("--dry-run", action="store_true", help="只校验并列出差异，不写入数据库")
    p.add_argument("--accept-changes", action="store_true",
                   help="确认导入与现有结果不同的内容（原结果保留在历史中）；不加时只导入新录入的结果")
    p.add_argument("--map-to", metavar="UID", help="包标识缺失或损坏时，手工指定文件对应的工作包编号（只能一个文件）")
    p.add_argument("--reason", metavar="TEXT", default="", help="手工指定工作包的原因（与 --map-to 同用，记入日志）")
    add_common(p)
    p.set_defaults(func=_import_results)

    p = isub.add_parser("share", help="导入市局发来的本区市共享文件（抽取记录与检查对象）")
    p.add_argument("file", metavar="FILE", help="共享文件 .zip（spotcheck share 生成）")
    p.add_argument("--district", metavar="D", help="本库所属区市：共享文件不是发给它的则拒绝导入")
    add_common(p)
    p.set_defaults(func=_import_share)

    p = isub.add_parser("return", help="导入区市回传文件：重新计算其匹配，记录检查组、更换记录和检查结果")
    p.add_argument("file", metavar="FILE", help="回传文件 .zip（区市 spotcheck return 生成）")
    add_common(p)
    p.set_defaults(func=_import_return)

    reg = sub.add_parser("registers", help="查看名录及其版本")
    rsub = reg.add_subparsers(dest="registers_command", metavar="ACTION")
    p = rsub.add_parser("list", help="所有名录及最新版本")
    add_common(p)
    p.set_defaults(func=_list)
    p = rsub.add_parser("show", help="名录的某个版本：统计、差异、问题行")
    p.add_argument("name")
    p.add_argument("--version", type=int, metavar="N", help="版本号（默认最新）")
    p.add_argument("--rows", type=int, default=0, metavar="N", help="同时列出前 N 行")
    add_common(p)
    p.set_defaults(func=_show)


def _import(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.errors import FileReadError, Location, ValidationError
    from app.registers import service
    from app.registers.replacement import result_warning

    open_db(args)

    def progress(done, total, message):
        if not args.json and sys.stderr.isatty():
            print(f"\r{message}", end="", file=sys.stderr, flush=True)

    options = dict(sheets=args.sheet, header_row=args.header_row, encoding=args.encoding, progress=progress)
    try:
        result = service.validate_import(args.file, args.kind, args.register, **options)
    except FileReadError:
        raise   # main prints the reason on stderr and exits non-zero
    # The report is written before the commit, so it exists also when the commit refuses the file.
    if args.report:
        service.write_error_report(result, args.report)
    version = None
    warning = result_warning(result)
    if not args.dry_run:
        if not result.records:
            raise ValidationError(service.nothing_to_import_message(result, args.report),
                                  location=Location(file=result.source_name))
        if warning is not None and not args.confirm_replace:
            raise ValidationError(warning.message() + "确认无误后，加 --confirm-replace 重新导入；未写入数据库。",
                                  location=Location(file=result.source_name))
        version = service.commit_import(result, progress=progress, reason=args.reason)
    data = result.summary()
    data.update({"version": version.version if version else None, "file": str(args.file),
                 "sheets": result.sheets,
                 "replacement_warning": warning.as_dict() if warning else None,
                 "errors": [{k: e[k] for k in ("sheet", "row", "column", "reason", "value", "severity")}
                            for e in result.errors()]})
    text = _text(result, version, args)
    if warning is not None:
        text += "\n  注意：" + warning.message() + ("（已用 --confirm-replace 确认）" if version else "")
    emit(args, data, text)
    return 0


def _import_results(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.errors import SpotcheckError, ValidationError
    from app.packages.returns import import_returns, read_return

    open_db(args)
    if args.map_to and len(args.files) != 1:
        raise ValidationError("--map-to 只能用于一个文件：每个文件须分别指定对应的工作包。")
    if args.map_to and not args.reason.strip():
        raise ValidationError("用 --map-to 手工指定工作包时，必须用 --reason 写明原因（将记入日志）。")
    if args.reason and not args.map_to:
        raise ValidationError("--reason 是手工指定工作包（--map-to）的原因，须与 --map-to 同用。")
    previews, refused = [], []
    for name in args.files:
        try:
            previews.append(read_return(name, map_to=args.map_to, map_reason=args.reason))
        except SpotcheckError as exc:   # this file is refused; the others are still read and imported
            refused.append({"file": name, "error": exc.to_dict()})
    outcomes = [] if args.dry_run or not previews else import_returns(previews, accept_changes=args.accept_changes)
    data = {"dry_run": args.dry_run, "accept_changes": args.accept_changes,
            "files": [p.as_dict() for p in previews], "refused_files": refused,
            "imported": [o.as_dict() for o in outcomes]}
    emit(args, data, _results_text(previews, refused, outcomes, args))
    return 2 if refused else 0


def _import_share(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.importer import import_share

    open_db(args)
    got = import_share(args.file, district=args.district)
    if got.created:
        number = (f"本库第 {got.draw_no} 号抽取" if got.draw_no == got.city_draw_no
                  else f"本库第 {got.draw_no} 号抽取（市局编号第 {got.city_draw_no} 号已被本库占用）")
        text = (f"已导入共享文件“{got.path.name}”：市局第 {got.city_draw_no} 号抽取，{got.district} "
                f"{got.inspections} 个检查对象，记为{number}。\n  抽取记录 SHA-256：{got.draw_record_sha256}")
    else:
        text = (f"共享文件“{got.path.name}”（市局第 {got.city_draw_no} 号抽取，{got.district}）已导入过"
                f"（本库第 {got.draw_no} 号抽取），内容相同，未作改动。")
    emit(args, got.as_dict(), text)
    return 0


_MAX_LINES = 30


def _results_text(previews, refused, outcomes, args) -> str:
    lines = []
    for preview in previews:
        lines.append(preview.summary())
        for issue in preview.issues[:_MAX_LINES]:
            mark = "错误" if issue.severity == "error" else "提示"
            lines.append(f"  [{mark}] {issue.text()}")
        if len(preview.issues) > _MAX_LINES:
            lines.append(f"  ……共 {len(preview.issues)} 处问题，可用 --json 查看全部")
        for entry in preview.changed[:_MAX_LINES]:
            lines.append(f"  [变更] {entry.key} {entry.name}：{'、'.join(entry.fields)}")
    for item in refused:
        lines.append(f"未导入：{item['error']['message']}")
    for outcome in outcomes:
        lines.append(outcome.text())
    if args.dry_run:
        lines.append("（只校验，未写入数据库）")
    elif any(p.changed for p in previews) and not args.accept_changes:
        lines.append("有变更的结果未导入；核对后加 --accept-changes 再导入一次。")
    return "\n".join(lines)


def _text(result, version, args) -> str:
    lines = [
        (f"已导入名录“{result.register_name}”第 {version.version} 版" if version
         else f"校验名录“{result.register_name}”（未写入数据库）") + f"，来源：{result.source_name}",
        f"  工作表：{'、'.join(result.sheets)}",
        f"  读取 {result.rows_read} 行，导入 {result.imported} 条，"
        + (f"在营 {result.operating}" if result.kind == "enterprise"
           else f"可参与匹配 {result.operating}" if result.kind == "inspector" else f"有效 {result.operating}")
        + f"，未导入 {result.rejected} 行，需核实 {result.flagged} 行",
        f"  {result.diff.summary()}",
        f"  内容摘要（SHA-256）：{result.digest}",
    ]
    errors = result.errors()
    for e in errors[:20]:
        where = f"工作表“{e['sheet']}”" + (f"第 {e['row']} 行" if e["row"] else "")
        col = f"“{e['column']}”列" if e["column"] else ""
        lines.append(f"  [{ {'rejected': '未导入', 'conflict': '冲突', 'flagged': '需核实'}[e['severity']] }] "
                     f"{where}{col}：{e['reason']}" + (f"（值：{e['value']}）" if e["value"] else ""))
    if len(errors) > 20:
        lines.append(f"  ……共 {len(errors)} 条问题" + ("，详见错误报告" if args.report else "，可用 --report 导出"))
    if args.report:
        lines.append(f"  错误报告：{args.report}")
    return "\n".join(lines)


def _list(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.registers import queries
    regs = queries.list_registers()
    text = "\n".join(f"{r['name']}（{KIND_ZH.get(r['kind'], r['kind'])}）第 {r['latest']} 版，共 {r['versions']} 版；"
                     f"{r['imported']} 条，在营/可用 {r['operating']}" for r in regs) or "（还没有导入任何名录）"
    emit(args, {"registers": regs}, text)
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.errors import NotFoundError
    from app.registers import queries
    version = queries.get_version(args.name, args.version)
    if version is None:
        raise NotFoundError(f"没有找到名录“{args.name}”" + (f"的第 {args.version} 版。" if args.version else "。"))
    issues = queries.issues_of(version)
    data = {
        "register": args.name, "kind": version.register.kind, "version": version.version,
        "source_name": version.source_name, "source_sha256": version.source_sha256, "sheets": version.sheets,
        "rows_read": version.rows_read, "imported": version.imported, "operating": version.operating,
        "rejected": version.rejected, "flagged": version.flagged, "digest": version.digest,
        "created_at": version.created_at, "created_by": version.created_by, "note": version.note,
        "mapping": version.mapping,
        "issues": [{"sheet": i.sheet, "row": i.row, "column": i.column, "value": i.value, "reason": i.reason,
                    "severity": i.severity} for i in issues if i.severity not in ("excluded", "skipped")],
    }
    if args.rows:
        page = queries.page(version, limit=args.rows)
        data["columns"] = list(page.columns)
        data["rows"] = page.rows
    text = [f"名录“{args.name}”第 {version.version} 版（{KIND_ZH.get(version.register.kind, version.register.kind)}）",
            f"  来源：{version.source_name}（SHA-256 {version.source_sha256}）",
            f"  导入人：{version.created_by}，时间：{version.created_at}；{version.note}",
            f"  读取 {version.rows_read} 行，导入 {version.imported}，在营/可用 {version.operating}，"
            f"未导入 {version.rejected}，需核实 {version.flagged}",
            f"  内容摘要：{version.digest}"]
    for row in data.get("rows", []):
        text.append("  " + " | ".join("" if v is None else str(v) for v in row[:6]))
    emit(args, data, "\n".join(text))
    return 0


def _import_return(args) -> int:
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.share.progress import minute as _minute
    from app.share.returns_import import import_return

    open_db(args)
    got = import_return(args.file)
    superseded = (f"\n  本次回传取代该区市此前的回传（日志第 {got.supersedes} 条），其结果记为新修订，历史保留。"
                  if got.supersedes else "")
    text = (f"已导入回传文件“{got.path.name}”：第 {got.draw_no} 号抽取，{got.district}，匹配重新计算一致；"
            f"检查组 {got.teams} 个，检查结果 {got.results} 条。\n  匹配记录 SHA-256：{got.match_record_sha256}"
            f"\n  区市日志：{got.audit_count} 条，日志头 {got.audit_head}{superseded}")
    if got.history is not None:
        h = got.history
        text += (f"\n  区市日志所记：{_minute(h.share_imported_at)} 导入共享文件，"
                 f"{_minute(h.committed_at)} 提交匹配承诺，{_minute(h.matched_at)} 执行匹配")
        text += "".join(f"\n  区市曾在执行前作废一次匹配承诺（{_minute(v['at'])}），原因：{v['reason']}"
                        for v in h.voided)
    if got.other_database:
        text += f"\n  注意：本次交回来自另一个区市数据库（上一次交回来自 {got.other_database}），请向区市核实原因。"
    emit(args, got.as_dict(), text)
    return 0
