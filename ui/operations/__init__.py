"""The one way the GUI writes: an operation per user action.

Modelled on Anki's aqt/operations. Each module here (registers, plans, draw,
match, docs) holds one function per user action — import a register, commit a
draw, run a match, replace an inspector, generate documents … — and each of
them is a thin wrapper that builds an `Operation`:

    Operation(parent, ctx, work, title=tr("Delete plan"), changes=Changes(plan=True))
        .success(on_done)          # optional: GUI-thread callback with the result
        .failure(on_error)         # optional: default shows the error in a dialog
        .run()

`work(progress, cancel)` calls ONE core service (one transaction) on the task
runner's worker thread. When it succeeds, the success callback runs on the GUI
thread and then the context announces what changed (`ctx.notify_changes`), so
screens refresh only what they show. When it fails, nothing was written (the
service's transaction rolled back) and the failure callback, or the default
error dialog, shows the Chinese message the core wrote. A database busy past
its timeout (another window or computer writing) is offered again: its message
with 重试 runs the same work once more; 取消 then goes to the failure callback.

Screens and wizards call these functions for every write and never run a write
through the task runner themselves; reads go through app/*/queries.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.errors import CancelledError, as_busy_error
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs.messages import ask_retry, show_error
from ui.tasks import CancelFn, ProgressFn, Task

Work = Callable[[ProgressFn, CancelFn], Any]


class Operation:
    """One user action: a service call off the GUI thread, its messages and its change notice."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, work: Work, *, title: str,
                 changes: Changes, cancellable: bool = False) -> None:
        self._parent = parent
        self._ctx = ctx
        self._work = work
        self._title = title
        self._changes = changes
        self._cancellable = cancellable
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[CancelledError], None] | None = None

    def success(self, fn: Callable[[Any], None] | None) -> Operation:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None] | None) -> Operation:
        self._on_failure = fn
        return self

    def cancelled(self, fn: Callable[[CancelledError], None] | None) -> Operation:
        self._on_cancelled = fn
        return self

    def run(self) -> Task:
        return self._ctx.tasks.run(self._work, title=self._title, on_done=self._done,
                                   on_error=self._failed, cancellable=self._cancellable,
                                   on_cancelled=self._on_cancelled)

    def _done(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)
        # After the caller's own follow-up (e.g. choosing the new plan), so that
        # screens refresh once against the final state.
        if self._changes.names():
            self._ctx.notify_changes(self._changes)

    def _failed(self, exc: BaseException) -> None:
        busy = as_busy_error(exc)
        if busy is not None:
            if ask_retry(self._parent, busy, self._title):
                self.run()    # the service rolled back: the same work again, with the same callbacks
                return
            if self._on_failure is not None:   # the message was shown: the caller only tidies up
                self._on_failure(busy)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc, self._title)
