"""Step 7, 结果公示 (一公开): the step page is a tab widget; each part of the publication half is one tab.

To add a tab, write its screen as a QWidget class taking (ctx) and add one line to TABS: (object name,
screen class, title function). The title is a function so that it is translated when the page is built.
Each tab refreshes itself from ctx.data_changed like any screen.

    PublicationStep.tabs              the QTabWidget (object name "publicationTabs")
    PublicationStep.tab("export")     a tab's screen by its object name
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.screens.publication_archive import ArchiveTab
from ui.screens.publication_export import ExportTab
from ui.screens.publication_followup import FollowupTab
from ui.screens.publication_stats import StatisticsTab
from ui.widgets.tabbed_step import Tab, TabbedStep

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

# (object name, screen class taking ctx, tab title) in tab order.
TABS: list[Tab] = [
    ("export", ExportTab, lambda: translate("PublicationStep", "Publication export")),
    ("followup", FollowupTab, lambda: translate("PublicationStep", "Follow-up")),
    ("statistics", StatisticsTab, lambda: translate("PublicationStep", "Statistics")),
    ("archive", ArchiveTab, lambda: translate("PublicationStep", "Summary and archive")),
]


class PublicationStep(TabbedStep):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, TABS, tabs_name="publicationTabs", titles=_titles, parent=parent)


def _titles(plan_title: str | None) -> str:
    return (translate("PublicationStep", "Publish results — %1").replace("%1", plan_title) if plan_title is not None
            else translate("PublicationStep", "Publish results"))


def create_screen(ctx) -> QWidget:
    return PublicationStep(ctx)
