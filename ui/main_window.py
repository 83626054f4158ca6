"""The main window: steps on the left, the chosen step's page on the right.

It only arranges things: the step states come from app.workflow, pages from
ui/screens, dialogs from ui/dialogs. The plan selector, the step states and the
status bar (audit log head) refresh after every write (ctx.data_changed).
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QToolBar, QWidget

from app import audit, workflow
from app.paths import resource_path
from ui import preload
from ui.changes import Changes
from ui.dialogs.about import AboutDialog
from ui.dialogs.audit_log import AuditLogDialog
from ui.dialogs.backup import backup_now, restore_from
from ui.dialogs.demo_data import remove_demo_data
from ui.dialogs.messages import show_error
from ui.dialogs.settings_dialog import SettingsDialog
from ui.help import hook as help_hook
from ui.widgets.step_list import StepList
from ui.widgets.step_pages import StepPages


class MainWindow(QMainWindow):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.tasks.parent_widget = self
        ctx.tasks.error_reported.connect(lambda exc: show_error(self, exc))
        ctx.tasks.cancelled.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.setWindowTitle(self.tr("Spot Check Workbench"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.resize(1280, 720)

        self.steps = StepList()
        self.pages = StepPages(ctx)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self.steps.step_selected.connect(self._show_step)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(self._follow_plan)
        self.refresh()
        self.steps.select("registers")
        # The two screens that open on the largest data, ahead of the first click (85-89 ms each, measured).
        # Not the document, package and publication screens: they import reportlab (200-365 ms), and one
        # import cannot be split across event-loop turns, so warming them would freeze an idle window -
        # their Qt-free modules are imported on a background thread afterwards instead (ui.preload).
        self.pages.warm_up(["draw", "match"], then=preload.start)

    # -- building -------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Plan"))
        bar.setObjectName("planToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.addWidget(QLabel(self.tr("Current plan:") + " "))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        self.plan_combo.setMinimumContentsLength(44)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        bar.addWidget(self.plan_combo)
        self.addToolBar(bar)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self._action(self.tr("Back up database…"), self.backup_database))
        menu.addAction(self._action(self.tr("Restore backup…"), self.restore_backup))
        menu.addSeparator()
        self.remove_demo_action = self._action(self.tr("Remove demo data…"), self.remove_demo)
        menu.addAction(self.remove_demo_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Exit"), self.close, QKeySequence.StandardKey.Quit))
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        menu.addAction(self._action(self.tr("Settings…"), self.open_settings))
        menu = self.menuBar().addMenu(self.tr("&Tools"))
        menu.addAction(self._action(self.tr("Audit log…"), self.open_audit_log))
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self._action(self.tr("About"), self.open_about))
        help_hook.install(self, menu)   # F1, the "?" button, the guides (ui/help)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        self.head_label = QLabel()
        self.head_label.setObjectName("headLabel")
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.head_label)

    # -- refreshing -----------------------------------------------------------------------------
    def _on_changes(self, _changes: Changes) -> None:
        # Whatever changed: every write appends to the audit log (the status bar) and may move a step on.
        self.refresh()

    def refresh(self) -> None:
        self._fill_plans()
        self.refresh_steps()
        self._refresh_status()

    def _fill_plans(self) -> None:
        choices = workflow.list_plan_choices()
        wanted = self.ctx.current_plan_id
        if wanted not in [c.id for c in choices]:
            wanted = choices[0].id if choices else None
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for choice in choices:
            label = f"{choice.title}（{choice.number}）" if choice.number else choice.title
            self.plan_combo.addItem(label, choice.id)
        if not choices:
            self.plan_combo.addItem(self.tr("(no plan yet)"), None)
        self.plan_combo.setEnabled(bool(choices))
        self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(wanted), 0))
        self.plan_combo.setToolTip(self.plan_combo.currentText())
        self.plan_combo.blockSignals(False)
        self.ctx.set_current_plan(wanted)

    def refresh_steps(self) -> None:
        self.steps.apply_states(workflow.step_states(self.ctx.current_plan_id))
        key = self.steps.current_key()
        if key is not None and not self.steps.is_visible(key):
            # The role changed (settings) and the open step is not this role's: go back to the first.
            return self.steps.select(self.steps.visible[0])
        if key is not None:
            self._show_step(key)

    def _refresh_status(self) -> None:
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.ctx.db_path)))
        self.db_label.setToolTip(str(self.ctx.db_path))
        head = audit.head()
        self.head_label.setText(self.tr("Audit log head: %1").replace("%1", head[:12]))
        self.head_label.setToolTip(head)

    def _follow_plan(self, plan_id) -> None:
        """A screen chose the current plan (e.g. a new one): show it in the selector too."""
        index = self.plan_combo.findData(plan_id)
        if index < 0 and plan_id is not None:
            self._fill_plans()
            return self.refresh_steps()
        self.plan_combo.blockSignals(True)
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.setToolTip(self.plan_combo.currentText())
        self.plan_combo.blockSignals(False)
        self.refresh_steps()

    def _plan_chosen(self, index: int) -> None:
        self.plan_combo.setToolTip(self.plan_combo.itemText(index))   # long titles are cut in the box
        self.ctx.set_current_plan(self.plan_combo.itemData(index))

    def _show_step(self, key: str) -> None:
        self.pages.show_step(key, self.steps.is_enabled(key), self.steps.visible)

    # -- menu actions ---------------------------------------------------------------------------
    def backup_database(self) -> None:
        backup_now(self, self.ctx)

    def restore_backup(self) -> None:
        restore_from(self, self.ctx)

    def remove_demo(self) -> None:
        remove_demo_data(self, self.ctx)

    def open_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def open_audit_log(self) -> None:
        AuditLogDialog(self.ctx, self).exec()

    def open_about(self) -> None:
        AboutDialog(self.ctx, self).exec()

    def closeEvent(self, event) -> None:
        if self.ctx.tasks.busy():
            self.statusBar().showMessage(self.tr("Please wait until the running task has finished."), 5000)
            event.ignore()
            return
        super().closeEvent(event)

