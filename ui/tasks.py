"""The one way the GUI runs long work: off the GUI thread, with progress and cancel.

    ctx.tasks.run(fn, title=..., on_done=..., on_error=None, cancellable=True)

`fn(progress, cancel)` runs on a worker thread. `progress(done, total, message)`
may be called as often as the service likes (it is throttled before it reaches
the GUI); `cancel()` turns True once the clerk pressed 取消. The result, the
error or the cancellation arrives on the GUI thread through queued signals, so
callbacks may touch widgets; the worker never does.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.db.base import database
from app.errors import CancelledError
from app.progress import CancelFn, ProgressFn

log = logging.getLogger(__name__)

_PROGRESS_INTERVAL = 0.05   # s: more often only floods the event queue


class _Signals(QObject):
    """Lives on the GUI thread; the worker only emits (Qt queues the delivery)."""
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, signals: _Signals, cancel_event: threading.Event):
        super().__init__()
        self.setAutoDelete(False)     # Python keeps the reference; Qt must not delete it under us
        self._fn = fn
        self._signals = signals
        self._cancel_event = cancel_event
        self._last_emit = 0.0

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last_emit < _PROGRESS_INTERVAL and done < total:
            return
        self._last_emit = now
        self._signals.progressed.emit(int(done), int(total), str(message or ""))

    def _cancel(self) -> bool:
        return self._cancel_event.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._cancel)
        except CancelledError as exc:
            self._signals.cancelled.emit(exc)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            if not getattr(exc, "message", None):
                log.exception("background task failed")
            self._signals.failed.emit(exc)
        else:
            if self._cancel_event.is_set():
                # The service finished before it noticed; its work is done, so report it.
                log.info("task finished after cancel was requested; keeping its result")
            self._signals.succeeded.emit(result)
        finally:
            _close_thread_connection()


def _close_thread_connection() -> None:
    """peewee keeps one connection per thread; pool threads must not leak theirs."""
    try:
        db = database.obj
        if db is not None and not db.is_closed():
            db.close()
    except Exception:  # noqa: BLE001 - closing is best effort
        log.debug("closing the worker's connection failed", exc_info=True)


class Task(QObject):
    """A running job: its progress dialog, its cancel flag, its callbacks."""

    finished = Signal()

    def __init__(self, runner: TaskRunner, fn, title: str, on_done, on_error, on_cancelled,
                 cancellable: bool, parent_widget: QWidget | None):
        super().__init__(runner)
        self._runner = runner
        self._on_done, self._on_error, self._on_cancelled = on_done, on_error, on_cancelled
        self.cancel_event = threading.Event()
        self.signals = _Signals(self)
        self.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.signals.cancelled.connect(self._on_cancel_done, Qt.ConnectionType.QueuedConnection)
        self.dialog = self._make_dialog(title, cancellable, parent_widget)
        self.job = _Job(fn, self.signals, self.cancel_event)
        self.running = True

    def _make_dialog(self, title: str, cancellable: bool, parent: QWidget | None) -> QProgressDialog | None:
        if not self._runner.show_progress:
            return None
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)   # quick jobs finish without a flashing dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    @Slot()
    def cancel(self) -> None:
        if self.running and not self.cancel_event.is_set():
            self.cancel_event.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None or not self.running:
            return
        if message and not self.cancel_event.is_set():
            self.dialog.setLabelText(message)
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)

    def _finish(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._runner._forget(self)
        self.finished.emit()

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._finish()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            self._runner.error_reported.emit(exc)

    @Slot(object)
    def _on_cancel_done(self, exc: CancelledError) -> None:
        self._finish()
        if self._on_cancelled is not None:
            self._on_cancelled(exc)
        self._runner.cancelled.emit(exc.message)


class TaskRunner(QObject):
    """Runs jobs one at a time on a private thread pool (SQLite has one writer anyway)."""

    error_reported = Signal(object)   # an error no on_error handled (the main window shows it)
    cancelled = Signal(str)           # the Chinese "操作已取消…" message, for the status bar

    def __init__(self, parent: QObject | None = None, *, show_progress: bool = True):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.show_progress = show_progress
        self.parent_widget: QWidget | None = None   # the progress dialog's parent (main window)
        self._tasks: list[Task] = []

    def run(self, fn: Callable[[ProgressFn, CancelFn], Any], *, title: str,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            cancellable: bool = True,
            on_cancelled: Callable[[CancelledError], None] | None = None) -> Task:
        task = Task(self, fn, title, on_done, on_error, on_cancelled, cancellable, self.parent_widget)
        self._tasks.append(task)
        self.pool.start(task.job)
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (tests, shutdown). Callbacks still need the event loop."""
        return self.pool.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        task.deleteLater()
