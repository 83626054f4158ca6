"""What the registers and plan screens share: their top (heading and message line) and their tables.

- screen_layout: the page's layout with the heading and a MessageBar under it.
- button_row / add_splitter / pane: a row of buttons, the splitter that takes the
  rest of a layout, and a margin-less pane for one side of it.
- MessageBar: an inline, non-blocking error/information line.
- heading / bold: the page title and bold labels.
- table_defaults: read-only row-selecting tables with a compact row height.
- cap_columns: columns fitted to their contents, none wider than a given number of characters.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QBoxLayout, QHBoxLayout, QLabel, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget,
)


class MessageBar(QWidget):
    """A line above the content saying what went wrong or what was done; never modal."""

    ERROR, INFO = "error", "info"

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.clear)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text() if self.level else ""

    def show_message(self, text: str, level: str = INFO) -> None:
        self.level = level
        self.label.setText(text)
        if level == self.ERROR:
            self.setStyleSheet("MessageBar { background: #fdecea; border: 1px solid #f5c2c0; }"
                               "QLabel { color: #8a1c13; }")
        else:
            self.setStyleSheet("MessageBar { background: #e8f4ea; border: 1px solid #b9dfc0; }"
                               "QLabel { color: #1d5b28; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setVisible(True)

    def show_error(self, text: str) -> None:
        self.show_message(text, self.ERROR)

    def show_info(self, text: str) -> None:
        self.show_message(text, self.INFO)

    def clear(self) -> None:
        self.level = ""
        self.label.clear()
        self.setVisible(False)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def bold(label: QLabel) -> QLabel:
    font: QFont = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def screen_layout(screen: QWidget, title: str) -> tuple[QVBoxLayout, MessageBar]:
    """The screen's layout with its heading and its message line; returns (layout, message bar)."""
    root = QVBoxLayout(screen)
    root.setContentsMargins(16, 12, 16, 12)
    root.setSpacing(8)
    root.addWidget(heading(title))
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


def table_defaults(view: QTableView) -> None:
    """Read-only, one row selected at a time, alternating colours, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)


def cap_columns(view: QTableView, columns: Iterable[int], chars: int = 16) -> None:
    """Fit the columns to their contents, none wider than `chars` wide letters."""
    cap = view.fontMetrics().horizontalAdvance("M" * chars)
    for c in columns:
        view.resizeColumnToContents(c)
        if view.columnWidth(c) > cap:
            view.setColumnWidth(c, cap)
