"""The one way the program stamps a time on a record, a log entry or a row."""
from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """Local time, ISO 8601 with the UTC offset, to the second: 2026-05-06T09:30:00+08:00."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def today() -> dt.date:
    """The local date that deadlines are judged against (tests replace this function to fix the date)."""
    return dt.date.today()
