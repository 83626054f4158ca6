"""Step 6, 下发与回收: the step page is a tab widget; each part of the return path is one tab.

To add a tab (work packages, the results-import wizard's page, the progress chart …), write its screen
as a QWidget class taking (ctx) and add one line to TABS: (object name, screen class, title function[,
shown predicate]). The title is a function so that it is translated when the page is built; the
predicate shows a tab for one role only (交回市局: a district copy). Each tab refreshes itself from
ctx.data_changed like any screen.

    PackagesStep.tabs            the QTabWidget (object name "packagesTabs")
    PackagesStep.tab("results")  a tab's screen by its object name
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.settings.store import is_district_copy
from ui.screens.district_return import ReturnTab
from ui.screens.package_issue import PackagesTab
from ui.screens.progress import ProgressTab
from ui.screens.results import ResultsScreen
from ui.screens.two_level import TwoLevelTab
from ui.widgets.tabbed_step import Tab, TabbedStep

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls



def _city_copy() -> bool:
    return not is_district_copy()


# (object name, screen class taking ctx, tab title[, shown predicate]) in tab order.
TABS: list[Tab] = [
    ("packages", PackagesTab, lambda: translate("PackagesStep", "Work packages")),
    ("results", ResultsScreen, lambda: translate("PackagesStep", "Result entry and review")),
    ("progress", ProgressTab, lambda: translate("PackagesStep", "Progress")),
    ("return", ReturnTab, lambda: translate("PackagesStep", "Return to the city"), is_district_copy),
    ("two_level", TwoLevelTab, lambda: translate("PackagesStep", "Two-level campaign"), _city_copy),
]


class PackagesStep(TabbedStep):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, TABS, tabs_name="packagesTabs", titles=_titles, parent=parent)


def _titles(plan_title: str | None) -> str:
    return (translate("PackagesStep", "Send out and collect — %1").replace("%1", plan_title) if plan_title is not None
            else translate("PackagesStep", "Send out and collect"))


def create_screen(ctx) -> QWidget:
    return PackagesStep(ctx)
