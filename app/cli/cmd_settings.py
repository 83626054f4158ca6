"""spotcheck settings show|set, spotcheck calendar deadline|set-year|years"""
from __future__ import annotations

import datetime as dt
import json

from app.cli.common import add_common, emit, open_db
from app.errors import ValidationError


def register(sub) -> None:
    s = sub.add_parser("settings", help="设置：发文机关、文号前缀、区市、结果类别……")
    ssub = s.add_subparsers(dest="settings_command", metavar="ACTION")
    p = ssub.add_parser("show")
    add_common(p)
    p.set_defaults(func=_show)
    p = ssub.add_parser("set", help="settings set KEY VALUE（VALUE 为文本或 JSON）")
    p.add_argument("key")
    p.add_argument("value")
    add_common(p)
    p.set_defaults(func=_set)

    c = sub.add_parser("calendar", help="工作日历：截止日期计算、录入年度放假安排")
    csub = c.add_subparsers(dest="calendar_command", metavar="ACTION")
    p = csub.add_parser("deadline", help="START 之后第 N 个工作日")
    p.add_argument("start", type=dt.date.fromisoformat)
    p.add_argument("days", type=int)
    add_common(p)
    p.set_defaults(func=_deadline)
    p = csub.add_parser("set-year", help="录入某年的法定节假日和调休工作日")
    p.add_argument("year", type=int)
    p.add_argument("--holidays", default="", help="逗号分隔的日期 YYYY-MM-DD")
    p.add_argument("--workdays", default="", help="逗号分隔的调休上班日期")
    add_common(p)
    p.set_defaults(func=_set_year)
    p = csub.add_parser("years", help="已覆盖的年份")
    add_common(p)
    p.set_defaults(func=_years)


def _show(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.settings.store import all_settings
    values = all_settings()
    emit(args, values, json.dumps(values, ensure_ascii=False, indent=2))
    return 0


def _set(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.settings.service import update_settings
    try:
        value = json.loads(args.value)
    except ValueError:
        value = args.value
    changed = update_settings({args.key: value})
    emit(args, {"changed": changed}, "已保存。" if changed else "没有变化。")
    return 0


def _deadline(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.workdays import add_working_days
    day = add_working_days(args.start, args.days)
    emit(args, {"start": args.start.isoformat(), "days": args.days, "deadline": day.isoformat()},
         f"{args.start.isoformat()} 之后第 {args.days} 个工作日：{day.isoformat()}")
    return 0


def _split_dates(text: str) -> list[str]:
    out = []
    for part in filter(None, (p.strip() for p in text.replace("，", ",").split(","))):
        try:
            out.append(dt.date.fromisoformat(part).isoformat())
        except ValueError:
            raise ValidationError(f"日期“{part}”格式不正确，应为 YYYY-MM-DD。") from None
    return sorted(set(out))


def _set_year(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.settings.service import get_setting, update_settings
    manual = dict(get_setting("calendar_manual"))
    manual[str(args.year)] = {"holidays": _split_dates(args.holidays), "workdays": _split_dates(args.workdays)}
    update_settings({"calendar_manual": manual})
    entry = manual[str(args.year)]
    emit(args, {"year": args.year, **entry},
         f"已录入 {args.year} 年：节假日 {len(entry['holidays'])} 天，调休工作日 {len(entry['workdays'])} 天。")
    return 0


def _years(args) -> int:
    open_db(args)
    # lazy: loaded when the command runs, so `spotcheck --help` stays fast
    from app.workdays import covered_years
    years = covered_years()
    emit(args, {"years": years}, f"工作日历覆盖：{years[0]}–{years[-1]}" if years else "无")
    return 0
