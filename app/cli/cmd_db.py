"""spotcheck db info|backup|restore|check"""
from __future__ import annotations

from app import audit
from app.cli.common import add_common, db_path, emit, open_db
from app.db import close_database
from app.db.backup import list_backups
from app.db.migrations import LATEST_VERSION, current_version
from app.maintenance import backup_logged, restore_logged


def register(sub) -> None:
    db = sub.add_parser("db", help="数据库：信息、备份、恢复、检查")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION")

    p = dsub.add_parser("info", help="数据库位置、版本、备份")
    add_common(p)
    p.set_defaults(func=_info)

    p = dsub.add_parser("backup", help="备份数据库（原子写入）")
    p.add_argument("target", nargs="?", help="备份文件路径（默认放在数据库旁的 backups 文件夹）")
    add_common(p)
    p.set_defaults(func=_backup)

    p = dsub.add_parser("restore", help="用备份替换数据库（先自动备份当前数据库）")
    p.add_argument("source")
    add_common(p)
    p.set_defaults(func=_restore)

    p = dsub.add_parser("check", help="完整性检查与审计日志校验")
    add_common(p)
    p.set_defaults(func=_check)


def _info(args) -> int:
    db = open_db(args)
    path = db_path(args)
    backups = [str(p) for p in list_backups(path)]
    data = {"path": str(path.resolve()), "schema_version": current_version(db), "program_schema": LATEST_VERSION,
            "log_head": audit.head(), "backups": backups}
    close_database()
    emit(args, data, "\n".join([
        f"数据库：{data['path']}",
        f"数据结构版本：{data['schema_version']}（程序支持 {LATEST_VERSION}）",
        f"审计日志链头：{data['log_head']}",
        f"备份：{len(backups)} 个" + (f"，最新 {backups[-1]}" if backups else ""),
    ]))
    return 0


def _backup(args) -> int:
    path = db_path(args)
    open_db(args)   # integrity check and migrations before copying
    target = backup_logged(path, args.target)
    close_database()
    emit(args, {"backup": str(target)}, f"已备份到：{target}")
    return 0


def _restore(args) -> int:
    safety = restore_logged(args.source, db_path(args))
    close_database()
    emit(args, {"restored_from": str(args.source), "safety_copy": str(safety) if safety else None},
         f"已从“{args.source}”恢复。恢复前的数据库已另存为：{safety}")
    return 0


def _check(args) -> int:
    # lazy: the integrity checks import every stage; `spotcheck --help` stays fast
    from app.integrity import check_all
    db = open_db(args)
    quick = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    fks = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    result = audit.verify()
    # The tables against the digests chained into the log, and the log against its anchor file.
    tamper = check_all(db_path(args).expanduser().resolve())
    close_database()
    ok = quick == "ok" and not fks and result.ok and tamper.ok
    emit(args, {"ok": ok, "quick_check": quick, "foreign_key_violations": len(fks), "log": vars(result),
                "integrity": tamper.as_dict()},
         "\n".join([f"完整性检查：{'通过' if quick == 'ok' else quick}",
                    f"外键检查：{'通过' if not fks else f'{len(fks)} 处错误'}", result.message(), tamper.message()]))
    return 0 if ok else 1
