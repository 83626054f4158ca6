"""The progress and cancel callables every long service takes (docs/dev/CONTRACTS.md).

progress(done, total, message) reports in Chinese; cancel() is polled, and once
it returns True the service raises app.errors.CancelledError before anything
is written (or inside the transaction, so the transaction rolls back).
"""
from __future__ import annotations

from collections.abc import Callable

from app.errors import CancelledError

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def check_cancel(cancel: CancelFn | None, message: str | None = None) -> None:
    """Raise CancelledError when the clerk asked to stop."""
    if cancel is not None and cancel():
        raise CancelledError(message) if message is not None else CancelledError()


def report(progress: ProgressFn | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress(done, total, message)
