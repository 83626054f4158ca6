"""The progress of each district as one horizontal bar: reviewed, entered, inspected and open parts.

Painted with QPainter (no QtCharts module in the bundle): one row per district, the bar's length is the
district's inspections, its parts read left to right in the order the work is done, and the overdue
count stands in red at the row's end. Readable at a glance; rendered the same onto a printer page.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


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
OVERDUE = "#b3261e"


def parts_of(bar: DistrictBar) -> list[int]:
    """Lengths of the parts: reviewed, entered but not reviewed, inspected but not entered, the rest."""
    reviewed = bar.reviewed
    entered = max(bar.entered - bar.reviewed, 0)
    inspected = max(bar.inspected - bar.entered, 0)
    return [reviewed, entered, inspected, max(bar.inspections - reviewed - entered - inspected, 0)]


class ProgressChart(QWidget):
    ROW, GAP = 26, 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[DistrictBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.legend = [self.tr("Reviewed"), self.tr("Entered"), self.tr("Inspected"), self.tr("Open")]

    def set_bars(self, bars: list[DistrictBar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._height())

    def _height(self) -> int:
        line = self.fontMetrics().height()
        return (len(self.bars) or 1) * (max(self.ROW, line + 6) + self.GAP) + 2 * line + 16

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_chart(painter, QRectF(self.rect()))
        painter.end()

    def render_chart(self, painter: QPainter, area: QRectF) -> None:
        """Draw into `area` of any paint device (the widget, a printer page, an image)."""
        metrics = painter.fontMetrics()
        line = metrics.height()
        row = max(self.ROW, line + 6)
        label_w = max([metrics.horizontalAdvance(b.district) for b in self.bars] + [60]) + 12
        tail_w = metrics.horizontalAdvance(self.tr("Overdue %1").replace("%1", "9999")) + \
            metrics.horizontalAdvance("9999/9999") + 24
        bar_w = max(area.width() - label_w - tail_w - 8, 40)
        largest = max([b.inspections for b in self.bars] + [1])
        y = area.top() + 4
        for bar in self.bars:
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(area.left(), y, label_w - 8, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.district)
            x = area.left() + label_w
            for length, (_, colour) in zip(parts_of(bar), PARTS, strict=True):
                width = bar_w * length / largest
                painter.fillRect(QRectF(x, y + 3, width, row - 6), QColor(colour))
                x += width
            text = f"{bar.reviewed}/{bar.inspections}"
            painter.drawText(QRectF(x + 6, y, tail_w, row), Qt.AlignmentFlag.AlignVCenter, text)
            if bar.overdue:
                painter.save()
                painter.setPen(QColor(OVERDUE))
                bold = QFont(painter.font())
                bold.setBold(True)
                painter.setFont(bold)
                painter.drawText(QRectF(x + 12 + metrics.horizontalAdvance(text), y, tail_w, row),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("Overdue %1").replace("%1", str(bar.overdue)))
                painter.restore()
            y += row + self.GAP
        self._legend(painter, area.left() + label_w, y + 4, line)

    def _legend(self, painter: QPainter, x: float, y: float, line: int) -> None:
        metrics = painter.fontMetrics()
        for text, (_, colour) in zip(self.legend, PARTS, strict=True):
            painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), QColor(colour))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + line, y, metrics.horizontalAdvance(text) + 4, line),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += line + metrics.horizontalAdvance(text) + 18
