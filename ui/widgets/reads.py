"""Reading off the GUI thread: the one helper for long read-only work (previews, views, verification).

Writes never come here; they are operations (ui/operations). A read changes
nothing, so it announces nothing and has no default error dialog: the caller
shows the message where the clerk looks (a page's error line, a detail label).
"""
from __future__ import annotations

from typing import Any
from collections.abc import Callable

from ui.context import AppContext
from ui.tasks import Task


def read_in_background(ctx: AppContext, query: Callable[[], Any], *, title: str,
                       on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                       cancellable: bool = False) -> Task:
    """Run `query()` on the task runner; on_done(result) or on_error(exc) on the GUI thread.

    A cancelled read reports to on_error too (with the core's "操作已取消" message).
    """
    return ctx.tasks.run(lambda progress, cancel: query(), title=title, on_done=on_done, on_error=on_error,
                         cancellable=cancellable, on_cancelled=on_error if cancellable else None)
