"""What every screen shares: the database path, the task runner, the current plan.

Screens receive an AppContext in create_screen(ctx). After a service changed
data they call ctx.notify_data_changed(); the step list, the status bar and
other screens refresh from that one signal.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskRunner


class AppContext(QObject):
    data_changed = Signal()
    plan_changed = Signal(object)      # the new current plan id (int) or None

    def __init__(self, db_path: Path, *, tasks: TaskRunner | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self._plan_id: int | None = None

    @property
    def current_plan_id(self) -> int | None:
        return self._plan_id

    def set_current_plan(self, plan_id: int | None) -> None:
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self.plan_changed.emit(plan_id)

    def notify_data_changed(self) -> None:
        self.data_changed.emit()
