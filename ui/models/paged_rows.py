"""A table of many dict rows that the view sees a page at a time, filtered and sorted in the model.

The draw and match screens show up to 200,000 rows. A QSortFilterProxyModel over all of them calls
into Python for every row whenever the rows or a filter change (filterAcceptsRow, and data() for
every comparison of a sort): seconds on the GUI thread. Here the model holds the rows in one list,
but tells the view only about the rows fetched so far (canFetchMore/fetchMore, PAGE rows at a time,
as the clerk scrolls: the view fetches while its last row is in sight). The equal-value filters
(district, task, stratum) take their rows from an index built once per field, sorting sorts the
model's own list; the proxy in front of it (PagedProxy) passes both on to the model, so it only ever
maps the fetched rows, one to one. (A proxy filtering the fetched rows would show nothing for a
district whose rows all lie beyond the first page: the view fetches more only when rows appear.)

    model = PagedRecordModel(columns); view = make_paged_table(model)
    model.set_rows(rows)                   # all rows (a list of dicts); the view gets the first page
    view.model().set_equal("district", d)  # as with make_table's FilterProxy
    model.rows()                           # every row, unfiltered (as RecordTableModel.rows)
    model.position(lambda r: ...)          # the model row of the first shown match, fetched up to it
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTableView

from ui.widgets.tables import ROOT, Column, FilterProxy, RecordTableModel, make_table

PAGE = 1000     # rows the view gets at a time: a page costs a few ms to map and paint
# From this many rows a sort runs on a thread of its own (0.15-0.5 s for 200,000 rows, measured): the view
# keeps the rows as they were, under a busy cursor, until the sorted list is in.
BACKGROUND_SORT = 20_000


class PagedRecordModel(RecordTableModel):
    """RecordTableModel whose view sees the filtered, sorted rows one page at a time."""

    _sorted = Signal(int, object)      # (generation, rows) from the sorting thread, queued to the GUI thread

    def __init__(self, columns: Sequence[Column], rows: Sequence[dict] = (), parent=None, *, page: int = PAGE):
        super().__init__(columns, (), parent)
        self.page = page
        self._all: list[dict] = []
        self._equal: dict[str, Any] = {}
        self._text = ""
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._index: dict[str, dict[Any, list[int]]] = {}    # field -> value -> positions in rows()
        self._fetched = 0
        self._generation = 0                   # of the rows selected last: a stale sort is dropped
        self._busy = False
        self._sorted.connect(self._take_sorted)
        self._fill(rows)

    # -- rows ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self._fill(rows)
        self.endResetModel()

    def _fill(self, rows: Sequence[dict]) -> None:
        self._all = rows if isinstance(rows, list) else list(rows)   # the caller's list: no 200,000-row copy
        self._index = {}
        self._select()

    def rows(self) -> list[dict]:
        """Every row, unfiltered and in the order given (as RecordTableModel.rows)."""
        return self._all

    def shown(self) -> list[dict]:
        """The rows the filters leave, in the sorted order (fetched or not)."""
        return self._rows

    def total(self) -> int:
        """How many rows the filters leave (the view may have fetched fewer so far)."""
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

    # -- filters and sorting (the proxy passes them on) ---------------------------------
    def set_equal(self, field: str, value) -> None:
        if value in (None, ""):
            if field not in self._equal:
                return
            self._equal.pop(field)
        elif self._equal.get(field) == value:
            return
        else:
            self._equal[field] = value
        self._reselect()

    def set_text(self, text: str) -> None:
        text = (text or "").strip().lower()
        if text != self._text:
            self._text = text
            self._reselect()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != self._sort:
            self._sort = (column, order)
            self._reselect()

    def _reselect(self) -> None:
        self.beginResetModel()
        self._select()
        self.endResetModel()

    def sorting(self) -> bool:
        """Whether a sort is running on its thread (the view shows the rows as before meanwhile)."""
        return self._busy

    def _sort_later(self, rows: list[dict]) -> None:
        """Sort `rows` (the filters' rows) on a thread; _take_sorted shows them. The key function runs as
        Python code, so the interpreter lock passes to the GUI thread every few ms; the C sort itself
        compares plain str or float keys (a tenth of a second at 200,000)."""
        column, order = self._sort
        generation, key = self._generation, self._plain_key(self.columns[column])
        if not self._busy:
            self._busy = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def run() -> None:
            ordered = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
            self._sorted.emit(generation, ordered)
        threading.Thread(target=run, name="table-sort", daemon=True).start()

    def _take_sorted(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return                             # the rows or filters changed meanwhile: a newer list follows
        self._not_busy()
        self.beginResetModel()
        self._rows = rows
        self._fetched = min(self.page, len(rows))
        self.endResetModel()

    def _not_busy(self) -> None:
        if self._busy:
            self._busy = False
            QApplication.restoreOverrideCursor()

    def _positions(self, field: str, value) -> list[int]:
        """Positions in rows() of the rows whose `field` equals `value` (or, for a list, holds it)."""
        index = self._index.get(field)
        if index is None:
            index = {}
            for n, r in enumerate(self._all):
                have = r.get(field)
                for v in have if isinstance(have, (list, tuple)) else (have,):
                    try:
                        index.setdefault(v, []).append(n)
                    except TypeError:          # an unhashable value is never a filter's choice
                        pass
            self._index[field] = index
        return index.get(value, [])

    def _select(self) -> None:
        rows = self._all
        if self._equal:
            first, *others = sorted((self._positions(f, v) for f, v in self._equal.items()), key=len)
            keep = set(first).intersection(*others) if others else None
            rows = [self._all[n] for n in first if keep is None or n in keep]     # positions ascend
        if self._text:
            text = self._text
            rows = [r for r in rows if text in " ".join(
                str(r.get(k, "")) for k in ("key", "name", "district", "stratum", "leader_name")).lower()]
        column, order = self._sort
        self._generation += 1
        if 0 <= column < len(self.columns) and len(rows) >= BACKGROUND_SORT:
            self._sort_later(rows)             # meanwhile the filters' rows, in their order
        elif 0 <= column < len(self.columns):
            self._not_busy()
            rows = sorted(rows, key=self._plain_key(self.columns[column]),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            self._not_busy()
        self._rows = rows
        self._fetched = min(self.page, len(rows))

    def _plain_key(self, column: Column) -> Callable[[dict], Any]:
        """The sort key of a column's rows: a number (-1 when not one) or the text. (Keys were tuples (0, number,
        "") or (1, 0.0, text): one column's are all alike, so a float or a str orders them the same, and
        sorting compares those several times faster than tuples.)"""
        value = self._value
        if column.numeric:
            def number(row: dict) -> float:
                try:
                    return float(value(row, column))
                except (TypeError, ValueError):
                    return -1.0
            return number
        return lambda row: "" if (v := value(row, column)) is None else str(v)


class PagedProxy(FilterProxy):
    """make_table's proxy over a PagedRecordModel: filters and sorting are the model's (over every row),
    so this proxy maps only the fetched rows, one to one."""

    def _model(self) -> PagedRecordModel:
        model = self.sourceModel()
        assert isinstance(model, PagedRecordModel)
        return model

    def set_equal(self, field: str, value) -> None:
        self._model().set_equal(field, value)

    def set_text(self, text: str) -> None:
        self._model().set_text(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model().sort(column, order)


def make_paged_table(model: PagedRecordModel, *, stretch_last: bool = False) -> QTableView:
    """make_table for a PagedRecordModel: the same view, its proxy a PagedProxy."""
    return make_table(model, stretch_last=stretch_last, proxy_class=PagedProxy)


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
