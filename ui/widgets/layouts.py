"""Layouts the screens and wizards share: a screen's top, a row of buttons, a splitter and its panes.

- screen_layout: the page's layout with its title and a MessageBar under it.
- button_row / add_splitter / pane: a row of buttons, the splitter that takes the
  rest of a layout, and a margin-less pane for one side of it.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.labels import MessageBar, page_title


def screen_layout(screen: QWidget, title: str) -> tuple[QVBoxLayout, MessageBar]:
    """The screen's layout with its title and its message line; returns (layout, message bar)."""
    root = QVBoxLayout(screen)
    root.setContentsMargins(16, 12, 16, 12)
    root.setSpacing(8)
    root.addWidget(page_title(title))
    message = MessageBar(screen)
    root.addWidget(message)
    return root, message


def button_row(layout: QBoxLayout, buttons: Iterable[QAbstractButton]) -> None:
    """The buttons side by side on the left of a new row of `layout`."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


def add_splitter(layout: QBoxLayout, orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> QSplitter:
    """A splitter taking the rest of `layout`; its panes cannot be collapsed away."""
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    layout.addWidget(splitter, 1)
    return splitter


def pane() -> tuple[QWidget, QVBoxLayout]:
    """A widget for one side of a splitter and its margin-less column layout."""
    widget = QWidget()
    column = QVBoxLayout(widget)
    column.setContentsMargins(0, 0, 0, 0)
    return widget, column


def draw_and_district_row(row: QHBoxLayout, draw_label: str, district_label: str) -> tuple[QComboBox, QComboBox]:
    """A draw chooser and a district chooser, each after its label, on `row` (the step 6 tabs' top row);
    the caller fills them and connects the draw chooser."""
    combos = []
    for n, label in enumerate((draw_label, district_label)):
        if n:
            row.addSpacing(16)
        row.addWidget(QLabel(label))
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(combo)
        combos.append(combo)
    return combos[0], combos[1]
