"""Working days: statutory holidays and make-up working days.

chinesecalendar knows the State Council schedules up to the year its data
ends (2026 for release 1.11; pyproject asks only >= 1.9 so that a release with
the next year's schedule can be taken, and the installer bundles the one it was
built with, so every copy of a program version counts alike). For later years the clerk enters the
published schedule by hand in the settings; until then any deadline that
touches such a year is refused rather than guessed — a guessed deadline on an
official notice is worse than none.
"""
from __future__ import annotations

import datetime as dt

import chinese_calendar

from app.errors import CalendarNotCoveredError, ValidationError
from app.settings.store import get_setting


def _library_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
        return True
    except NotImplementedError:
        return False


def _manual() -> dict:
    return get_setting("calendar_manual") or {}


def validate_manual_calendar(value: dict) -> None:
    if not isinstance(value, dict):
        raise ValidationError("工作日历的格式不正确。")
    for year, entry in value.items():
        if not str(year).isdigit():
            raise ValidationError(f"工作日历年份“{year}”不正确。")
        for kind in ("holidays", "workdays"):
            for text in entry.get(kind, []):
                try:
                    day = dt.date.fromisoformat(text)
                except (TypeError, ValueError):
                    raise ValidationError(
                        f"工作日历 {year} 年中的日期“{text}”格式不正确，应为 YYYY-MM-DD。") from None
                if day.year != int(year):
                    raise ValidationError(f"日期 {text} 不属于 {year} 年。")
        overlap = set(entry.get("holidays", [])) & set(entry.get("workdays", []))
        if overlap:
            raise ValidationError(f"日期 {sorted(overlap)[0]} 不能既是节假日又是调休工作日。")


def covered_years(manual: dict | None = None) -> list[int]:
    manual = _manual() if manual is None else manual
    years = {int(y) for y in manual}
    years.update(y for y in range(2004, dt.date.today().year + 5) if _library_covers(y))
    return sorted(years)


def is_workday(day: dt.date, manual: dict | None = None) -> bool:
    manual = _manual() if manual is None else manual
    entry = manual.get(str(day.year))
    if entry is not None:
        # A schedule the clerk entered wins over the library for that year.
        text = day.isoformat()
        if text in entry.get("workdays", []):
            return True
        if text in entry.get("holidays", []):
            return False
        return day.weekday() < 5
    if _library_covers(day.year):
        return chinese_calendar.is_workday(day)
    raise CalendarNotCoveredError(
        f"工作日历中没有 {day.year} 年的节假日安排，无法计算工作日。"
        f"请在“设置 → 工作日历”中录入国务院公布的 {day.year} 年放假和调休安排后再试。",
        details={"year": day.year},
    )


def add_working_days(start: dt.date, count: int, manual: dict | None = None) -> dt.date:
    """The `count`-th working day after `start` (start itself not counted).

    "自收到之日起5个工作日内" received on a Friday before a holiday ends on
    the fifth working day after it.
    """
    manual = _manual() if manual is None else manual
    day, left = start, count
    while left > 0:
        day += dt.timedelta(days=1)
        if is_workday(day, manual):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, manual: dict | None = None) -> int:
    """Working days after `start` up to and including `end` (negative if end is earlier)."""
    manual = _manual() if manual is None else manual
    if end < start:
        return -working_days_between(end, start, manual)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if is_workday(day, manual):
            count += 1
    return count
