"""Step 2, 制定计划: the plans, the selected plan's tasks and the deadlines it implies.

Plans are created from a TOML file (app.draw.plans.create_plan_from_toml) or in
the plan wizard (app.draw.plans.create_plan); a draft plan can be edited or
deleted, a frozen one (its draw committed) only viewed. Selecting a plan makes
it the current plan of the whole window (ctx.set_current_plan).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.draw import plans
from app.draw.describe import filter_text
from app.registers import queries
from ui.changes import Changes
from ui.operations import plans as plan_ops
from ui.widgets import ask
from ui.widgets.labels import bold, error_text
from ui.widgets.layouts import add_splitter, button_row, pane, screen_layout
from ui.widgets.table_models import RowsModel
from ui.widgets.tables import Column, table_defaults
from ui.wizards.plan_texts import deadline_rows, matching_text
from ui.wizards.plan_wizard import PlanWizard


class PlanScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._plans: list = []
        self._wizard = None

        root, self.message = screen_layout(self, self.tr("Plan"))

        self.new_button = QPushButton(self.tr("New plan…"))
        self.new_button.clicked.connect(self.new_plan)
        self.file_button = QPushButton(self.tr("Create from file…"))
        self.file_button.clicked.connect(lambda: self.create_from_file())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_plan)
        button_row(root, (self.new_button, self.file_button, self.edit_button, self.delete_button))
        splitter = add_splitter(root)

        # left: the plans
        self.plans_model = RowsModel([
            Column(self.tr("Title"), lambda p: p.title),
            Column(self.tr("Document number"), lambda p: p.number),
            Column(self.tr("Status"), lambda p: self._status_text(p.status)),
        ], parent=self)
        self.plans_model.row_color = lambda p: QColor("#555555") if p.status == "frozen" else None
        self.plans_view = QTableView()
        self.plans_view.setModel(self.plans_model)
        table_defaults(self.plans_view)
        self.plans_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plans_view.setWordWrap(True)
        self.plans_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.plans_view.resizeRowsToContents())
        self.plans_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.empty_label = QLabel(self.tr("No plan yet. Press “New plan…” and fill in the plan step by step; "
                                          "if you received a plan saved as a file, use “Create from file…”."))
        self.empty_label.setWordWrap(True)
        left, left_layout = pane()
        left_layout.addWidget(bold(QLabel(self.tr("Plans"))))
        left_layout.addWidget(self.plans_view, 1)
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)

        # right: the selected plan
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(4, 0, 0, 0)
        form_box = QGroupBox(self.tr("Plan details"))
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("title", self.tr("Title")), ("number", self.tr("Document number")),
                           ("period", self.tr("Period")), ("due", self.tr("Checks and entry done by")),
                           ("team_size", self.tr("Inspectors per team")),
                           ("matching", self.tr("Matching of inspectors")), ("status", self.tr("Status")),
                           ("created", self.tr("Created"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label + "：", value)
        dl.addWidget(form_box)

        tasks_box = QGroupBox(self.tr("Tasks"))
        tl = QVBoxLayout(tasks_box)
        self.tasks_model = RowsModel([
            Column(self.tr("Code"), lambda t: t["code"]),
            Column(self.tr("Name"), lambda t: t["name"]),
            Column(self.tr("Register"), lambda t: t["register"] + t.get("_register_note", "")),
            Column(self.tr("Ratio or count"), lambda t: self._ratio_text(t["ratio"])),
            Column(self.tr("Stratified"), lambda t: self.tr("By district") if t["stratified"]
                   else self.tr("City-wide")),
            Column(self.tr("Check items"), lambda t: "、".join(t.get("item_labels") or t["items"])),
            Column(self.tr("Filter"), lambda t: self._filter_text(t.get("filter") or {})),
        ], parent=self)
        self.tasks_view = QTableView()
        self.tasks_view.setModel(self.tasks_model)
        table_defaults(self.tasks_view)
        self.tasks_view.setWordWrap(True)
        self.tasks_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tasks_view.horizontalHeader().setStretchLastSection(True)
        self.tasks_view.setMinimumHeight(self.tasks_view.fontMetrics().height() * 7)
        tl.addWidget(self.tasks_view)
        self.conditional_label = QLabel()
        self.conditional_label.setWordWrap(True)
        tl.addWidget(self.conditional_label)
        dl.addWidget(tasks_box, 1)

        deadlines_box = QGroupBox(self.tr("Deadlines (working days, for information)"))
        self.deadlines_form = QFormLayout(deadlines_box)
        self.deadlines_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dl.addWidget(deadlines_box)

        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_scroll.setWidget(details)
        self.details = details
        splitter.addWidget(self.details_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(self._select_plan)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.plans_view.resizeRowsToContents)   # once the columns have their width

    # ---- helpers ---------------------------------------------------------------

    def _status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "frozen": self.tr("Frozen (draw committed)")}.get(status, status)

    def _ratio_text(self, ratio: str) -> str:
        if ratio.startswith("n="):
            return self.tr("%1 enterprises").replace("%1", ratio[2:])
        p, q = ratio.split("/")
        percent = 100 * int(p) / int(q)
        shown = f"{percent:.2f}".rstrip("0").rstrip(".")
        return f"{ratio}（{shown}%）"

    def _filter_text(self, f: dict) -> str:
        if f.get("where") or f.get("risk"):      # targeted or risk-class: app.draw's Chinese sentence
            return filter_text(f)
        parts = []
        if f.get("product_contains"):
            parts.append(self.tr("product contains %1").replace("%1", "、".join(f["product_contains"])))
        if f.get("districts"):
            parts.append(self.tr("districts %1").replace("%1", "、".join(f["districts"])))
        if f.get("exclude_inspected_months"):
            parts.append(self.tr("not inspected in the last %1 months")
                         .replace("%1", str(f["exclude_inspected_months"])))
        return "；".join(parts)

    def _register_note(self, task: dict) -> str:
        """Which version of the register the task will use, and how many enterprises operate in it."""
        version = queries.get_version(task["register"], task.get("register_version"))
        if version is None:
            if task.get("register_version"):
                return self.tr(" (version %1 not found)").replace("%1", str(task["register_version"]))
            return self.tr(" (register not imported yet)")
        text = self.tr(" (version %1, %2 operating)") if task.get("register_version") else \
            self.tr(" (newest: version %1, %2 operating)")
        return text.replace("%1", str(version.version)).replace("%2", f"{version.operating:,}")

    def current_plan(self):
        row = self.plans_view.currentIndex().row()
        return self.plans_model.row_object(row)

    # ---- loading ---------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        # the plans and their status (a committed draw freezes its plan), the registers the tasks
        # name, the working-day calendar of the deadlines
        if changes.touches("plan", "draw", "registers", "settings"):
            self.refresh()

    def refresh(self) -> None:
        keep = self.ctx.current_plan_id
        try:
            self._plans = plans.list_plans()
        except Exception as exc:  # noqa: BLE001 - an unreadable database is shown, not raised
            self.message.show_error(error_text(exc))
            self._plans = []
        self.plans_model.set_rows(self._plans)
        self.empty_label.setVisible(not self._plans)
        self.plans_view.resizeColumnToContents(1)
        self.plans_view.resizeColumnToContents(2)
        self.plans_view.resizeRowsToContents()
        ids = [p.id for p in self._plans]
        if keep in ids:
            self._select_plan(keep, force=True)
        elif self._plans:
            self._select_plan(ids[-1], force=True)
        else:
            self._show_plan(None)

    def _select_plan(self, plan_id, force: bool = False) -> None:
        for row, p in enumerate(self._plans):
            if p.id == plan_id:
                index = self.plans_model.index(row, 0)
                if self.plans_view.currentIndex().row() != row:
                    self.plans_view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                elif force:
                    self._show_plan(p)
                return

    def _on_current_row(self, current, _previous) -> None:
        plan = self.plans_model.row_object(current.row())
        self._show_plan(plan)
        if plan is not None:
            self.ctx.set_current_plan(plan.id)

    def _show_plan(self, plan) -> None:
        self.edit_button.setEnabled(plan is not None and plan.status == "draft")
        self.delete_button.setEnabled(plan is not None and plan.status == "draft")
        self.details.setEnabled(plan is not None)
        while self.deadlines_form.rowCount():
            self.deadlines_form.removeRow(0)
        if plan is None:
            for label in self.fields.values():
                label.clear()
            self.tasks_model.set_rows([])
            self.conditional_label.clear()
            return
        summary = plans.plan_summary(plan)
        self.fields["title"].setText(plan.title)
        self.fields["number"].setText(plan.number or "—")
        self.fields["period"].setText(f"{plan.start} — {plan.end}")
        self.fields["due"].setText(plan.due)
        self.fields["team_size"].setText(str(plan.team_size))
        self.fields["matching"].setText(matching_text(summary["self_matching"]))
        self.fields["status"].setText(self._status_text(plan.status))
        self.fields["created"].setText(plan.created_at.replace("T", " "))
        for t in summary["tasks"]:
            t["_register_note"] = self._register_note(t)
        self.tasks_model.set_rows(summary["tasks"])
        self.tasks_view.resizeRowsToContents()
        cond = summary.get("conditional") or []
        self.conditional_label.setVisible(bool(cond))
        self.conditional_label.setText(
            self.tr("Conditional items: %1").replace("%1", "；".join(
                str(c.get("item", "")) for c in cond)) if cond else "")
        for what, when, ok in deadline_rows(plans.plan_deadlines(plan)):
            value = QLabel(when)
            value.setWordWrap(True)
            if not ok:
                value.setStyleSheet("color: #8a1c13;")
            self.deadlines_form.addRow(QLabel(what + "："), value)

    # ---- actions -----------------------------------------------------------------

    def create_from_file(self, path: str | Path | None = None) -> None:
        if path is None:
            path = ask.ask_open_path(self, self.tr("Create a plan from a file"),
                                     self.tr("Spot-check plans (*.toml);;All files (*)"), kind=ask.PLANS)
            if not path:
                return
        self.message.clear()
        plan_ops.create_plan_from_file(self, self.ctx, Path(path)).success(self._created).failure(self._failed).run()

    def _created(self, plan_id: int) -> None:
        self.ctx.set_current_plan(plan_id)     # the plan list follows when the change notice arrives
        self.message.show_info(self.tr("Plan “%1” saved.").replace("%1", plans.get_plan(plan_id).title))

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(error_text(exc))

    def new_plan(self) -> None:
        self._open_wizard(None)

    def edit_plan(self) -> None:
        plan = self.current_plan()
        if plan is not None and plan.status == "draft":
            self._open_wizard(plan.id)

    def _open_wizard(self, plan_id) -> None:
        self.message.clear()
        wizard = PlanWizard(self.ctx, plan_id=plan_id, parent=self)
        wizard.plan_saved.connect(self._created)
        wizard.finished.connect(lambda _r: setattr(self, "_wizard", None))
        self._wizard = wizard
        wizard.open()

    def delete_plan(self, confirm: bool = True) -> None:
        plan = self.current_plan()
        if plan is None or plan.status != "draft":
            return
        if confirm:
            answer = QMessageBox.question(self, self.tr("Delete plan"),
                                          self.tr("Delete the draft plan “%1”? This is logged.")
                                          .replace("%1", plan.title))
            if answer != QMessageBox.StandardButton.Yes:
                return

        def done(_plan_id):
            self.ctx.set_current_plan(None)
            self.message.show_info(self.tr("Plan deleted."))

        plan_ops.delete_plan(self, self.ctx, plan.id).success(done).failure(self._failed).run()


def create_screen(ctx) -> QWidget:
    return PlanScreen(ctx)
