"""What every screen shares: the database path, the task runner, the current plan.

Screens receive an AppContext in create_screen(ctx). Writes go through
ui/operations, which announce what they changed with ctx.notify_changes(Changes(...));
data_changed carries that Changes value, and each screen refreshes only when
`changes.touches(...)` the areas it shows.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.changes import Changes
from ui.tasks import TaskRunner


class AppContext(QObject):
    data_changed = Signal(object)      # a ui.changes.Changes: what the last write changed
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

    def notify_changes(self, changes: Changes) -> None:
        self.data_changed.emit(changes)

    def notify_data_changed(self) -> None:
        """Everything may have changed (restore, demo data, settings that rename districts)."""
        self.data_changed.emit(Changes.everything())
