"""The left-hand list of workflow steps, each with its state for the current plan."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from app import workflow
from app.paths import resource_path
from ui.steps import requirement_text, status_text, step_title

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def status_icon(status: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"step-{status}.svg")))


class StepList(QListWidget):
    step_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(26, 26))
        self.setSpacing(3)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(210)
        self.setMaximumWidth(260)
        for number, key in enumerate(workflow.STEP_KEYS, start=1):
            item = QListWidgetItem(f"{number}  {step_title(key)}")
            item.setData(KEY_ROLE, key)
            item.setSizeHint(QSize(200, 52))
            self.addItem(item)
        self.visible: list[str] = list(workflow.STEP_KEYS)   # the steps shown, set by apply_states
        self.currentItemChanged.connect(self._emit_selected)

    def item_for(self, key: str) -> QListWidgetItem:
        return self.item(workflow.STEP_KEYS.index(key))

    def apply_states(self, states: list[workflow.StepState]) -> None:
        """Show each step's state. Steps hidden for this copy's role (a district copy: plan and draw; a city
        copy: receive) stay in the list but invisible and disabled; the visible ones are numbered 1, 2, … in
        order."""
        self.visible = workflow.visible_keys(states)
        for state in states:
            item = self.item_for(state.key)
            item.setHidden(state.hidden)
            if state.hidden:
                item.setFlags(Qt.ItemFlag.NoItemFlags)     # not this role's: neither shown nor chosen
                continue
            number = self.visible.index(state.key) + 1
            item.setText(f"{number}  {step_title(state.key)}\n     {status_text(state.status)}")
            item.setIcon(status_icon(state.status))
            item.setData(STATUS_ROLE, state.status)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags if state.enabled else Qt.ItemFlag.NoItemFlags)
            item.setToolTip(status_text(state.status) if state.enabled else requirement_text(state.key, self.visible))

    def is_visible(self, key: str) -> bool:
        return key in self.visible

    def is_enabled(self, key: str) -> bool:
        return bool(self.item_for(key).flags() & Qt.ItemFlag.ItemIsEnabled)

    def select(self, key: str) -> None:
        self.setCurrentItem(self.item_for(key))

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _emit_selected(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.step_selected.emit(current.data(KEY_ROLE))
