"""Horizontal bar charts painted with QPainter (no QtCharts module in the bundle), printable and saved as images.

One row per label; a bar is a stack of parts (their colours in the chart's legend order) whose total
length is scaled against the longest bar (or a fixed scale, e.g. 100 for percentages); after the bar its
text ("12/40", "30.0%") and an optional alert in bold red ("逾期 3"). The same drawing goes onto the
widget, an image and a printer page, so what is printed is what the clerk saw.

    chart = BarChart([("有问题", "#e57373"), ("未发现问题", "#81c784")])
    chart.set_rows([Bar("市南区", (3, 17), "3/20 15.0%")])
    chart.chart_image()                      # QImage on white, for saving or printing
    save_image(path, image); print_images(parent, [(title, image), ...])
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.files import atomic_path

ALERT = "#b3261e"
SINGLE = "#4e79a7"          # the colour of a chart without a legend (one series)


@dataclass(frozen=True)
class Bar:
    label: str
    parts: tuple[float, ...]        # lengths, in the legend's order
    text: str = ""                  # after the bar
    alert: str = ""                 # after the text, bold red


class BarChart(QWidget):
    ROW, GAP = 26, 8

    def __init__(self, legend: Sequence[tuple[str, str]] = (), parent=None, *, scale: float | None = None):
        super().__init__(parent)
        self.rows: list[Bar] = []
        self.legend = list(legend)           # (text, colour) of each part
        self.scale = scale                   # None: the longest bar fills the width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: Sequence[Bar]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._height())

    def _height(self) -> int:
        line = self.fontMetrics().height()
        legend = 2 * line if self.legend else line
        return (len(self.rows) or 1) * (max(self.ROW, line + 6) + self.GAP) + legend + 16

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_chart(painter, QRectF(self.rect()))
        painter.end()

    def _colours(self, n: int) -> list[QColor]:
        colours = [QColor(c) for _, c in self.legend]
        return (colours + [QColor(SINGLE)] * n)[:n]

    def render_chart(self, painter: QPainter, area: QRectF) -> None:
        """Draw into `area` of any paint device (the widget, a printer page, an image)."""
        metrics = painter.fontMetrics()
        bold = QFont(painter.font())
        bold.setBold(True)
        line = metrics.height()
        row_h = max(self.ROW, line + 6)
        label_w = max([metrics.horizontalAdvance(r.label) for r in self.rows] + [60]) + 12
        alert_w = [(metrics.horizontalAdvance(r.alert) + 12 if r.alert else 0) for r in self.rows]
        tail_w = max([metrics.horizontalAdvance(r.text) + a for r, a in zip(self.rows, alert_w, strict=True)]
                     + [metrics.horizontalAdvance("9999/9999")]) + 24
        bar_w = max(area.width() - label_w - tail_w - 8, 40)
        largest = self.scale or max([sum(r.parts) for r in self.rows] + [1]) or 1
        text_colour = self.palette().text().color()
        y = area.top() + 4
        for bar in self.rows:
            painter.setPen(text_colour)
            painter.drawText(QRectF(area.left(), y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.label)
            x = area.left() + label_w
            for length, colour in zip(bar.parts, self._colours(len(bar.parts)), strict=True):
                width = bar_w * length / largest
                painter.fillRect(QRectF(x, y + 3, width, row_h - 6), colour)
                x += width
            painter.drawText(QRectF(x + 6, y, tail_w, row_h), Qt.AlignmentFlag.AlignVCenter, bar.text)
            if bar.alert:
                painter.save()
                painter.setPen(QColor(ALERT))
                painter.setFont(bold)
                painter.drawText(QRectF(x + 12 + metrics.horizontalAdvance(bar.text), y, tail_w, row_h),
                                 Qt.AlignmentFlag.AlignVCenter, bar.alert)
                painter.restore()
            y += row_h + self.GAP
        if self.legend:
            self._legend(painter, area.left() + label_w, y + 4, line)

    def _legend(self, painter: QPainter, x: float, y: float, line: int) -> None:
        metrics = painter.fontMetrics()
        for text, colour in self.legend:
            painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), QColor(colour))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + line, y, metrics.horizontalAdvance(text) + 4, line),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += line + metrics.horizontalAdvance(text) + 18

    def chart_image(self, width: int = 0) -> QImage:
        """The chart on white at screen resolution (a printer's resolution would shrink its rows)."""
        size = self.sizeHint()
        image = QImage(max(size.width(), self.width(), width), size.height(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.render_chart(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return image


def titled_images(parts: Sequence[tuple[str, QImage]], font: QFont) -> QImage:
    """Several charts one under the other, each under its bold title, on white (one image to save or print)."""
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(max(font.pointSizeF(), 9) * 1.15)
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    painter.setFont(bold)
    title_h = painter.fontMetrics().height() + 12
    painter.end()
    width = max([image.width() for _, image in parts] + [1])
    height = sum(title_h + image.height() + 16 for _, image in parts) or 1
    out = QImage(width, height, QImage.Format.Format_ARGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.setFont(bold)
    y = 0
    for title, image in parts:
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(8, y, width - 16, title_h), Qt.AlignmentFlag.AlignVCenter, title)
        y += title_h
        painter.drawImage(0, y, image)
        y += image.height() + 16
    painter.end()
    return out


def save_image(path: str, image: QImage) -> None:
    """PNG under a temp name, then renamed: never a half-written image."""
    with atomic_path(path) as temp:
        if not image.save(str(temp), "PNG"):
            raise OSError(f"无法写入图片文件 {path}")


def print_image(parent: QWidget | None, image: QImage) -> bool:
    """Ask for a printer and print the image scaled to the page; False when the clerk cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    scale = min(page.width() / image.width(), page.height() / image.height())
    painter = QPainter(printer)
    painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
    painter.end()
    return True
