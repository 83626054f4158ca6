"""Charts in the printed documents (reportlab graphics): a horizontal bar chart with Chinese labels.

Horizontal bars because the result categories are long Chinese phrases (通过登记的住所（经营场所）无法联系):
they read on one line at the left of their bar instead of being turned or cut. Every label, axis number
and bar value is set in the CJK body face, so nothing prints as empty boxes.
"""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.docs import fonts

PROBLEM_COLOR = colors.Color(0.75, 0.22, 0.17)      # categories that count as "problem found"
PLAIN_COLOR = colors.Color(0.35, 0.45, 0.60)
LABEL_SIZE = 10
BAR_PITCH = 22                                      # points per category: bar plus gap
MAX_LABEL_CHARS = 18


def _nice_max(value: int) -> tuple[int, int]:
    """An axis end above `value` and a whole step of 1, 2 or 5 times a power of ten giving at most 6 ticks."""
    step, scale = 1, 1
    while True:
        for factor in (1, 2, 5):
            step = factor * scale
            if value / step <= 5:
                return (value // step + 1) * step, step
        scale *= 10


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1] + "…"


def bar_chart(rows: list[tuple[str, int, bool]], width: float, *, legend: tuple[str, str] | None = None) -> Drawing:
    """rows: (label, value, highlighted) top to bottom; highlighted bars in the problem colour.
    `legend`: (highlighted meaning, plain meaning) printed under the axis."""
    fonts.register_fonts()
    labels = [_short(r[0]) for r in rows] or ["（无数据）"]
    values = [r[1] for r in rows] or [0]
    label_w = max(stringWidth(t, fonts.BODY, LABEL_SIZE) for t in labels) + 8
    plot_h = BAR_PITCH * len(labels)
    bottom = 34 if legend else 18
    drawing = Drawing(width, plot_h + bottom + 6)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, bottom
    chart.width, chart.height = width - label_w - 36, plot_h
    chart.data = [values]
    chart.barWidth = BAR_PITCH * 0.6
    chart.groupSpacing = BAR_PITCH * 0.4
    chart.bars.strokeColor = None
    for i, row in enumerate(rows):
        chart.bars[(0, i)].fillColor = PROBLEM_COLOR if row[2] else PLAIN_COLOR
    top, step = _nice_max(max(values))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1          # the first row at the top, as in the table beside it
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BODY
    chart.barLabels.fontSize = 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if legend:
        _legend(drawing, label_w, legend)
    return drawing


def _legend(drawing: Drawing, x: float, legend: tuple[str, str]) -> None:
    y = 4
    for color, meaning in ((PROBLEM_COLOR, legend[0]), (PLAIN_COLOR, legend[1])):
        drawing.add(Rect(x, y, 9, 9, fillColor=color, strokeColor=None))
        drawing.add(String(x + 13, y + 1, meaning, fontName=fonts.BODY, fontSize=9))
        x += 13 + stringWidth(meaning, fonts.BODY, 9) + 18
