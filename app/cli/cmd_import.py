"""spotcheck import enterprises|inspectors|avoidance|institutions FILE, spotcheck registers list|show"""
from __future__ import annotations

import sys

from app.cli.common import add_common, emit, open_db
from app.registers.service import KIND_ZH

_KINDS = {"enterprises": "enterprise", "inspectors": "inspector", "avoidance": "avoidance",
          "institutions": "institution"}
_HELP = {"enterprises": "导入检查对象名录（企业）", "inspectors": "导入执法检查人员名录",
         "avoidance": "导入回避关系名单", "institutions": "导入第三方专业机构名录"}


def register(sub) -> None:
    imp = sub.add_parser("import", help="导入名录：企业、检查人员、回避关系、第三方机构")
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
        add_common(p)
        p.set_defaults(func=_import, kind=kind)

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
    if not args.dry_run:
        if not result.records:
            raise ValidationError(service.nothing_to_import_message(result, args.report),
                                  location=Location(file=result.source_name))
        version = service.commit_import(result, progress=progress)
    data = result.summary()
    data.update({"version": version.version if version else None, "file": str(args.file),
                 "sheets": result.sheets,
                 "errors": [{k: e[k] for k in ("sheet", "row", "column", "reason", "value", "severity")}
                            for e in result.errors()]})
    emit(args, data, _text(result, version, args))
    return 0


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
