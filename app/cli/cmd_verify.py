"""spotcheck verify RECORD.json [--frames DIR] — draw records here, match records via app.match.verify."""
from __future__ import annotations

import json
from pathlib import Path

from app.cli.common import add_common, emit
from app.errors import ValidationError


def register(sub) -> None:
    p = sub.add_parser("verify", help="重新计算抽取记录或匹配记录，逐项说明是否一致")
    p.add_argument("record", metavar="RECORD.json")
    p.add_argument("--frames", metavar="DIR", help="抽取：抽取范围文件所在目录；匹配：名录和回避文件所在目录")
    add_common(p)
    p.set_defaults(func=_verify)


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"无法读取记录文件“{path}”：{exc.strerror or exc}。") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(f"记录文件“{path.name}”不是有效的 JSON：{exc}。") from None


def _parse(text: str, path: Path) -> dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"记录文件“{path.name}”不是有效的 JSON：{exc}。") from None


def _load(path: Path) -> dict:
    return _parse(_read(path), path)


def _as_dict(check) -> dict:
    if isinstance(check, dict):
        return {"name": check.get("name"), "ok": bool(check.get("ok")), "message": check.get("message", "")}
    return {"name": check.name, "ok": bool(check.ok), "message": check.message}


def _verify(args) -> int:
    text = _read(Path(args.record))
    fast = None
    if args.frames:
        # lazy: loaded when the command runs, so `spotcheck --help` stays fast
        from app.draw.verify_text import fast_checks
        # A draw record as re-drawn from its frames is confirmed from its text (its lists unparsed);
        # anything else is parsed and checked in detail below.
        fast = fast_checks(text, args.frames)
    record = {"spec": "SPOTCHECK-DRAW-1"} if fast is not None else _parse(text, Path(args.record))
    kind = record.get("spec") if isinstance(record, dict) else None
    if fast is not None:
        checks = fast
    elif kind == "SPOTCHECK-DRAW-1":
        # lazy: loaded when the command runs, so `spotcheck --help` stays fast
        from app.draw.verify import verify_draw_record
        checks = verify_draw_record(record, args.frames)
    elif kind == "SPOTCHECK-MATCH-1":
        # lazy: loaded when the command runs, so `spotcheck --help` stays fast
        from app.match.verify import verify_match_record
        # Files published beside the record (roster, avoidance, the draw record) are checked too.
        folder = Path(args.record).parent
        beside = folder / "draw-record.json"
        draw_record = _load(beside) if beside.is_file() else None
        checks = verify_match_record(record, args.frames, base_dir=folder, draw_record=draw_record)
    else:
        raise ValidationError(f"“{Path(args.record).name}”不是抽取记录或匹配记录（spec 为“{kind}”）。")
    rows = [_as_dict(c) for c in checks]
    ok = all(r["ok"] for r in rows)
    text = "\n".join(f"{'通过' if r['ok'] else '失败'}  {r['name']}：{r['message']}" for r in rows)
    text += "\n结论：" + ("全部校验通过，记录可以重新计算得到。" if ok else "校验未通过，记录与重新计算的结果不一致。")
    emit(args, {"spec": kind, "ok": ok, "checks": rows}, text)
    return 0 if ok else 1
