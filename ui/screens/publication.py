"""Step 7, 结果公示 (一公开): the step page is a tab widget; each part of the publication half is one tab.

To add a tab, write its screen as a QWidget class taking (ctx) and add one line to TABS: (object name,
screen class, title function). The title is a function so that it is translated when the page is built.
Each tab refreshes itself from ctx.data_changed like any screen.

    PublicationStep.tabs              the QTabWidget (object name "publicationTabs")
    PublicationStep.tab("export")     a tab's screen by its object name
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from ui.screens.publication_archive import ArchiveTab
from ui.screens.publication_export import ExportTab
from ui.screens.publication_followup import FollowupTab
from ui.screens.publication_stats import StatisticsTab
from ui.widgets.labels import title_label

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

# (object name, screen class taking ctx, tab title) in tab order.
TABS: list[tuple[str, Callable[..., QWidget], Callable[[], str]]] = [
    ("export", ExportTab, lambda: translate("PublicationStep", "Publication export")),
    ("followup", FollowupTab, lambda: translate("PublicationStep", "Follow-up")),
    ("statistics", StatisticsTab, lambda: translate("PublicationStep", "Statistics")),
    ("archive", ArchiveTab, lambda: translate("PublicationStep", "Summary and archive")),
]


class PublicationStep(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("publicationTabs")
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
        self.title.setText(translate("PublicationStep", "Publish results — %1").replace("%1", title)
                           if title is not None else translate("PublicationStep", "Publish results"))


def create_screen(ctx) -> QWidget:
    return PublicationStep(ctx)
