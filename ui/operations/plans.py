"""Plan writes from the GUI: create from a TOML file, save from the plan wizard, delete a draft.

Each function returns an Operation (ui/operations) whose result is the plan's id;
the caller adds its callbacks and runs it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.draw import plans
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

PLAN_CHANGED = Changes(plan=True)


def create_plan_from_file(parent: QWidget | None, ctx: AppContext, path: Path) -> Operation:
    def work(progress, cancel) -> int:
        progress(0, 0, translate("PlanOperations", "Reading the plan file…"))
        return plans.create_plan_from_toml(path).id

    return Operation(parent, ctx, work, title=translate("PlanOperations", "Create plan"),
                     changes=PLAN_CHANGED, cancellable=False)


def save_plan(parent: QWidget | None, ctx: AppContext, plan_id: int | None, data: dict) -> Operation:
    """Create the plan (plan_id None) or update the draft plan_id from the wizard's dict."""
    def work(progress, cancel) -> int:
        if plan_id:
            return plans.update_plan(plan_id, data).id
        return plans.create_plan(data).id

    return Operation(parent, ctx, work, title=translate("PlanOperations", "Save plan"),
                     changes=PLAN_CHANGED, cancellable=False)


def delete_plan(parent: QWidget | None, ctx: AppContext, plan_id: int) -> Operation:
    def work(progress, cancel) -> int:
        plans.delete_plan(plan_id)
        return plan_id

    return Operation(parent, ctx, work, title=translate("PlanOperations", "Delete plan"),
                     changes=PLAN_CHANGED, cancellable=False)
