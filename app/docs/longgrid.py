"""A ruled table of any length whose layout cost grows linearly with its rows.

Profile (cProfile, 3,600-row draw record): nearly all the time in Table._calc_height and the
Paragraph.wrap it calls. reportlab's Table measures every remaining row on every wrap and again
on every split (its long-table shortcut stops early only when row spans are present), and each
split re-creates a Table of all remaining rows: a table of n rows costs about n x pages - the
60,000-row draw record took 545 s at 11 pages/s, falling as the list grew.

LongGrid holds the rows as data and measures them once, a chunk at a time (one Table of CHUNK
rows wrapped once gives every row's height). To fill a page it adds up those heights and hands
the frame a Table of just the rows that fit, with their heights given, so reportlab does not
measure them again; the rest is a new LongGrid sharing the measurements. Cells are built when
their chunk is measured and dropped once placed, so memory holds one chunk, not the whole list.
On paper it is grid_table: the same widths, rules, and header repeated on every page.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

from app.docs import layout as L

CHUNK = 200          # rows measured at once: a few pages of one-line rows
# KeepTogether (a heading kept with its table) wraps the table in unbounded height only to learn
# whether it is taller than the frame: measuring past two pages cannot change that answer.
MEASURE_CAP = 2 * L.TEXT_H
_FUZZ = 1e-6


class _Rows:
    """The measured rows shared by the pieces of one LongGrid: {index: (cells, height)}."""

    def __init__(self, header: list, rows: Sequence, make_row: Callable[[int, Any], list],
                 col_widths: list[float]) -> None:
        self.header, self.rows, self.make_row, self.col_widths = header, rows, make_row, col_widths
        self.cells: dict[int, list] = {}
        self.heights: dict[int, float] = {}
        self.header_h = 0.0
        self.low = 0   # rows below this are placed

    def measure(self, start: int, width: float) -> None:
        end = min(len(self.rows), start + CHUNK)
        body = [self.make_row(i, self.rows[i]) for i in range(start, end)]
        table = Table([self.header] + body, colWidths=self.col_widths)
        table.setStyle(L.grid_style(1))
        table.wrap(width, 1e9)          # one pass over the chunk: every row's height
        heights = table._rowHeights
        self.header_h = heights[0]
        for offset, cells in enumerate(body):
            self.cells[start + offset] = cells
            self.heights[start + offset] = heights[offset + 1]

    def height(self, i: int, width: float) -> float:
        if i not in self.heights:
            self.measure(i, width)
        return self.heights[i]

    def fitting(self, start: int, width: float, avail_h: float) -> int:
        """How many rows from `start` fit under the header in avail_h (rows before `start` are
        placed: their cells are dropped)."""
        for i in range(self.low, start):
            self.cells.pop(i, None)
            self.heights.pop(i, None)
        self.low = max(self.low, start)
        if start >= len(self.rows):
            return 0
        used = self.height(start, width) + self.header_h
        n = 0
        while used <= avail_h + _FUZZ:
            n += 1
            if start + n >= len(self.rows):
                break
            used += self.height(start + n, width)
        return n

    def table(self, start: int, end: int) -> Table:
        cells = [self.cells[i] for i in range(start, end)]
        heights = [self.header_h] + [self.heights[i] for i in range(start, end)]
        table = Table([self.header] + cells, colWidths=self.col_widths, rowHeights=heights)
        table.setStyle(L.grid_style(1))
        return table


class PageBudget:
    """How many full pages the LongGrids of one document may still fill (None: no limit). Shared by
    every list of the document, in order; once spent, each list's remaining rows are left out and
    `omitted(start, total)` - a flowable saying so - is printed in their place."""

    def __init__(self, pages: int | None, omitted: Callable[[int, int], Flowable]) -> None:
        self.left, self.omitted = pages, omitted
        self.cut = False        # whether some list was cut short

    def spent(self) -> bool:
        return self.left is not None and self.left <= 0


class LongGrid(Flowable):
    def __init__(self, header: list, rows: Sequence, make_row: Callable[[int, Any], list],
                 col_widths: list[float], *, budget: PageBudget | None = None,
                 _store: _Rows | None = None, _start: int = 0) -> None:
        super().__init__()
        self.store = _store or _Rows(header, rows, make_row, col_widths)
        self.start, self.budget = _start, budget
        self._whole: Table | None = None
        self._note: Flowable | None = None

    def wrap(self, avail_w, avail_h):
        store, total = self.store, len(self.store.rows)
        if self.budget is not None and self.budget.spent() and self.start < total:
            # The page limit is reached: the rest of the list is a note (the full list is in the JSON and xlsx).
            self.budget.cut = True
            self._note = self._note or self.budget.omitted(self.start, total)
            self.width, self.height = self._note.wrap(avail_w, avail_h)
            return self.width, self.height
        n = store.fitting(self.start, avail_w, min(avail_h, MEASURE_CAP))
        self.width = sum(store.col_widths)
        if self.start + n >= total:        # the rest fits here: draw it whole
            self._whole = store.table(self.start, total)
            self.width, self.height = self._whole.wrap(avail_w, avail_h)
        else:                              # more than fits: make the frame split us where the page ends
            self.height = avail_h + 1
        return self.width, self.height

    def split(self, avail_w, avail_h):
        if self._note is not None:
            return []
        n = self.store.fitting(self.start, avail_w, avail_h)
        if n == 0:
            return []
        first = self.store.table(self.start, self.start + n)
        if self.budget is not None and self.budget.left is not None:
            self.budget.left -= 1      # this piece fills the page to its end
        return [first, LongGrid([], (), lambda i, r: [], [], budget=self.budget, _store=self.store,
                                _start=self.start + n)]

    def draw(self):
        shown = self._note if self._note is not None else self._whole
        assert shown is not None, "wrap() found the rest fits before the frame draws it"
        shown.drawOn(self.canv, 0, 0)
