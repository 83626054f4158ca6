"""A workflow step whose page is a tab widget (steps 6 and 7): a title naming the current plan, then one
tab per part of the step. Each tab is a QWidget class taking (ctx) that refreshes itself from
ctx.data_changed like any screen; the step module lists them (object name, class, title function — a
function so that it is translated when the page is built)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from ui.widgets.labels import title_label

Tab = tuple[str, Callable[..., QWidget], Callable[[], str]]


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
        for name, screen, title in tabs:
            widget = screen(ctx)
            widget.setObjectName(name)
            self.tabs.addTab(widget, title())
        layout.addWidget(self.tabs, 1)
        ctx.plan_changed.connect(lambda _id: self._show_title())
        self._show_title()

    def tab(self, name: str) -> QWidget | None:
        return self.tabs.findChild(QWidget, name)

    def _show_title(self) -> None:
        self.title.setText(self._titles(draw_queries.plan_title(self.ctx.current_plan_id)))
