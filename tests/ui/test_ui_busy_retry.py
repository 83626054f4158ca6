"""A write that meets a busy database (another window or computer writing) is offered again with 重试."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.operations as operations
from app.errors import BUSY_MESSAGE, DatabaseBusyError
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import messages
from ui.operations import Operation
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(qtbot, tmp_path):
    context = AppContext(tmp_path / "db.sqlite3", tasks=TaskRunner(show_progress=False))
    yield context
    context.tasks.wait()


class LockedDatabase:
    """A real SQLite file whose write lock another connection holds until release()."""

    def __init__(self, path):
        self.path = str(path)
        setup = sqlite3.connect(self.path)
        setup.execute("PRAGMA journal_mode=wal")
        setup.execute("CREATE TABLE t (x INTEGER)")
        setup.commit()
        setup.close()
        self.holder = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.holder.execute("BEGIN IMMEDIATE")
        self.attempts = 0

    def release(self) -> None:
        self.holder.execute("COMMIT")

    def work(self, progress, cancel) -> int:
        """Insert a row as a service would; SQLite says "database is locked" after the busy timeout."""
        self.attempts += 1
        con = sqlite3.connect(self.path, timeout=0.05)
        try:
            con.execute("INSERT INTO t VALUES (1)")
            con.commit()
            return con.execute("SELECT count(*) FROM t").fetchone()[0]
        finally:
            con.close()


def test_busy_once_then_retry_runs_the_success_callback_and_announces_once(qtbot, ctx, tmp_path, monkeypatch):
    locked = LockedDatabase(tmp_path / "busy.sqlite3")
    asked: list[str] = []

    def answer_retry(parent, exc, title=None):
        asked.append(str(exc))
        locked.release()          # the other writer finished meanwhile
        return True
    monkeypatch.setattr(operations, "ask_retry", answer_retry)
    notices: list[Changes] = []
    ctx.data_changed.connect(notices.append)
    results: list[int] = []
    failures: list[BaseException] = []

    Operation(None, ctx, locked.work, title="t", changes=Changes(documents=True)) \
        .success(results.append).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(notices), timeout=10000)
    qtbot.wait(50)      # nothing more may arrive
    assert asked == [BUSY_MESSAGE]
    assert locked.attempts == 2
    assert results == [1]
    assert notices == [Changes(documents=True)]
    assert failures == []


def test_busy_and_cancel_reaches_the_failure_callback_typed_and_announces_nothing(qtbot, ctx, tmp_path,
                                                                                 monkeypatch):
    locked = LockedDatabase(tmp_path / "busy.sqlite3")
    monkeypatch.setattr(operations, "ask_retry", lambda parent, exc, title=None: False)
    notices: list[Changes] = []
    ctx.data_changed.connect(notices.append)
    failures: list[BaseException] = []
    Operation(None, ctx, locked.work, title="t", changes=Changes(documents=True)).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert len(failures) == 1 and isinstance(failures[0], DatabaseBusyError)
    assert str(failures[0]) == BUSY_MESSAGE
    assert locked.attempts == 1 and notices == []
    locked.release()


def test_other_failures_are_not_offered_again(qtbot, ctx, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(operations, "ask_retry", lambda *args, **kw: asked.append(args) or True)
    failures: list[BaseException] = []

    def work(progress, cancel):
        raise sqlite3.OperationalError("no such table: t")
    Operation(None, ctx, work, title="t", changes=Changes(plan=True)).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert asked == [] and isinstance(failures[0], sqlite3.OperationalError)


@pytest.mark.parametrize("choose_retry", [True, False])
def test_the_dialog_shows_the_message_and_answers_retry_or_cancel(qtbot, choose_retry):
    seen: list[tuple[str, list[str]]] = []

    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = {b.text(): b for b in box.buttons()}
        seen.append((box.text(), sorted(buttons)))
        wanted = QCoreApplication.translate("Messages", "Retry" if choose_retry else "Cancel")
        buttons[wanted].click()
    QTimer.singleShot(100, click)
    assert messages.ask_retry(None, DatabaseBusyError()) is choose_retry
    retry, cancel = (QCoreApplication.translate("Messages", t) for t in ("Retry", "Cancel"))
    assert seen == [(BUSY_MESSAGE, sorted([retry, cancel]))]
