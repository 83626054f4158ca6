"""A workflow step whose page is a tab widget (steps 6 and 7): a title naming the current plan, then one
tab per part of the step. Each tab is a QWidget class taking (ctx) that refreshes itself from
ctx.data_changed like any screen; the step module lists them (object name, class, title function — a
function so that it is translated when the page is built — and optionally a predicate `shown()`: the tab
is built always but shown only while it is True, e.g. only in a district copy; asked again when the
settings change, since the role is a setting)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from ui.changes import Changes
from ui.widgets.labels import title_label

# (object name, screen class taking ctx, title function[, shown predicate])
Tab = tuple[str, Callable[..., QWidget], Callable[[], str]] | \
    tuple[str, Callable[..., QWidget], Callable[[], str], Callable[[], bool]]


class TabbedStep(QWidget):
    """`titles(plan_title or None) -> str` words the heading; `tabs_name` is the QTabWidget's object name."""

    def __init__(self, ctx, tabs: Sequence[Tab], *, tabs_name: str, titles: Callable[[str | None], str],
                 parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._titles = titles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(tabs_name)
        self.tabs.setDocumentMode(True)
        self._shown: list[tuple[int, Callable[[], bool]]] = []
        for name, screen, title, *shown in tabs:
            widget = screen(ctx)
            widget.setObjectName(name)
            index = self.tabs.addTab(widget, title())
            if shown:
                self._shown.append((index, shown[0]))
        layout.addWidget(self.tabs, 1)
        ctx.plan_changed.connect(lambda _id: self._show_title())
        ctx.data_changed.connect(self._on_changes)
        self._show_title()
        self._show_tabs()

    def tab(self, name: str) -> QWidget | None:
        return self.tabs.findChild(QWidget, name)

    def tab_shown(self, name: str) -> bool:
        widget = self.tab(name)
        return widget is not None and self.tabs.isTabVisible(self.tabs.indexOf(widget))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self._show_tabs()

    def _show_tabs(self) -> None:
        for index, shown in self._shown:
            self.tabs.setTabVisible(index, shown())

    def _show_title(self) -> None:
        self.title.setText(self._titles(draw_queries.plan_title(self.ctx.current_plan_id)))
