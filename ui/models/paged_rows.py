"""A table of many dict rows that the view sees a page at a time, sorted in the model.

The draw and match screens show up to 200,000 rows. A QSortFilterProxyModel over all of them calls
into Python for every row whenever the rows or a filter change (filterAcceptsRow, and data() for
every comparison of a sort): seconds on the GUI thread. Here the model holds the rows in one list,
but tells the view only about the rows fetched so far (canFetchMore/fetchMore, PAGE rows at a time,
as the clerk scrolls: the view fetches while its last row is in sight); sorting sorts the model's own
list. The proxy in front of it (PagedProxy) filters only the fetched rows, row by row, and passes
sorting on to the model: with a filter set, the view fetches pages until the filtered rows fill it.

    model = PagedRecordModel(columns); view = make_paged_table(model)
    model.set_rows(rows)                   # all rows (a list of dicts); the view gets the first page
    view.model().set_equal("district", d)  # as with make_table's FilterProxy
    model.rows()                           # every row, unfiltered (as RecordTableModel.rows)
    model.position(lambda r: ...)          # the model row of the first match, fetched up to it
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.widgets.tables import ROOT, Column, FilterProxy, RecordTableModel, table_defaults

PAGE = 1000     # rows the view gets at a time: a page costs a few ms to map and paint


class PagedRecordModel(RecordTableModel):
    """RecordTableModel whose view sees the filtered, sorted rows one page at a time."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[dict] = (), parent=None, *, page: int = PAGE):
        super().__init__(columns, (), parent)
        self.page = page
        self._all: list[dict] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._fetched = 0
        self._fill(rows)

    # -- rows ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self._fill(rows)
        self.endResetModel()

    def _fill(self, rows: Sequence[dict]) -> None:
        self._all = rows if isinstance(rows, list) else list(rows)   # the caller's list: no 200,000-row copy
        self._select()

    def rows(self) -> list[dict]:
        """Every row, unfiltered and in the order given (as RecordTableModel.rows)."""
        return self._all

    def shown(self) -> list[dict]:
        """Every row in the sorted order (fetched or not)."""
        return self._rows

    def total(self) -> int:
        """How many rows there are (the view may have fetched fewer so far)."""
        return len(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt names
        return 0 if parent.isValid() else self._fetched

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < self._fetched else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:  # noqa: N802
        self.fetch_to(self._fetched + self.page - 1)

    def fetch_to(self, row: int) -> None:
        """Make the model's rows up to `row` known to the view."""
        end = min(row + 1, len(self._rows))
        if end <= self._fetched:
            return
        self.beginInsertRows(ROOT, self._fetched, end - 1)
        self._fetched = end
        self.endInsertRows()

    def position(self, predicate: Callable[[dict], bool]) -> int | None:
        """The model row of the first row matching `predicate` (fetched up to it), or None."""
        at = next((n for n, r in enumerate(self._rows) if predicate(r)), None)
        if at is not None:
            self.fetch_to(at)
        return at

    # -- sorting (the proxy passes it on) -----------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != self._sort:
            self.beginResetModel()
            self._sort = (column, order)
            self._select()
            self.endResetModel()

    def _select(self) -> None:
        rows = self._all
        column, order = self._sort
        if 0 <= column < len(self.columns):
            rows = sorted(rows, key=lambda r, c=self.columns[column]: self._sort_key(r, c),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self._fetched = min(self.page, len(rows))

    def _sort_key(self, row: dict, column: Column) -> tuple:
        value = self._value(row, column)
        if column.numeric:
            try:
                return (0, float(value), "")
            except (TypeError, ValueError):
                return (0, -1.0, "")
        return (1, 0.0, "" if value is None else str(value))


class PagedProxy(FilterProxy):
    """make_table's proxy over a PagedRecordModel: it filters the fetched rows one by one (no pass over
    every row) and leaves sorting to the model (over every row, not only the fetched ones)."""

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self._equal and not self._text:
            return True
        row = self.sourceModel().row(source_row)
        return row is None or self._accepts(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, PagedRecordModel)
        model.sort(column, order)


def make_paged_table(model: PagedRecordModel, *, stretch_last: bool = False) -> QTableView:
    """make_table for a PagedRecordModel: the same view, its proxy a PagedProxy."""
    view = QTableView()
    proxy = PagedProxy(view)
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


FIT_SAMPLE = 100     # rows a column's width is measured on


def fit_in_turns(views: Sequence[QTableView], max_width: int = 300) -> None:
    """ui.widgets.tables.fit_columns for the views, one column per turn of the event loop.

    Measuring a column asks the Python model for several roles of every sampled cell: a whole view of 200
    rows took 0.2-0.3 s on the GUI thread at once; one column of FIT_SAMPLE rows takes a few tens of ms."""
    work = [(view, c) for view in views for c in range(view.model().columnCount())]
    if not work:
        return

    def fit_next() -> None:
        view, c = work.pop(0)
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE)
        view.resizeColumnToContents(c)
        model = view.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        columns = getattr(source, "columns", [])
        limit = 200 if c < len(columns) and columns[c].mono and c > 0 else max_width    # as fit_columns
        if header.sectionSize(c) > limit:
            header.resizeSection(c, limit)
        if work:
            QTimer.singleShot(0, work[0][0], fit_next)    # the next view as context: dropped if it is gone
    QTimer.singleShot(0, work[0][0], fit_next)


@contextmanager
def collector_paused() -> Iterator[None]:
    """For a background read that builds 200,000 row dicts: Python's cyclic garbage collector stays off
    meanwhile, and what was built is then frozen out of its later passes (gc.freeze).

    A full collection walks every container object while holding the interpreter lock: with a few
    million of them that is 0.3-1 s in which the GUI thread cannot run (the stalls measured by
    bench_gui). Rows are plain dicts and lists without reference cycles, so reference counting alone
    frees them when the screen drops them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
