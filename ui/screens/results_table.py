"""The results screen's table: its columns, its rows (read off the GUI thread), the status counts and
keeping the clerk's selection across a reload.

A reload after every write replaces the model's rows; the selected keys and the current key are put back
afterwards, so the clerk never jumps back to the first row.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView

from app.draw.queries import drawn_draws, get_draw
from app.match.queries import is_matched
from app.results.queries import ENTERED, OPEN, RETURNED, REVIEWED, STATUS_ZH, result_rows
from app.share.returned import returned_draw_numbers
from ui.widgets.tables import Column, FilterProxy, RecordTableModel, make_table

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

STATUS_ORDER = (OPEN, ENTERED, REVIEWED, RETURNED)
STATUS_COLOURS = {RETURNED: QColor("#b3261e"), REVIEWED: QColor("#1d5b28"), OPEN: QColor("#6b6b6b")}


def columns() -> list[Column]:
    return [
        Column(translate("ResultsTable", "Credit code"), lambda r: r["key"], mono=True),
        Column(translate("ResultsTable", "Enterprise"), lambda r: r["name"]),
        Column(translate("ResultsTable", "District"), lambda r: r["district"]),
        Column(translate("ResultsTable", "Tasks"), lambda r: r["tasks"]),
        Column(translate("ResultsTable", "Status"), lambda r: r["status_zh"]),
        Column(translate("ResultsTable", "Check date"), lambda r: r["check_date"]),
        Column(translate("ResultsTable", "Reviewer"), lambda r: r["reviewer"]),
        Column(translate("ResultsTable", "Reason returned"), lambda r: r["reason"]),
    ]


def matched_draws(plan_id: int | None) -> list[int]:
    """The plan's completed draws whose inspectors are matched (results need a team), newest first: matched
    here, or returned by a district (two-level campaigns)."""
    if plan_id is None:
        return []
    returned = returned_draw_numbers()
    return [d.draw_no for d in drawn_draws(plan_id) if d.draw_no in returned or is_matched(d.draw_no)]


def fill_draw_combo(combo, plan_id: int | None, label) -> None:
    """The plan's matched draws in `combo` (label(draw_no) -> text), keeping the chosen one, without
    signalling the change (the caller reads what follows)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for draw_no in matched_draws(plan_id):
        combo.addItem(label(draw_no), draw_no)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def read_rows(draw_no: int) -> list[dict]:
    """Every active inspection of the draw with its current status (runs on the worker thread)."""
    rows = []
    for row in result_rows(get_draw(draw_no)):
        value = asdict(row)
        value["tasks"] = "、".join(row.tasks)
        value["status_zh"] = STATUS_ZH[row.status]
        rows.append(value)
    return rows


def status_counts_text(rows: list[dict], district: str | None) -> str:
    """"未录入 120 · 已录入 3 · …（共 134 户）" over the rows of `district` (all districts: None)."""
    shown = [r for r in rows if not district or r["district"] == district]
    counts = Counter(r["status"] for r in shown)
    parts = " · ".join(f"{STATUS_ZH[s]} {counts.get(s, 0)}" for s in STATUS_ORDER)
    where = district or translate("ResultsTable", "all districts")
    return translate("ResultsTable", "%1: %2 (%3 inspections)").replace("%1", where).replace("%2", parts) \
        .replace("%3", str(len(shown)))


class ResultsTable:
    """The model, its filtering proxy and the view, with the selection kept by key."""

    def __init__(self) -> None:
        self.model = RecordTableModel(columns())
        self.model.row_colour = lambda row: STATUS_COLOURS.get(row["status"])
        self.view = make_table(self.model, stretch_last=True)   # the reason column takes the rest
        self.view.setObjectName("resultsTable")
        # Review takes several rows at once (shift/ctrl-click).
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    @property
    def proxy(self) -> FilterProxy:
        proxy = self.view.model()
        assert isinstance(proxy, FilterProxy)
        return proxy

    def set_rows(self, rows: list[dict]) -> None:
        """New rows; the selected and current keys and the scroll position survive."""
        keys, current = self.selected_keys(), self.current_key()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows)
        self.select_keys(keys, current)
        self.view.verticalScrollBar().setValue(scroll)

    def set_filter(self, field: str, value) -> None:
        self.proxy.set_equal(field, value)

    def visible_rows(self) -> list[dict]:
        proxy = self.proxy
        return [r for r in (self.model.row(proxy.mapToSource(proxy.index(n, 0)).row())
                            for n in range(proxy.rowCount())) if r is not None]

    def selected_rows(self) -> list[dict]:
        proxy = self.proxy
        selection = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        rows = [self.model.row(proxy.mapToSource(index).row()) for index in selection]
        return sorted((r for r in rows if r is not None), key=lambda r: (r["district"], r["key"]))

    def selected_keys(self) -> list[str]:
        return [r["key"] for r in self.selected_rows()]

    def current_row(self) -> dict | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def current_key(self) -> str | None:
        row = self.current_row()
        return row["key"] if row else None

    def select_keys(self, keys: list[str], current: str | None = None) -> None:
        """Select the visible rows of `keys` and make `current` the current row (it stays visible)."""
        view, proxy = self.view, self.proxy
        wanted = set(keys)
        selection = QItemSelection()
        current_index = None
        for n in range(proxy.rowCount()):
            index = proxy.index(n, 0)
            row = self.model.row(proxy.mapToSource(index).row())
            if row is None:
                continue
            if row["key"] in wanted:
                selection.select(index, proxy.index(n, proxy.columnCount() - 1))
            if row["key"] == current:
                current_index = index
        model = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current_index is not None:
            model.setCurrentIndex(current_index, flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

