"""Reading off the GUI thread: the one helper for long read-only work (previews, views, verification).

Writes never come here; they are operations (ui/operations). A read changes
nothing, so it announces nothing and has no default error dialog: the caller
shows the message where the clerk looks (a page's error line, a detail label).

- read_in_background: a query without arguments (the usual read).
- read_with_progress: a service call that reports progress and can be cancelled (fn(progress, cancel)).
- progress_over: while it lasts, tasks show their progress dialog over a given window (a wizard).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QWidget

from app.progress import CancelFn, ProgressFn
from ui.context import AppContext
from ui.tasks import Task


@contextmanager
def progress_over(ctx: AppContext, owner: QWidget | None) -> Iterator[None]:
    """Tasks started inside show their progress dialog over `owner` (a wizard) instead of the main window;
    with no owner, where they always do."""
    runner = ctx.tasks
    previous = runner.parent_widget
    if owner is not None:
        runner.parent_widget = owner
    try:
        yield
    finally:
        runner.parent_widget = previous


def read_with_progress(ctx: AppContext, fn: Callable[[ProgressFn, CancelFn], Any], *, title: str,
                       on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                       on_cancelled: Callable[[BaseException], None] | None = None, cancellable: bool = True,
                       owner: QWidget | None = None) -> Task:
    """Run fn(progress, cancel) on the task runner, its progress dialog over `owner` (default: the main
    window); on_done(result), on_error(exc) or on_cancelled(exc) on the GUI thread."""
    with progress_over(ctx, owner):
        return ctx.tasks.run(fn, title=title, on_done=on_done, on_error=on_error, cancellable=cancellable,
                             on_cancelled=on_cancelled)


def read_in_background(ctx: AppContext, query: Callable[[], Any], *, title: str,
                       on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                       cancellable: bool = False) -> Task:
    """Run `query()` on the task runner; on_done(result) or on_error(exc) on the GUI thread.

    A cancelled read reports to on_error too (with the core's "操作已取消" message).
    """
    return read_with_progress(ctx, lambda progress, cancel: query(), title=title, on_done=on_done,
                              on_error=on_error, cancellable=cancellable,
                              on_cancelled=on_error if cancellable else None)
