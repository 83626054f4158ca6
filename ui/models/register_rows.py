"""The register browser's table: every matching row has a line, rows are fetched by the window in view.

rowCount() is the whole count (so the scroll bar is true and "scroll to the end" reaches the last
row), and data() of a row not yet fetched asks for its window (app.registers.browse: ids through
an index from the nearer end, then rows by id). A large version's count and windows are read on
one background thread of the model's own (not the task runner, which a long import may hold), and
the view is told when they arrive; a small version (≤ SYNC_ROWS) is read at once, where a query
takes a few milliseconds and a clerk's action shows its result without a round trip.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRunnable, Qt, QThreadPool, Signal

from app.db.base import database
from app.registers import browse
from ui.widgets.table_models import RowsModel
from ui.widgets.tables import ROOT, Column

WINDOW = 200          # rows per fetched window (a screen shows ~40)
KEEP_WINDOWS = 64     # windows kept in memory (a clerk scrolling back finds them)
SYNC_ROWS = 50_000    # versions up to this size are read on the GUI thread (each query a few ms)


class _Signals(QObject):
    counted = Signal(int, int, list, object, bool)   # generation, total, first window, ids (or None), final
    indexed = Signal(object)                          # a NameIndex loaded
    fetched = Signal(int, int, list)      # generation, window number, rows
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], None]):
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            self.fn()
        except RuntimeError:   # the model was deleted while its read ran (the screen closed): nobody to tell
            pass
        finally:
            db = database.obj   # peewee keeps one connection per thread: the pool's must not leak
            if db is not None and not db.is_closed():
                db.close()


def _first(query: browse.Query, known_total: int | None) -> tuple[int, list, array | None]:
    """(count, first window, matching ids or None): with a known count the window through the index, else
    one pass for every matching id (a search or state filter), whose windows are then read by id."""
    if known_total is not None:
        return known_total, browse.window(query, 0, WINDOW, known_total), None
    ids = browse.matching_ids(query)
    return len(ids), browse.rows_by_id(query.kind, list(ids[:WINDOW])), ids


class RegisterRowsModel(RowsModel):
    """Rows of one browse.Query. `total` rows; `loading` while a count is under way."""

    ready = Signal()               # a new query's count and first window are shown
    failed = Signal(object)        # a read failed (the exception)

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(columns, (), parent)
        self.query: browse.Query | None = None
        self.total = 0
        self.loading = False
        self._windows: dict[int, list] = {}
        self._ids: array | None = None      # every matching id, when a search or state filter was counted
        self.name_index: browse.NameIndex | None = None
        self._asked: set[int] = set()
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        self._signals.fetched.connect(self._on_fetched, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.indexed.connect(self._on_indexed, Qt.ConnectionType.QueuedConnection)

    # ---- the query ----------------------------------------------------------------

    def set_query(self, query: browse.Query | None, known_total: int | None = None, size: int | None = None,
                  synchronous: bool | None = None) -> None:
        """Show a query's rows (known_total: its count when known; size: the version's rows): at once for a
        small version, else when the background count arrives (the rows shown meanwhile stay until then)."""
        self._generation += 1
        generation = self._generation
        self.query = query
        if query is None:
            self._show(generation, 0, [])
            return
        if synchronous is None:
            synchronous = size is not None and size <= SYNC_ROWS
        if synchronous:
            self._show(generation, *_first(query, known_total))     # may raise: the caller shows it
            return
        self.loading = True
        index = self.name_index if self.name_index is not None and self.name_index.answers(query) else None

        def work() -> None:
            try:
                if index is not None:    # the rows by name at once; the search of every column follows
                    ids = index.find(query.search)
                    first = browse.rows_by_id(query.kind, list(ids[:WINDOW]))
                    self._signals.counted.emit(generation, len(ids), first, ids, False)
                self._signals.counted.emit(generation, *_first(query, known_total), True)
            except Exception as exc:  # noqa: BLE001 - shown by the screen
                self._signals.failed.emit(generation, exc)
        self._pool.start(_Job(work))


    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the background reads (tests, the benchmark); queued results arrive at the next events."""
        return self._pool.waitForDone(msecs)

    def _show(self, generation: int, total: int, first: list, ids: array | None = None,
              loading: bool = False) -> None:
        self.beginResetModel()
        self.total, self.loading, self._ids = total, loading, ids
        self._windows = {0: first} if first else {}
        self._asked = set(self._windows)
        self.endResetModel()
        self.ready.emit()

    def _on_counted(self, generation: int, total: int, first: list, ids: array | None, final: bool) -> None:
        if generation != self._generation:
            return
        if final and ids is not None and self._ids is not None and ids == self._ids:
            self.loading = False          # the search of every column found the rows by name: as shown
            self.ready.emit()
            return
        self._show(generation, total, first, ids, loading=not final)

    def load_name_index(self, kind: str, version_id: int) -> None:
        """Read a version's names into memory in the background (search by name; see browse.NameIndex)."""
        self.name_index = None

        def work() -> None:
            self._signals.indexed.emit(browse.NameIndex.load(kind, version_id))
        self._pool.start(_Job(work))

    def _on_indexed(self, index: browse.NameIndex | None) -> None:
        if index is not None and self.query is not None and index.version_id == self.query.version_id:
            self.name_index = index

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(exc)

    # ---- windows --------------------------------------------------------------------

    def _window(self, number: int) -> list | None:
        rows = self._windows.get(number)
        if rows is not None or self.query is None:
            return rows
        if number in self._asked:
            return None
        self._asked.add(number)
        query, total, generation = self.query, self.total, self._generation
        if self._ids is not None:     # a counted search: the window's rows by id, a few ms
            rows = browse.rows_by_id(query.kind, list(self._ids[number * WINDOW:(number + 1) * WINDOW]))
            self._keep(number, rows)
            return rows
        if total <= SYNC_ROWS:
            rows = browse.window(query, number * WINDOW, WINDOW, total)
            self._keep(number, rows)
            return rows

        def work() -> None:
            try:
                if generation == self._generation:     # skipped when the clerk has moved on
                    self._signals.fetched.emit(generation, number,
                                               browse.window(query, number * WINDOW, WINDOW, total))
            except Exception as exc:  # noqa: BLE001 - shown by the screen
                self._signals.failed.emit(generation, exc)
        self._pool.start(_Job(work))
        return None

    def _keep(self, number: int, rows: list) -> None:
        self._windows[number] = rows
        while len(self._windows) > KEEP_WINDOWS:         # the oldest fetched window goes first
            oldest = next(iter(self._windows))
            del self._windows[oldest]
            self._asked.discard(oldest)

    def _on_fetched(self, generation: int, number: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._keep(number, rows)
        first, last = number * WINDOW, min(self.total, (number + 1) * WINDOW) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_object(self, row: int) -> Any:
        if not 0 <= row < self.total:
            return None
        rows = self._window(row // WINDOW)
        offset = row % WINDOW
        return rows[offset] if rows is not None and offset < len(rows) else None

    @property
    def rows(self) -> list:        # the rows fetched so far, in order (RowsModel's attribute)
        return [r for n in sorted(self._windows) for r in self._windows[n]]

    @rows.setter
    def rows(self, _value) -> None:   # RowsModel.__init__ sets it; this model has its windows instead
        pass

    # ---- the Qt model ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        obj = self.row_object(index.row())
        if obj is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self.cell(obj, index.column(), role)

    def set_rows(self, rows: Sequence[Any]) -> None:   # not used: rows come from the query
        raise NotImplementedError
