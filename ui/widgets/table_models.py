"""Table models over row objects (columns: ui.widgets.tables.Column), shown in views set up by table_defaults.

- RowsModel: a small in-memory table (plans, tasks, register versions).
- PagedModel: a table that fetches from the database in windows (a source from
  app.registers.queries; canFetchMore/fetchMore), so a 100,000-row register costs
  one window of Python objects until the clerk scrolls.
- FilteredListModel: an in-memory list shown through a filter (a validation's remarks).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.widgets.tables import ROOT, Column

PAGE_SIZE = 500


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def _display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("TableModels", "Yes") if value else translate("TableModels", "No")
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


class RowsModel(QAbstractTableModel):
    """A small table held in memory: a list of row objects and a column spec."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = list(rows)
        self.row_color: Callable[[Any], QColor | None] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if section < len(self.columns) else None
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, obj, column: int, role):
        """What the view shows of row object `obj` in `column` for `role`."""
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(col.value(obj))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip is not None:
                return col.tooltip(obj)
            text = _display(col.value(obj))
            return text if len(text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.row_color is not None:
            return self.row_color(obj)
        return None


class PagedModel(RowsModel):
    """Rows fetched from the database one window at a time as the view scrolls.

    `source(offset, limit)` returns (rows, total): the next window of rows
    (LIMIT/OFFSET) and how many rows match in all. Only what the clerk has
    scrolled to is ever held in Python.
    """

    def __init__(self, columns: Sequence[Column], parent=None, page_size: int = PAGE_SIZE):
        super().__init__(columns, (), parent)
        self.page_size = page_size
        self._source: Callable[[int, int], tuple[list, int]] | None = None
        self.total = 0

    def set_source(self, source: Callable[[int, int], tuple[list, int]] | None) -> None:
        rows, total = source(0, self.page_size) if source is not None else ([], 0)   # may raise: model untouched
        self.beginResetModel()
        self._source = source
        self.rows, self.total = list(rows), total
        self.endResetModel()

    def refresh(self) -> None:
        self.set_source(self._source)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._source is not None and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        page, total = self._source(len(self.rows), self.page_size)
        self.total = total
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()


class FilteredListModel(RowsModel):
    """An in-memory list (e.g. the issues of a validation, up to 100,000) shown through a filter."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(columns, (), parent)
        self.all_rows: list[Any] = []
        self._predicate: Callable[[Any], bool] | None = None

    def set_all(self, rows: Sequence[Any]) -> None:
        self.all_rows = list(rows)
        self._apply()

    def set_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._apply()

    def _apply(self) -> None:
        pred = self._predicate
        self.set_rows(self.all_rows if pred is None else [r for r in self.all_rows if pred(r)])
