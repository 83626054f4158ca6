"""The progress of each district as one horizontal bar: reviewed, entered, inspected and open parts.

A ui.widgets.bar_chart.BarChart: one row per district, the bar's length is the district's inspections,
its parts read left to right in the order the work is done, and the overdue count stands in red at the
row's end. Readable at a glance; rendered the same onto a printer page.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.widgets.bar_chart import Bar, BarChart

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


@dataclass(frozen=True)
class DistrictBar:
    district: str
    inspections: int
    inspected: int
    entered: int
    reviewed: int
    overdue: int


# (label, colour) of the parts, in the order they are drawn.
PARTS = (("reviewed", "#2e7d32"), ("entered", "#81c784"), ("inspected", "#64b5f6"), ("open", "#e0e0e0"))


def parts_of(bar: DistrictBar) -> list[int]:
    """Lengths of the parts: reviewed, entered but not reviewed, inspected but not entered, the rest."""
    reviewed = bar.reviewed
    entered = max(bar.entered - bar.reviewed, 0)
    inspected = max(bar.inspected - bar.entered, 0)
    return [reviewed, entered, inspected, max(bar.inspections - reviewed - entered - inspected, 0)]


class ProgressChart(BarChart):
    def __init__(self, parent=None):
        texts = [translate("ProgressChart", "Reviewed"), translate("ProgressChart", "Entered"),
                 translate("ProgressChart", "Inspected"), translate("ProgressChart", "Open")]
        super().__init__([(text, colour) for text, (_, colour) in zip(texts, PARTS, strict=True)], parent)
        self.bars: list[DistrictBar] = []

    def set_bars(self, bars: list[DistrictBar]) -> None:
        self.bars = list(bars)
        self.set_rows([Bar(b.district, tuple(parts_of(b)), f"{b.reviewed}/{b.inspections}",
                           self.tr("Overdue %1").replace("%1", str(b.overdue)) if b.overdue else "")
                       for b in self.bars])
