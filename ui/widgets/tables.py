"""Read-only tables: their columns, the model over lists of plain dicts, its sort/filter proxy, the views.

A table here is a QAbstractTableModel over a list of dicts (rows a query
returned), so 100,000 rows cost one Python list, never a widget per row.
Columns are declared once: a header, a function row -> value, and whether the
value is a digest (monospaced) or a number (right-aligned, sorted as a number).

    model = RecordTableModel([Column("编号", lambda r: r["no"], numeric=True), ...])
    view = make_table(model)           # sorted, filterable (view.model() is a FilterProxy)
    model.set_rows(rows); fit_columns(view)
    source_row(view)                   # the dict of the current row, or None

Tables over row objects, or fetched a window at a time, use ui.widgets.table_models with the same
Column; table_defaults and cap_columns set up and size any read-only view.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROOT = QModelIndex()    # the invalid index: a table's rows hang under it (Qt's default `parent`)


def mono_font(point_scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    return font


@dataclass
class Column:
    """One column: its header and how to read its value from a row (a dict, or an object in table_models).

    mono: a digest (monospaced); numeric: right-aligned, sorted as a number; tooltip: the cell's tooltip
    (table_models); field: the database column a paged browser can order by.
    """
    header: str
    value: Callable[[Any], Any]
    mono: bool = False
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    field: str | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are dicts; columns say how to show them. Read-only."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[dict] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict] = list(rows)
        self._mono = mono_font()
        self.row_colour: Callable[[dict], QColor | None] | None = None

    # -- data ----------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict]:
        return self._rows

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt names
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, row: dict, column: Column):
        try:
            return column.value(row)
        except (KeyError, TypeError, IndexError):   # a row without the field shows an empty cell
            return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._value(row, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:          # the sort key
            value = self._value(row, column)
            if column.numeric:
                try:
                    return float(value)
                except (TypeError, ValueError):
                    return -1.0
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.FontRole and column.mono:
            return self._mono
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.row_colour is not None:
            return self.row_colour(row)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorting on the UserRole key, and filtering on equal values of chosen row fields.

    Qt asks filterAcceptsRow of every source row whenever the rows or a filter change: 200,000 calls
    into Python. So the verdicts are computed once per change in one pass over the row dicts
    (_verdicts), and filterAcceptsRow only looks one up; with no filter set it answers at once.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self._equal: dict[str, Any] = {}
        self._text = ""
        self._rows: list | None = None          # the source's row list the verdicts were computed for
        self._verdicts: list[bool] = []

    def set_equal(self, field: str, value) -> None:
        if value in (None, ""):
            if field not in self._equal:
                return                          # nothing changes: no pass over the rows
            self._equal.pop(field, None)
        else:
            if self._equal.get(field) == value:
                return
            self._equal[field] = value
        self._refilter()

    def set_text(self, text: str) -> None:
        text = (text or "").strip().lower()
        if text != self._text:
            self._text = text
            self._refilter()

    def _refilter(self) -> None:
        self._rows = None
        if hasattr(self, "beginFilterChange"):       # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def _accepts(self, row: dict) -> bool:
        for field, value in self._equal.items():
            have = row.get(field)
            if isinstance(have, (list, tuple)):
                if value not in have:
                    return False
            elif have != value:
                return False
        if self._text:
            hay = " ".join(str(row.get(k, "")) for k in ("key", "name", "district", "stratum", "leader_name"))
            if self._text not in hay.lower():
                return False
        return True

    def _verdicts_for(self, rows: list) -> list[bool]:
        if rows is not self._rows:              # new rows (set_rows makes a new list) or a new filter
            self._rows = rows
            self._verdicts = list(map(self._accepts, rows))
        return self._verdicts

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self._equal and not self._text:
            return True
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return True
        verdicts = self._verdicts_for(model.rows())
        return source_row >= len(verdicts) or verdicts[source_row]


def make_table(model: RecordTableModel, *, stretch_last: bool = False,
               proxy_class: type[QSortFilterProxyModel] | None = None) -> QTableView:
    """A read-only, row-selecting, sortable view of the model through a FilterProxy (or proxy_class)."""
    view = QTableView()
    proxy = (proxy_class or FilterProxy)(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    table_defaults(view)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return view


def table_defaults(view: QTableView) -> None:
    """Read-only, one row selected at a time, alternating colours, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)


FIT_SAMPLE_ROWS = 200   # rows fit_columns measures: the widths of a 200,000-row table from its first rows


def fit_columns(view: QTableView, max_width: int = 300) -> None:
    """Size columns to the contents of their first FIT_SAMPLE_ROWS rows, digests narrower (their tooltip has
    it all). Qt's own default measures 1,000 rows per column through the Python model: a second at 60,000."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    view.resizeColumnsToContents()
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    columns = getattr(source, "columns", [])
    for c in range(header.count()):
        limit = 200 if c < len(columns) and columns[c].mono and c > 0 else max_width
        if header.sectionSize(c) > limit:
            header.resizeSection(c, limit)


def cap_columns(view: QTableView, columns: Iterable[int], chars: int = 16) -> None:
    """Fit the given columns to their contents, none wider than `chars` wide letters."""
    cap = view.fontMetrics().horizontalAdvance("M" * chars)
    for c in columns:
        view.resizeColumnToContents(c)
        if view.columnWidth(c) > cap:
            view.setColumnWidth(c, cap)


def source_row(view: QTableView) -> dict | None:
    """The row dict under the view's current index (through its proxy), or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    assert isinstance(proxy, FilterProxy), "source_row wants a view made by make_table"
    model = proxy.sourceModel()
    assert isinstance(model, RecordTableModel)
    return model.row(proxy.mapToSource(index).row())
