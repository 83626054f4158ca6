"""Step 6, 下发与回收: the step page is a tab widget; each part of the return path is one tab.

To add a tab (work packages, the results-import wizard's page, the progress chart …), write its screen
as a QWidget class taking (ctx) and add one line to TABS: (object name, screen class, title function).
The title is a function so that it is translated when the page is built. Each tab refreshes itself
from ctx.data_changed like any screen.

    PackagesStep.tabs            the QTabWidget (object name "packagesTabs")
    PackagesStep.tab("results")  a tab's screen by its object name
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from ui.screens.package_issue import PackagesTab
from ui.screens.progress import ProgressTab
from ui.screens.results import ResultsScreen
from ui.widgets.labels import title_label

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

# (object name, screen class taking ctx, tab title) in tab order.
TABS: list[tuple[str, Callable[..., QWidget], Callable[[], str]]] = [
    ("packages", PackagesTab, lambda: translate("PackagesStep", "Work packages")),
    ("results", ResultsScreen, lambda: translate("PackagesStep", "Result entry and review")),
    ("progress", ProgressTab, lambda: translate("PackagesStep", "Progress")),
]


class PackagesStep(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("packagesTabs")
        self.tabs.setDocumentMode(True)
        for name, screen, title in TABS:
            widget = screen(ctx)
            widget.setObjectName(name)
            self.tabs.addTab(widget, title())
        layout.addWidget(self.tabs, 1)
        ctx.plan_changed.connect(lambda _id: self._show_title())
        self._show_title()

    def tab(self, name: str) -> QWidget | None:
        return self.tabs.findChild(QWidget, name)

    def _show_title(self) -> None:
        title = draw_queries.plan_title(self.ctx.current_plan_id)
        self.title.setText(translate("PackagesStep", "Send out and collect — %1").replace("%1", title)
                           if title is not None else translate("PackagesStep", "Send out and collect"))


def create_screen(ctx) -> QWidget:
    return PackagesStep(ctx)
