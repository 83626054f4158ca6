"""The tables of step 7: a RecordTableModel and its view that keep the clerk's current row across reloads.

Every write (an export, a follow-up closed) reloads the rows off the GUI thread; the current row is found
again by its identity (draw no. and credit code) and the scroll position is put back, so the clerk never
jumps back to the first row. Filters live in the view's FilterProxy and are untouched by a reload.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor

from ui.widgets.tables import Column, FilterProxy, RecordTableModel, make_table

RED = QColor("#b3261e")


def identity(row: dict) -> tuple:
    return row.get("draw_no"), row.get("key")


class KeptTable:
    def __init__(self, columns: Sequence[Column], name: str, *, red: Callable[[dict], bool] | None = None,
                 stretch_last: bool = True) -> None:
        self.model = RecordTableModel(columns)
        if red is not None:
            self.model.row_colour = lambda row: RED if red(row) else None
        self.view = make_table(self.model, stretch_last=stretch_last)
        self.view.setObjectName(name)

    @property
    def proxy(self) -> FilterProxy:
        proxy = self.view.model()
        assert isinstance(proxy, FilterProxy)
        return proxy

    def set_rows(self, rows: list[dict]) -> None:
        current = self.current_row()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows)
        if current is not None:
            self.select(identity(current))
        self.view.verticalScrollBar().setValue(scroll)

    def current_row(self) -> dict | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def visible_rows(self) -> list[dict]:
        proxy = self.proxy
        return [r for r in (self.model.row(proxy.mapToSource(proxy.index(n, 0)).row())
                            for n in range(proxy.rowCount())) if r is not None]

    def select(self, wanted: tuple) -> bool:
        """Make the visible row with this identity the current, selected one."""
        proxy = self.proxy
        for n in range(proxy.rowCount()):
            row = self.model.row(proxy.mapToSource(proxy.index(n, 0)).row())
            if row is not None and identity(row) == wanted:
                self.view.selectRow(n)
                return True
        return False
