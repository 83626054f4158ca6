"""spotcheck log verify|show|head"""
from __future__ import annotations

from app.cli.common import add_common, db_path, emit, open_db


def register(sub) -> None:
    log = sub.add_parser("log", help="审计日志：校验哈希链、查看")
    lsub = log.add_subparsers(dest="log_command", metavar="ACTION")
    p = lsub.add_parser("verify", help="重新计算哈希链，指出第一条被改动的记录")
    add_common(p)
    p.set_defaults(func=_verify)
    p = lsub.add_parser("head", help="当前链头哈希")
    add_common(p)
    p.set_defaults(func=_head)
    p = lsub.add_parser("show", help="最近的日志记录")
    p.add_argument("--limit", type=int, default=20)
    add_common(p)
    p.set_defaults(func=_show)


def _verify(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app import audit

    # lazy: as above (the integrity checks import every stage)
    from app.integrity import check_all
    result = audit.verify()
    # The chain alone misses a truncated tail and rows edited beside the log: the anchor and the
    # digests the log recorded catch those.
    tamper = check_all(db_path(args).expanduser().resolve())
    ok = result.ok and tamper.ok
    emit(args, dict(vars(result), ok=ok, integrity=tamper.as_dict()), f"{result.message()}\n{tamper.message()}")
    return 0 if ok else 1


def _head(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app import audit
    head = audit.head()
    emit(args, {"head": head}, head)
    return 0


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app import audit

    # lazy: as above
    from app.audit.describe import describe, local_time
    rows = audit.entries(limit=args.limit)
    data = [{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "description": describe(e.action, e.payload),
             "payload": e.payload, "hash": e.hash} for e in rows]
    # the clerk's view: local time and the Chinese sentence (the code, JSON and hash are in --json)
    text = "\n".join(f"{e['id']:>5}  {local_time(e['at'])}  {e['actor']}  {e['description']}" for e in data)
    emit(args, {"entries": data}, text or "（日志为空）")
    return 0
